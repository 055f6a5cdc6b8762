// The baseline of the CLI audit bench: csv-parse alone reading the caseload file, record by
// record, as a stream (the least any CSV audit must do). Prints the count of records read.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = createReadStream(process.argv[2]).pipe(parse({ columns: true }));
for await (const record of parser) if (record) records++;
console.error(`records ${records}`);
