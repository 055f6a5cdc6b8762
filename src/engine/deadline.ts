/**
 * `deadline(ruleId, trigger, options)`: one rule applied to one trigger, with the citation, the
 * wording, a step-by-step trace and warnings. Pure: no clock, no zone, no network.
 */
import { DateTime } from 'luxon';
import { SendTimescalesError, show } from '../errors.js';
import { civilFromDays, dayToIso, isoToDay, MONTH_NAMES } from '../day/iso.js';
import { instantOf, isDateTimeLike, LONDON } from '../day/instant.js';
import { exceptionRecords, type ExceptionRecord } from '../law/exceptions.js';
import { coronavirus2020Modifies } from '../law/coronavirus.js';
import { getRule, ruleInForce, ruleOnDay, versionsOf, type RuleId, type Version } from '../law/index.js';
import { profileIndex } from '../law/profiles/index.js';
import type { Modification, Rule } from '../law/types.js';
import { computeCompound } from './compound.js';
import { checkOptions, type CheckedOptions, type DeadlineOptions } from './options.js';
import { addSchoolDays, addSpan, beforeTarget, fixedDateOf, long, unitWords } from './periods.js';
import type { Deadline, StatutoryBeside, TraceStep } from './result.js';
import { readTrigger, sameTriggerFields, type ReadTrigger, type TriggerInput } from './trigger.js';
import { englandAndWales } from '../calendar/england-and-wales.js';
import { describeWorkingDays } from '../law/working-days.js';

export type { DeadlineOptions } from './options.js';

/**
 * The due date of a rule for a trigger, with the rule's citation and wording, a step-by-step
 * `trace` and `warnings`. Pure: no clock, no zone, no network.
 * @param ruleId - A rule id (every id with its wording and citation: [the rule reference](../../docs/rules.md); {@link ruleIds} lists them), e.g. `final-plan`: editors complete the
 *   statutory ids ({@link RuleId}); any other string is accepted too (a profile's local id such as
 *   `dorset-first-review`, an id read from a file) and an unknown one answers `UNKNOWN_RULE`.
 * @param trigger - The trigger date, or for a compound rule its named dates (e.g. `{ move, aware }`).
 * @param options - `calendar`, `fixedDate`, `notice`, `exception`, `coronavirus` (see {@link DeadlineOptions}).
 * @returns The {@link Deadline}: `due` is the last day on which it is done in time, or `null` with a `status` or `reason`.
 * @throws {@link SendTimescalesError} `UNKNOWN_RULE`, `NOT_IN_FORCE`, `INVALID_TRIGGER`, `INVALID_OPTION`, `INVALID_DATE`.
 * @example
 * ```ts
 * deadline('final-plan', '2025-01-06').due; // '2025-05-26' (reg 13(2): 20 weeks; a bank holiday, no roll-forward)
 * deadline('plan-transfer', { move: '2025-03-24', aware: '2025-03-17' }).due; // '2025-04-04'
 * deadline('final-plan', '2025-01-06', { exception: 'personal-circumstances' }).status; // 'lifted'
 * ```
 */
export function deadline(ruleId: RuleId | (string & {}), trigger: TriggerInput, options?: DeadlineOptions): Deadline {
  return deadlineWith(ruleId, trigger, checkOptions(options));
}

/** `deadline()` with checked options (also used for the statutory date beside a local one). */
function deadlineWith(ruleId: string, trigger: TriggerInput, opts: CheckedOptions): Deadline {
  const versions = versionsFor(ruleId, opts);
  const current = versions[versions.length - 1]!.rule;
  const read = readTrigger(current, trigger);
  const rule = versions.length === 1 && read.latest >= versions[0]!.from && read.latest <= versions[0]!.to
    ? current
    : ruleInForce(ruleId, versions, read.latest);
  const result = compute(rule, read, opts);
  if (rule.force === 'local') besideStatute(result, rule, read, opts);
  return result;
}

/**
 * The versions of a rule id as the options allow: a profile's own rules first; a built-in local
 * rule only with its profile (without it, UNKNOWN_RULE saying to pass the profile).
 */
