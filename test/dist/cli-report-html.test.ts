/**
 * `send-timescales audit … --format html` on the built bin, for every input the audit reads: one
 * self-contained document (nothing it would fetch or link to outside the file, no script) whose
 * numbers are the JSON output's, read back from the document with linkedom.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { workedReturnPersons } from '../support/sen2-model.js';
import { sen2CsvFiles, sen2Xml } from '../support/sen2-synthetic.js';
import { cli } from './support-cli.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-html-'));
const sen2 = { header: { collection: 'SEN2', year: '2026', referenceDate: '2026-01-15', lea: '999' }, persons: workedReturnPersons(), unknownElements: [] };
const xml = join(dir, 'return.xml');
writeFileSync(xml, sen2Xml(sen2));
const exportDir = join(dir, 'export');
mkdirSync(exportDir);
for (const f of sen2CsvFiles(sen2)) writeFileSync(join(exportDir, f.name), f.content);

/** The text of each summary value and of each table row (by its data-key), as a reader of the page sees them. */
function read(html: string) {
  const { document } = parseHTML(html);
  const summary = (key: string) => document.querySelector(`[data-key="${key}"] dd`)?.textContent?.trim();
  const row = (table: string, key: string) => [...document.querySelector(table)!.querySelectorAll('tbody tr')]
    .find((tr) => tr.getAttribute('data-key') === key)?.children;
  const cells = (table: string, key: string) => [...(row(table, key) ?? [])].map((c) => (c.textContent ?? '').trim());
  return { document, summary, cells };
}

/** A self-contained document: nothing outside the file named by src or href, no script, no import. */
function expectSelfContained(html: string) {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html.match(/<html/g)).toHaveLength(1);
  expect(html).not.toMatch(/<script|\bsrc\s*=|\bhref\s*=\s*["']?(?!#)|@import|url\(/i);
}

const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)}%`);

/** The numbers of the JSON in the HTML: the input's counts, each rule, the 20-week measure, the months and the late list's length. */
function expectJsonNumbers(html: string, json: Record<string, any>) {
  const h = read(html);
  for (const key of ['cases', 'audited', 'setAside', 'badRows', 'rowsWithoutCase']) expect(h.summary(`input.${key}`), key).toBe(String(json.input[key]));
  for (const r of json.rules.filter((x: any) => !x.local)) {
    expect(h.cells('#audit-rules table', r.ruleId).slice(1), r.ruleId).toEqual([...[r.applicable, r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, r.notApplicable, r.notTriggered].map(String), pct(r.percentOnTime)]);
  }
  const i = json.twentyWeeks.including;
  expect(h.cells('#audit-twenty-weeks table', 'including').slice(1)).toEqual([String(i.withinTwentyWeeks), String(i.plansIssued), pct(i.percent)]);
  for (const m of json.planMonths) expect(h.cells('#chart-months table', m.month).slice(1, 3)).toEqual([String(m.issued), String(m.withinTwentyWeeks)]);
  const lateRows = h.document.querySelector('#audit-late table')?.querySelectorAll('tbody tr').length ?? 0;
  expect(lateRows).toBe(json.lateCases.length);
  expect(h.document.querySelectorAll('.audit-chart svg[role="img"]').length).toBeGreaterThan(0);
  return h;
}

describe('send-timescales audit --format html (built bin)', () => {
  it('examples/caseload.csv as of 1 November 2026: one self-contained document with the JSON\'s numbers', () => {
    const args = ['audit', example('caseload.csv'), '--as-of', '2026-11-01'];
    const r = cli([...args, '--format', 'html']);
    expect(r.code).toBe(0);
    expectSelfContained(r.out);
    const json = JSON.parse(cli([...args, '--format', 'json']).out);
    const h = expectJsonNumbers(r.out, json);
    expect(h.document.querySelector('title')!.textContent).toContain('as of 2026-11-01');
    expect(h.cells('#chart-bands table', 'within 20 weeks').slice(1)).toEqual([String(json.twentyWeekBands.including.withinTwentyWeeks), String(json.twentyWeekBands.excludingExceptions.withinTwentyWeeks)]);
  });

  it('the JSON gains twentyWeekBands and planMonths, whose sums are the 20-week measure\'s', () => {
    const json = JSON.parse(cli(['audit', example('caseload.csv'), '--as-of', '2026-11-01', '--format', 'json']).out);
    const b = json.twentyWeekBands.including;
    expect(b.withinTwentyWeeks + b.twentyToFiftyTwoWeeks + b.overFiftyTwoWeeks).toBe(json.twentyWeeks.including.plansIssued);
    expect(json.planMonths.reduce((n: number, m: any) => n + m.issued, 0)).toBe(json.twentyWeeks.including.plansIssued);
    expect(json.source).toEqual({ kind: 'csv' });
  });

  it('with --output-dir, report.html is written beside the CSV files, the same document as on standard output', () => {
    const out = join(dir, 'report-out');
    const r = cli(['audit', example('caseload.csv'), '--as-of', '2026-11-01', '--format', 'html', '--output-dir', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['late.csv', 'overdue.csv', 'report.html', 'rules.csv', 'set-aside.csv', 'summary.csv']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(r.out);
    expect(r.err).toContain('report.html');
  });

  it('a wide export with --columns and the same tracker as .xlsx: the JSON\'s numbers', () => {
    for (const file of ['wide-caseload.csv', 'wide-caseload.xlsx']) {
      const args = ['audit', example(file), '--columns', example('wide-map.json'), '--date-format', 'dd/MM/yyyy', '--as-of', '2025-11-01'];
      const r = cli([...args, '--format', 'html']);
      expectSelfContained(r.out);
      const json = JSON.parse(cli([...args, '--format', 'json']).out);
      expect(r.code).toBe(1); // the tracker's one bad row: reported, set aside, the rest audited
      const h = expectJsonNumbers(r.out, json);
      expect(h.document.querySelector('#audit-set-aside table')).not.toBeNull();
    }
  });

  it('the SEN2 XML and the CSV export folder: the Department\'s measures and the findings, the JSON\'s numbers', () => {
    for (const input of [xml, exportDir]) {
      const r = cli(['audit', input, '--format', 'html']);
      expect(r.code).toBe(1); // person 5 set aside
      expectSelfContained(r.out);
      const json = JSON.parse(cli(['audit', input, '--format', 'json']).out);
      const h = expectJsonNumbers(r.out, json);
      expect(h.summary('sen2.census')).toBe('2026-01-15');
      const bands = json.sen2.measures.plans.including.bands;
      expect(h.cells('#chart-bands table', 'over 52 weeks')[1]).toBe(String(bands.overFiftyTwoWeeks));
      expect(h.summary('reading')).toContain(json.sen2.reading.citation.provision);
    }
  });

  it('audit --help lists html among the formats', () => {
    expect(cli(['audit', '--help']).out).toMatch(/table\|json\|csv\|markdown\|html/);
  });
});
