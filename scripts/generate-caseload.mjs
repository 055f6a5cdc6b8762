// node scripts/generate-caseload.mjs [cases] [out.csv] [seed]: a synthetic caseload as CSV.
import { createWriteStream } from 'node:fs';
import { generateCases, writeCsv } from './caseload-generator.mjs';

const [n = '640000', out = 'caseload-synthetic.csv', seed = '20250106'] = process.argv.slice(2);
const stream = createWriteStream(out);
let pending = '';
writeCsv(generateCases(Number(n), Number(seed)), (line) => {
  pending += line;
  if (pending.length > 1 << 20) {
    stream.write(pending);
    pending = '';
  }
});
stream.end(pending, () => console.log(`${out}: ${n} cases`));
