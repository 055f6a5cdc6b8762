/**
 * One case as the timeline's form holds it, and back: its reference, the date of birth, and a
 * table of events (type, date, and the few fields some types need written `name=value`). The form
 * writes a case record exactly as the API and the CLI take it (docs/cases.md); checking it is the
 * library's (`timeline()` validates it and reports each problem).
 */
import type { CaseRecord } from '../schema/case.js';
import type { Problem } from './problems.js';

/** One row of the event table, as text. */
export interface EventRow {
  readonly type: string;
  readonly date: string;
  /** The event's other fields, `name=value` separated by semicolons (e.g. `aware=2025-08-20`). */
  readonly details: string;
}

/** The timeline form: the case's reference and date of birth, its events, and any other fields a file gave it. */
export interface CaseForm {
  readonly id: string;
  readonly dateOfBirth: string;
  readonly rows: readonly EventRow[];
  /** Fields of a case opened from a file that the form does not show (kept, and handed on as they were). */
  readonly rest?: Readonly<Record<string, unknown>>;
}

const SHOWN = new Set(['id', 'dateOfBirth', 'events']);

/** The extra fields of an event as the details text: `aware=2025-08-20; note=…`. */
export function detailsOf(event: Readonly<Record<string, unknown>>): string {
  return Object.entries(event)
    .filter(([k]) => k !== 'type' && k !== 'date')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
}

/** A case record as the form shows it (its events in the record's order). */
export function formOfCase(record: Readonly<Record<string, unknown>>): CaseForm {
  const events = Array.isArray(record.events) ? (record.events as Record<string, unknown>[]) : [];
  const rest = Object.fromEntries(Object.entries(record).filter(([k]) => !SHOWN.has(k)));
  return {
    id: record.id === undefined ? '' : String(record.id),
    dateOfBirth: typeof record.dateOfBirth === 'string' ? record.dateOfBirth : '',
    rows: events.map((e) => ({ type: String(e.type ?? ''), date: String(e.date ?? ''), details: detailsOf(e) })),
    ...(Object.keys(rest).length > 0 ? { rest } : {}),
  };
}

/**
 * The case record a form describes, or the problems that keep it from being one (a details text
 * not written `name=value`, a field given twice). Empty rows (no type, no date, no details) are
 * left out; every other row is an event, to be checked by the library.
 */
export function caseOfForm(form: CaseForm): { readonly record?: CaseRecord; readonly problems: readonly Problem[]; readonly rowOfEvent: readonly number[] } {
  const problems: Problem[] = [];
  const events: Record<string, string>[] = [];
  // The library names an event by its place in the record; the page shows it by its row.
  const rowOfEvent: number[] = [];
  form.rows.forEach((row, i) => {
    if (row.type === '' && row.date === '' && row.details.trim() === '') return;
    const event: Record<string, string> = { type: row.type, date: row.date.trim() };
    for (const part of row.details.split(';')) {
      if (part.trim() === '') continue;
      const eq = part.indexOf('=');
      const name = eq < 0 ? '' : part.slice(0, eq).trim();
      if (name === '') {
        problems.push({ message: `Event ${i + 1}: "${part.trim()}" in its details is not written name=value (for example aware=2025-08-20 or decision=continue).`, path: `events[${i}].details` });
        continue;
      }
      if (Object.hasOwn(event, name)) {
        problems.push({ message: `Event ${i + 1}: ${name} is given twice (the type and the date have their own columns).`, path: `events[${i}].details` });
        continue;
      }
      Object.defineProperty(event, name, { value: part.slice(eq + 1).trim(), enumerable: true, writable: true, configurable: true });
    }
    events.push(event);
    rowOfEvent.push(i);
  });
  if (problems.length > 0) return { problems, rowOfEvent };
  const record = {
    ...form.rest,
    id: form.id.trim(),
    ...(form.dateOfBirth.trim() !== '' ? { dateOfBirth: form.dateOfBirth.trim() } : {}),
    events,
  } as unknown as CaseRecord;
  return { record, problems, rowOfEvent };
}
