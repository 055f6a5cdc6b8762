/**
 * A caseload CSV read one case at a time. Exports list each case's rows together, so a case can be
 * handed on (to an auditor, say) as soon as its rows end and then let go: memory holds one case,
 * not the caseload. A file that is not grouped so (a case named again after its rows ended) cannot
 * be read that way without splitting a case, so it is read again from the start and grouped in
 * memory, exactly as {@link readCsvCaseload} does; the cases handed on before that are abandoned
 * by starting afresh, never patched.
 */
import type { CaseRecord } from '../../schema/case.js';
import { readCsvCaseload, readCsvInto } from './csv.js';
import { checkedOptions, type CaseloadReadOptions } from './options.js';
import { CaseloadTable, NotGroupedByCase, type GroupedCaseload } from './table.js';

/** How a caseload CSV is streamed: the reading options, progress, and a word when it is not grouped by case. */
export interface StreamCsvOptions extends CaseloadReadOptions {
  /** Told the count of rows read after each (counting from 1 again if the file is read a second time). */
  readonly onRow?: (n: number) => void;
  /** Told once, before the second reading, that the file is not grouped by case. */
  readonly onNotGrouped?: () => void;
}

/** A caseload CSV read one case at a time: the counts, row issues and set-aside cases of {@link GroupedCaseload}, and whether it was grouped by case. */
export interface StreamedCaseload extends GroupedCaseload {
  /** False when a case was named again after its rows ended, and the file was grouped in memory. */
  readonly grouped: boolean;
}

/**
 * Reads a caseload CSV, handing on each case whose rows all read well: as soon as its rows end
 * when the file is grouped by case, or after the whole file when it is not. The row issues, cases
 * set aside, warnings and counts are those of {@link readCsvCaseload}, and so are the cases handed
 * on, in the same order.
 * @param open - The text from its start; called a second time when the file is not grouped by case.
 * @param begin - Called before each reading; returns what is told the cases of that reading. Cases told by an earlier reading are to be discarded.
 * @throws {@link InputError} for a file whose header cannot be read, or that is not text.
 * @example
 * ```ts
 * const auditor = createAuditor({ asOf: '2025-12-01' });
 * const read = await streamCsvCaseload(() => createReadStream('caseload.csv', 'utf8'), {}, () => (c) => auditor.add(c));
 * read.cases + read.setAside.length; // the cases in the file
 * ```
 */
export async function streamCsvCaseload(
  open: () => AsyncIterable<string> | Iterable<string>,
  options: StreamCsvOptions,
  begin: () => (record: CaseRecord) => void,
): Promise<StreamedCaseload> {
  const table = new CaseloadTable({ ...checkedOptions(options), ...(options.onRow ? { onRow: options.onRow } : {}), where: 'Line', onCase: begin() });
  try {
    await readCsvInto(table, open());
    return { ...table.groupedResult('csv'), grouped: true };
  } catch (e) {
    if (!(e instanceof NotGroupedByCase)) throw e;
  }
  options.onNotGrouped?.();
  const caseload = await readCsvCaseload(open(), options);
  const hand = begin();
  for (const record of caseload.cases) hand(record);
  const { cases, ...rest } = caseload;
  return { ...rest, cases: cases.length, grouped: false };
}
