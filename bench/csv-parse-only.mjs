// The baseline of the CLI audit bench: csv-parse alone reading the caseload file as a stream,
// record by record with its `readable` loop (the least any CSV audit must do). Prints the count
// of records read.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = parse({ columns: true });
parser.on('readable', () => {
  while (parser.read() !== null) records++;
});
parser.on('error', (e) => {
  console.error(e.message);
  process.exitCode = 1;
});
parser.on('end', () => console.error(`records ${records}`));
createReadStream(process.argv[2]).pipe(parser);
