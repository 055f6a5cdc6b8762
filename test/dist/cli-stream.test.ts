/**
 * The audit command reads a caseload CSV one case at a time when the file is grouped by case (as
 * exports are) and groups it in memory when it is not, saying so on stderr: the report is the same
 * either way.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './support-cli.js';

const NOT_GROUPED = 'The file is not grouped by case: its cases are held in memory.\n';
const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-stream-'));
const example = readFileSync(fileURLToPath(new URL('../../examples/caseload.csv', import.meta.url)), 'utf8');
const [header, ...rows] = example.trimEnd().split('\n');

/**
 * The example's rows dealt out round-robin: each case's first row, then each case's second row,
 * and so on. Cases keep their order of first appearance and each case its rows' order, but every
 * case with more than one row is split, so the file is not grouped by case.
 */
function dealt(lines: readonly string[]): string[] {
  const byCase = new Map<string, string[]>();
  for (const line of lines) {
    const id = line.slice(0, line.indexOf(','));
    byCase.set(id, [...(byCase.get(id) ?? []), line]);
  }
  const out: string[] = [];
  for (let i = 0; out.length < lines.length; i++) for (const caseRows of byCase.values()) if (caseRows[i] !== undefined) out.push(caseRows[i]!);
  return out;
}

const write = (name: string, lines: readonly string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${header}\n${lines.join('\n')}\n`);
  return path;
};

describe('send-timescales audit of a caseload CSV, grouped by case or not (built bin)', () => {
  const grouped = write('grouped.csv', rows);
  const shuffled = write('shuffled.csv', dealt(rows));

  it('the example caseload is grouped by case, and its shuffled copy is not (the test is not empty)', () => {
    expect(readFileSync(shuffled, 'utf8')).not.toBe(readFileSync(grouped, 'utf8'));
    expect(readFileSync(shuffled, 'utf8').split('\n').sort()).toEqual(readFileSync(grouped, 'utf8').split('\n').sort());
  });

  it('a grouped and a shuffled copy give identical JSON; only the shuffled one says, once, that it is held in memory', () => {
    const a = cli(['audit', grouped, '--as-of', '2026-11-01', '--format', 'json']);
    const b = cli(['audit', shuffled, '--as-of', '2026-11-01', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(a.out).input.cases).toBeGreaterThan(1);
    expect(b.out).toBe(a.out);
    expect(a.err).toBe('');
    expect(b.err).toBe(NOT_GROUPED);
  });

  it('standard input too: the shuffled copy is kept as it is read, and read again grouped in memory', () => {
    const a = cli(['audit', '-', '--as-of', '2026-11-01', '--format', 'json'], readFileSync(grouped, 'utf8'));
    const b = cli(['audit', '-', '--as-of', '2026-11-01', '--format', 'json'], readFileSync(shuffled, 'utf8'));
    const fromFile = cli(['audit', grouped, '--as-of', '2026-11-01', '--format', 'json']);
    expect(a.out).toBe(fromFile.out);
    expect(b.out).toBe(fromFile.out);
    expect(a.err).toBe('');
    expect(b.err).toBe(NOT_GROUPED);
  });

  it('with a bad row (an impossible date) in a shuffled file: the same report, row issue and set-aside case as grouped, exit 1', () => {
    const bad = rows.map((r, i) => (i === 1 ? r.replace(/,\d{4}-\d{2}-\d{2},/, ',2025-02-30,') : r));
    const a = cli(['audit', write('bad-grouped.csv', bad), '--as-of', '2026-11-01', '--format', 'json']);
    const b = cli(['audit', write('bad-shuffled.csv', dealt(bad)), '--as-of', '2026-11-01', '--format', 'json']);
    expect(a.code).toBe(1);
    expect(b.code).toBe(1);
    const ja = JSON.parse(a.out), jb = JSON.parse(b.out);
    expect(ja.setAside).toEqual(['C001']);
    expect(jb.setAside).toEqual(ja.setAside);
    // The bad row's line differs between the two files; everything else is the same.
    expect(jb.rowErrors.map((e: { line: number }) => ({ ...e, line: 0, row: 0 }))).toEqual(ja.rowErrors.map((e: { line: number }) => ({ ...e, line: 0, row: 0 })));
    expect({ ...jb, rowErrors: [] }).toEqual({ ...ja, rowErrors: [] });
    expect(b.err).toContain(NOT_GROUPED);
    expect(b.err.split(NOT_GROUPED).length).toBe(2);
  });
});
