import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../../src/schema/json-schema.js';

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
