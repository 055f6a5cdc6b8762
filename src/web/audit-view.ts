/**
 * The caseload audit: a caseload (CSV, JSON, an Excel workbook, with a column map where its
 * headings are a council's own) or an SEN2 return (its XML, or the files of its CSV export) opened
 * and audited in the browser, in chunks with a progress bar; then the audit's sections and the
 * files to save. Nothing is drawn row by row while the file is read.
 */
import { toIsoDate } from '../day/instant.js';
import type { AuditOptions } from '../engine/audit.js';
import { measureReadings, type MeasureReadingId } from '../law/measures.js';
import type { CaseloadReadOptions } from '../readers/caseload/options.js';
import type { AuditReport } from '../report/audit-model.js';
import type { ColumnMap } from '../schema/column-map.js';
import { REVIEWED_ON } from '../schema/vocabulary.js';
import { auditFiles } from './audit-files.js';
import { auditCaseload, auditSen2Return, yieldToBrowser, type AuditRun, type OpenedFile } from './audit-run.js';
import { auditReportDocument, auditSections, reportOf } from './audit-sections.js';
import { download, h, replace } from './dom.js';
import { fileKind, jsonKind } from './file-kind.js';
import { button, details, errorSummary, inputGroup, radiosGroup } from './govuk.js';
import { problemsOf, type Problem } from './problems.js';

/** The caseload audit in its section of the page. */
export function mountAudit(root: HTMLElement): void {
  const today = toIsoDate(new Date());
  const errors = h('div', { id: 'audit-errors' });
  const file = inputGroup({ id: 'audit-file', label: 'Caseload or SEN2 return', hint: 'A caseload as CSV, JSON or an Excel workbook (.xlsx), an SEN2 return\'s XML, or every file of its CSV export together. It is read here, in your browser.', type: 'file' });
  file.input.multiple = true;
  const map = inputGroup({ id: 'audit-map', label: 'Column map (optional)', hint: 'A JSON file naming your export\'s own headings (see examples/wide-map.json), for a file that does not use the library\'s headings.', type: 'file' });
  map.input.accept = '.json,application/json';
  const dateFormat = inputGroup({ id: 'audit-date-format', label: 'Date layout of the file (optional)', hint: 'For dates not written YYYY-MM-DD, for example dd/MM/yyyy. Without it, 03/04/2025 is refused, never guessed.', type: 'text', width: 'govuk-input--width-10' });
  const asOf = inputGroup({ id: 'audit-as-of', label: 'Audit as of (optional)', hint: 'Deadlines after this day are due; those before it not done are overdue. Leave it empty for today, or for an SEN2 return its census date.', type: 'date', width: 'govuk-input--width-10' });
  const from = inputGroup({ id: 'audit-from', label: 'Plans issued from (optional)', hint: 'Only plans issued on or after this day count toward the 20-week measure.', type: 'date', width: 'govuk-input--width-10' });
  const to = inputGroup({ id: 'audit-to', label: 'Plans issued to (optional)', hint: 'Only plans issued on or before this day count toward the 20-week measure.', type: 'date', width: 'govuk-input--width-10' });
  const reviewedOn = radiosGroup({ id: 'audit-reviewed-on', label: 'A review is done on the day of its', choices: REVIEWED_ON.map((r) => ({ value: r, label: r === 'meeting' ? 'Meeting (the default)' : 'Decision notified after the meeting' })), small: true });
  const census = inputGroup({ id: 'audit-census', label: 'Census date (optional)', hint: 'Without it, the return\'s own ReferenceDate.', type: 'date', width: 'govuk-input--width-10' });
  const reading = radiosGroup({ id: 'audit-reading', label: 'Reading of "within 20 weeks" for the Department\'s measures', choices: Object.values(measureReadings).map((m) => ({ value: m.id, label: m.title, hint: m.description })), small: true });
  const start = button('Audit the file');
  const progressLabel = h('label', { class: 'govuk-label govuk-label--s', for: 'audit-progress' }, 'Progress of the audit');
  const progress = h('progress', { id: 'audit-progress', max: 1, value: 0, class: 'app-progress' });
  const status = h('p', { class: 'govuk-body', id: 'audit-status', role: 'status', 'aria-live': 'polite' }, 'No file audited yet.');
  const result = h('div', { id: 'audit-result' });

  replace(root,
    h('h2', { class: 'govuk-heading-l' }, 'Caseload audit'),
    h('p', { class: 'govuk-body' }, 'Open a caseload or an SEN2 return to see how many deadlines were met, which were late and which are overdue, with charts and tables, and the rows that could not be read.'),
    errors,
    file.group, map.group, dateFormat.group, asOf.group, from.group, to.group, reviewedOn.group,
    details('For an SEN2 return', census.group, reading.group),
    start,
    h('div', { class: 'govuk-form-group' }, progressLabel, progress, status),
    result);

  const showProblems = (problems: readonly Problem[], target = 'audit-file') => {
    replace(errors, problems.length > 0 ? errorSummary(problems.map((p) => ({ message: p.message, target }))) : null);
    if (problems.length > 0) (errors.firstElementChild as HTMLElement | null)?.focus();
  };
  errors.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-target]');
    if (!link) return;
    event.preventDefault();
    document.getElementById(link.getAttribute('data-target') ?? '')?.focus();
  });

  const report = (done: number, words: string) => {
    progress.value = done;
    status.textContent = `${words}: ${Math.floor(done * 100)} %`;
  };

  let busy = false;
  start.addEventListener('click', async () => {
    if (busy) return;
    const chosen = Array.from(file.input.files ?? []);
    if (chosen.length === 0) {
      showProblems([{ message: 'Choose the caseload or the SEN2 return to audit.' }]);
      return;
    }
    busy = true;
    start.disabled = true;
    start.setAttribute('aria-disabled', 'true');
    showProblems([]);
    replace(result);
    const began = performance.now();
    try {
      report(0, 'Opening the file');
      await yieldToBrowser();
      const files: OpenedFile[] = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const kinds = files.map((f) => fileKind(f.bytes.subarray(0, 65536)).kind);
      const picked = (g: { inputs: HTMLInputElement[] }) => g.inputs.find((i) => i.checked)?.value;
      const run: AuditRun = kinds.some((k) => k === 'sen2-xml' || k === 'sen2-csv')
        ? await auditSen2Return(files, {
          ...(census.input.value !== '' ? { census: census.input.value } : {}),
          ...(asOf.input.value !== '' ? { asOf: asOf.input.value } : {}),
          reading: (picked(reading) ?? 'statutory') as MeasureReadingId,
          reviewedOn: (picked(reviewedOn) ?? 'meeting') as 'meeting' | 'decision',
        }, report)
        : await auditCaseload(onlyOne(files), await readingOptions(map.input, dateFormat.input.value), auditOptions(asOf.input.value || today, from.input.value, to.input.value, (picked(reviewedOn) ?? 'meeting') as 'meeting' | 'decision'), report);
      report(1, 'Drawing the report');
      await yieldToBrowser();
      const model = reportOf(run);
      replace(result, downloads(run, model), auditSections(model, run.name));
      const seconds = ((performance.now() - began) / 1000).toFixed(1);
      status.textContent = `Audit finished in ${seconds} seconds: ${run.name}.`;
      progress.value = 1;
    } catch (error) {
      progress.value = 0;
      status.textContent = 'The audit could not be done: see the problem above.';
      showProblems(problemsOf(error));
    } finally {
      busy = false;
      start.disabled = false;
      start.removeAttribute('aria-disabled');
    }
  });
}

