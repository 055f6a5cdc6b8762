/**
 * `defineProfile`: a council's profile, checked by the profile schema and then built by the law
 * (`law/profiles`), which takes only checked data. The one place a profile is validated.
 */
import { SendTimescalesError } from '../errors.js';
import { isRecord } from '../guard.js';
import { profiles } from '../law/index.js';
import { buildProfile, madeProfile } from '../law/profiles/index.js';
import type { Profile } from '../law/profiles/types.js';
import { builtInMethodFields, createProfileSchema, methodFieldsWith, profileIssues, profileSchema } from './profile.js';

/**
 * Checks a profile written as data (a council's own, e.g. parsed from JSON) and returns it frozen,
 * ready for `deadline(id, trigger, { profile })`. Checks: the name is kebab-case and not a
 * built-in's; every rule id starts with `<name>-` and is not a statutory id; every rule is
 * `force: 'local'` with `profile: <name>`; periods, counting, exception codes and compound
 * methods are ones the engine knows; `statutory` names a statutory rule (or is null); the
 * versions of an id do not overlap; `counterparts` name the profile's rules and their fields.
 * A built-in profile is returned as it is. Results are cached per object.
 *
 * Every problem found is reported at once, as the error's `issues`: the unknown fields of an
 * object before anything inside it, then the fields in the order the record lists them (name,
 * title, council, source, rules, counterparts, timeline, methods; within a rule, id, title,
 * process, …), then what reads one field against another (a rule id against the profile's name,
 * a period against its trigger, versions against each other, mirrors and counterparts against the
 * rules), which is read only once every field is sound. The error's `code`, `field` and `value`
 * are the first issue's.
 * @param data - A {@link Profile} (or anything: it is checked).
 * @returns The checked, frozen profile.
 * @throws {@link SendTimescalesError} `INVALID_OPTION` naming the field (e.g. `profile.rules[2].period.unit`), or `INVALID_DATE`.
 * @example
 * ```ts
 * const mine = defineProfile(JSON.parse(readFileSync('examples/profile-example.json', 'utf8')));
 * deadline('exampleshire-final-plan', '2025-01-06', { profile: mine }).due; // '2025-05-12' (18 weeks)
 * ```
 * @category Local profiles
 */
export function defineProfile(data: unknown): Profile {
  if (isRecord(data)) {
    const done = madeProfile(data);
    if (done) return done;
    if (profiles.some((p) => p.name === data.name)) {
      throw new SendTimescalesError(
        'INVALID_OPTION', 'profile.name', data.name,
        `"${String(data.name)}" is a built-in profile: pass { profile: "${String(data.name)}" }, or give your profile another name.`,
      );
    }
  }
  checkProfile(data);
  return buildProfile(data as object);
}

/**
 * @internal Every check of {@link defineProfile} except the built-in name (the built-in profiles
 * are checked by it in the tests): throws the profile's issues, if it has any.
 */
export function checkProfile(data: unknown): void {
  const issues = profileIssues(data, schemaFor(data));
  if (issues.length > 0) throw SendTimescalesError.fromIssues(issues);
}

/** The profile schema, with the profile's own compound methods where it brings some. */
function schemaFor(data: unknown) {
  const methods = methodFieldsWith(isRecord(data) ? data.methods : undefined);
  return methods === builtInMethodFields ? profileSchema : createProfileSchema(methods);
}
