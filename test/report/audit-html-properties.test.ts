/**
 * Any audit renders, and the rendered report reconciles: the input's counts (in = audited + set
 * aside), each rule's statuses to its applicable deadlines, the months to the plans issued, the
 * late list to the model's; and no case id, however written, becomes markup.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, audit, type CaseRecord } from '../../src/index.js';
import { renderAuditReport } from '../../src/report/audit-html.js';
import { caseloadAuditReport } from '../../src/report/audit-model.js';
import { EVENT_TYPES_DRAWN, badRecordArb } from '../support/cases.js';
import { numRuns } from '../support/fc.js';
import { dom, parsed } from './support.js';

// Rendering draws four charts: fewer runs than the arithmetic properties, the same shapes.
const runs = Math.max(20, Math.floor(numRuns / 10));

const date = fc.integer({ min: 0, max: 3600 }).map((n) => addDays('2016-01-04', n));
const event = fc.record({ type: fc.constantFrom(...EVENT_TYPES_DRAWN), date });
/** Case ids as a file might hold them: markup, quotes, ampersands and plain text. */
const caseId = fc.oneof(fc.constantFrom('<script>x</script>', '"><b>', 'A&B', "O'Neil", 'C1'), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.length > 0 && !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s)));
const caseArb: fc.Arbitrary<CaseRecord> = fc.record({ id: caseId, events: fc.array(event, { minLength: 1, maxLength: 10 }) });

describe('any audit renders, and its report reconciles', () => {
  it('in = audited + set aside; statuses add up to applicable; months to plans issued; the late list is the model\'s; no element from a case id', () => {
    fc.assert(fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: caseArb }, { weight: 1, arbitrary: badRecordArb }), { maxLength: 12 }), (records) => {
      const a = audit(records, { asOf: '2026-11-01' });
      const input = { kind: 'rows' as const, cases: a.cases.total, audited: a.cases.valid, setAside: a.cases.rejected, badRows: 0, rowsWithoutCase: 0 };
      const model = caseloadAuditReport({ audit: a, input, window: { from: null, to: null }, caseload: { setAside: [], rowErrors: [] } });
      const p = parsed(renderAuditReport(model, { document: dom() }));
      expect(Number(p.summary('input.cases'))).toBe(Number(p.summary('input.audited')) + Number(p.summary('input.setAside')));
      expect(Number(p.summary('input.cases'))).toBe(records.length);
      if (p.document.querySelector('#chart-rules table')) {
        for (const row of p.rows('#chart-rules table')) {
          const [, ...counts] = row.cells.map(Number);
          expect(counts.slice(0, -1).reduce((n, c) => n + c, 0)).toBe(counts[counts.length - 1]);
        }
      }
      const issued = p.document.querySelector('#chart-months table') ? p.rows('#chart-months table').reduce((n, r) => n + Number(r.cells[1]), 0) : 0;
      expect(issued).toBe(Number(p.byKey('#audit-twenty-weeks table').get('including')![2]));
      const late = p.document.querySelector('#audit-late table') ? p.rows('#audit-late table') : [];
      expect(late.map((r) => r.cells[0]).sort()).toEqual(a.lateCases.map((l) => l.caseId).sort());
      expect(p.document.querySelectorAll('script, b')).toHaveLength(0);
    }), { numRuns: runs });
  });
});
