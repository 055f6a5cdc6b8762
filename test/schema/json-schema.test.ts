import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../src/index.js';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../../src/schema/json-schema.js';

/** Dorset's profile as data: its compound methods are functions, registered by the library, so a JSON copy leaves them out. */
function dorsetAsData(): Record<string, unknown> {
  const { methods: _methods, ...data } = getProfile('dorset');
  return structuredClone(data) as Record<string, unknown>;
}

describe('the JSON Schema files are generated from the zod schemas', () => {
  it.each(Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[])(
    'schemas/%s equals a fresh generation (run npm run docs:schemas after changing a schema)',
    (name) => {
      const committed = readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8');
      expect(committed).toBe(jsonSchemaText(name));
    },
  );

  it('are JSON Schema draft 2020-12 with a title', () => {
    for (const name of Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]) {
      const schema = JSON.parse(jsonSchemaText(name)) as { $schema: string; title: string; type: string };
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
      expect(schema.title).toMatch(/^send-timescales /);
    }
  });

  it('list every event type, exception code and transfer stage of the case schema', () => {
    const text = jsonSchemaText('case.schema.json');
    for (const word of ['request-received', 'final-plan-issued', 'exception', 'missed-appointment', 'coronavirus', 'year9', 'school-sixth-form']) {
      expect(text).toContain(`"${word}"`);
    }
  });

  it('require of a profile rule every field the library requires, its profile name too', () => {
    const schema = JSON.parse(jsonSchemaText('profile.schema.json')) as { properties: { rules: { items: { required: string[] } } } };
    const required = schema.properties.rules.items.required;
    expect(required).toContain('profile');
    expect(required).toContain('statutory');
    expect(required).not.toContain('appliesTo');
    expect(required).not.toContain('dueMeaning');
  });
});

// Ajv (draft 2020-12, with formats) is installed with the Office add-in tools; a council's system
// would use it, or any other draft 2020-12 validator, as docs/schemas.md shows.

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
const addFormats = require('ajv-formats') as (ajv: object) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('a JSON Schema validator reads the files as the library reads their inputs', () => {
  const validCase = ajv.compile(read('../../schemas/case.schema.json') as object);
  const validProfile = ajv.compile(read('../../schemas/profile.schema.json') as object);

  it('accepts the example case and the example and built-in profiles', () => {
    expect(validCase(read('../../examples/case.json'))).toBe(true);
    expect(validProfile(read('../../examples/profile-example.json'))).toBe(true);
    expect(validProfile(dorsetAsData())).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an unknown event type', { id: 'C1', events: [{ type: 'plan-issued', date: '2025-01-06' }] }],
    ['a date in another layout', { id: 'C1', events: [{ type: 'request-received', date: '06/01/2025' }] }],
    ['an unknown exception code', { id: 'C1', events: [{ type: 'exception', date: '2025-01-06', code: 'holiday' }] }],
    ['a field a case does not have', { id: 'C1', events: [], colour: 'blue' }],
    ['no events', { id: 'C1' }],
    ['an empty id', { id: '', events: [] }],
  ])('refuses a case with %s, as caseSchema does', (_, record) => {
    expect(validCase(record)).toBe(false);
  });

  it.each<[string, (p: Record<string, unknown>) => void]>([
    ['a name that is not kebab-case', (p) => { p.name = 'Example Shire'; }],
    ['no rules', (p) => { p.rules = []; }],
    ['an unknown unit', (p) => { (p.rules as Record<string, unknown>[])[0]!.period = { kind: 'span', unit: 'fortnights', n: 9 }; }],
    ['a rule without its profile name', (p) => { delete (p.rules as Record<string, unknown>[])[0]!.profile; }],
    ['an empty wording', (p) => { (p.rules as Record<string, unknown>[])[0]!.wording = ' '; }],
  ])('refuses a profile with %s, as profileSchema does', (_, change) => {
    const p = read('../../examples/profile-example.json') as Record<string, unknown>;
    change(p);
    expect(validProfile(p)).toBe(false);
  });
});
