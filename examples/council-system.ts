/**
 * A council case-management system asking "what is due on this case, what was met, what is late?"
 * Run it with `npx tsx examples/council-system.ts` after `npm install send-timescales`; the test
 * suite runs it against the library's source.
 */
import { audit, explain, deadline, timeline, worklist, type CaseRecord, SendTimescalesError } from 'send-timescales';

/** A case as a council system might hold it, mapped to the library's event types. */
export const record: CaseRecord = {
  id: 'EHC-2025-0142',
  dateOfBirth: '2016-03-10',
  events: [
    { type: 'request-received', date: '2025-01-06' },
    { type: 'assessment-decision-notified', date: '2025-02-14', decision: 'assess' },
    { type: 'draft-plan-served', date: '2025-05-01' },
    { type: 'final-plan-issued', date: '2025-05-27' },
    { type: 'review-meeting', date: '2026-05-01' },
  ],
};

/**
 * The caseworker's worklist: what is late or overdue on the case, then what falls due in the next
 * 8 weeks (56 days), soonest first. The library selects the open deadlines and counts the working
 * days left; no date arithmetic by hand.
 */
export function caseworkerList(asOf: string): string[] {
  const behind = timeline(record, { asOf }).entries
    .filter((e) => e.status === 'overdue' || e.status === 'late')
    .map((e) => `${e.ruleId}: ${e.status} (due ${e.due}), ${e.daysLate} day(s) late`);
  const soon = worklist([record], { asOf, within: 56 }).items
    .map((i) => `${i.ruleId}: due ${i.due}, ${i.workingDaysLeft} working day(s) left`);
  return [...behind, ...soon];
}

/** Bad input is a typed error with a code, the field and the value. */
export function rejectBadInput(): string {
  try {
    timeline({ ...record, events: [{ type: 'final-plan-issued', date: '27/05/2025' }] }, { asOf: '2025-06-01' });
    return 'accepted';
  } catch (e) {
    return e instanceof SendTimescalesError ? `${e.code} ${e.field}` : 'unexpected';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(caseworkerList('2026-06-01').join('\n'));
  console.log(explain(deadline('final-plan', '2025-01-06')));
  console.log(audit([record], { asOf: '2026-06-01' }).twentyWeeks);
  console.log(rejectBadInput());
}