function versionsFor(ruleId: string, opts: CheckedOptions): readonly Version[] {
  const profile = opts.profile;
  if (profile !== undefined && typeof ruleId === 'string') {
    const own = profileIndex(profile).get(ruleId);
    if (own) return own;
    if (ruleId.startsWith(`${profile.name}-`)) {
      throw new SendTimescalesError(
        'UNKNOWN_RULE', 'ruleId', ruleId,
        `The profile "${profile.name}" (${profile.title}) has no rule ${show(ruleId)}. Its rules are: ${profile.rules.map((r) => r.id).filter((id, i, all) => all.indexOf(id) === i).join(', ')}.`,
      );
    }
  }
  const list = versionsOf(ruleId);
  const rule = list[0]!.rule;
  if (rule.force === 'local') {
    throw new SendTimescalesError(
      'UNKNOWN_RULE', 'ruleId', ruleId,
      `${ruleId} is a local standard of the "${rule.profile}" profile, not a statutory rule: pass the profile to use it ` +
        `(deadline('${ruleId}', trigger, { profile: '${rule.profile}' }); on the command line --profile ${rule.profile}).`,
    );
  }
  return list;
}

/** "Monday 6 January 2025 14:30 GMT". */
function longTime(at: DateTime): string {
  return `${long(isoToDay(at.toISODate()!))} ${at.toFormat('HH:mm')} ${at.offset === 0 ? 'GMT' : at.offset === 60 ? 'BST' : `UTC${at.toFormat('ZZ')}`}`;
}

/**
 * A local result: its statutory counterpart's date for the same trigger (with the same options),
 * a trace step comparing the two, and a warning where the local date is later than the law's.
 */
function besideStatute(result: Mutable<Deadline>, rule: Rule, read: ReadTrigger, opts: CheckedOptions): void {
  const profile = opts.profile;
  const label = profile ? `${profile.council} (profile "${profile.name}")` : `the "${rule.profile ?? 'local'}" profile`;
  const warnings = result.warnings as string[];
  const trace = result.trace as TraceStep[];
  warnings.push(`This is a local standard of ${label}, not a statutory time limit${rule.statutory ? '; the statutory date is reported beside it (statutory)' : ''}.`);
  const beside = statutoryBeside(rule, read, opts);
  result.statutory = beside;
  if (beside === null) {
    if (rule.statutory) trace.push({ step: 'Statutory counterpart', detail: `${rule.statutory}: no statutory date can be computed for this trigger.` });
    return;
  }
  const stat = getRule(beside.ruleId);
  if (beside.due === null) {
    trace.push({ step: 'Statutory counterpart', detail: `${beside.ruleId} (${stat.citation.provision}): ${beside.status ? `the statutory limit is ${beside.status}` : 'no statutory date'} for this trigger.` });
    return;
  }
  const statDay = isoToDay(beside.due);
  const mapping = profile?.counterparts?.[rule.id];
  const how = mapping && 'sameDay' in mapping ? ` (${mapping.sameDay})` : '';
  if (result.due === null) {
    trace.push({ step: 'Statutory counterpart', date: beside.due, detail: `${beside.ruleId} (${stat.citation.provision}) is due ${long(statDay)}${how}.` });
    return;
  }
  const diff = isoToDay(result.due) - statDay;
  const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
  trace.push({
    step: 'Statutory counterpart',
    date: beside.due,
    detail: `${beside.ruleId} (${stat.citation.provision}) is due ${long(statDay)}${how}: this local standard is ${diff === 0 ? 'due the same day' : diff > 0 ? `${days(diff)} LATER` : `${days(-diff)} earlier (stricter)`}.`,
  });
  if (diff > 0) {
    warnings.push(
      `Later than the law: ${rule.id} is due ${result.due}, ${days(diff)} after the statutory limit ${beside.ruleId} (${stat.citation.provision}) on ${beside.due}. Meeting the local standard alone can breach the statute.`,
    );
  }
}

function statutoryBeside(rule: Rule, read: ReadTrigger, opts: CheckedOptions): StatutoryBeside | null {
  const id = rule.statutory;
  if (!id) return null;
  const mapping = opts.profile?.counterparts?.[rule.id];
  if (mapping && 'sameDay' in mapping) return { ruleId: id, due: dayToIso(read.latest) };
  const stat = getRule(id);
  let trigger: TriggerInput | undefined;
  if (mapping && 'field' in mapping) {
    trigger = typeof read.echo === 'object' ? read.echo[mapping.field] : undefined;
  } else if (sameTriggerFields(rule.triggerFields, stat.triggerFields)) {
    trigger = read.echo;
  }
  if (trigger === undefined) return null;
  try {
    const r = deadlineWith(id, trigger, { ...opts, profile: undefined });
    return r.status ? { ruleId: id, due: null, status: r.status } : { ruleId: id, due: r.due };
  } catch (e) {
    if (e instanceof SendTimescalesError) return null;
    throw e;
  }
}

