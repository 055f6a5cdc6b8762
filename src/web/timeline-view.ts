/**
 * The case timeline: a case's events entered in a table (or pasted, or opened from a JSON, CSV or
 * Excel file, as the command line reads one case), every deadline of `timeline()` with its status
 * and the days late or left, and the deadlines to save: as `.ics` for a calendar, or as CSV.
 */
import { toIsoDate } from '../day/instant.js';
import { timeline, type Timeline } from '../engine/timeline.js';
import { readCsvCaseload } from '../readers/caseload/csv.js';
import { readJsonCaseload } from '../readers/caseload/json.js';
import { readXlsxCaseload } from '../readers/caseload/xlsx.js';
import type { Caseload } from '../readers/caseload/caseload.js';
import { timelineToIcs } from '../report/ics.js';
import { EVENT_TYPES, eventTypes } from '../schema/case.js';
import { caseOfForm, formOfCase, type CaseForm, type EventRow } from './case-input.js';
import { toCsv } from '../report/csv.js';
import { download, h, replace } from './dom.js';
import { fileKind } from './file-kind.js';
import { button, details, errorSummary, inputGroup, notificationBanner, selectGroup, table, tag } from './govuk.js';
import { problemsOf, type Problem } from './problems.js';
import { lateOrLeft, STATUS_WORDS, TIMELINE_CSV_HEADER, timelineCsvRows, triggerWords } from './timeline-rows.js';

const EMPTY_ROW: EventRow = { type: '', date: '', details: '' };

