/**
 * Where local standards depart from the law: for every local rule with a statutory counterpart,
 * both due dates over a sample of triggers, and a verdict (`stricter`, `equal`, `later`,
 * `differs`). The generated docs (docs/profiles.md) show the table.
 *
 * It sits in the reference layer, above the engine: it calls `deadline()` for every sampled trigger.
 */
import { optionsObject } from '../guard.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import type { TermCalendar } from '../calendar/terms.js';
import { deadline } from '../engine/deadline.js';
import type { DeadlineOptions } from '../engine/options.js';
import type { TriggerInput } from '../engine/trigger.js';
import { getRule } from '../law/index.js';
import type { Rule } from '../law/types.js';
import { getProfile, type Profile } from '../law/profiles/index.js';
import { defineProfile } from '../schema/define-profile.js';

/**
 * How a local rule compares with its statutory counterpart over the sampled triggers:
 * `stricter` (never later, sometimes earlier), `equal` (always the same day), `later` (never
 * earlier, sometimes later: the local standard alone can breach the statute), `differs` (earlier
 * for some triggers, later for others), `not-computed` (no trigger gave both dates, e.g. no term
 * calendar was given).
 * @example
 * ```ts
 * const v: ComparisonVerdict = 'later';
 * ```
 */
export type ComparisonVerdict = 'stricter' | 'equal' | 'later' | 'differs' | 'not-computed';

/**
 * One row of {@link compareWithStatute}.
 * @example
 * ```ts
 * compareWithStatute('dorset').find((r) => r.ruleId === 'dorset-first-review');
 * // { ruleId: 'dorset-first-review', statutory: 'annual-review', verdict: 'later', laterBy: 1, … }
 * ```
 */
export interface ComparisonRow {
  readonly ruleId: string;
  readonly title: string;
  readonly provision: string;
  readonly statutory: string;
  readonly statutoryProvision: string;
  readonly verdict: ComparisonVerdict;
  /** Triggers for which both dates were computed. */
  readonly samples: number;
  /** Of those, how many gave an earlier / the same / a later local date. */
  readonly earlier: number;
  readonly same: number;
  readonly later: number;
  /** The most days by which the local date came before / after the statutory one (0 when never). */
  readonly earlierBy: number;
  readonly laterBy: number;
  /** A trigger showing the largest difference (the first sample when all are equal). */
  readonly example?: { readonly trigger: TriggerInput; readonly local: IsoDate; readonly statutory: IsoDate };
}

/**
 * Options of {@link compareWithStatute}.
 * @example
 * ```ts
 * compareWithStatute('dorset', { terms, from: '2025-01-01', to: '2025-12-31' });
 * ```
 */
