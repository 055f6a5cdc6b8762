/**
 * Local profiles: a council's own standards as data. The built-in profiles (Dorset) are listed in
 * `profiles`; a council adds its own by writing a {@link Profile} (a JSON file will do, see
 * docs/profiles.md and examples/profile-example.json) and passing it, checked by
 * {@link defineProfile}, as `deadline(id, trigger, { profile })`. No registry, no global state:
 * the profile object travels with the call.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { isoToDay } from '../../day/iso.js';
import { exceptionRecords } from '../exceptions.js';
import { getRule, indexRules, profiles, statutoryRules, type Version } from '../index.js';
import { PROCESS_TITLES } from '../rule-words.js';
import type { CompoundMethod, Rule } from '../types.js';
import type { CounterpartTrigger, Profile } from './types.js';

export type { Profile, ProfileSource, CounterpartTrigger, TimelineMirror } from './types.js';
export { profiles, getProfile, localRules } from '../index.js';
export { dorsetProfile } from './dorset.js';

/** The trigger fields each compound method reads ('date' = one date). */
const METHOD_FIELDS: Readonly<Record<CompoundMethod, 'date' | readonly string[]>> = {
  'plan-transfer': ['move', 'aware'],
  'later-of-periods': ['lastReviewed', 'transfer'],
  appeal: ['decisionSent', 'certificateIssued'],
  'tribunal-working-days': 'date',
  'as-order': ['agreement', 'order'],
  'review-letter': ['meeting', 'previousMeeting'],
  'end-of-autumn-term': 'date',
};

const PROFILE_KEYS = new Set(['name', 'title', 'council', 'source', 'rules', 'counterparts', 'timeline']);
const SOURCE_KEYS = new Set(['title', 'url', 'read']);
const RULE_KEYS = new Set([
  'id', 'title', 'process', 'owedBy', 'trigger', 'triggerFields', 'period', 'counting', 'direction', 'rollForward', 'wording',
  'citation', 'force', 'verification', 'inForce', 'appliesTo', 'modifiedBy', 'exceptions', 'notes', 'dueMeaning', 'profile', 'statutory',
]);
const CITATION_KEYS = new Set(['instrument', 'provision', 'url']);
const UNITS = new Set(['days', 'weeks', 'months', 'working-days', 'school-days', 'hours']);
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function bad(field: string, value: unknown, message: string): SendTimescalesError {
  return new SendTimescalesError('INVALID_OPTION', field, value, message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function keys(obj: Record<string, unknown>, allowed: ReadonlySet<string>, field: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.has(k)) throw bad(`${field}.${k}`, obj[k], `${field} has no field "${k}"; the fields are ${[...allowed].join(', ')}.`);
  }
}

function str(obj: Record<string, unknown>, key: string, field: string, { optional = false, empty = false } = {}): void {
  const v = obj[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || (!empty && v.trim() === '')) throw bad(`${field}.${key}`, v, `${field}.${key} must be ${empty ? 'a' : 'a non-empty'} text.`);
}

function oneOf(obj: Record<string, unknown>, key: string, field: string, allowed: readonly unknown[]): void {
  if (!allowed.includes(obj[key])) {
    throw bad(`${field}.${key}`, obj[key], `${field}.${key} must be one of ${allowed.map((a) => show(a)).join(', ')}, not ${show(obj[key])}.`);
  }
}

function date(value: unknown, field: string): number {
  return isoToDay(value, field);
}

/** A `{ from, to? }` span of ISO dates, as day numbers (`to` absent: open-ended). */
function dateSpan(f: unknown, field: string): { from: number; to: number } {
  if (!isObject(f)) throw bad(field, f, `${field} must be { from: "YYYY-MM-DD", to? }.`);
  keys(f, new Set(['from', 'to']), field);
  const from = date(f.from, `${field}.from`);
  const to = f.to === undefined ? Number.POSITIVE_INFINITY : date(f.to, `${field}.to`);
  if (to < from) throw bad(`${field}.to`, f.to, `${field} ends before it starts.`);
  return { from, to };
}

