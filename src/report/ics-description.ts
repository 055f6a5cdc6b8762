/**
 * The words of a deadline's calendar event: its summary and description. Only what the deadline
 * itself says goes in (the rule, its citation and link, its dates, its trace and warnings) and the
 * case id: nothing else of the case (no date of birth, no other event, no advice body's name).
 */
import { formatLong } from '../day/arithmetic.js';
import { isoToDay, type IsoDate } from '../day/iso.js';
import type { Citation } from '../law/types.js';
import type { TraceStep } from '../engine/result.js';
import type { TimelineEntry } from '../engine/timeline.js';

/** The event's title: the rule's title, after the case id where the deadline is a case's. */
export function eventSummary(title: string, caseId: string | undefined): string {
  return caseId === undefined ? title : `Case ${caseId}: ${title}`;
}

/** The citation and its legislation link, as two lines (the link only where the record has one). */
export function citationLines(citation: Citation | undefined): string[] {
  if (citation === undefined) return [];
  const lines = [`Citation: ${citation.instrument}, ${citation.provision}.`];
  if (citation.url !== '') lines.push(`Legislation: ${citation.url}`);
  return lines;
}

/** The trace, one numbered line a step, as `explain()` writes it. */
export function traceLines(trace: readonly TraceStep[]): string[] {
  return ['How the date was worked out:', ...trace.map((s, i) => `  ${i + 1}. ${s.step}${s.date ? ` [${s.date}]` : ''}${s.detail ? `: ${s.detail}` : ''}`)];
}

/** Where the deadline stands on the day the case was judged: due (with the days left) or overdue (by how many). */
function standing(entry: TimelineEntry, due: IsoDate, asOf: IsoDate): string {
  const on = `${formatLong(asOf)} (${asOf})`;
  if (entry.status === 'overdue') return `Status on ${on}: overdue by ${entry.daysLate ?? isoToDay(asOf) - isoToDay(due)} day(s), not done.`;
  const left = isoToDay(due) - isoToDay(asOf);
  return `Status on ${on}: due, not yet done; ${left === 0 ? 'due that day' : `${left} day(s) to go`}.`;
}

/**
 * The description of a case's open deadline: the rule, the case, the due date in long form, where
 * it stood on the as-of date, the citation and link, the trace, any note and warnings.
 */
export function entryDescription(entry: TimelineEntry, due: IsoDate, caseId: string, asOf: IsoDate): string {
  const lines = [
    `${entry.title} (${entry.ruleId})`,
    `Case: ${caseId}`,
    `Due: ${formatLong(due)} (${due}).`,
    standing(entry, due, asOf),
    ...citationLines(entry.citation),
  ];
  if (entry.statutory) lines.push(`Statutory counterpart ${entry.statutory.ruleId}: ${entry.statutory.due === null ? 'no date' : `${formatLong(entry.statutory.due)} (${entry.statutory.due})`}.`);
  lines.push(...traceLines(entry.trace));
  if (entry.note) lines.push(`Note: ${entry.note}`);
  if (entry.warnings.length) lines.push('Warnings:', ...entry.warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}
