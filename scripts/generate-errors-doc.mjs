// Writes docs/errors.md from the error codes of the built package (run `npm run build` first):
// test/reference/error-codes.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { errorCodesMarkdown } from '../dist/reference/error-codes.js';
import { errorCodes } from '../dist/errors.js';

writeFileSync(new URL('../docs/errors.md', import.meta.url), errorCodesMarkdown());
console.log(`docs/errors.md: ${Object.keys(errorCodes).length} error codes`);
