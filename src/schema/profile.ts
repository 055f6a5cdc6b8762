/**
 * The zod schema of a local profile (a council's own standards as rule records, docs/profiles.md):
 * the shape of every field, then the checks that read one field against another (a rule id
 * starts with the profile's name; a period reads the trigger its rule declares; versions of one
 * id do not overlap; timeline mirrors and counterparts name the profile's own rules). Its
 * refusals map, through {@link profileIssues}, to the words `defineProfile` has always used.
 */
import * as z from 'zod';
import { show } from '../errors.js';
import { getRule, indexRules, profiles, statutoryRules } from '../law/index.js';
import type { Rule } from '../law/types.js';
import { allRegisteredMethodIds, findCompoundMethod, isRegisteredMethod, registeredMethodIds } from '../law/methods/index.js';
import { fieldNamesOf } from '../law/trigger-shape.js';
import type { TriggerShape } from '../law/types.js';
import { workingDayDefinitionIds } from '../law/working-days.js';
import { issuesFromZod, said, type IssueContext, type SchemaIssue } from './issues.js';
import {
  COUNTINGS, DIRECTIONS, EXCEPTION_CODES, MIRROR_WHICH, PERIOD_KINDS, PERIOD_UNITS, PROCESSES, TRIGGER_FIELD_KINDS, TRIGGER_GIVEN,
  VERIFICATIONS,
} from './vocabulary.js';
import { countField, dateField, fieldsOf, oneOfField, textField } from './words.js';

/** Issues of a profile: fields named from `profile`, code `INVALID_OPTION` (a date: `INVALID_DATE`). */
export const PROFILE_ISSUES: IssueContext = {
  root: 'profile',
  code: 'INVALID_OPTION',
  // A list is refused as a whole; a fixed-date period as a whole (its month and day go together).
  fold: {
    'rules.#.triggerFields': 'self', 'rules.#.exceptions': 'self', 'rules.#.notes': 'self',
    'rules.#.period.month': 'parent', 'rules.#.period.day': 'parent',
  },
};

/** Lower-case kebab-case: a profile's name, and its rule ids. */
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The trigger each compound method reads: `'date'` (one date) or the names of its dates.
 * @example
 * ```ts
 * const methods: MethodFields = { 'plan-transfer': ['move', 'aware'], 'tribunal-working-days': 'date' };
 * ```
 */
export type MethodFields = Readonly<Record<string, 'date' | readonly string[]>>;

/**
 * The compound methods the built-in rules use, with the trigger each reads, read from the rule
 * records themselves (every method has at least one rule, statutory or of a built-in profile).
 */
export const builtInMethodFields: MethodFields = Object.fromEntries(
  allRegisteredMethodIds().map((id) => [id, fieldNamesOf(findCompoundMethod(id)!.trigger)]),
);

const ctx = PROFILE_ISSUES;
const text = textField(ctx);
const anyText = textField(ctx, { empty: true });
const date = dateField(ctx);

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return oneOfField(ctx, values);
}

/** `{ from, to? }`, `to` absent: open-ended; a span may not end before it starts. */
const dateSpan = fieldsOf(ctx, { from: date, to: date.optional() }, {
  notAnObject: (field) => `${field} must be { from: "YYYY-MM-DD", to? }.`,
}).refine((s) => s.to === undefined || s.to >= s.from, {
  path: ['to'],
  error: said(ctx, (field) => `${field.replace(/\.to$/, '')} ends before it starts.`),
  abort: true,
});

const modification = fieldsOf(ctx, {
  instrument: text,
  url: anyText,
  // `to` before `from`: the order in which the library has always read them.
  to: date,
  from: date,
  effect: text,
  onlyLimb: z.unknown().optional().meta({ type: 'string', description: 'The one limb of a compound rule the modification reached (e.g. "late-awareness").' }),
  citedAs: z.unknown().optional().meta({ type: 'string', description: 'How the modifying provision is cited where the instrument is not enough.' }),
}, { notAnObject: (field) => `${field} must be { instrument, url, from, to, effect }.` })
  .refine((m) => m.to >= m.from, { path: ['to'], error: said(ctx, (field) => `${field.replace(/\.to$/, '')} ends before it starts.`), abort: true });