/** The timeline in its section of the page. */
export function mountTimeline(root: HTMLElement): void {
  const today = toIsoDate(new Date());
  const errors = h('div', { id: 'tl-errors' });
  const file = inputGroup({ id: 'tl-file', label: 'Open a case file', hint: 'A case record as JSON (like examples/case.json), or a caseload as CSV or an Excel workbook (.xlsx). It is read here, in your browser.', type: 'file' });
  file.input.accept = '.json,.csv,.txt,.xlsx,application/json,text/csv';
  const pasteLabel = h('label', { class: 'govuk-label govuk-label--s', for: 'tl-paste' }, 'Paste a case');
  const paste = h('textarea', { class: 'govuk-textarea', id: 'tl-paste', name: 'tl-paste', rows: 5, 'aria-describedby': 'tl-paste-hint' });
  const pasteGroup = h('div', { class: 'govuk-form-group' }, pasteLabel,
    h('div', { class: 'govuk-hint', id: 'tl-paste-hint' }, 'A case record as JSON, or CSV with the columns case_id,event,date (and any others the caseload format has).'),
    paste);
  const readPasted = button('Read the pasted case', {}, true);
  const choice = h('div', { id: 'tl-choice' });
  const id = inputGroup({ id: 'tl-case-id', label: 'Case reference', hint: 'Any reference you use for the case; it names the calendar entries. Avoid names.', type: 'text', width: 'govuk-input--width-20', value: 'Case 1' });
  const dob = inputGroup({ id: 'tl-dob', label: 'Date of birth (optional)', hint: 'Needed for the deadlines that depend on age or school year (transfers between phases).', type: 'date', width: 'govuk-input--width-10' });
  const asOf = inputGroup({ id: 'tl-as-of', label: 'Work out the statuses as of', hint: 'Deadlines after this day are due; those before it not done are overdue.', type: 'date', width: 'govuk-input--width-10', value: today });
  const body = h('tbody', { class: 'govuk-table__body' });
  const events = h('table', { class: 'govuk-table app-events' },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, 'Events of the case'),
    h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
      ...['Event', 'Date', 'Details (if the event needs them)', 'Remove'].map((t) => h('th', { scope: 'col', class: 'govuk-table__header' }, t)))),
    body);
  const add = button('Add an event', {}, true);
  const result = h('div', { id: 'tl-result', 'aria-live': 'polite' });

  replace(root,
    h('h2', { class: 'govuk-heading-l' }, 'Case timeline'),
    h('p', { class: 'govuk-body' }, 'Enter what has happened in a case, or open a file, and see every deadline that follows from it: met, late, due or overdue.'),
    errors,
    details('Open or paste a case', file.group, pasteGroup, readPasted),
    choice,
    id.group, dob.group, asOf.group,
    h('div', { class: 'app-scroll' }, events),
    details('What to write in Details', h('p', { class: 'govuk-body-s' }, 'Some events need more than a date, written name=value and separated by semicolons: a move needs aware=2025-08-20 (the day the old authority became aware); a decision after a review needs decision=continue, amend or cease; a tribunal order needs order=order-make-plan-final; an exception needs code=personal-circumstances and may have until=2025-03-31.'),
      h('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s' }, ...eventTypes.map((t) => h('li', {}, h('strong', {}, t), `: ${EVENT_TYPES[t]}`)))),
    add, result);

  let rest: CaseForm['rest'];
  let rowCount = 0;

  const rowControls = (i: number, row: EventRow) => {
    const n = i + 1;
    const type = h('select', { class: 'govuk-select', id: `tl-type-${n}`, name: `tl-type-${n}` },
      h('option', { value: '' }, 'Choose an event'), ...eventTypes.map((t) => h('option', { value: t }, t)));
    type.value = row.type;
    if (row.type !== '' && type.value !== row.type) type.append(h('option', { value: row.type }, row.type)), (type.value = row.type);
    const date = h('input', { class: 'govuk-input govuk-input--width-10', id: `tl-date-${n}`, name: `tl-date-${n}`, type: 'date' });
    date.value = row.date;
    const more = h('input', { class: 'govuk-input', id: `tl-details-${n}`, name: `tl-details-${n}`, type: 'text' });
    more.value = row.details;
    const remove = button(`Remove event ${n}`, { 'data-remove': String(i) }, true);
    remove.classList.add('govuk-!-margin-bottom-0');
    const cell = (control: HTMLElement, label: string) => h('td', { class: 'govuk-table__cell' },
      h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label govuk-!-font-size-16', for: control.id }, label), control));
    return h('tr', { class: 'govuk-table__row', 'data-row': String(i) },
      cell(type, `Event ${n}`), cell(date, `Event ${n} date`), cell(more, `Event ${n} details`), h('td', { class: 'govuk-table__cell' }, remove));
  };

  const readRows = (): EventRow[] => Array.from({ length: rowCount }, (_, i) => ({
    type: (document.getElementById(`tl-type-${i + 1}`) as HTMLSelectElement).value,
    date: (document.getElementById(`tl-date-${i + 1}`) as HTMLInputElement).value,
    details: (document.getElementById(`tl-details-${i + 1}`) as HTMLInputElement).value,
  }));

  const drawRows = (rows: readonly EventRow[]) => {
    rowCount = rows.length;
    replace(body, ...rows.map((r, i) => rowControls(i, r)));
  };

  const fill = (form: CaseForm) => {
    id.input.value = form.id;
    dob.input.value = form.dateOfBirth;
    rest = form.rest;
    drawRows(form.rows.length > 0 ? form.rows : [EMPTY_ROW]);
    update();
  };

  const showProblems = (problems: readonly Problem[], targetOf: (p: Problem) => string | undefined = () => undefined) => {
    replace(errors, problems.length > 0 ? errorSummary(problems.map((p) => ({ message: p.message, target: targetOf(p) ?? 'tl-case-id' }))) : null);
  };

  /** Works the timeline out as soon as every row has an event and a date. */
  const update = () => {
    replace(errors);
    const rows = readRows();
    const form: CaseForm = { id: id.input.value, dateOfBirth: dob.input.value, rows, ...(rest !== undefined ? { rest } : {}) };
    const made = caseOfForm(form);
    const rowTarget = (p: Problem) => {
      const m = /^events\[(\d+)\](?:\.(\w+))?/.exec(p.path ?? '');
      if (!m) return p.path === 'dateOfBirth' ? 'tl-dob' : undefined;
      const n = (made.rowOfEvent[Number(m[1])] ?? Number(m[1])) + 1;
      return m[2] === 'type' ? `tl-type-${n}` : m[2] === 'date' ? `tl-date-${n}` : `tl-details-${n}`;
    };
    if (made.record === undefined) {
      showProblems(made.problems, rowTarget);
      replace(result);
      return;
    }
    const waiting = rows.some((r) => (r.type === '') !== (r.date === '') || (r.type === '' && r.details.trim() !== ''));
    if (made.record.events.length === 0 || waiting || asOf.input.value === '') {
      replace(result, h('p', { class: 'govuk-body' }, 'Give each event its type and date to see the deadlines.'));
      return;
    }
    try {
      replace(result, timelineView(timeline(made.record, { asOf: asOf.input.value })));
    } catch (error) {
      showProblems(problemsOf(error), rowTarget);
      replace(result);
    }
  };

  /** A caseload read from a file or the paste: its one case filled in, or a choice among several. */
  const openCaseload = (caseload: Caseload) => {
    const problems = caseload.rowErrors.map((r) => ({ message: `Line or record ${r.row ?? '?'}: ${r.message}` }));
    showProblems(problems);
    const cases = caseload.cases;
    if (cases.length === 1) {
      replace(choice);
      fill(formOfCase(cases[0] as unknown as Record<string, unknown>));
      showProblems(problems);
      return;
    }
    if (cases.length === 0) {
      showProblems([...problems, { message: 'The file holds no case that could be read.' }]);
      return;
    }
    const pick = selectGroup({ id: 'tl-choose-case', label: 'Case in the file', hint: `The file holds ${cases.length} cases: choose one to see its timeline.`, options: [h('option', { value: '' }, 'Choose a case'), ...cases.map((c, i) => h('option', { value: String(i) }, String(c.id)))] });
    pick.select.addEventListener('change', () => {
      const c = cases[Number(pick.select.value)];
      if (pick.select.value !== '' && c !== undefined) fill(formOfCase(c as unknown as Record<string, unknown>));
    });
    replace(choice, pick.group);
  };

  const readText = async (text: string, name: string) => {
    try {
      const kind = fileKind(new TextEncoder().encode(text.slice(0, 65536))).kind;
      openCaseload(kind === 'json' ? readJsonCaseload(text, name) : await readCsvCaseload([text]));
    } catch (error) {
      showProblems(problemsOf(error));
    }
  };

  file.input.addEventListener('change', async () => {
    const chosen = file.input.files?.[0];
    if (!chosen) return;
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    if (fileKind(bytes.subarray(0, 65536)).kind === 'xlsx') {
      try {
        openCaseload(readXlsxCaseload(bytes));
      } catch (error) {
        showProblems(problemsOf(error));
      }
      return;
    }
    await readText(new TextDecoder().decode(bytes), chosen.name);
  });
  readPasted.addEventListener('click', () => void readText(paste.value, 'the pasted case'));
  add.addEventListener('click', () => {
    drawRows([...readRows(), EMPTY_ROW]);
    (document.getElementById(`tl-type-${rowCount}`) as HTMLSelectElement).focus();
  });
  body.addEventListener('click', (event) => {
    const remove = (event.target as Element).closest('[data-remove]');
    if (!remove) return;
    const at = Number(remove.getAttribute('data-remove'));
    const rows = readRows().filter((_, i) => i !== at);
    drawRows(rows.length > 0 ? rows : [EMPTY_ROW]);
    (document.getElementById(`tl-type-${Math.min(at + 1, rowCount)}`) as HTMLSelectElement).focus();
    update();
  });
  errors.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-target]');
    if (!link) return;
    event.preventDefault();
    document.getElementById(link.getAttribute('data-target') ?? '')?.focus();
  });
  for (const control of [id.input, dob.input, asOf.input]) control.addEventListener('change', update);
  body.addEventListener('change', update);
  drawRows([{ type: 'request-received', date: '', details: '' }]);
  update();
}

