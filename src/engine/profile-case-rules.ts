/**
 * A local profile in a case timeline: each local rule sits beside the deadlines of its statutory
 * counterpart in the same case (same trigger, same completing event), as the profile's data says
 * (`profile.timeline`). Written once for every profile: a council adds its own by data alone.
 */
import { SendTimescalesError, show } from '../errors.js';
import { isRecord } from '../guard.js';
import { ruleInForce, type Version } from '../law/index.js';
import { profileIndex } from '../law/profiles/index.js';
import type { Profile } from '../law/profiles/types.js';
import type { Rule } from '../law/types.js';
import type { EventType } from '../schema/case.js';
import { judgeEntry, lastBetween, latestDay, type CaseContext, type CoreEntry } from './case-context.js';
import { sameTriggerFields } from './trigger.js';
import type { CaseRule } from './case-context.js';
import { dueDay } from './deadline.js';

interface Mirror {
  readonly id: string;
  readonly versions: readonly Version[];
  readonly latest: Rule;
  readonly which: 'all' | 'first' | 'later';
  readonly previous: { readonly field: string; readonly event: EventType } | undefined;
}

/**
 * The case rule of a profile: run after the statutory rules, it reads their entries and adds the
 * local ones beside them, each with `statutory: { ruleId, due }`.
 * @example
 * timeline(record, { asOf: '2026-06-01', profile: 'dorset' }) // uses profileCaseRule(getProfile('dorset'))
 */
export function profileCaseRule(profile: Profile): CaseRule {
  if (!isRecord(profile) || typeof profile.name !== 'string' || !Array.isArray(profile.rules)) {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'profile', profile, `profile must be a profile (getProfile("dorset"), or one made by defineProfile), but ${show(profile)} was given.`);
  }
  const byStatutory = new Map<string, Mirror[]>();
  for (const [id, versions] of profileIndex(profile)) {
    const latest = versions[versions.length - 1]!.rule;
    const spec = profile.timeline?.[id];
    if (!latest.statutory || spec?.skip) continue;
    const mapping = profile.counterparts?.[id];
    if (mapping && 'sameDay' in mapping) continue;
    const mirror: Mirror = {
      id, versions, latest, which: spec?.which ?? 'all',
      previous: spec?.previous ? { field: spec.previous.field, event: spec.previous.event as EventType } : undefined,
    };
    byStatutory.set(latest.statutory, [...(byStatutory.get(latest.statutory) ?? []), mirror]);
  }
  return {
    ruleIds: [...byStatutory.values()].flat().map((m) => m.id),
    description: `${profile.council}'s local standards (profile "${profile.name}"), each beside the statutory deadline it restates, tightens or loosens.`,
    collect(ctx, out) {
      const seen = new Map<string, number>();
      const n = out.length;
      for (let i = 0; i < n; i++) {
        const s = out[i]!;
        if (!s.rule || s.rule.force === 'local') continue;
        const mirrors = byStatutory.get(s.ruleId);
        if (!mirrors) continue;
        const ordinal = seen.get(s.ruleId) ?? 0;
        seen.set(s.ruleId, ordinal + 1);
        for (const m of mirrors) {
          if ((m.which === 'first' && ordinal !== 0) || (m.which === 'later' && ordinal === 0)) continue;
          const local = beside(ctx, m, s, profile);
          if (local) out.push(local);
        }
      }
    },
  };
}

/** The local entry beside one statutory entry, or null when its trigger cannot be formed. */
function beside(ctx: CaseContext, m: Mirror, s: CoreEntry, profile: Profile): CoreEntry | null {
  const statutory = { ruleId: s.ruleId, due: s.due };
  let trigger: Record<string, number>;
  const mapping = profile.counterparts?.[m.id];
  if (mapping && 'field' in mapping) {
    const day = s.trigger.date;
    if (day === undefined) return null;
    trigger = { [mapping.field]: day };
    if (m.previous) {
      const before = lastBetween(ctx, [m.previous.event], Number.NEGATIVE_INFINITY, day - 1);
      if (!before) return null;
      trigger[m.previous.field] = before.day;
    }
  } else if (s.rule && sameTriggerFields(m.latest.triggerFields, s.rule.triggerFields)) {
    trigger = s.trigger as Record<string, number>;
  } else return null;
  const base = { ruleId: m.id, trigger, names: s.names, done: s.done, daysLate: undefined, exception: undefined, note: undefined, statutory };
  if (s.status === 'not-applicable' || s.status === 'not-triggered') {
    return { ...base, rule: m.latest, due: null, status: s.status, note: s.note };
  }
  const rule = ruleInForce(m.id, m.versions as Version[], latestDay(trigger));
  const due = dueDay(rule, trigger, ctx.opts, s.names);
  if (due === null) return { ...base, rule, due: null, status: 'not-applicable', note: rule.period.kind === 'none' ? rule.period.reason : 'no date for this trigger' };
  // The same date as the statute: the same judgement (this keeps "must allow" periods right too).
  if (due === s.due) return { ...base, rule, due, status: s.status, daysLate: s.daysLate };
  const e: CoreEntry = { ...base, rule, due, status: 'due' };
  judgeEntry(e, due, s.done, ctx.asOf);
  return e;
}
