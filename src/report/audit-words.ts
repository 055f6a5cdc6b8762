/**
 * The sentences every form of an audit's report opens with: what came in and what became of it,
 * and which plans the 20-week measure covers. One wording for the terminal, Markdown and HTML.
 */
import type { AuditInput, AuditWindow } from './audit-model.js';

/** How a date is written (ISO as it is, unless the user asked for another layout). */
export type DateWords = (iso: string) => string;

const asIs: DateWords = (iso) => iso;

/**
 * In = audited + set aside, in a sentence.
 * @example
 * headline({ kind: 'csv', cases: 12, audited: 11, setAside: 1, badRows: 1, rowsWithoutCase: 0 })
 * // '12 cases in the file: 11 audited, 1 set aside for bad rows'
 */
export function headline(i: AuditInput): string {
  if (i.kind === 'sen2') {
    const base = `${i.cases} person${i.cases === 1 ? '' : 's'} in the return: ${i.audited} audited, ${i.setAside} set aside for data-quality findings`;
    return i.rowsWithoutCase ? `${base}; ${i.rowsWithoutCase} part${i.rowsWithoutCase === 1 ? '' : 's'} of the file could not be placed in a person` : base;
  }
  const unit = i.kind === 'json' ? 'records' : 'rows';
  const base = `${i.cases} case${i.cases === 1 ? '' : 's'} in the file: ${i.audited} audited, ${i.setAside} set aside for bad ${unit}`;
  return i.rowsWithoutCase ? `${base}; ${i.rowsWithoutCase} bad ${i.rowsWithoutCase === 1 ? 'row names' : 'rows name'} no case` : base;
}

/**
 * Which plans count toward the 20-week measure, in a sentence.
 * @example
 * windowLine({ from: '2025-01-01', to: '2025-12-31' })
 * // 'Window: plans issued from 2025-01-01 to 2025-12-31 count toward the 20-week measure; the other figures cover every case.'
 */
export function windowLine(w: AuditWindow, d: DateWords = asIs): string {
  if (w.from === null && w.to === null) return 'Window: none; every plan issued counts toward the 20-week measure.';
  const range = w.from !== null && w.to !== null ? `from ${d(w.from)} to ${d(w.to)}` : w.from !== null ? `on or after ${d(w.from)}` : `on or before ${d(w.to!)}`;
  return `Window: plans issued ${range} count toward the 20-week measure; the other figures cover every case.`;
}