function checkPeriod(p: unknown, field: string, triggerFields: 'date' | readonly string[], direction: unknown): void {
  if (!isObject(p)) throw bad(field, p, `${field} must be an object such as { kind: "span", unit: "weeks", n: 6 }.`);
  switch (p.kind) {
    case 'span':
      keys(p, new Set(['kind', 'unit', 'n']), field);
      if (typeof p.unit !== 'string' || !UNITS.has(p.unit)) throw bad(`${field}.unit`, p.unit, `${field}.unit must be one of ${[...UNITS].join(', ')}.`);
      if (typeof p.n !== 'number' || !Number.isInteger(p.n) || p.n < 0) throw bad(`${field}.n`, p.n, `${field}.n must be a whole number ≥ 0.`);
      if (triggerFields !== 'date') throw bad(`${field}`, p, `A span period counts from one date: triggerFields must be "date".`);
      if ((p.unit === 'school-days' || p.unit === 'hours') && direction !== 'within') {
        throw bad(`${field}.unit`, p.unit, `${p.unit} are counted forward only: direction must be "within".`);
      }
      return;
    case 'fixed-date': {
      keys(p, new Set(['kind', 'month', 'day']), field);
      const ok = typeof p.month === 'number' && typeof p.day === 'number' && Number.isInteger(p.month) && Number.isInteger(p.day)
        && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][p.month - 1]!;
      if (!ok) throw bad(field, p, `${field} must name a real day of every year: { kind: "fixed-date", month: 1–12, day }.`);
      if (triggerFields !== 'date') throw bad(`${field}`, p, `A fixed-date period is read from one date (the transfer): triggerFields must be "date".`);
      return;
    }
    case 'compound': {
      keys(p, new Set(['kind', 'method', 'summary', 'n']), field);
      const method = p.method as CompoundMethod;
      const fields = typeof method === 'string' ? METHOD_FIELDS[method] : undefined;
      if (fields === undefined || !Object.hasOwn(METHOD_FIELDS, method)) {
        throw bad(`${field}.method`, p.method, `${field}.method must be one of ${Object.keys(METHOD_FIELDS).join(', ')}.`);
      }
      str(p, 'summary', field);
      if (p.n !== undefined && (typeof p.n !== 'number' || !Number.isInteger(p.n) || p.n < 0)) throw bad(`${field}.n`, p.n, `${field}.n must be a whole number ≥ 0.`);
      const same = fields === 'date'
        ? triggerFields === 'date'
        : triggerFields !== 'date' && triggerFields.length === fields.length && fields.every((f) => triggerFields.includes(f));
      if (!same) {
        throw bad(`${field}.method`, method, `The method ${method} reads the trigger ${fields === 'date' ? 'as one date' : `{ ${fields.join(', ')} }`}: set triggerFields to ${fields === 'date' ? '"date"' : JSON.stringify(fields)}.`);
      }
      return;
    }
    case 'none':
      keys(p, new Set(['kind', 'reason']), field);
      str(p, 'reason', field);
      return;
    default:
      throw bad(`${field}.kind`, p.kind, `${field}.kind must be "span", "fixed-date", "compound" or "none".`);
  }
}

