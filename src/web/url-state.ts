/**
 * The calculator's state in the page's address (after `#`), so that a result can be bookmarked or
 * shared and opens again the same: the rule, each trigger field's value and each option chosen.
 * `#rule=final-plan&t.date=2025-01-06&o.exception=personal-circumstances`. The address stays on
 * the user's machine: the part after `#` is never sent to a server.
 */

/** What the calculator holds: the rule, the trigger fields' values by name, the options chosen by name. */
export interface CalculatorState {
  readonly rule: string;
  readonly trigger: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string>>;
}

const RULE = 'rule';
const TRIGGER = 't.';
const OPTION = 'o.';

/**
 * The state as the part of the address after `#` (without the `#`); empty values are left out.
 * @example
 * ```ts
 * encodeState({ rule: 'final-plan', trigger: { date: '2025-01-06' }, options: {} }); // 'rule=final-plan&t.date=2025-01-06'
 * ```
 */
export function encodeState(state: CalculatorState): string {
  const params = new URLSearchParams();
  params.set(RULE, state.rule);
  for (const [name, value] of Object.entries(state.trigger)) if (value !== '') params.append(TRIGGER + name, value);
  for (const [name, value] of Object.entries(state.options)) if (value !== '') params.append(OPTION + name, value);
  return params.toString();
}

/**
 * The state an address holds, or undefined when it names no rule (a link to a part of the page,
 * such as `#timeline`). A name given twice keeps its first value.
 */
export function decodeState(hash: string): CalculatorState | undefined {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.includes('=')) return undefined;
  const params = new URLSearchParams(text);
  const rule = params.get(RULE);
  if (rule === null || rule === '') return undefined;
  // Maps, then own properties: a field named like an Object property (`constructor`) stays a field.
  const trigger = new Map<string, string>();
  const options = new Map<string, string>();
  for (const [key, value] of params) {
    if (value === '') continue;
    const into = key.startsWith(TRIGGER) ? trigger : key.startsWith(OPTION) ? options : undefined;
    const name = key.slice(2);
    if (into !== undefined && name !== '' && !into.has(name)) into.set(name, value);
  }
  return { rule, trigger: Object.fromEntries(trigger), options: Object.fromEntries(options) };
}
