import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { errorCodes } from '../../src/index.js';
import { errorCodesMarkdown } from '../../src/reference/error-codes.js';

describe('docs/errors.md is generated from errorCodes', () => {
  it('the committed file equals a fresh generation (run npm run build && node scripts/generate-errors-doc.mjs after changing a code)', () => {
    const committed = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    expect(committed).toBe(errorCodesMarkdown());
  });
  it('lists every code once, with its description', () => {
    const doc = errorCodesMarkdown();
    for (const [code, meaning] of Object.entries(errorCodes)) {
      expect(doc.split(`| \`${code}\` |`)).toHaveLength(2);
      expect(doc).toContain(`| \`${code}\` | ${meaning} |`);
    }
  });
});