function checkRule(r: unknown, i: number, name: string, statutoryIds: ReadonlySet<string>): void {
  const field = `profile.rules[${i}]`;
  if (!isObject(r)) throw bad(field, r, `${field} must be a rule record.`);
  keys(r, RULE_KEYS, field);
  str(r, 'id', field);
  const id = r.id as string;
  if (!id.startsWith(`${name}-`) || !NAME.test(id)) {
    throw bad(`${field}.id`, id, `Rule ids of the profile "${name}" are kebab-case and start with "${name}-" (e.g. "${name}-final-plan"), not ${show(id)}.`);
  }
  if (statutoryIds.has(id)) throw bad(`${field}.id`, id, `${show(id)} is a statutory rule id: a local rule needs its own id.`);
  for (const k of ['title', 'owedBy', 'trigger', 'wording']) str(r, k, field);
  str(r, 'dueMeaning', field, { optional: true });
  oneOf(r, 'process', field, Object.keys(PROCESS_TITLES));
  oneOf(r, 'counting', field, ['after', 'beginning-with']);
  oneOf(r, 'direction', field, ['within', 'at-least-before']);
  oneOf(r, 'force', field, ['local']);
  oneOf(r, 'verification', field, ['primary', 'secondary', 'unverified']);
  if (typeof r.rollForward !== 'boolean') throw bad(`${field}.rollForward`, r.rollForward, `${field}.rollForward must be true or false.`);
  if (r.profile !== name) throw bad(`${field}.profile`, r.profile, `${field}.profile must be the profile's name, "${name}".`);
  const tf = r.triggerFields;
  const fields: 'date' | readonly string[] = tf === 'date' ? 'date'
    : Array.isArray(tf) && tf.length > 0 && tf.every((f) => typeof f === 'string' && /^[a-zA-Z]+$/.test(f)) ? (tf as string[])
      : (() => { throw bad(`${field}.triggerFields`, tf, `${field}.triggerFields must be "date" or a list of field names such as ["move", "aware"].`); })();
  checkPeriod(r.period, `${field}.period`, fields, r.direction);
  const c = r.citation;
  if (!isObject(c)) throw bad(`${field}.citation`, c, `${field}.citation must be { instrument, provision, url }.`);
  keys(c, CITATION_KEYS, `${field}.citation`);
  str(c, 'instrument', `${field}.citation`);
  str(c, 'provision', `${field}.citation`);
  str(c, 'url', `${field}.citation`, { empty: true });
  const inForce = dateSpan(r.inForce, `${field}.inForce`);
  if (r.appliesTo !== undefined) {
    // The window of application lies within the time the standard is in force.
    const applies = dateSpan(r.appliesTo, `${field}.appliesTo`);
    if (applies.from < inForce.from || applies.to > inForce.to) {
      throw bad(`${field}.appliesTo`, r.appliesTo, `${field}.appliesTo (the triggers this version governs) must lie within ${field}.inForce.`);
    }
  }
  if (!Array.isArray(r.modifiedBy)) throw bad(`${field}.modifiedBy`, r.modifiedBy, `${field}.modifiedBy must be a list (usually []).`);
  r.modifiedBy.forEach((m: unknown, k: number) => {
    const mf = `${field}.modifiedBy[${k}]`;
    if (!isObject(m)) throw bad(mf, m, `${mf} must be { instrument, url, from, to, effect }.`);
    keys(m, new Set(['instrument', 'url', 'from', 'to', 'effect', 'onlyLimb']), mf);
    for (const k2 of ['instrument', 'effect']) str(m, k2, mf);
    str(m, 'url', mf, { empty: true });
    if (date(m.to, `${mf}.to`) < date(m.from, `${mf}.from`)) throw bad(`${mf}.to`, m.to, `${mf} ends before it starts.`);
  });
  if (!Array.isArray(r.exceptions) || !r.exceptions.every((e) => typeof e === 'string' && Object.hasOwn(exceptionRecords, e))) {
    throw bad(`${field}.exceptions`, r.exceptions, `${field}.exceptions must be a list of exception codes (${Object.keys(exceptionRecords).join(', ')}).`);
  }
  if (!Array.isArray(r.notes) || !r.notes.every((n) => typeof n === 'string')) throw bad(`${field}.notes`, r.notes, `${field}.notes must be a list of texts.`);
  const s = r.statutory;
  if (s !== null && (typeof s !== 'string' || !statutoryIds.has(s))) {
    throw bad(`${field}.statutory`, s, `${field}.statutory must be a statutory rule id (see docs/rules.md) or null, not ${show(s)}.`);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const checked = new WeakMap<object, Profile>();
const indexes = new WeakMap<Profile, Map<string, Version[]>>();
for (const p of profiles) checked.set(p, p);

/**
 * Checks a profile written as data (a council's own, e.g. parsed from JSON) and returns it frozen,
 * ready for `deadline(id, trigger, { profile })`. Checks: the name is kebab-case and not a
 * built-in's; every rule id starts with `<name>-` and is not a statutory id; every rule is
 * `force: 'local'` with `profile: <name>`; periods, counting, exception codes and compound
 * methods are ones the engine knows; `statutory` names a statutory rule (or is null); the
 * versions of an id do not overlap; `counterparts` name the profile's rules and their fields.
 * A built-in profile is returned as it is. Results are cached per object.
 * @param data - A {@link Profile} (or anything: it is checked).
 * @returns The checked, frozen profile.
 * @throws {@link SendTimescalesError} `INVALID_OPTION` naming the field (e.g. `profile.rules[2].period.unit`), or `INVALID_DATE`.
 * @example
 * ```ts
 * const mine = defineProfile(JSON.parse(readFileSync('examples/profile-example.json', 'utf8')));
 * deadline('exampleshire-final-plan', '2025-01-06', { profile: mine }).due; // '2025-05-12' (18 weeks)
 * ```
 */
export function defineProfile(data: unknown): Profile {
  if (isObject(data)) {
    const done = checked.get(data);
    if (done) return done;
  }
  if (isObject(data) && profiles.some((p) => p.name === data.name)) {
    throw bad('profile.name', data.name, `"${String(data.name)}" is a built-in profile: pass { profile: "${String(data.name)}" }, or give your profile another name.`);
  }
  checkProfile(data);
  const profile = deepFreeze(structuredClone(data)) as unknown as Profile;
  checked.set(data as object, profile);
  checked.set(profile, profile);
  return profile;
}

/**
 * @internal Every check of {@link defineProfile} except the built-in name (the built-in profiles are checked by it in the tests).
 */
export function checkProfile(data: unknown): void {
  if (!isObject(data)) throw bad('profile', data, 'A profile must be an object { name, title, council, source, rules } (see docs/profiles.md).');
  keys(data, PROFILE_KEYS, 'profile');
  str(data, 'name', 'profile');
  const name = data.name as string;
  if (!NAME.test(name)) throw bad('profile.name', name, `profile.name must be lower-case kebab-case (e.g. "exampleshire"), not ${show(name)}.`);
  for (const k of ['title', 'council']) str(data, k, 'profile');
  const source = data.source;
  if (!isObject(source)) throw bad('profile.source', source, 'profile.source must be { title, url?, read }.');
  keys(source, SOURCE_KEYS, 'profile.source');
  str(source, 'title', 'profile.source');
  str(source, 'read', 'profile.source');
  str(source, 'url', 'profile.source', { optional: true });
  if (!Array.isArray(data.rules) || data.rules.length === 0) throw bad('profile.rules', data.rules, 'profile.rules must be a list of at least one rule record.');
  const statutoryIds = new Set(statutoryRules.map((r) => r.id));
  data.rules.forEach((r: unknown, i: number) => checkRule(r, i, name, statutoryIds));
  const index = indexRules(data.rules as Rule[]);
  for (const [id, versions] of index) {
    for (let k = 1; k < versions.length; k++) {
      if (versions[k]!.from <= versions[k - 1]!.to) throw bad('profile.rules', id, `Two versions of ${id} apply to the same trigger date: their windows (appliesTo, else inForce) must not overlap.`);
    }
  }
  const mirrors = data.timeline;
  if (mirrors !== undefined) {
    if (!isObject(mirrors)) throw bad('profile.timeline', mirrors, 'profile.timeline must map local rule ids to { which?, previous?, skip? }.');
    for (const [id, m] of Object.entries(mirrors)) {
      const field = `profile.timeline.${id}`;
      if (!index.has(id)) throw bad(field, id, `${field}: the profile has no rule ${show(id)}.`);
      if (!isObject(m)) throw bad(field, m, `${field} must be { which?, previous?, skip? }.`);
      keys(m, new Set(['which', 'previous', 'skip']), field);
      if (m.which !== undefined && m.which !== 'all' && m.which !== 'first' && m.which !== 'later') throw bad(`${field}.which`, m.which, `${field}.which must be "all", "first" or "later".`);
      str(m, 'skip', field, { optional: true });
      if (m.previous !== undefined) {
        const p = m.previous;
        if (!isObject(p)) throw bad(`${field}.previous`, p, `${field}.previous must be { field, event }.`);
        keys(p, new Set(['field', 'event']), `${field}.previous`);
        str(p, 'field', `${field}.previous`);
        str(p, 'event', `${field}.previous`);
      }
    }
  }
  const counterparts = data.counterparts;
  if (counterparts !== undefined) {
    if (!isObject(counterparts)) throw bad('profile.counterparts', counterparts, 'profile.counterparts must map local rule ids to { field } or { sameDay }.');
    for (const [id, c] of Object.entries(counterparts)) {
      const field = `profile.counterparts.${id}`;
      const rule = index.get(id)?.at(-1)?.rule;
      if (!rule) throw bad(field, id, `${field}: the profile has no rule ${show(id)}.`);
      if (!rule.statutory) throw bad(field, c, `${field}: ${id} has no statutory counterpart (statutory: null).`);
      if (!isObject(c)) throw bad(field, c, `${field} must be { field: "…" } or { sameDay: "why" }.`);
      const t = c as CounterpartTrigger;
      if ('field' in t) {
        keys(c, new Set(['field']), field);
        if (rule.triggerFields === 'date' || !rule.triggerFields.includes(t.field)) throw bad(`${field}.field`, t.field, `${field}.field must be one of ${id}'s trigger fields.`);
        if (getRule(rule.statutory).triggerFields !== 'date') throw bad(`${field}.field`, t.field, `${rule.statutory} is not triggered by one date; { field } maps onto a one-date trigger.`);
      } else if ('sameDay' in t) {
        keys(c, new Set(['sameDay']), field);
        str(c, 'sameDay', field);
      } else throw bad(field, c, `${field} must be { field: "…" } or { sameDay: "why" }.`);
    }
  }
}

/** @internal The rule versions of a checked profile, by id (built once per profile). */
export function profileIndex(profile: Profile): Map<string, Version[]> {
  let index = indexes.get(profile);
  if (!index) indexes.set(profile, (index = indexRules(profile.rules)));
  return index;
}