/**
 * The due day of a rule version for trigger days, without words or a result object: the engine's
 * path for timelines and audits of whole caseloads. Same arithmetic as `deadline()`.
 * @internal
 */
export function dueDay(rule: Rule, days: Readonly<Record<string, number>>, opts: CheckedOptions, names: Readonly<Record<string, string>> = NO_NAMES): number | null {
  const period = rule.period;
  const date = days.date;
  if (period.kind === 'span' && date !== undefined && period.unit !== 'school-days' && period.unit !== 'hours') {
    return rule.direction === 'within'
      ? addSpan(date, period.n, period.unit, rule.counting, opts.calendar, undefined)
      : beforeTarget(date, period.n, period.unit, opts.notice === 'strict', opts.calendar, undefined);
  }
  if (period.kind === 'fixed-date' && date !== undefined) {
    // As computeDue: a local standard's named date is read on or before, whatever the fixedDate option.
    return fixedDateOf(date, period.month, period.day, rule.force !== 'local' && opts.fixedDate === 'before', undefined);
  }
  let latest = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  for (const k in days) {
    const d = days[k]!;
    if (d > latest) latest = d;
    if (d < earliest) earliest = d;
  }
  return computeDue(rule, { echo: '', days, names, latest, earliest }, opts, undefined).due;
}

const NO_NAMES: Readonly<Record<string, string>> = Object.freeze({});

interface Computed {
  due: number | null;
  reason?: string;
  usesWorkingDays: boolean;
  /** The rule whose exceptions apply (reg 42(2) borrows an order's). */
  exceptionsFrom: Rule;
  /** The branch of a two-limbed rule that gave the date. */
  limb?: 'on-the-day' | 'late-awareness';
}

function computeDue(rule: Rule, read: ReadTrigger, opts: CheckedOptions, trace: TraceStep[] | undefined): Computed {
  const period = rule.period;
  const trigger = read.days.date;
  if (trigger !== undefined) {
    trace?.push({ step: rule.direction === 'at-least-before' ? 'Target' : 'Trigger', date: dayToIso(trigger), detail: `${triggerLabel(rule)}: ${long(trigger)}.` });
  }
  switch (period.kind) {
    case 'none':
      trace?.push({ step: 'No period', detail: period.reason });
      return { due: null, reason: period.reason, usesWorkingDays: false, exceptionsFrom: rule };
    case 'fixed-date': {
      if (rule.force !== 'local') {
        return { due: fixedDateOf(trigger!, period.month, period.day, opts.fixedDate === 'before', trace), usesWorkingDays: false, exceptionsFrom: rule };
      }
      // A local standard names the date by which the work is done: on or before, whatever the fixedDate option.
      const due = fixedDateOf(trigger!, period.month, period.day, false, undefined);
      const named = `${period.day} ${MONTH_NAMES[period.month - 1]}`;
      trace?.push({ step: 'Calendar year', detail: `The trigger ${long(trigger!)} falls in ${civilFromDays(trigger!)[0]}; the date named is ${named} ${civilFromDays(trigger!)[0]}.` });
      trace?.push({
        step: 'Local standard: on or before',
        date: dayToIso(due),
        detail: `${rule.citation.provision}: by ${named}, read on or before (the named day itself), whatever the fixedDate option says: ${long(due)}. The fixedDate option reads only the statutory "before".`,
      });
      return { due, usesWorkingDays: false, exceptionsFrom: rule };
    }
    case 'span': {
      if (period.unit === 'school-days') {
        const terms = opts.terms;
        if (terms === undefined) {
          const reason = `${rule.id} counts ${unitWords(period.n, 'school-days')}, which needs a school term calendar (option terms): without one the library does not guess term dates.`;
          trace?.push({ step: 'No term calendar', detail: reason });
          return { due: null, reason, usesWorkingDays: false, exceptionsFrom: rule };
        }
        const { due, reason } = addSchoolDays(trigger!, period.n, rule.counting, terms, trace);
        return { due, ...(reason === undefined ? {} : { reason }), usesWorkingDays: false, exceptionsFrom: rule };
      }
      if (period.unit === 'hours') {
        const at = read.instant;
        if (at === undefined) {
          const reason = `${rule.id} runs ${period.n} hours from a moment in time: give the trigger as a date and time (YYYY-MM-DDTHH:mm, Europe/London, e.g. 2025-01-06T14:30). A date alone cannot say when the ${period.n} hours end, so no date is given.`;
          trace?.push({ step: 'Needs a time of day', detail: reason });
          return { due: null, reason, usesWorkingDays: false, exceptionsFrom: rule };
        }
        const end = at.plus({ hours: period.n });
        const due = isoToDay(end.toISODate()!);
        trace?.push({ step: 'Counting', detail: `${period.n} elapsed hours from the moment of the trigger (calendar hours: nights, weekends and bank holidays count).` });
        trace?.push({
          step: `Add ${period.n} hours`,
          date: dayToIso(due),
          detail: `${longTime(at)} + ${period.n} hours = ${longTime(end)}.` +
            (end.offset !== at.offset ? ' The clocks changed in between: the wall-clock time moves by an hour, the elapsed time does not.' : ''),
        });
        return { due, usesWorkingDays: false, exceptionsFrom: rule };
      }
      const usesWorkingDays = period.unit === 'working-days';
      const due = rule.direction === 'within'
        ? addSpan(trigger!, period.n, period.unit, rule.counting, opts.calendar, trace)
        : beforeTarget(trigger!, period.n, period.unit, opts.notice === 'strict', opts.calendar, trace);
      return { due, usesWorkingDays, exceptionsFrom: rule };
    }
    case 'compound': {
      const outcome = computeCompound({
        method: period.method, days: read.days, names: read.names, n: period.n,
        calendar: opts.calendar, terms: opts.terms, trace, profile: opts.profile,
        apply: (other, days) => computeDue(other, { ...read, days }, opts, trace),
      });
      const { due, reason, usesWorkingDays, limb } = outcome;
      return { due, usesWorkingDays, exceptionsFrom: outcome.exceptionsFrom ?? rule, ...(limb ? { limb } : {}), ...(reason === undefined ? {} : { reason }) };
    }
  }
}

