/**
 * A SEN2 return audited end to end, for the command line and the API: each person read, checked
 * and mapped to cases; the cases audited with `audit()`; the Department's measures reproduced;
 * every person either audited or set aside with the findings that set them aside, and the counts
 * reconciled (persons in = audited + set aside).
 */
import { dayToIso, isoToDay, civilFromDays, type IsoDate } from '../../day/iso.js';
import { SendTimescalesError, show } from '../../errors.js';
import type { MeasureReadingId } from '../../law/measures.js';
import type { CaseRecord } from '../../schema/case.js';
import { validateCase } from '../../schema/validate.js';
import { audit, type Audit, type AuditOptions } from '../../engine/audit.js';
import { dfeMeasures, type DfeMeasures } from '../../engine/dfe-measures.js';
import { sen2DayOrNaN, unreadableDateMessage } from './dates.js';
import { finding, type Sen2Finding } from './findings.js';
import type { Sen2Header, Sen2Person } from './model.js';
import { addMeasureInputs, type Sen2MeasureInputs } from './measures.js';
import { readPerson } from './read-person.js';
import { casesOfReadPerson, type Sen2PersonCases } from './to-cases.js';

/**
 * Options of {@link auditSen2}: those of `audit` (calendar, profile, …) without its dates, which
 * come from the return, and the reading of "within" for the Department's measures.
 * @example
 * const options: Sen2AuditOptions = { reading: 'request-day-one' };
 */
export interface Sen2AuditOptions extends Omit<AuditOptions, 'asOf' | 'from' | 'to'> {
  /** The census date, when the header has no readable `ReferenceDate` (or to override it). */
  readonly census?: IsoDate;
  /** The day the cases are judged on (default: the census date, the day the return describes). */
  readonly asOf?: IsoDate;
  /** `'statutory'` (default) or `'request-day-one'`. */
  readonly reading?: MeasureReadingId;
}

/**
 * A person of the return and what became of them.
 * @example
 * const p: Sen2PersonResult = { position: 3, personId: 'A123456789012', caseIds: [], findings: [], notes: [] };
 */
export interface Sen2PersonResult {
  readonly position: number;
  readonly personId: string;
  readonly caseIds: readonly string[];
  readonly findings: readonly Sen2Finding[];
  readonly notes: readonly string[];
}

/**
 * A SEN2 return audited: plain JSON-serialisable data.
 * @example
 * const a: Sen2Audit = auditSen2(persons, header);
 * a.persons.total === a.persons.audited + a.persons.setAside // true, always
 */
export interface Sen2Audit {
  readonly census: IsoDate;
  readonly persons: { readonly total: number; readonly audited: number; readonly setAside: number };
  /** Persons set aside, each with every finding (set-aside findings and warnings). */
  readonly setAside: readonly Sen2PersonResult[];
  /** Persons audited whose data carries warnings or notes. */
  readonly audited: readonly Sen2PersonResult[];
  /** The cases audited (one per request), with the calendar year before the census as the 20-week range. */
  readonly audit: Audit;
  /** The Department's measures over the audited persons. */
  readonly measures: DfeMeasures;
  /** Plans of audited persons whose request has no ReceivedDate: not in the 20-week measure. */
  readonly untimedPlans: readonly { readonly caseId: string; readonly path: string }[];
}

/** The census date: the option, else the header's ReferenceDate; unreadable or absent is an error (nothing can be placed in time). */
function censusOf(header: Sen2Header, given: IsoDate | undefined): number {
  if (given !== undefined) return isoToDay(given, 'census');
  const text = header?.referenceDate;
  if (text === undefined || text.trim() === '') {
    throw new SendTimescalesError('INVALID_DATE', 'Header/CollectionDetails/ReferenceDate', text, 'The return has no ReferenceDate (the census date) in its header: give the census date (option census) to audit it.');
  }
  const day = sen2DayOrNaN(text);
  if (day !== day) throw new SendTimescalesError('INVALID_DATE', 'Header/CollectionDetails/ReferenceDate', text, unreadableDateMessage('ReferenceDate', text));
  return day;
}