export interface CompareOptions extends Pick<DeadlineOptions, 'calendar' | 'fixedDate' | 'notice'> {
  /** A term calendar, for the rules that need one (without it they are `not-computed`). */
  readonly terms?: TermCalendar;
  /** First and last trigger date sampled (default 2024-09-01 to 2026-08-31: every day). */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

export const DEFAULT_SAMPLE = { from: '2024-09-01', to: '2026-08-31' } as const;

/** Spreads of the second date of a compound trigger (days after or before the first), by the fields it takes. */
const SPREADS: ReadonlyArray<{ readonly fields: readonly string[]; readonly make: (d: number) => Record<string, IsoDate>[]; readonly says: string }> = [
  {
    fields: ['meeting', 'previousMeeting'],
    make: (d) => [300, 330, 337, 338, 345, 358, 365].map((k) => ({ previousMeeting: dayToIso(d), meeting: dayToIso(d + k) })),
    says: '`{ meeting, previousMeeting }`: previous meeting on each sampled day, meeting 300, 330, 337, 338, 345, 358 and 365 days later',
  },
  {
    fields: ['move', 'aware'],
    make: (d) => [0, 7, 20, 21, 30].map((k) => ({ move: dayToIso(d), aware: dayToIso(d - k) })),
    says: '`{ move, aware }`: move on each sampled day, aware 0, 7, 20, 21 and 30 days before',
  },
  {
    fields: ['decisionSent', 'certificateIssued'],
    make: (d): Record<string, IsoDate>[] => [{ decisionSent: dayToIso(d) }, { decisionSent: dayToIso(d), certificateIssued: dayToIso(d + 40) }],
    says: '`{ decisionSent, certificateIssued? }`: decision sent on each sampled day, without a mediation certificate and with one issued 40 days later',
  },
  {
    fields: ['lastReviewed', 'transfer'],
    make: (d) => [30, 200, 330].map((k) => ({ lastReviewed: dayToIso(d), transfer: dayToIso(d + k) })),
    says: '`{ lastReviewed, transfer }`: last reviewed on each sampled day, transfer 30, 200 and 330 days later',
  },
];

function samplesFor(rule: Rule, day: number): TriggerInput[] {
  const fields = rule.triggerFields;
  if (fields === 'date') return [dayToIso(day)];
  const spread = SPREADS.find((s) => s.fields.length === fields.length && s.fields.every((f) => fields.includes(f)));
  if (spread) return spread.make(day);
  return [Object.fromEntries(fields.map((f) => [f, dayToIso(day)]))];
}

/** A built-in profile by name, or a profile object checked. */
export function resolveProfile(profile: string | Profile): Profile {
  return typeof profile === 'string' ? getProfile(profile) : defineProfile(profile);
}

/**
 * For every local rule of a profile that names a statutory counterpart, both due dates over a
 * sample of triggers (every day of the range; compound triggers with the spreads of
 * {@link comparisonSampleNotes}), and a verdict. Statutory dates use the same options (default:
 * the strict readings, `fixedDate: 'before'`, `notice: 'strict'`), as `deadline()` reports them
 * beside a local result.
 * @param profile - A built-in profile name or a profile object.
 * @param options - `terms`, `from` / `to`, and the reading options.
 * @returns One row per local rule with a statutory counterpart, in the profile's order.
 * @example
 * ```ts
 * compareWithStatute('dorset').filter((r) => r.verdict === 'later').map((r) => r.ruleId);
 * // ['dorset-first-review', 'dorset-annual-review', 'dorset-review-amended-draft', 'dorset-phase-transfer', 'dorset-phase-transfer-post16']
 * ```
 */
export function compareWithStatute(profile: string | Profile, options?: CompareOptions): ComparisonRow[] {
  options = optionsObject(options);
  const p = resolveProfile(profile);
  const from = isoToDay(options.from ?? DEFAULT_SAMPLE.from, 'from');
  const to = isoToDay(options.to ?? DEFAULT_SAMPLE.to, 'to');
  const deadlineOptions: DeadlineOptions = {
    profile: p,
    ...(options.terms ? { terms: options.terms } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.fixedDate ? { fixedDate: options.fixedDate } : {}),
    ...(options.notice ? { notice: options.notice } : {}),
  };
  const rows: ComparisonRow[] = [];
  const seen = new Set<string>();
  for (const rule of p.rules) {
    if (!rule.statutory || seen.has(rule.id)) continue;
    seen.add(rule.id);
    let earlier = 0;
    let same = 0;
    let later = 0;
    let earlierBy = 0;
    let laterBy = 0;
    let example: ComparisonRow['example'];
    let exampleGap = -1;
    for (let d = from; d <= to; d++) {
      for (const trigger of samplesFor(rule, d)) {
        let local: IsoDate | null;
        let statutory: IsoDate | null | undefined;
        try {
          const r = deadline(rule.id, trigger, deadlineOptions);
          local = r.due;
          statutory = r.statutory?.due;
        } catch {
          continue; // a trigger the rule or its version does not accept (e.g. not in force)
        }
        if (local === null || statutory === null || statutory === undefined) continue;
        const diff = isoToDay(local) - isoToDay(statutory);
        if (diff < 0) {
          earlier++;
          earlierBy = Math.max(earlierBy, -diff);
        } else if (diff > 0) {
          later++;
          laterBy = Math.max(laterBy, diff);
        } else same++;
        if (Math.abs(diff) > exampleGap) {
          exampleGap = Math.abs(diff);
          example = { trigger, local, statutory };
        }
      }
    }
    const samples = earlier + same + later;
    const verdict: ComparisonVerdict = samples === 0 ? 'not-computed'
      : earlier > 0 && later > 0 ? 'differs'
        : later > 0 ? 'later'
          : earlier > 0 ? 'stricter'
            : 'equal';
    const stat = getRule(rule.statutory);
    rows.push({
      ruleId: rule.id,
      title: rule.title,
      provision: rule.citation.provision,
      statutory: rule.statutory,
      statutoryProvision: stat.citation.provision,
      verdict,
      samples,
      earlier,
      same,
      later,
      earlierBy,
      laterBy,
      ...(example ? { example } : {}),
    });
  }
  return rows;
}

/**
 * What the comparison samples, in words (for the generated docs).
 * @example
 * ```ts
 * comparisonSampleNotes().length > 0; // true
 * ```
 */
export function comparisonSampleNotes(options?: CompareOptions): string[] {
  options = optionsObject(options);
  return [
    `one-date triggers: every day from ${dayToIso(isoToDay(options.from ?? DEFAULT_SAMPLE.from, 'from'))} to ${dayToIso(isoToDay(options.to ?? DEFAULT_SAMPLE.to, 'to'))}`,
    ...SPREADS.map((s) => s.says),
  ];
}