/** The timeline's deadlines: a table, and the two downloads. */
function timelineView(t: Timeline): HTMLElement {
  const counts = new Map<string, number>();
  for (const e of t.entries) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  const ics = button('Download .ics');
  ics.addEventListener('click', () => download(`${fileSafe(t.caseId)}-deadlines.ics`, timelineToIcs(t), 'text/calendar'));
  const csv = button('Download the timeline as CSV', {}, true);
  csv.addEventListener('click', () => download(`${fileSafe(t.caseId)}-timeline.csv`, toCsv(TIMELINE_CSV_HEADER, timelineCsvRows(t)), 'text/csv'));
  const rows = t.entries.map((e) => [
    h('span', {}, e.title, h('br'), h('span', { class: 'govuk-body-s' }, e.citation ? `${e.ruleId}, ${e.citation.provision}` : e.ruleId)),
    triggerWords(e.trigger),
    e.due !== null ? h('span', {}, e.due, h('br'), h('span', { class: 'govuk-body-s' }, triggerWords(e.due))) : '',
    e.done ?? '',
    tag(STATUS_WORDS[e.status].words, STATUS_WORDS[e.status].colour),
    lateOrLeft(e, t.asOf),
  ]);
  const summary = [...counts].map(([s, n]) => `${n} ${STATUS_WORDS[s as keyof typeof STATUS_WORDS].words.toLowerCase()}`).join(', ');
  return h('div', {},
    notificationBanner('tl-banner', 'Timeline', true,
      h('p', { class: 'govuk-notification-banner__heading' }, `${t.entries.length} deadlines for ${t.caseId} as of ${triggerWords(t.asOf)}`),
      h('p', { class: 'govuk-body' }, summary)),
    ...t.warnings.map((w) => h('p', { class: 'govuk-inset-text' }, w)),
    h('div', { class: 'govuk-button-group' }, ics, csv),
    h('div', { class: 'app-scroll', tabindex: '0', role: 'region', 'aria-label': `Every deadline of ${t.caseId}` }, table(`Every deadline of ${t.caseId}`, ['Deadline', 'Started by', 'Due', 'Done', 'Status', 'Days late or left'], rows)));
}

/** A case reference as part of a file name. */
function fileSafe(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'case';
}