/** What the audit keeps of a person until the end: the cases and findings, not the person's data. */
interface HeldPerson {
  readonly result: Sen2PersonCases;
  /** The person's path (`Person[3]`) and where it starts, for a repeated-id finding. */
  readonly path: string;
  readonly source: Sen2Person['source'];
  /** Findings of the cases as audit() would check them (reported unless the person's ids repeat). */
  readonly invalid: readonly Sen2Finding[];
  /** The person's plans and reviews for the measures. */
  readonly inputs: Sen2MeasureInputs;
}

/**
 * A SEN2 audit fed one person at a time, as a streamed return hands them over: each person is read,
 * checked and mapped when added, and only what the end needs is kept (the cases, the findings, the
 * measures' inputs and the case ids seen, for repeated ids); the person's own data is not held.
 * {@link auditSen2} is this over a list, so the two give the same result for the same persons.
 * @example
 * ```ts
 * const auditor = new Sen2Auditor({ reading: 'statutory' });
 * await streamSen2Xml(createReadStream('return.xml'), {
 *   onHeader: (header) => auditor.start(header),
 *   onPerson: (person) => auditor.add(person),
 * });
 * const result = auditor.finish();
 * ```
 */
export class Sen2Auditor {
  private readonly options: Sen2AuditOptions;
  private census: number | undefined;
  private readonly held: HeldPerson[] = [];
  /** Each case id with the indices of the persons whose cases carry it. */
  private readonly owners = new Map<string, number[]>();

  constructor(options: Sen2AuditOptions = {}) {
    if (options === null || typeof options !== 'object') {
      throw new SendTimescalesError('INVALID_OPTION', 'options', options, 'The options must be an object, e.g. { reading: "statutory" }.');
    }
    this.options = options;
  }

  /** Takes the return's header (its census date): before the first person. */
  start(header: Sen2Header): void {
    this.census = censusOf(header, this.options.census);
  }

  /** Reads, checks and maps one person (in the order of the return). */
  add(person: Sen2Person): void {
    const census = this.census;
    if (census === undefined) {
      throw new SendTimescalesError('INVALID_ARGUMENT', 'header', undefined, 'The return\'s header (its census date) must be given before its persons: call start(header) first.');
    }
    const read = readPerson(person);
    const result = casesOfReadPerson(read, census);
    const invalid: Sen2Finding[] = [];
    // Each case checked as audit() will: a record it would reject sets the whole person aside.
    for (const c of result.cases) {
      const v = validateCase(c);
      if (!v.ok) for (const e of v.errors) invalid.push(finding('invalid-case', `${read.path} (case ${v.id}): ${e.field}`, e.value, e.message, person.source));
    }
    const inputs: Sen2MeasureInputs = { plans: [], reviews: [], untimed: [] };
    if (!result.setAside) addMeasureInputs(read, inputs);
    const index = this.held.length;
    for (const c of result.cases) {
      const list = this.owners.get(String(c.id));
      if (list) list.push(index);
      else this.owners.set(String(c.id), [index]);
    }
    this.held.push({ result, path: read.path, source: person.source, invalid, inputs });
  }

  /**
   * The persons added, sorted as {@link Sen2Auditor.finish} sorts them (audited, or set aside with
   * their findings, repeated case ids included) and the audited persons' cases, not yet audited: for
   * a caller that runs the engine on the cases itself, such as a worklist of what falls due next.
   * `finish()` audits exactly these cases.
   * @example
   * ```ts
   * const settled = auditor.settle();
   * worklist(settled.cases, { asOf: settled.census, within: 30 });
   * ```
   */
  settle(): {
    readonly census: IsoDate;
    readonly persons: Sen2Audit['persons'];
    readonly setAside: readonly Sen2PersonResult[];
    readonly audited: readonly Sen2PersonResult[];
    readonly cases: readonly CaseRecord[];
  } {
    const { inputs: _inputs, ...settled } = this.sorted();
    return settled;
  }