/** A caseload is one file; several files are an SEN2 export's. */
function onlyOne(files: readonly OpenedFile[]): OpenedFile {
  if (files.length !== 1) throw new Error(`${files.length} files were chosen, and they are not the files of an SEN2 CSV export: choose one caseload file.`);
  return files[0]!;
}

/** The audit's options from the form (the library checks them). */
function auditOptions(asOf: string, from: string, to: string, reviewedOn: 'meeting' | 'decision'): AuditOptions {
  return { asOf, reviewedOn, ...(from !== '' ? { from } : {}), ...(to !== '' ? { to } : {}) };
}

/** How the caseload is read: the column map (a JSON file), the date layout. */
async function readingOptions(mapInput: HTMLInputElement, dateFormat: string): Promise<CaseloadReadOptions> {
  const mapFile = mapInput.files?.[0];
  let columns: ColumnMap | undefined;
  if (mapFile !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(await mapFile.text());
    } catch (e) {
      throw new Error(`The column map ${mapFile.name} is not JSON: ${(e as Error).message}`);
    }
    if (jsonKind(value) !== 'column-map') throw new Error(`${mapFile.name} is not a column map: it should hold "columns", "events", "eventLabels", "decisions" or "ignore" (see examples/wide-map.json).`);
    columns = value as ColumnMap;
  }
  return { ...(columns !== undefined ? { columns } : {}), ...(dateFormat.trim() !== '' ? { dateFormat: dateFormat.trim() } : {}) };
}

/** The buttons that save the audit's files. */
function downloads(run: AuditRun, model: AuditReport): HTMLElement {
  const files = auditFiles(run);
  const base = run.name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'audit';
  const html = button('Download the HTML report');
  html.addEventListener('click', () => download(`${base}-audit.html`, auditReportDocument(model, run.name), 'text/html'));
  const buttons = Object.entries(files).map(([name, text]) => {
    const b = button(`Download ${name}`, {}, true);
    b.addEventListener('click', () => download(`${base}-${name}`, text, 'text/csv'));
    return b;
  });
  return h('div', {},
    h('h3', { class: 'govuk-heading-m' }, 'Save the audit'),
    h('p', { class: 'govuk-body' }, 'The report as one HTML file to keep, print or share (the command line\'s audit --format html), and the CSV files of the command line\'s audit --output-dir, made here in your browser.'),
    h('div', { class: 'govuk-button-group' }, html, ...buttons));
}
