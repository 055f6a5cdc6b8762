/** `explain(deadline)`: the result in words an auditor can check by hand. */
import { formatLong } from '../day/arithmetic.js';
import { isoToDay } from '../day/iso.js';
import { SendTimescalesError, show } from '../errors.js';
import { isRecord } from '../guard.js';
import type { Deadline } from './result.js';

const VERIFIED: Record<Deadline['verification'], string> = {
  primary: 'wording checked against the text of the instrument',
  secondary: 'wording read only in a secondary source',
  unverified: 'wording not verified',
};

/**
 * A multi-line, plain-English explanation of a result an auditor can check by hand: the rule, its
 * wording and citation, each step of the arithmetic with its date, and any warning.
 * @param result - A result of {@link deadline}.
 * @returns The explanation, one line per item.
 * @example
 * ```ts
 * console.log(explain(deadline('final-plan', '2025-01-06')));
 * // Finalised EHC plan sent (the 20-week limit) (final-plan)
 * // Trigger: Monday 6 January 2025 (2025-01-06)
 * // Due: Monday 26 May 2025 (2025-05-26), the last day on which it is done in time.
 * // …
 * ```
 */
export function explain(result: Deadline): string {
  checkDeadline(result);
  const lines: string[] = [];
  lines.push(`${result.title} (${result.ruleId})`);
  const trigger = typeof result.trigger === 'string'
    ? `${formatLong(result.trigger)} (${result.trigger})`
    : Object.entries(result.trigger).map(([k, v]) => `${k} ${/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${formatLong(v)} (${v})` : v}`).join(', ');
  lines.push(`Trigger: ${trigger}`);
  if (result.due !== null) lines.push(`Due: ${formatLong(result.due)} (${result.due}), the last day on which it is done in time.`);
  else if (result.status) lines.push(`Status: ${result.status}. ${result.reason ?? ''}`.trimEnd());
  else lines.push(`Due: no date. ${result.reason ?? ''}`.trimEnd());
  if (result.wouldHaveBeenDue) lines.push(`Without the ${result.status === 'relaxed' ? 'relaxation' : 'exception'} the limit would have ended on ${formatLong(result.wouldHaveBeenDue)} (${result.wouldHaveBeenDue}).`);
  lines.push(`Citation: ${result.citation.instrument}, ${result.citation.provision}. ${result.citation.url}`);
  lines.push(`Force: ${result.force === 'statute' ? 'statute ("must")' : result.force === 'guidance' ? 'guidance ("should")' : 'local standard'}; ${VERIFIED[result.verification]}.`);
  lines.push(`Wording: "${result.wording}"`);
  if (result.exception) lines.push(`Exception ${result.exception.code} (${result.exception.citation.provision}): "${result.exception.wording}"`);
  lines.push('How the date was worked out:');
  result.trace.forEach((s, i) => {
    const date = s.date ? ` [${s.date}]` : '';
    lines.push(`  ${i + 1}. ${s.step}${date}${s.detail ? `: ${s.detail}` : ''}`);
  });
  if (result.warnings.length) {
    lines.push('Warnings:');
    for (const w of result.warnings) lines.push(`  - ${w}`);
  }
  return lines.join('\n');
}

/** What explain() reads of a deadline; anything else is not a result of deadline(). */
function checkDeadline(result: unknown): asserts result is Deadline {
  const r = isRecord(result) ? result : undefined;
  const fine = r !== undefined
    && typeof r.ruleId === 'string' && typeof r.title === 'string' && typeof r.wording === 'string'
    && (typeof r.trigger === 'string' || (isRecord(r.trigger) && Object.values(r.trigger).every((v) => typeof v === 'string')))
    && (r.due === null || typeof r.due === 'string')
    && isRecord(r.citation) && typeof r.citation.instrument === 'string' && typeof r.citation.provision === 'string'
    && Array.isArray(r.trace) && r.trace.every((s) => isRecord(s) && typeof s.step === 'string')
    && Array.isArray(r.warnings) && r.warnings.every((w) => typeof w === 'string');
  if (!fine) {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'deadline', result, `explain() takes a result of deadline() (with its rule, trigger, due date, citation, trace and warnings), but ${show(result)} was given.`);
  }
  // The dates it spells out must be real dates.
  if (typeof r.due === 'string') isoToDay(r.due, 'deadline.due');
}