  /** The persons sorted, the audited persons' cases and their measures' inputs. */
  private sorted() {
    const census = this.census;
    if (census === undefined) {
      throw new SendTimescalesError('INVALID_ARGUMENT', 'header', undefined, 'The return\'s header (its census date) was never given: call start(header) before finish() or settle().');
    }
    const held = this.held;
    // A case is one record: persons whose case ids collide (a UPN given twice) are all set aside.
    const extra = new Map<number, Sen2Finding[]>();
    for (const [id, list] of this.owners) {
      if (list.length < 2) continue;
      const positions = list.map((i) => held[i]!.result.position);
      for (const i of new Set(list)) {
        const h = held[i]!;
        const found = finding('repeated-id', `${h.path}/UPN`, id, `Case id ${id} belongs to the persons at positions ${positions.join(' and ')}: a case must be one record, so none of them is audited.`, h.source);
        const into = extra.get(i);
        if (into) into.push(found);
        else extra.set(i, [found]);
      }
    }
    const cases: CaseRecord[] = [];
    const setAside: Sen2PersonResult[] = [];
    const audited: Sen2PersonResult[] = [];
    const inputs: Sen2MeasureInputs = { plans: [], reviews: [], untimed: [] };
    held.forEach((h, i) => {
      const repeats = extra.get(i) ?? [];
      const findings = [...h.result.findings, ...repeats, ...(repeats.length ? [] : h.invalid)];
      const result: Sen2PersonResult = {
        position: h.result.position, personId: h.result.personId,
        caseIds: h.result.cases.map((c) => String(c.id)), findings, notes: h.result.notes,
      };
      if (h.result.setAside || findings.some((f) => f.severity === 'set-aside')) {
        setAside.push({ ...result, caseIds: [] });
        return;
      }
      if (findings.length || h.result.notes.length) audited.push(result);
      cases.push(...h.result.cases);
      inputs.plans.push(...h.inputs.plans);
      inputs.reviews.push(...h.inputs.reviews);
      inputs.untimed.push(...h.inputs.untimed);
    });
    return {
      census: dayToIso(census),
      persons: { total: held.length, audited: held.length - setAside.length, setAside: setAside.length },
      setAside,
      audited,
      cases,
      inputs,
    };
  }

  /** The audit of every person added: cases audited, persons set aside with their findings, the measures. */
  finish(): Sen2Audit {
    const { inputs, cases, ...sorted } = this.sorted();
    const { census: _census, asOf, reading, ...auditOptions } = this.options;
    const year = civilFromDays(isoToDay(sorted.census))[0] - 1;
    const auditResult = audit(cases, {
      ...auditOptions,
      asOf: asOf ?? sorted.census,
      from: `${String(year).padStart(4, '0')}-01-01`,
      to: `${String(year).padStart(4, '0')}-12-31`,
    });
    return {
      census: sorted.census,
      persons: sorted.persons,
      setAside: sorted.setAside,
      audited: sorted.audited,
      audit: auditResult,
      measures: dfeMeasures(inputs.plans, inputs.reviews, { census: sorted.census, ...(reading !== undefined ? { reading } : {}) }),
      untimedPlans: inputs.untimed,
    };
  }
}

/**
 * Audits a SEN2 return's persons end to end: each person's values read and checked (a person with
 * an impossible date, an unreadable date or an unknown code is set aside with the findings, never
 * silently dropped), the others mapped to cases (one per request) and audited with `audit()` as of
 * the census date, and the Department for Education's measures reproduced over them in the reading
 * asked for. The counts reconcile: persons in the return = audited + set aside. A streamed return
 * is audited the same way, a person at a time, with {@link Sen2Auditor}.
 * @example
 * ```ts
 * const result = auditSen2(ret.persons, ret.header, { reading: 'statutory' });
 * result.persons;                                 // { total: 120, audited: 117, setAside: 3 }
 * result.measures.plans.including.percent;        // e.g. 45.5
 * result.setAside[0]?.findings[0]?.kind;          // e.g. 'plan-before-request'
 * ```
 */
export function auditSen2(persons: Iterable<Sen2Person>, header: Sen2Header, options: Sen2AuditOptions = {}): Sen2Audit {
  if (persons === null || typeof persons !== 'object' || typeof (persons as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'persons', persons, `auditSen2() takes the persons of a return (a list), but ${show(persons)} was given.`);
  }
  const auditor = new Sen2Auditor(options);
  auditor.start(header);
  for (const person of persons) auditor.add(person);
  return auditor.finish();
}
