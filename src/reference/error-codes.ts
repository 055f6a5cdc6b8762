/**
 * The error reference (docs/errors.md), generated from {@link errorCodes} so that the table and the
 * codes the library uses cannot drift apart: test/reference/error-codes.test.ts fails when the
 * committed file differs from a fresh generation (`npm run build && node scripts/generate-errors-doc.mjs`).
 */
import { errorCodes, type ErrorCode } from '../errors.js';

/** A table cell: a `|` would end the cell early, and a line break would end the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/**
 * docs/errors.md: the shape of an error and its issues, and every code with what it means.
 * @returns The Markdown text, ending in a newline.
 * @example
 * errorCodesMarkdown().includes('| `INVALID_DATE` |'); // true
 */
export function errorCodesMarkdown(): string {
  const rows = (Object.keys(errorCodes) as ErrorCode[]).map((code) => `| \`${code}\` | ${cell(errorCodes[code])} |`);
  return `${[
    '# Errors',
    '',
    '<!-- Generated from `errorCodes` in src/errors.ts by scripts/generate-errors-doc.mjs; do not edit by hand. -->',
    '',
    'Every failure a caller can cause is a `SendTimescalesError`. It carries its `issues`, each',
    '`{ code, path, value, message, row? }`: the stable code below, where in the input (`date`,',
    '`events[2].date`, `terms[1].start`), the value as given, what is wrong in plain English, and',
    'for a file of rows the line the row starts on. Most errors have one issue; one input with several',
    'things wrong (a case record with two bad events) has one issue for each, and the message says',
    'them all. The first issue\'s `code`, `path` (as `field`) and `value` are also on the error itself.',
    '',
    '`toJSON()` gives `{ code, field, value, message }`, and `issues` as well when they say more (several',
    'issues, or a row). `instanceof SendTimescalesError` holds for an error from either build (ESM or',
    'CommonJS) and from another installed version of the library.',
    '',
    'The command line reports each bad row of a caseload as an issue with its `row` (and the case it',
    'belongs to), sets that case aside and goes on; the audit reports each rejected record as',
    '`{ id, errors: [{ code, field, value, message }] }`. A term calendar\'s errors are the same shape',
    '(`INVALID_DATE`, `OUT_OF_RANGE`, otherwise `INVALID_OPTION`); [terms.md](terms.md) lists the checks.',
    'Codes are public API: never renamed.',
    '',
    '| code | meaning |',
    '| --- | --- |',
    ...rows,
  ].join('\n')}\n`;
}