function compute(rule: Rule, read: ReadTrigger, opts: CheckedOptions): Mutable<Deadline> {
  const warnings: string[] = [];
  const trace: TraceStep[] = [];
  const computed = computeDue(rule, read, opts, trace);
  const { due, reason, usesWorkingDays, exceptionsFrom } = computed;
  const calendar = opts.calendar;

  let first = read.earliest;
  let last = read.latest;
  if (due !== null) {
    if (due < first) first = due;
    if (due > last) last = due;
  }

  let status: Deadline['status'];
  let statusReason: string | undefined;
  let exception: Deadline['exception'];
  let relaxedBy: Modification | undefined;

  // SI 2020/471 and any other temporary modification whose period the computation overlaps.
  const coronavirusAsked = opts.coronavirus || opts.exception === 'coronavirus';
  let applied = 0;
  let otherLimb = false;
  for (const m of rule.modifiedBy) {
    if (first > isoDay(m.to) || last < isoDay(m.from)) continue;
    if (m.onlyLimb !== undefined && m.onlyLimb !== computed.limb) {
      otherLimb = true;
      continue;
    }
    applied++;
    const how = coronavirusMechanism.get(rule.id) === 'exception'
      ? 'the authority need not comply with the limit where it was impractical "because of a reason relating to the incidence or transmission of coronavirus"'
      : 'the limit was read as "as soon as reasonably practicable" where a reason relating to coronavirus made it not reasonably practicable';
    if (coronavirusAsked) {
      status = 'relaxed';
      relaxedBy = m;
      statusReason = `Relaxed: ${m.instrument} applied from ${m.from} to ${m.to}, and ${how}; the case records such a reason.`;
    } else {
      warnings.push(`This period overlaps ${m.from} to ${m.to}, when ${m.instrument} applied: ${how} (pass coronavirus: true when the case records such a reason).`);
    }
  }
  if (coronavirusAsked && applied === 0) {
    warnings.push(
      rule.modifiedBy.length === 0
        ? `The coronavirus option has no effect: ${rule.id} was not modified by the 2020 coronavirus regulations.`
        : otherLimb
          ? `The coronavirus option has no effect: ${rule.modifiedBy[0]!.citedAs ?? rule.modifiedBy[0]!.instrument} relaxed only the late-awareness limb of this regulation, and this date is the day of the move.`
          : `The coronavirus option has no effect: the period does not overlap ${rule.modifiedBy.map((m) => `${long(isoToDay(m.from))} to ${long(isoToDay(m.to))}`).join(' or ')}, when the relaxation applied.`,
    );
  }

  // Exceptions lift a limit; they never move it.
  if (opts.exception !== undefined && opts.exception !== 'coronavirus') {
    if (!exceptionsFrom.exceptions.includes(opts.exception)) {
      throw new SendTimescalesError(
        'INVALID_OPTION', 'exception', opts.exception,
        `The exception "${opts.exception}" does not apply to ${rule.id} (${rule.citation.provision})` +
          (exceptionsFrom.exceptions.length ? `; only ${exceptionsFrom.exceptions.join(', ')} can lift it.` : ': the law gives it no exceptions.'),
      );
    }
    const record = exceptionRecords[opts.exception];
    const { provision, wording } = exceptionWording(record, exceptionsFrom);
    status = 'lifted';
    statusReason = `Time limit lifted by exception ${record.code} (${provision}): ${wording}`;
    exception = { code: record.code, wording, citation: { ...record.citation, provision } };
  }

  if (usesWorkingDays && last >= calendar.firstProjectedDay) {
    warnings.push(
      `This date depends on bank holidays after ${calendar.lastAnnouncedYear}, the last year officially announced: they are projected from the standing rules, and a proclamation may still change them.`,
    );
  }
  if (rule.verification !== 'primary') {
    warnings.push(
      `The wording quoted for ${rule.citation.provision} was ${rule.verification === 'secondary' ? 'read only in a secondary source' : 'not verified'} (verification: ${rule.verification}); check it against ${rule.citation.url || `the ${rule.citation.instrument} itself`} before quoting it.`,
    );
  }
  const periodOf = periodSource(rule, opts);
  if (periodOf !== undefined && periodOf.verification !== 'primary') {
    warnings.push(`The period is that of the rule "${periodOf.title}" (${periodOf.citation.provision}), whose wording was read only in a secondary source (verification: ${periodOf.verification}).`);
  }
  // The day that matters is the due day: a provision not yet in force then imposed nothing by it
  // (a September 2014 transfer's "before 31 March 2014"). Which version governs a trigger is its
  // window of application (`appliesTo`), chosen above; that is not its commencement.
  if (due !== null && due < isoDay(rule.inForce.from)) {
    warnings.push(
      rule.period.kind === 'fixed-date'
        ? `The date named in ${rule.citation.provision} (${dayToIso(due)}) is before the regulation came into force on ${rule.inForce.from}: it did not apply to this transfer.`
        : `The due date under ${rule.citation.provision} (${dayToIso(due)}) is before the provision came into force on ${rule.inForce.from}: nothing was owed under it by that day.`,
    );
  }
  if (rule.period.kind === 'fixed-date' && due !== null) {
    if (due >= read.latest) {
      warnings.push(`The transfer on ${dayToIso(read.latest)} comes before the ${rule.citation.provision} date of its calendar year (${dayToIso(due)}): check the transfer date; for a transfer early in the year the review is needed before the transfer itself.`);
    }
  }
  if (rule.force === 'guidance') {
    warnings.push('This is Code of Practice guidance ("should"), not a statutory time limit ("must").');
  }

  closingSteps(trace, rule, computed, opts, statusReason, relaxedBy, status === 'lifted');

  const lifted = status === 'lifted' || status === 'relaxed';
  const result: Mutable<Deadline> = {
    ruleId: rule.id,
    title: rule.title,
    trigger: read.echo,
    due: lifted || due === null ? null : dayToIso(due),
    citation: rule.citation,
    wording: rule.wording,
    force: rule.force,
    verification: rule.verification,
    trace,
    warnings,
  };
  if (status) result.status = status;
  if (lifted) result.reason = statusReason!;
  else if (reason !== undefined) result.reason = reason;
  if (lifted && due !== null) result.wouldHaveBeenDue = dayToIso(due);
  if (exception) result.exception = exception;
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The steps after the arithmetic: the calendar used, no roll-forward, the due day, any relaxation or exception. */
function closingSteps(
  trace: TraceStep[], rule: Rule, { due, usesWorkingDays }: Computed, opts: CheckedOptions,
  statusReason: string | undefined, relaxedBy: Modification | undefined, lifted: boolean,
): void {
  const calendar = opts.calendar;
  if (usesWorkingDays) {
    trace.push({
      step: 'Working days',
      // A rule that applies another's period (s45(4): the appeal period) counts that rule's working
      // days unless its record names its own definition.
      detail: describeWorkingDays(rule.workingDays ?? periodSource(rule, opts)?.workingDays, { name: calendar.name, ownClosures: calendar.id !== englandAndWales.id }),
    });
  }
  if (due !== null) {
    if (!rule.rollForward && !usesWorkingDays && due >= calendar.firstDay && due <= calendar.lastDay && !calendar.isWorkingDayNumber(due)) {
      trace.push({
        step: 'No roll-forward',
        date: dayToIso(due),
        detail: `${long(due)} is not a working day (${calendar.reasonForDay(due)}), but the instrument does not move a time limit that ends on a non-working day: the date stands.`,
      });
    }
    const set = relaxedBy !== undefined || lifted;
    trace.push({
      step: set ? 'Would have been due' : 'Due',
      date: dayToIso(due),
      detail: set ? `Without the ${lifted ? 'exception' : 'relaxation'}, the limit would have ended on ${long(due)}.` : `${rule.dueMeaning ?? 'The last day on which it is done in time'}: ${long(due)}.`,
    });
  }
  if (relaxedBy) trace.push({ step: 'Relaxed', detail: `${relaxedBy.instrument}: ${relaxedBy.effect}` });
  if (lifted) trace.push({ step: 'Lifted', detail: `${statusReason} An exception lifts the limit; it does not set a later date.` });
}

/**
 * The words of an exception as the rule's own regulation gives them (reg 44(3)(b) says 2 weeks'
 * absence where reg 5(4)(d) says 4), falling back to the main wording (reg 5(4)). The rule's
 * `exceptionsCitedAs` says how the exception records cite its provision.
 */
function exceptionWording(record: ExceptionRecord, rule: Rule): { provision: string; wording: string } {
  const citedAs = rule.exceptionsCitedAs;
  const label = citedAs === undefined ? undefined : record.provisions.find((p) => p.startsWith(`${citedAs}(`));
  if (label === undefined) return { provision: record.citation.provision, wording: record.wording };
  const own = record.byProvision[label];
  if (own === undefined) return { provision: label, wording: record.wording };
  // A cross-reference ("any of the circumstances referred to in regulation 13(3) apply") is shown with the words it points to.
  return { provision: label, wording: CROSS_REFERENCE.test(own) && own.length < 120 ? `${own}: ${record.wording}` : own };
}

/** An exception's words that only point at another paragraph ("referred to in regulation 13(3)"). */
const CROSS_REFERENCE = /regulation \d+\(\d+\)/;

/**
 * The rule whose period a rule applies, where it is another's (`periodOf`): its verification is
 * reported too. A profile's rule reaches it through the profile's rules or the statutory table.
 */
function periodSource(rule: Rule, opts: CheckedOptions): Rule | undefined {
  const id = rule.periodOf;
  if (id === undefined || id === rule.id) return undefined;
  const own = opts.profile === undefined ? undefined : profileIndex(opts.profile).get(id);
  return own ? own[own.length - 1]!.rule : getRule(id);
}

/** How SI 2020/471 reached each rule (an exception, or the "as soon as reasonably practicable" gloss). */
const coronavirusMechanism: ReadonlyMap<string, string> = new Map(coronavirus2020Modifies.map((m) => [m.ruleId, m.mechanism]));

/** Day numbers of the few fixed dates in rule records (modification periods), parsed once. */
const dayCache = new Map<string, number>();
function isoDay(iso: string): number {
  let d = dayCache.get(iso);
  if (d === undefined) dayCache.set(iso, (d = isoToDay(iso)));
  return d;
}

const labels = new WeakMap<Rule, string>();
/** The rule's trigger, capitalised for a trace line (cached: rules are immutable). */
function triggerLabel(rule: Rule): string {
  let label = labels.get(rule);
  if (label === undefined) labels.set(rule, (label = rule.trigger.charAt(0).toUpperCase() + rule.trigger.slice(1)));
  return label;
}
