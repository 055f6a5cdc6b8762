/**
 * Entries made over again for each case of an audit. An audit of 640,000 cases judges about eight
 * million deadlines, and reads each entry only to count it; a new object (and trigger) per entry is
 * most of what the audit would otherwise leave for the garbage collector. The timeline, which
 * returns its entries, never uses a pool.
 */
import type { Rule } from '../law/types.js';
import type { CoreEntry, EntrySource } from './case-context.js';
import { DueCache } from './due-cache.js';
import type { CheckedOptions } from './options.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The entries of one case, taken in turn and handed back all at once by `reset` when the case is
 * done: nothing may keep an entry of the pool, or its trigger, after its case.
 * @internal
 */
export class EntryPool implements EntrySource {
  private readonly entries: Writable<CoreEntry>[] = [];
  /** One `{ date }` trigger per entry, for rules triggered by a single day (most of them). */
  private readonly days: { date: number }[] = [];
  private used = 0;
  /** The due days of the audit's single-day triggers (see `DueCache`). */
  private readonly dues: DueCache;

  /** The list of the case's entries, emptied for each case. */
  private readonly entryList: CoreEntry[] = [];

  /** `opts`: the audit's options, with which every due day the pool gives is worked out. */
  constructor(opts: CheckedOptions) {
    this.dues = new DueCache(opts);
  }

  /** Every entry free again: the case they belonged to is counted. */
  reset(): void {
    this.used = 0;
  }

  /** The list a case's entries are collected in: the same array each case, emptied. */
  list(): CoreEntry[] {
    this.entryList.length = 0;
    return this.entryList;
  }

  /** An entry with every field set (those a rule may add later, `body`, `statutory`, `basis`, as undefined). */
  take(ruleId: string, rule: Rule, trigger: Readonly<Record<string, number>>, names: Readonly<Record<string, string>> | undefined, due: number | null, done: number | null): CoreEntry {
    let e = this.entries[this.used];
    if (e === undefined) {
      e = { ruleId, rule, trigger, names, due, done, status: 'due', daysLate: undefined, exception: undefined, note: undefined, body: undefined, statutory: undefined, basis: undefined };
      this.entries.push(e);
    } else {
      e.ruleId = ruleId;
      e.rule = rule;
      e.trigger = trigger;
      e.names = names;
      e.due = due;
      e.done = done;
      e.status = 'due';
      e.daysLate = undefined;
      e.exception = undefined;
      e.note = undefined;
      e.body = undefined;
      e.statutory = undefined;
      e.basis = undefined;
    }
    this.used++;
    return e;
  }

  /** The due day of `rule` for a trigger on `day`, with the audit's options (worked out once per rule version and day). */
  dueOnDay(rule: Rule, day: number): number | null {
    return this.dues.dueOnDay(rule, day);
  }

  /** The single-day trigger of the entry `take` gives next, set to `day`. */
  nextDay(day: number): Readonly<Record<string, number>> {
    let t = this.days[this.used];
    if (t === undefined) this.days[this.used] = t = { date: day };
    else t.date = day;
    return t;
  }
}
