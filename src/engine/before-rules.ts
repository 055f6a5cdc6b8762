/**
 * Case rules judged against a day rather than by a completing act within a period: a notice that
 * must come at least some time before an event, and a period the authority must allow to run
 * before it acts. Each is built from the law's data (src/law/case-rules.ts).
 */
import { dayToIso } from '../day/iso.js';
import type { MustAllowCaseRule, NoticeBeforeCaseRule } from '../law/case-rules.js';
import type { EventType } from '../schema/case.js';
import { declareTriggers, entryOnDayOf, RuleRef, eventsAt, fillNote, firstBetweenAt, lastBetweenAt, typeIndex, type CaseRule } from './case-context.js';

/** A notice "at least … before" an event: the last notice after the previous such event and on or before it. */
export function noticeBefore(data: NoticeBeforeCaseRule<EventType>): CaseRule {
  const { ruleId } = data;
  // The types' indexes in a case's lists, worked out once with the rule.
  const target = typeIndex(data.target);
  const done = typeIndex(data.done);
  const notices = [done];
  const ref = new RuleRef(ruleId);
  // One entry per target event: none without one.
  return declareTriggers({
    ruleIds: [ruleId],
    description: data.description,
    collect(ctx, out) {
      // Councils that do not record these notices should not see every meeting as overdue.
      if (eventsAt(ctx, done).length === 0) return;
      const targets = eventsAt(ctx, target);
      targets.forEach((t, i) => {
        const previous = i > 0 ? targets[i - 1]!.day : Number.NEGATIVE_INFINITY;
        const notice = lastBetweenAt(ctx, notices, previous, t.day);
        const result = entryOnDayOf(ctx, ref, t.day, notice?.day ?? null);
        // A notice not recorded before a meeting that has already happened cannot now be given in time.
        if (notice === undefined && result.due !== null && t.day <= ctx.asOf) {
          result.status = 'overdue';
          result.daysLate = ctx.asOf - result.due;
        }
        out.push(result);
      });
    },
  }, [target]);
}

/** A "must allow" period: acting *before* the period ends is the breach; not acting during it meets it. */
export function mustAllow(data: MustAllowCaseRule<EventType>): CaseRule {
  const { ruleId, notes } = data;
  const on = typeIndex(data.on);
  const endedEarlyBy = [typeIndex(data.endedEarlyBy)];
  const ref = new RuleRef(ruleId);
  // One entry per event that starts the period: none without one.
  return declareTriggers({
    ruleIds: [ruleId],
    description: data.description,
    collect(ctx, out) {
      for (const e of eventsAt(ctx, on)) {
        const act = firstBetweenAt(ctx, endedEarlyBy, e.day);
        const result = entryOnDayOf(ctx, ref, e.day, null);
        out.push(result);
        result.daysLate = undefined;
        if (result.due === null) continue;
        if (act) {
          const early = act.day <= result.due;
          result.status = early ? 'late' : 'met';
          result.done = act.day;
          if (early) {
            result.daysLate = result.due + 1 - act.day;
            result.note = fillNote(notes.early, { done: dayToIso(act.day), due: dayToIso(result.due) });
          }
          continue;
        }
        result.status = ctx.asOf <= result.due ? 'due' : 'met';
        if (result.status === 'met') result.note = notes.allowed;
      }
    },
  }, [on]);
}
