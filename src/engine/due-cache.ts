/**
 * Due days of single-day triggers, worked out once per rule version and trigger day within one
 * audit. An audit's options (calendar, readings, terms) are fixed for its whole run, and a
 * caseload's hundreds of thousands of cases share a few thousand trigger days, so the same
 * deadline arithmetic (months, working days, fixed dates) would otherwise be done over and over:
 * about eight million times at England scale. The timeline, for one case, never uses this.
 */
import type { Rule } from '../law/types.js';
import { dueDay } from './deadline.js';
import type { CheckedOptions } from './options.js';

/** Days held per rule version: about 90 years, centred on the first trigger day met. */
const SPAN = 1 << 15;
const UNSET = 0x7fffffff;
/** The due day `null` (a rule with no period, or a count the options cannot make). */
const NONE = 0x7ffffffe;

/** @internal */
export class DueCache {
  private readonly byRule = new Map<Rule, Int32Array>();
  private base = Number.NaN;
  private lastRule: Rule | undefined;
  private lastTable: Int32Array | undefined;

  /** The options of the audit this cache belongs to: every due day it holds was worked out with them. */
  constructor(private readonly opts: CheckedOptions) {}

  /** `dueDay(rule, { date: day }, opts)`, worked out the first time it is asked for. */
  dueOnDay(rule: Rule, day: number): number | null {
    if (this.base !== this.base) this.base = day - SPAN / 2;
    const at = day - this.base;
    // A day outside the span held (decades from the first one met) is worked out each time.
    if (at < 0 || at >= SPAN) return dueDay(rule, { date: day }, this.opts);
    let table: Int32Array | undefined;
    if (rule === this.lastRule) table = this.lastTable!;
    else {
      table = this.byRule.get(rule);
      if (table === undefined) this.byRule.set(rule, (table = new Int32Array(SPAN).fill(UNSET)));
      this.lastRule = rule;
      this.lastTable = table;
    }
    const held = table[at]!;
    if (held !== UNSET) return held === NONE ? null : held;
    const due = dueDay(rule, { date: day }, this.opts);
    table[at] = due === null ? NONE : due;
    return due;
  }
}