/** A trigger's shape: how it is given and its fields, each with what it holds and a label. */
const triggerShape = fieldsOf(ctx, {
  given: oneOfField(ctx, TRIGGER_GIVEN),
  fields: z.array(
    // Listed (in refusals too) as the record reads: name, kind, label, optional.
    fieldsOf(ctx, {
      name: text,
      kind: oneOfField(ctx, TRIGGER_FIELD_KINDS),
      label: text,
      optional: z.boolean({ error: said(ctx, (field) => `${field} must be true or false.`) }).optional(),
    }, { notAnObject: (field) => `${field} must be { name, kind, label }.` }),
    { error: said(ctx, (field) => `${field} must list the trigger's fields.`) },
  ).min(1, { error: said(ctx, (field) => `${field} must list the trigger's fields.`) }),
}, { notAnObject: (field) => `${field} must be { given: "value" | "object", fields: [{ name, kind, label }] }.` });

/**
 * A profile's own compound methods (a profile written in TypeScript): each with an id that is not
 * the library's, a description, a function and the trigger it reads. Never in a JSON file.
 */
const ownMethods = z.array(
  z.looseObject({
    id: text,
    description: text,
    compute: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
      error: said(ctx, (field) => `${field} must be a function (a compound method is written in code; a JSON profile names the library's methods).`),
    }),
    trigger: triggerShape,
  }, { error: said(ctx, (field) => `${field} must be { id, description, trigger, compute }.`) })
    // A built-in profile's methods are registered: its own record of them is the library's (the
    // same function; zod hands the refinement a copy of the object, never the object itself).
    .refine((m) => !isRegisteredMethod(m.id) || findCompoundMethod(m.id)?.compute === m.compute, {
      path: ['id'],
      error: said(ctx, (_, value) => `${show((value as { id: unknown }).id)} is one of the library's compound methods: a profile's own method needs its own id.`),
      abort: true,
    }),
  { error: said(ctx, (field) => `${field} must be a list of compound methods { id, description, trigger, compute }.`) },
);

/**
 * The compound methods a profile's rules may name: its own first (each with the trigger it reads,
 * where its trigger is well formed), then the library's.
 * @param methods - A profile's `methods`, as given.
 * @returns The methods with their triggers.
 * @example
 * ```ts
 * methodFieldsWith(undefined) === builtInMethodFields; // true
 * ```
 */
export function methodFieldsWith(methods: unknown): MethodFields {
  if (!Array.isArray(methods) || methods.length === 0) return builtInMethodFields;
  const own: [string, 'date' | readonly string[]][] = [];
  for (const m of methods as unknown[]) {
    if (typeof m !== 'object' || m === null) continue;
    const { id, trigger } = m as { id?: unknown; trigger?: unknown };
    if (typeof id === 'string' && triggerShape.safeParse(trigger).success) own.push([id, fieldNamesOf(trigger as TriggerShape)]);
  }
  return { ...Object.fromEntries(own), ...builtInMethodFields };
}

function methodSchema(methods: MethodFields) {
  const names = Object.keys(methods);
  // Messages name the current ids; the 0.4 names (still accepted) are left out, as defineProfile does.
  const former = new Set(allRegisteredMethodIds().filter((id) => !registeredMethodIds().includes(id)));
  const shown = names.filter((n) => !former.has(n));
  const words = said(ctx, (field) => `${field} must be one of ${shown.join(', ')}.`);
  return z.string({ error: words }).refine((m) => Object.hasOwn(methods, m), { error: words, abort: true })
    .meta({ enum: names });
}

function periodSchema(methods: MethodFields) {
  const objectWords = { notAnObject: (field: string) => `${field} must be an object such as { kind: "span", unit: "weeks", n: 6 }.` };
  const realDay = said(ctx, (field) => `${field} must name a real day of every year: { kind: "fixed-date", month: 1–12, day }.`);
  const wholeNumber = z.number({ error: realDay }).int({ error: realDay });
  return z.discriminatedUnion('kind', [
    fieldsOf(ctx, { kind: z.literal('span'), unit: choiceOfUnits(), n: countField(ctx) }, objectWords),
    fieldsOf(ctx, { kind: z.literal('fixed-date'), month: wholeNumber.min(1, { error: realDay }).max(12, { error: realDay }), day: wholeNumber.min(1, { error: realDay }) }, objectWords)
      // 29 February is not a day of every year.
      .refine((p) => p.day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][p.month - 1]!, { error: realDay, abort: true }),
    fieldsOf(ctx, { kind: z.literal('compound'), method: methodSchema(methods), summary: text, n: countField(ctx).optional() }, objectWords),
    fieldsOf(ctx, { kind: z.literal('none'), reason: text }, objectWords),
  ], {
    error: said(ctx, (field, value, issue) => (issue.code === 'invalid_union'
      ? `${field} must be ${PERIOD_KINDS.slice(0, -1).map((k) => `"${k}"`).join(', ')} or "${PERIOD_KINDS.at(-1)}".`
      : objectWords.notAnObject(field))),
  });
}

