/**
 * A caseload or an SEN2 return read and audited in the browser, as the command line's `audit`
 * does it, in chunks: the page hands the file's text to the readers a slice at a time and gives the
 * browser its turn between slices, so the page stays responsive and shows how far it has read.
 * The counts reconcile as the command line's do: cases in the file = audited + set aside.
 */
import { createAuditor, type Audit, type AuditOptions, type Auditor } from '../engine/audit.js';
import type { Caseload, CaseloadWarning, RowError } from '../readers/caseload/caseload.js';
import { streamCsvCaseload } from '../readers/caseload/csv-stream.js';
import { readJsonCaseload } from '../readers/caseload/json.js';
import type { CaseloadReadOptions } from '../readers/caseload/options.js';
import { readXlsxCaseload } from '../readers/caseload/xlsx.js';
import { auditSen2, Sen2Auditor, type Sen2AuditOptions } from '../readers/sen2/audit.js';
import { readSen2Csv } from '../readers/sen2/csv-reader.js';
import type { Sen2Header } from '../readers/sen2/model.js';
import { streamSen2Xml } from '../readers/sen2/xml-reader.js';
import type { Sen2Run as Sen2ReturnRun } from '../readers/sen2/run.js';
import type { AuditInput } from '../report/audit-model.js';
import { fileKind } from './file-kind.js';

/** A file chosen on the page: its name and bytes. */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How far the work has gone: a fraction from 0 to 1 and what is being done, in words. */
export type Progress = (done: number, words: string) => void;

/** A caseload audited: the audit and what reading the file gave beside the cases. */
export interface CaseloadRun {
  readonly kind: 'caseload';
  readonly name: string;
  readonly audit: Audit;
  readonly input: AuditInput;
  readonly window: { readonly from: string | null; readonly to: string | null };
  readonly caseload: { readonly setAside: readonly string[]; readonly rowErrors: readonly RowError[]; readonly warnings?: readonly CaseloadWarning[] | undefined; readonly rows: number; readonly rowsWithoutCase: number };
}

/** An SEN2 return audited: the command line's run of it (src/readers/sen2/run.ts), marked as a return. */
export interface Sen2Run extends Sen2ReturnRun {
  readonly kind: 'sen2';
}

/** Either. */
export type AuditRun = CaseloadRun | Sen2Run;

/** The slice of text handed to a reader at a time. */
const SLICE = 1 << 20;
/** Cases audited between the browser's turns, for inputs read whole. */
const BATCH = 2000;

/** Gives the browser its turn (to paint the progress bar and answer the user), then carries on. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/** A file's text in slices, with the browser's turn and the progress after each. */
async function* slices(text: string, progress: Progress, words: string): AsyncIterable<string> {
  for (let at = 0; at < text.length; at += SLICE) {
    yield text.slice(at, at + SLICE);
    progress(Math.min(1, (at + SLICE) / text.length), words);
    await yieldToBrowser();
  }
}

/** Bytes in slices, likewise. */
async function* byteSlices(bytes: Uint8Array, progress: Progress, words: string): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += SLICE) {
    yield bytes.subarray(at, at + SLICE);
    progress(Math.min(1, (at + SLICE) / bytes.length), words);
    await yieldToBrowser();
  }
}

/** Text of a file, without a byte order mark's trace (the readers take it as the command line gives it). */
function textOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Audits cases held in memory a batch at a time. */
async function auditInBatches(cases: readonly unknown[], options: AuditOptions, progress: Progress): Promise<Audit> {
  const auditor = createAuditor(options);
  for (let i = 0; i < cases.length; i += BATCH) {
    for (const c of cases.slice(i, i + BATCH)) auditor.add(c as never);
    progress(Math.min(1, (i + BATCH) / cases.length), `Auditing case ${Math.min(i + BATCH, cases.length).toLocaleString('en-GB')} of ${cases.length.toLocaleString('en-GB')}`);
    await yieldToBrowser();
  }
  return auditor.result();
}

/**
 * Reads and audits a caseload (CSV, JSON or an Excel workbook) as the command line's `audit` does:
 * a CSV grouped by case one case at a time, as it is read; anything else read whole, then audited.
 */
export async function auditCaseload(file: OpenedFile, reading: CaseloadReadOptions, options: AuditOptions, progress: Progress): Promise<CaseloadRun> {
  const kind = fileKind(file.bytes.subarray(0, 65536)).kind;
  const window = { from: options.from ?? null, to: options.to ?? null };
  let result: Audit;
  let caseload: CaseloadRun['caseload'];
  let casesRead: number;
  let sourceKind: Caseload['kind'];
  if (kind === 'xlsx' || kind === 'json') {
    progress(0, `Reading ${file.name}`);
    await yieldToBrowser();
    const read = kind === 'xlsx' ? readXlsxCaseload(file.bytes, reading) : readJsonCaseload(textOf(file.bytes), file.name);
    result = await auditInBatches(read.cases, options, progress);
    casesRead = read.cases.length;
    caseload = read;
    sourceKind = read.kind;
  } else {
    const text = textOf(file.bytes);
    let auditor: Auditor | undefined;
    const streamed = await streamCsvCaseload(() => slices(text, progress, `Reading and auditing ${file.name}`), reading, () => {
      // A file not grouped by case is read again from the start: the first auditor is dropped.
      auditor = undefined;
      return (record) => (auditor ??= createAuditor(options)).add(record);
    });
    result = (auditor ?? createAuditor(options)).result();
    casesRead = streamed.cases;
    caseload = streamed;
    sourceKind = streamed.kind;
  }
  return {
    kind: 'caseload',
    name: file.name,
    audit: result,
    window,
    caseload,
    input: {
      kind: sourceKind,
      cases: casesRead + caseload.setAside.length,
      audited: result.cases.valid,
      setAside: caseload.setAside.length + result.rejected.length,
      badRows: caseload.rowErrors.length,
      rowsWithoutCase: caseload.rowsWithoutCase,
    },
  };
}

/** Reads and audits an SEN2 return: its XML streamed a person at a time, or its CSV export's files together. */
export async function auditSen2Return(files: readonly OpenedFile[], options: Sen2AuditOptions, progress: Progress): Promise<Sen2Run> {
  const first = files[0];
  if (first === undefined) throw new Error('No file was chosen.');
  if (files.length > 1 || fileKind(first.bytes.subarray(0, 65536)).kind === 'sen2-csv') {
    progress(0, 'Reading the SEN2 export');
    await yieldToBrowser();
    const sen2 = readSen2Csv(files.map((f) => ({ name: f.name, content: textOf(f.bytes) })));
    const name = files.map((f) => f.name).join(', ');
    return {
      kind: 'sen2', name, format: 'csv-export', header: sen2.header, result: auditSen2(sen2.persons, sen2.header, options),
      unknownElements: sen2.unknownElements, partsSetAside: sen2.setAside, exportRows: sen2.rows,
    };
  }
  const auditor = new Sen2Auditor(options);
  let header: Sen2Header = {};
  const summary = await streamSen2Xml(byteSlices(first.bytes, progress, `Reading and auditing ${first.name}`), {
    file: first.name,
    onHeader: (h) => {
      header = h;
      auditor.start(h);
    },
    onPerson: (p) => auditor.add(p),
  });
  return { kind: 'sen2', name: first.name, format: 'xml', header, result: auditor.finish(), unknownElements: summary.unknownElements, partsSetAside: summary.setAside };
}
