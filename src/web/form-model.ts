/**
 * The calculator's form for a rule, read from the rule's record: one input per field of its
 * `triggerShape` (labelled with the field's own label, its kind choosing the control), and the
 * options the record says it takes: a reading of a fixed date (a `fixed-date` period), a reading
 * of "at least … before" (direction `at-least-before`), its exceptions, the coronavirus
 * modification (a `modifiedBy` period) and its profile (a local rule). Nothing is chosen by a
 * rule's id.
 */
import { formatLong } from '../day/arithmetic.js';
import { MONTH_NAMES } from '../day/iso.js';
import type { DeadlineOptions } from '../engine/options.js';
import type { TriggerInput } from '../engine/trigger.js';
import { exceptionRecords } from '../law/exceptions.js';
import { findCompoundMethod } from '../law/methods/index.js';
import type { ExceptionCode, Rule, TriggerFieldKind } from '../law/types.js';
import { FIXED_DATE_READINGS, NOTICE_READINGS } from '../schema/vocabulary.js';

/** The control a trigger field is entered with. */
export type FieldControl = 'date' | 'datetime-local' | 'rule-select';

const CONTROL_OF_KIND: Readonly<Record<TriggerFieldKind, FieldControl>> = {
  date: 'date',
  instant: 'datetime-local',
  'rule-id': 'rule-select',
};

/** One trigger input: the field's name (its key in the URL and the trigger), label and control. */
export interface FieldModel {
  readonly name: string;
  readonly label: string;
  readonly control: FieldControl;
  readonly required: boolean;
  readonly hint?: string;
}

/** One choice of an option: the value the library takes (as text), its label and a hint. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/** An option the rule takes: radios of its choices (the first is the library's default), or a yes/no checkbox. */
export interface OptionModel {
  readonly name: 'fixedDate' | 'notice' | 'exception' | 'coronavirus';
  readonly label: string;
  readonly hint?: string;
  /** Longer words about the option, shown under it on request. */
  readonly more?: string;
  readonly control: 'radios' | 'checkbox';
  readonly choices: readonly Choice[];
}

/** The whole form of a rule. */
export interface FormModel {
  readonly ruleId: string;
  readonly fields: readonly FieldModel[];
  readonly options: readonly OptionModel[];
  /** The profile a local rule is applied with (its own), shown and passed; absent for the law's rules. */
  readonly profile?: string;
  /**
   * The rule's date depends on the school's term dates (it counts school days, or its method reads
   * the term calendar): the form offers a term calendar file, without which the rule gives no date.
   */
  readonly terms?: true;
}

/** Whether a rule's due date is read from a school term calendar, as its record says. */
export function readsTerms(rule: Rule): boolean {
  const period = rule.period;
  if (period.kind === 'span') return period.unit === 'school-days';
  if (period.kind === 'compound') return findCompoundMethod(period.method)?.readsTerms === true;
  return false;
}

/** Words for the readings; the values themselves are the library's vocabulary. */
const FIXED_DATE_WORDS: Readonly<Record<(typeof FIXED_DATE_READINGS)[number], Choice>> = {
  before: { value: 'before', label: 'Before that date: the day before it is the last day (the strict reading, the default)' },
  'on-or-before': { value: 'on-or-before', label: 'On or before that date (as the Code of Practice and most councils write it)' },
};
const NOTICE_WORDS: Readonly<Record<(typeof NOTICE_READINGS)[number], Choice>> = {
  strict: { value: 'strict', label: 'Clear days: the period is counted without the day of the event (the strict reading, the default)' },
  permissive: { value: 'permissive', label: 'The period exactly: the event day minus the period' },
};

