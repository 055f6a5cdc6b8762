/** Shared by the tests of case timelines: picking a rule's entries out of a timeline. */
import type { TimelineEntry } from '../../src/index.js';

/** An event as a case record gives it: a type, a date and any fields of that type. */
export type EventRecord = { type: string; date: string; [field: string]: unknown };

/** Every entry of a rule, in timeline order. */
export const all = (entries: readonly TimelineEntry[], ruleId: string): TimelineEntry[] => entries.filter((e) => e.ruleId === ruleId);

/** The n-th entry of a rule (the first by default), or undefined. */
export const one = (entries: readonly TimelineEntry[], ruleId: string, n = 0): TimelineEntry | undefined => all(entries, ruleId)[n];

/** The fields that say how an entry stands: its due day, when it was done, its status, lateness and exception. */
export const pick = (e: TimelineEntry | undefined) =>
  e && { due: e.due, done: e.done, status: e.status, daysLate: e.daysLate, exception: e.exception };
