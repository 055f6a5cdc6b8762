/**
 * A caseload in JSON: case records as the API takes them (docs/cases.md). It is read whole (a
 * caseload too large for that belongs in a CSV, which is streamed).
 */
import { SendTimescalesError } from '../../errors.js';
import type { CaseRecord } from '../../schema/case.js';
import { validateCase } from '../../schema/validate.js';
import type { Caseload, RowError } from './caseload.js';
import { InputError } from './input-error.js';
import { visible } from './visible.js';

/** How deep a case record may nest (a real one is 3 levels deep: record, events, event). */
const MAX_DEPTH = 16;

/**
 * A JSON caseload: an array of case records, `{ "cases": [...] }`, or one case record on its own.
 * Each record unfit to hand to the engine is reported by its position and set aside.
 * @param text - The JSON text.
 * @param name - What the input is called in messages (a file name, "standard input").
 * @throws {@link InputError} for text that is not JSON or holds no case records.
 * @example
 * ```ts
 * const caseload = readJsonCaseload('[{ "id": "C1", "events": [] }, 42]', 'cases.json');
 * caseload.setAside; // ['?']: record 2 is not a case record, reported in rowErrors
 * ```
 */
export function readJsonCaseload(text: string, name: string): Caseload {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${name} is not valid JSON: ${visible((e as Error).message)}`);
  }
  // An array of records, { "cases": [...] }, or one case record on its own (a case.json).
  const object = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const list = Array.isArray(data) ? data : Array.isArray(object?.cases) ? object.cases : object && 'events' in object ? [object] : undefined;
  if (!Array.isArray(list)) throw new InputError(`${name} must hold a case record, an array of case records, or { "cases": [...] }.`);
  const cases: CaseRecord[] = [];
  const rowErrors: RowError[] = [];
  const setAside: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const problem = recordProblem(list[i]);
    if (problem === undefined) {
      cases.push(list[i] as CaseRecord);
      continue;
    }
    const id = idOf(list[i]);
    rowErrors.push({ code: 'INVALID_CASE', path: problem.field, value: problem.value, message: problem.reason, record: i + 1, caseId: id, field: problem.field, reason: problem.reason });
    setAside.push(id);
  }
  return { cases, rowErrors, setAside, rows: list.length, rowsWithoutCase: 0, kind: 'json' };
}

function idOf(record: unknown): string {
  const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '?';
}

/**
 * What makes a record unfit to hand to the engine at all: not an object, an id that is not text,
 * or nesting far deeper than any case record (a thousand-deep array would exhaust the stack of
 * any recursive check). The engine's own validation reports everything else.
 */
function recordProblem(record: unknown): { field: string; value: unknown; reason: string } | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { field: 'record', value: record, reason: 'A case record must be an object such as { "id": "C1", "events": [...] }.' };
  }
  const id = (record as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') {
    return { field: 'id', value: id, reason: 'The case id must be text such as "C001".' };
  }
  const deep = deepestPath(record);
  if (deep !== undefined) return { field: deep, value: undefined, reason: `The record nests deeper than ${MAX_DEPTH} levels here; a case record is an object of events and dates.` };
  try {
    validateCase(record);
  } catch (e) {
    if (e instanceof SendTimescalesError) return undefined;
    return { field: 'record', value: undefined, reason: `The record could not be checked: ${visible((e as Error)?.message ?? String(e))}.` };
  }
  return undefined;
}

/** The path of the first value nested deeper than MAX_DEPTH, found without recursion. */
function deepestPath(root: object): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return path || 'record';
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, path: Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return undefined;
}