/** "personal-circumstances" as a person reads it: "Personal circumstances". */
export function codeWords(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The form of a rule record.
 * @example
 * ```ts
 * formModel(getRule('final-plan')).fields; // [{ name: 'date', label: 'Date the request for an assessment was received', control: 'date', required: true }]
 * ```
 */
export function formModel(rule: Rule): FormModel {
  const fields = rule.triggerShape.fields.map((f): FieldModel => ({
    name: f.name,
    label: f.label,
    control: CONTROL_OF_KIND[f.kind],
    required: f.optional !== true,
    ...(f.kind === 'instant' ? { hint: 'The date and time on the clock in England (Europe/London).' } : {}),
    ...(f.optional === true ? { hint: 'Leave it empty if there is none.' } : {}),
  }));
  const options: OptionModel[] = [];
  const period = rule.period;
  if (period.kind === 'fixed-date') {
    options.push({
      name: 'fixedDate',
      label: `How is "before ${period.day} ${MONTH_NAMES[period.month - 1]}" read?`,
      control: 'radios',
      choices: FIXED_DATE_READINGS.map((r) => FIXED_DATE_WORDS[r]),
    });
  }
  if (rule.direction === 'at-least-before') {
    options.push({
      name: 'notice',
      label: 'How is "at least … before" read?',
      control: 'radios',
      choices: NOTICE_READINGS.map((r) => NOTICE_WORDS[r]),
    });
  }
  if (rule.exceptions.length > 0) {
    options.push({
      name: 'exception',
      label: 'Does an exception apply to this case?',
      hint: 'An exception lifts the time limit; it never moves it.',
      control: 'radios',
      choices: [
        { value: '', label: 'No exception' },
        ...rule.exceptions.map((code) => ({ value: code, label: `${codeWords(code)} (${exceptionRecords[code].citation.provision})`, hint: exceptionRecords[code].summary })),
      ],
    });
  }
  const modification = rule.modifiedBy[0];
  if (modification !== undefined) {
    options.push({
      name: 'coronavirus',
      label: 'The case records a reason relating to coronavirus',
      hint: `${modification.citedAs ?? modification.instrument}, from ${formatLong(modification.from)} to ${formatLong(modification.to)}.`,
      more: modification.effect,
      control: 'checkbox',
      choices: [{ value: 'yes', label: 'The case records a reason relating to coronavirus' }],
    });
  }
  return {
    ruleId: rule.id, fields, options,
    ...(rule.profile !== undefined ? { profile: rule.profile } : {}),
    ...(readsTerms(rule) ? { terms: true as const } : {}),
  };
}

/** Whether every required input has a value: the result is worked out only then. */
export function complete(model: FormModel, values: Readonly<Record<string, string>>): boolean {
  return model.fields.every((f) => !f.required || (values[f.name] ?? '').trim() !== '');
}

/** The trigger `deadline()` takes from the inputs: the one value, or an object of the fields given. */
export function triggerOf(rule: Rule, values: Readonly<Record<string, string>>): TriggerInput {
  const shape = rule.triggerShape;
  if (shape.given === 'value') return values[shape.fields[0]?.name ?? 'date'] ?? '';
  const out: Record<string, string> = {};
  for (const f of shape.fields) {
    const v = (values[f.name] ?? '').trim();
    if (v !== '') out[f.name] = v;
  }
  return out;
}

/** The options `deadline()` takes from the chosen values: only those the rule's form offers, only when set. */
export function optionsOf(model: FormModel, chosen: Readonly<Record<string, string>>): DeadlineOptions {
  const out: { -readonly [K in keyof DeadlineOptions]: DeadlineOptions[K] } = {};
  for (const option of model.options) {
    const value = chosen[option.name];
    if (value === undefined || value === '') continue;
    if (!option.choices.some((c) => c.value === value)) continue;
    if (option.name === 'coronavirus') out.coronavirus = value === 'yes';
    else if (option.name === 'exception') out.exception = value as ExceptionCode;
    else if (option.name === 'fixedDate') out.fixedDate = value as DeadlineOptions['fixedDate'];
    else out.notice = value as DeadlineOptions['notice'];
  }
  if (model.profile !== undefined) out.profile = model.profile;
  return out;
}