function choiceOfUnits() {
  return z.enum(PERIOD_UNITS, { error: said(ctx, (field) => `${field} must be one of ${PERIOD_UNITS.join(', ')}.`) });
}

const triggerFieldsWords = said(ctx, (field) => `${field} must be "date" or a list of field names such as ["move", "aware"].`);
const triggerFields = z.union([
  z.literal('date', { error: triggerFieldsWords }),
  z.array(z.string({ error: triggerFieldsWords }).regex(/^[a-zA-Z]+$/, { error: triggerFieldsWords }), { error: triggerFieldsWords }).min(1, { error: triggerFieldsWords }),
], { error: triggerFieldsWords });

const statutoryIds = statutoryRules.map((r) => r.id) as [string, ...string[]];
const statutoryWords = said(ctx, (field, value) => `${field} must be a statutory rule id (see docs/rules.md) or null, not ${show(value)}.`);

function ruleSchema(methods: MethodFields) {
  const listOf = (what: string) => said(ctx, (field) => `${field} must be a list of ${what}.`);
  const shape = fieldsOf(ctx, {
    id: text,
    title: text,
    process: choice(PROCESSES),
    owedBy: text,
    trigger: text,
    triggerFields,
    period: periodSchema(methods),
    counting: choice(COUNTINGS),
    direction: choice(DIRECTIONS),
    rollForward: z.boolean({ error: said(ctx, (field) => `${field} must be true or false.`) }),
    wording: text,
    citation: fieldsOf(ctx, { instrument: text, provision: text, url: anyText }, { notAnObject: (field) => `${field} must be { instrument, provision, url }.` }),
    force: z.literal('local', { error: said(ctx, (field, value) => `${field} must be one of "local", not ${show(value)}.`) }),
    verification: choice(VERIFICATIONS),
    inForce: dateSpan,
    appliesTo: dateSpan.optional(),
    modifiedBy: z.array(modification, { error: said(ctx, (field) => `${field} must be a list (usually []).`) }),
    exceptions: z.array(z.enum(EXCEPTION_CODES, { error: listOf(`exception codes (${EXCEPTION_CODES.join(', ')})`) }), {
      error: listOf(`exception codes (${EXCEPTION_CODES.join(', ')})`),
    }),
    notes: z.array(z.string({ error: listOf('texts') }), { error: listOf('texts') }),
    dueMeaning: text.optional(),
    // Must be the profile's name: checked against it below (so a missing one passes here, and
    // the JSON Schema lists it as required by hand, below).
    profile: z.unknown().optional().meta({ type: 'string', description: 'The profile\'s name.' }),
    statutory: z.union([z.null({ error: statutoryWords }), z.enum(statutoryIds, { error: statutoryWords })], { error: statutoryWords }),
    // Written by the library's own records; a 0.4 profile leaves it out (defineProfile derives the shape).
    triggerShape: triggerShape.optional().meta({ description: 'The trigger\'s fields; derived from triggerFields when absent.' }),
    workingDays: z.enum(workingDayDefinitionIds as [string, ...string[]], { error: said(ctx, (field, value) => `${field} must be one of ${workingDayDefinitionIds.map((d) => show(d)).join(', ')}, not ${show(value)}.`) }).optional(),
    exceptionsCitedAs: text.optional(),
    periodOf: z.enum(statutoryIds, { error: said(ctx, (field) => `${field} must name the statutory rule whose period this is.`) }).optional(),
  }, { notAnObject: (field) => `${field} must be a rule record.` });
  const optional = new Set(['appliesTo', 'dueMeaning', 'triggerShape', 'workingDays', 'exceptionsCitedAs', 'periodOf']);
  return shape.meta({ required: Object.keys(shape.shape).filter((k) => !optional.has(k)) });
}

const mirror = fieldsOf(ctx, {
  which: z.enum(MIRROR_WHICH, { error: said(ctx, (field) => `${field} must be "all", "first" or "later".`) }).optional(),
  previous: fieldsOf(ctx, { field: text, event: text }, { notAnObject: (field) => `${field} must be { field, event }.` }).optional(),
  skip: text.optional(),
}, { notAnObject: (field) => `${field} must be { which?, previous?, skip? }.` });

/** A counterpart entry is read against its rule (which fields it may name), so its shape is checked with the rule below. */
const COUNTERPART_JSON = {
  oneOf: [
    { type: 'object', properties: { field: { type: 'string' } }, required: ['field'], additionalProperties: false },
    { type: 'object', properties: { sameDay: { type: 'string', minLength: 1 } }, required: ['sameDay'], additionalProperties: false },
  ],
};

