/**
 * The page's audit against the command line's (issue 17 §1.3 and §4: "the audit … opened on the
 * page shows exactly the numbers of the CLI's JSON"): the same file, read in slices on the page,
 * gives the five files of `audit --output-dir` byte for byte, and its counts reconcile.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as auditCommand } from '../../src/cli/commands/audit.js';
import { auditFiles } from '../../src/web/audit-files.js';
import { auditCaseload, auditSen2Return, type AuditRun } from '../../src/web/audit-run.js';
import { sen2CsvFiles, sen2Xml, syntheticReturn } from '../support/sen2-synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'send-timescales-page-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quiet = { out: () => {}, err: () => {}, errIsTty: false };
const noProgress = () => {};
let n = 0;

/** The files the command line writes with --output-dir for these arguments. */
async function cliFiles(args: string[]): Promise<Record<string, string>> {
  const out = join(dir, `cli-${++n}`);
  await auditCommand([...args, '--output-dir', out], quiet);
  return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

const opened = (path: string, name = path.split('/').at(-1)!) => ({ name, bytes: new Uint8Array(readFileSync(path)) });

function reconciles(run: AuditRun): void {
  if (run.kind !== 'caseload') return;
  expect(run.input.cases).toBe(run.input.audited + run.input.setAside);
}

describe('the page\'s caseload audit gives the command line\'s files', () => {
  it('examples/caseload.csv as of 2026-11-01: 7 cases, 7 audited', async () => {
    const run = await auditCaseload(opened('examples/caseload.csv'), {}, { asOf: '2026-11-01', reviewedOn: 'meeting' }, noProgress);
    expect([run.input.cases, run.input.audited, run.input.setAside]).toEqual([7, 7, 0]);
    expect(auditFiles(run)).toEqual(await cliFiles(['examples/caseload.csv', '--as-of', '2026-11-01']));
  });

  it('the same file not grouped by case (read again, grouped in memory), with a window', async () => {
    const lines = readFileSync('examples/caseload.csv', 'utf8').trimEnd().split('\n');
    const shuffled = [lines[0]!, ...lines.slice(1).reverse()].join('\n') + '\n';
    const path = join(dir, 'shuffled.csv');
    writeFileSync(path, shuffled);
    const run = await auditCaseload(opened(path), {}, { asOf: '2026-11-01', reviewedOn: 'meeting', from: '2025-01-01', to: '2025-12-31' }, noProgress);
    reconciles(run);
    expect(auditFiles(run)).toEqual(await cliFiles([path, '--as-of', '2026-11-01', '--from', '2025-01-01', '--to', '2025-12-31']));
  });

  it('a CSV with bad rows: their cases set aside and listed, the rest audited', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, 'case_id,event,date\nA,request-received,2025-01-06\nA,final-plan-issued,2025-05-27\nB,request-received,2025-02-30\nC,no-such-event,2025-01-06\n,request-received,2025-01-06\n');
    const run = await auditCaseload(opened(path), {}, { asOf: '2025-12-01', reviewedOn: 'meeting' }, noProgress);
    reconciles(run);
    expect(run.input.setAside).toBeGreaterThan(0);
    expect(auditFiles(run)).toEqual(await cliFiles([path, '--as-of', '2025-12-01']));
  });

  it('examples/wide-caseload.csv and .xlsx with the column map examples/wide-map.json', async () => {
    const map = JSON.parse(readFileSync('examples/wide-map.json', 'utf8'));
    for (const file of ['examples/wide-caseload.csv', 'examples/wide-caseload.xlsx']) {
      const run = await auditCaseload(opened(file), { columns: map }, { asOf: '2026-11-01', reviewedOn: 'meeting' }, noProgress);
      reconciles(run);
      expect(auditFiles(run)).toEqual(await cliFiles([file, '--columns', 'examples/wide-map.json', '--as-of', '2026-11-01']));
    }
  });

  it('reports its progress, ending at the whole file', async () => {
    const seen: number[] = [];
    await auditCaseload(opened('examples/caseload.csv'), {}, { asOf: '2026-11-01', reviewedOn: 'meeting' }, (done) => seen.push(done));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('the page\'s SEN2 audit gives the command line\'s seven files (the five of any audit, measures.csv, findings.csv)', () => {
  const sen2 = syntheticReturn(40, 7);

  it('an SEN2 return\'s XML', async () => {
    const path = join(dir, 'return.xml');
    writeFileSync(path, sen2Xml(sen2));
    const run = await auditSen2Return([opened(path)], { reading: 'statutory', reviewedOn: 'meeting' }, noProgress);
    expect(run.result.persons.total).toBe(40);
    expect(run.result.persons.total).toBe(run.result.persons.audited + run.result.persons.setAside);
    const cli = await cliFiles([path]);
    expect(Object.keys(auditFiles(run)).sort()).toEqual(['findings.csv', 'late.csv', 'measures.csv', 'overdue.csv', 'rules.csv', 'set-aside.csv', 'summary.csv']);
    expect(auditFiles(run)).toEqual(cli);
  });

  it('the files of its CSV export, chosen together', async () => {
    const files = sen2CsvFiles(sen2).map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.content);
      return path;
    });
    const run = await auditSen2Return(files.map((p) => opened(p)), { reading: 'statutory', reviewedOn: 'meeting' }, noProgress);
    const cli = await cliFiles(files);
    expect(auditFiles(run)).toEqual(cli);
  });
});
