/**
 * Writing a rule's trigger once: each helper gives a record both its `triggerShape` (each field's
 * name, kind and label) and the `triggerFields` names 0.4 published, so the two cannot disagree.
 */
import type { TriggerField, TriggerShape } from './types.js';

/** A trigger given as one value: its field is named `date` (the engine's name for a one-value trigger). */
const VALUE_FIELD = 'date';

/**
 * A trigger that is one date, e.g. `oneDate('Date the request was received')`.
 * @example
 * ```ts
 * oneDate('Date of the review meeting').triggerFields; // 'date'
 * ```
 */
export function oneDate<L extends string>(label: L) {
  return {
    triggerFields: 'date',
    triggerShape: { given: 'value', fields: [{ name: VALUE_FIELD, kind: 'date', label }] },
  } as const;
}

/**
 * A trigger that is one moment (a date and time): a rule counted in hours.
 * @example
 * ```ts
 * oneInstant('Date and time of the contact').triggerShape.fields[0].kind; // 'instant'
 * ```
 */
export function oneInstant<L extends string>(label: L) {
  return {
    triggerFields: 'date',
    triggerShape: { given: 'value', fields: [{ name: VALUE_FIELD, kind: 'instant', label }] },
  } as const;
}

/**
 * A trigger of named fields, e.g. `namedFields(date('move', 'Date of the move'), date('aware', …))`.
 * @example
 * ```ts
 * namedFields(date('move', 'Date of the move'), date('aware', 'Date of awareness')).triggerFields; // ['move', 'aware']
 * ```
 */
export function namedFields(...fields: readonly TriggerField[]): { readonly triggerFields: readonly string[]; readonly triggerShape: TriggerShape } {
  return { triggerFields: fields.map((f) => f.name), triggerShape: { given: 'object', fields } };
}

/** A named date field. */
export function date(name: string, label: string, { optional = false } = {}): TriggerField {
  return optional ? { name, kind: 'date', label, optional: true } : { name, kind: 'date', label };
}

/** A named field holding another rule's id. */
export function ruleIdField(name: string, label: string): TriggerField {
  return { name, kind: 'rule-id', label };
}

/** The `triggerFields` names of a shape (`'date'` for a one-value trigger). */
export function fieldNamesOf(shape: TriggerShape): 'date' | readonly string[] {
  return shape.given === 'value' ? 'date' : shape.fields.map((f) => f.name);
}

/** Whether two shapes take the same fields (names, kinds and which may be left out; labels aside). */
export function sameShape(a: TriggerShape, b: TriggerShape): boolean {
  if (a.given !== b.given || a.fields.length !== b.fields.length) return false;
  return a.fields.every((f) => {
    const g = b.fields.find((x) => x.name === f.name);
    return g !== undefined && g.kind === f.kind && (g.optional === true) === (f.optional === true);
  });
}

/** The shape in words, for messages: "one date", "one date and time", "{ move, aware }". */
export function shapeWords(shape: TriggerShape): string {
  if (shape.given === 'value') return shape.fields[0]?.kind === 'instant' ? 'one date and time' : 'one date';
  return `{ ${shape.fields.map((f) => `${f.name}${f.optional ? '?' : ''}`).join(', ')} }`;
}