/**
 * The schema of a profile whose compound methods read the triggers of `methods`.
 * @param methods - Each compound method a rule may name, with the trigger it reads.
 * @returns The zod schema: `safeParse` it, and turn refusals into the library's words with {@link profileIssues}.
 * @example
 * ```ts
 * createProfileSchema(builtInMethodFields).safeParse(JSON.parse(text)).success;
 * ```
 */
export function createProfileSchema(methods: MethodFields) {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return fieldsOf(ctx, {
    name: text.refine((n) => KEBAB.test(n), { error: said(ctx, (field, value) => `${field} must be lower-case kebab-case (e.g. "exampleshire"), not ${show(value)}.`), abort: true })
      .meta({ pattern: KEBAB.source }),
    title: text,
    council: text,
    source: fieldsOf(ctx, { title: text, url: text.optional(), read: text }, { notAnObject: (field) => `${field} must be { title, url?, read }.` }),
    rules: z.array(ruleSchema(methods), { error: said(ctx, (field) => `${field} must be a list of at least one rule record.`) })
      .min(1, { error: said(ctx, (field) => `${field} must be a list of at least one rule record.`) }),
    counterparts: z.record(z.string(), z.unknown().meta(COUNTERPART_JSON), {
      error: said(ctx, (field) => `${field} must map local rule ids to { field } or { sameDay }.`),
    }).optional(),
    timeline: z.record(z.string(), mirror, {
      error: said(ctx, (field) => `${field} must map local rule ids to { which?, previous?, skip? }.`),
    }).optional(),
    // A profile written in TypeScript may bring compound methods of its own (functions): never in a JSON file.
    // In JSON Schema, only that a JSON profile has none (a function has no JSON form).
    methods: z.unknown().meta({ type: 'array', maxItems: 0, description: 'Compound methods of the profile\'s own are functions, given only by a profile written in TypeScript; a JSON profile names the library\'s methods.' })
      .pipe(ownMethods).optional(),
  }, { notAnObject: () => 'A profile must be an object { name, title, council, source, rules } (see docs/profiles.md).' })
    .superRefine((p, check) => {
      // The checks that read one field against another, in the order the library has always made them.
      const fail = (path: (string | number)[], message: string) => check.addIssue({ code: 'custom', path, message });
      // Where the value reported is not the one at the path (an id named by a map's key, say).
      const failWith = (path: (string | number)[], message: string, value: unknown) => check.addIssue({ code: 'custom', path, message, params: { value } });
      const statutory = new Set(statutoryIds);
      const name = p.name;
      p.rules.forEach((r, i) => {
        const field = `profile.rules[${i}]`;
        if (!r.id.startsWith(`${name}-`) || !KEBAB.test(r.id)) {
          fail(['rules', i, 'id'], `Rule ids of the profile "${name}" are kebab-case and start with "${name}-" (e.g. "${name}-final-plan"), not ${show(r.id)}.`);
        }
        if (statutory.has(r.id)) fail(['rules', i, 'id'], `${show(r.id)} is a statutory rule id: a local rule needs its own id.`);
        if (r.profile !== name) fail(['rules', i, 'profile'], `${field}.profile must be the profile's name, "${name}".`);
        const period = r.period;
        const at = ['rules', i, 'period'];
        if (period.kind === 'span') {
          if (r.triggerFields !== 'date') fail(at, 'A span period counts from one date: triggerFields must be "date".');
          else if ((period.unit === 'school-days' || period.unit === 'hours') && r.direction !== 'within') {
            fail([...at, 'unit'], `${period.unit} are counted forward only: direction must be "within".`);
          }
        } else if (period.kind === 'fixed-date' && r.triggerFields !== 'date') {
          fail(at, 'A fixed-date period is read from one date (the transfer): triggerFields must be "date".');
        } else if (period.kind === 'compound') {
          const fields = methods[period.method]!;
          const tf = r.triggerFields;
          const same = fields === 'date' ? tf === 'date' : tf !== 'date' && tf.length === fields.length && fields.every((f) => tf.includes(f));
          if (!same) {
            fail([...at, 'method'], `The method ${period.method} reads the trigger ${fields === 'date' ? 'as one date' : `{ ${fields.join(', ')} }`}: set triggerFields to ${fields === 'date' ? '"date"' : JSON.stringify(fields)}.`);
          }
        }
        // A record's own trigger shape names exactly its triggerFields, in their order.
        if (r.triggerShape !== undefined) {
          const names = fieldNamesOf(r.triggerShape);
          const tf = r.triggerFields;
          const same = names === 'date' ? tf === 'date' : tf !== 'date' && names.length === tf.length && names.every((n, k) => n === tf[k]);
          if (!same) fail(['rules', i, 'triggerShape'], `${field}.triggerShape must name the same fields as triggerFields (${JSON.stringify(tf)}).`);
        }
        // The window of application lies within the time the standard is in force.
        const applies = r.appliesTo;
        if (applies !== undefined) {
          const inForceTo = r.inForce.to ?? '9999-12-31~';
          if (applies.from < r.inForce.from || (applies.to ?? '9999-12-31~') > inForceTo) {
            fail(['rules', i, 'appliesTo'], `${field}.appliesTo (the triggers this version governs) must lie within ${field}.inForce.`);
          }
        }
      });
      const index = indexRules(p.rules as unknown as Rule[]);
      for (const [id, versions] of index) {
        for (let k = 1; k < versions.length; k++) {
          if (versions[k]!.from <= versions[k - 1]!.to) {
            failWith(['rules'], `Two versions of ${id} apply to the same trigger date: their windows (appliesTo, else inForce) must not overlap.`, id);
          }
        }
      }
      for (const id of Object.keys(p.timeline ?? {})) {
        if (!index.has(id)) failWith(['timeline', id], `profile.timeline.${id}: the profile has no rule ${show(id)}.`, id);
      }
      for (const [id, c] of Object.entries(p.counterparts ?? {})) {
        const field = `profile.counterparts.${id}`;
        const rule = index.get(id)?.at(-1)?.rule;
        if (!rule) {
          failWith(['counterparts', id], `${field}: the profile has no rule ${show(id)}.`, id);
          continue;
        }
        if (!rule.statutory) {
          fail(['counterparts', id], `${field}: ${id} has no statutory counterpart (statutory: null).`);
          continue;
        }
        const must = `${field} must be { field: "…" } or { sameDay: "why" }.`;
        if (!isObject(c)) {
          fail(['counterparts', id], must);
        } else if ('field' in c) {
          const extra = Object.keys(c).find((k) => k !== 'field');
          if (extra !== undefined) fail(['counterparts', id, extra], `${field} has no field "${extra}"; the fields are field.`);
          else if (rule.triggerFields === 'date' || !rule.triggerFields.includes(c.field as string)) {
            fail(['counterparts', id, 'field'], `${field}.field must be one of ${id}'s trigger fields.`);
          } else if (getRule(rule.statutory).triggerFields !== 'date') {
            fail(['counterparts', id, 'field'], `${rule.statutory} is not triggered by one date; { field } maps onto a one-date trigger.`);
          }
        } else if ('sameDay' in c) {
          const extra = Object.keys(c).find((k) => k !== 'sameDay');
          if (extra !== undefined) fail(['counterparts', id, extra], `${field} has no field "${extra}"; the fields are sameDay.`);
          else if (typeof c.sameDay !== 'string' || c.sameDay.trim() === '') fail(['counterparts', id, 'sameDay'], `${field}.sameDay must be a non-empty text.`);
        } else {
          fail(['counterparts', id], must);
        }
      }
    });
}

/**
 * The zod schema of a local profile, with the compound methods of the built-in rules. A council's
 * system can check a profile with it before use; `profileIssues` words what it refuses.
 * @example
 * ```ts
 * profileSchema.safeParse(JSON.parse(readFileSync('examples/profile-example.json', 'utf8'))).success; // true
 * ```
 */
export const profileSchema = createProfileSchema(builtInMethodFields);

/**
 * A profile as written (the input of {@link profileSchema}).
 * @example
 * ```ts
 * const data: ProfileData = JSON.parse(readFileSync('examples/profile-example.json', 'utf8'));
 * ```
 */
export type ProfileData = z.input<typeof profileSchema>;

/**
 * The library's issues for a refused profile, the first of them the error `defineProfile` throws.
 * @param data - The profile as given.
 * @param schema - The schema that refused it (default {@link profileSchema}).
 * @returns No issues when the profile is valid.
 * @example
 * ```ts
 * profileIssues({ name: 'Exampleshire' })[0]?.path; // 'profile.name'
 * ```
 */
export function profileIssues(data: unknown, schema: ReturnType<typeof createProfileSchema> = profileSchema): SchemaIssue[] {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : issuesFromZod(data, parsed.error.issues, PROFILE_ISSUES);
}
