/**
 * The plans an audit's 20-week measure counts, by calendar month of issue and by the published
 * week bands: what a report draws as "plans issued by month, with the share within 20 weeks" and
 * "the 20-week bands". Counts only, keyed by month, so an audit of any size holds a few numbers a
 * month and nothing per plan.
 */
import { civilInto } from '../day/iso.js';
import { measureReadings } from '../law/measures.js';
import { weekBand, type WeekBands } from './dfe-measures.js';

/**
 * The plans issued in one calendar month, as the 20-week measure counts them.
 * @example
 * const m: PlanMonth = { month: '2025-05', issued: 3, withinTwentyWeeks: 2 };
 */
export interface PlanMonth {
  /** The month of issue, `YYYY-MM`. */
  readonly month: string;
  /** Plans issued in the month (each counted once, as in `twentyWeeks.including`). */
  readonly issued: number;
  /** Of those, issued on or before the 20-week deadline (as in `twentyWeeks.including`). */
  readonly withinTwentyWeeks: number;
}

/**
 * The week bands of the plans the measure counts, including and excluding exceptions.
 * @example
 * const b: PlanBands = { including: { withinTwentyWeeks: 2, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 0 }, excludingExceptions: { withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 0 } };
 */
export interface PlanBands {
  readonly including: WeekBands;
  readonly excludingExceptions: WeekBands;
}

const WITHIN = 0, MIDDLE = 1, OVER = 2;
const bandIndex = { within: WITHIN, middle: MIDDLE, over: OVER } as const;

/**
 * A running count of plans by month of issue and by week band. The bands are the Department's:
 * days from request to issue under the statutory reading (request + 140 days is still within 20
 * weeks), through `weekBand`, the function the SEN2 measures use.
 * @example
 * const tally = new PlanTally();
 * tally.add(20094, 20234, true, false); // request 2025-01-06, plan 2025-05-26 = request + 140: within
 * tally.months() // [{ month: '2025-05', issued: 1, withinTwentyWeeks: 1 }]
 */
export class PlanTally {
  /** Month index (year × 12 + month − 1) → [plans issued, within 20 weeks]. */
  private readonly byMonth = new Map<number, [number, number]>();
  private readonly including = [0, 0, 0];
  private readonly excluding = [0, 0, 0];

  /**
   * One plan the measure counts: its request and issue days, whether the measure found it within
   * 20 weeks, and whether it is left out of the count excluding exceptions.
   */
  add(requestDay: number, issueDay: number, within: boolean, exceptionApplies: boolean): void {
    const civil = civilInto(issueDay);
    const key = civil[0]! * 12 + civil[1]! - 1;
    let counts = this.byMonth.get(key);
    if (counts === undefined) this.byMonth.set(key, (counts = [0, 0]));
    counts[0]++;
    if (within) counts[1]++;
    const band = bandIndex[weekBand(issueDay - requestDay, measureReadings.statutory)];
    this.including[band]!++;
    if (!exceptionApplies) this.excluding[band]!++;
  }

  /** The months with a plan issued, earliest first. */
  months(): PlanMonth[] {
    return [...this.byMonth].sort(([a], [b]) => a - b).map(([key, [issued, within]]) => ({
      month: `${String(Math.floor(key / 12)).padStart(4, '0')}-${String((key % 12) + 1).padStart(2, '0')}`,
      issued,
      withinTwentyWeeks: within,
    }));
  }

  /** The plans in the three published bands. */
  bands(): PlanBands {
    const of = (c: readonly number[]): WeekBands => ({ withinTwentyWeeks: c[WITHIN]!, twentyToFiftyTwoWeeks: c[MIDDLE]!, overFiftyTwoWeeks: c[OVER]! });
    return { including: of(this.including), excludingExceptions: of(this.excluding) };
  }
}
