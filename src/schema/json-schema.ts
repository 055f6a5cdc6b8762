/**
 * The JSON Schema files other systems validate against before they call the library
 * (schemas/case.schema.json, schemas/profile.schema.json, draft 2020-12), generated from the zod
 * schemas by `npm run docs:schemas`; a test fails when a committed file is out of date.
 *
 * A JSON Schema says what JSON can say: fields, types, lists of allowed values, dates in the form
 * YYYY-MM-DD. What reads one field against another (an event's `until` before its `date`, a rule
 * id that must start with the profile's name, a real 30 February) is checked by the library
 * itself, with the field and the words a caseworker can act on.
 */
import * as z from 'zod';
import { caseSchema } from './case.js';
import { profileSchema } from './profile.js';
import { columnMapSchema } from './column-map.js';

/** The JSON Schema files, by file name under schemas/. */
export const JSON_SCHEMA_FILES = {
  'case.schema.json': {
    schema: caseSchema,
    title: 'send-timescales case record',
    description:
      'One case: its id, the child\'s date of birth and year-group settings, and its events, each named after the law (docs/cases.md). '
      + 'The library also checks what a JSON Schema cannot say: that every date is real, that a move has the day the old authority became aware of it, '
      + 'that an exception has its code, that a tribunal order names its rule, that an exception\'s until is not before its date, and that no event comes before the date of birth.',
  },
  'profile.schema.json': {
    schema: profileSchema,
    title: 'send-timescales local profile',
    description:
      'A council\'s own standards as rule records (docs/profiles.md). '
      + 'The library also checks what a JSON Schema cannot say: that every date is real, that rule ids start with the profile\'s name and are not statutory ids, '
      + 'that every rule names its profile, that a period reads the trigger its rule declares, that versions of one id do not overlap, '
      + 'and that timeline mirrors and counterparts name the profile\'s own rules.',
  },
  'column-map.schema.json': {
    schema: columnMapSchema,
    title: 'send-timescales column map',
    description:
      'How a council\'s caseload export names what the library reads (docs/caseload-files.md): its headings for the library\'s columns, '
      + 'its columns of event dates (one row per case), its words for events and decisions, and the headings to ignore. '
      + 'The library also checks what a JSON Schema cannot say: that no two headings or words match alike '
      + '(headings and words match whatever their case, spacing or punctuation) and that no heading is given two meanings.',
  },
} as const;

/**
 * The text of one JSON Schema file: draft 2020-12, the input side of the schema (what a caller
 * sends), two-space indented, ending with a newline.
 * @param name - A file name of {@link JSON_SCHEMA_FILES}.
 * @returns The file's text.
 * @example
 * ```ts
 * JSON.parse(jsonSchemaText('case.schema.json')).$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function jsonSchemaText(name: keyof typeof JSON_SCHEMA_FILES): string {
  const { schema, title, description } = JSON_SCHEMA_FILES[name];
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}
