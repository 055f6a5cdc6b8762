/**
 * A timeline's entries as the page shows and exports them: each deadline with its status and the
 * days late or left, in words and as CSV rows.
 */
import { daysBetween, formatLong } from '../day/arithmetic.js';
import type { EntryStatus } from '../engine/case-context.js';
import type { Timeline, TimelineEntry } from '../engine/timeline.js';

/** The status of an entry in words, and the GOV.UK tag colour it is shown in. */
export const STATUS_WORDS: Readonly<Record<EntryStatus, { readonly words: string; readonly colour: string }>> = {
  met: { words: 'Met', colour: 'green' },
  late: { words: 'Late', colour: 'orange' },
  due: { words: 'Due', colour: 'blue' },
  overdue: { words: 'Overdue', colour: 'red' },
  'not-triggered': { words: 'Not triggered', colour: 'grey' },
  'not-applicable': { words: 'Not applicable', colour: 'grey' },
  lifted: { words: 'Lifted', colour: 'purple' },
  relaxed: { words: 'Relaxed', colour: 'purple' },
};

/** Days left before the due day (a `due` entry, as of the timeline's day); undefined for any other. */
export function daysLeft(entry: TimelineEntry, asOf: string): number | undefined {
  return entry.status === 'due' && entry.due !== null ? daysBetween(asOf, entry.due) : undefined;
}

/** "3 days late", "12 days left", "due today", or nothing. */
export function lateOrLeft(entry: TimelineEntry, asOf: string): string {
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (entry.daysLate !== undefined && (entry.status === 'late' || entry.status === 'overdue')) return `${plural(entry.daysLate)} late`;
  const left = daysLeft(entry, asOf);
  if (left === undefined) return '';
  return left === 0 ? 'Due today' : `${plural(left)} left`;
}

/** A trigger in words: the long date, or each named date of a compound trigger. */
export function triggerWords(trigger: TimelineEntry['trigger']): string {
  if (trigger === null) return '';
  if (typeof trigger === 'string') return formatLong(trigger);
  return Object.entries(trigger).map(([k, v]) => `${k}: ${/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatLong(v) : v}`).join('; ');
}

/** The CSV columns of a timeline. */
export const TIMELINE_CSV_HEADER = ['case_id', 'as_of', 'rule_id', 'title', 'trigger', 'due', 'done', 'status', 'days_late', 'days_left', 'provision', 'url'] as const;

/** One CSV row per entry, ISO dates throughout. */
export function timelineCsvRows(t: Timeline): (string | number)[][] {
  return t.entries.map((e) => [
    t.caseId, t.asOf, e.ruleId, e.title,
    e.trigger === null ? '' : typeof e.trigger === 'string' ? e.trigger : Object.entries(e.trigger).map(([k, v]) => `${k}=${v}`).join('; '),
    e.due ?? '', e.done ?? '', e.status, e.daysLate ?? '', daysLeft(e, t.asOf) ?? '',
    e.citation?.provision ?? '', e.citation?.url ?? '',
  ]);
}
