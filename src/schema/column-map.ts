/**
 * A column map: how a council's own export names what the library reads. Case-management systems
 * (Capita One, Synergy, Liquidlogic, Mosaic, EHC Hub) and hand-kept trackers each have their own
 * headings ("Child ID", "EHCP Issued") and their own words for events and decisions ("Agreed to
 * assess"); a map says once which is which, so the export is read as it is, never edited by hand.
 *
 * - `columns`: a heading of the file → the library column it holds (`"Child ID": "case_id"`).
 * - `events`: a heading whose cells are the dates of one event → that event, making the file one
 *   row per case (a "wide" export): `"EHCP Issued": "final-plan-issued"`, or with the column of the
 *   event's decision, `{ "event": "assessment-decision-notified", "decision": "Decision Outcome" }`.
 * - `eventLabels`: a word of the `event` column (one row per event) → the event type.
 * - `decisions`: a word of a decision cell → the decision (`"Agreed to assess": "assess"`).
 * - `ignore`: headings the library is not to read and not to warn about (names, schools, notes).
 *
 * Headings and words are matched as headers are: whatever their case, spacing, underscores or
 * punctuation (`EHCP Issued` = `ehcp_issued`). The map is an outside input: it is checked here, and
 * each problem is an issue whose path points into the map (`events["EHCP Issued"]`).
 */
import * as z from 'zod';
import { SendTimescalesError, type ErrorIssue } from '../errors.js';
import { EVENT_TYPES, type EventType } from './case.js';
import { DECISIONS } from './vocabulary.js';

/**
 * The columns of a caseload file the library reads, by their own names: the case, the event and
 * its date (one row per event), the event's details, and the case's details.
 */
export const CASELOAD_COLUMNS = [
  'case_id', 'event', 'date', 'note', 'aware', 'decision', 'code', 'until', 'body', 'order',
  'date_of_birth', 'year_group_offset', 'transfer_stages', 'year12_destination',
] as const;

/** One of {@link CASELOAD_COLUMNS}. */
export type CaseloadColumn = (typeof CASELOAD_COLUMNS)[number];

/**
 * How headings and words are compared: case, spacing, underscores and punctuation aside
 * (`Case ID`, `case_id` and `case-id` are all `caseid`). Letters and digits of any script count.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const eventTypes = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
const heading = z.string().trim().min(1, { message: 'a heading cannot be empty' });

const wideEvent = z.union([
  z.enum(eventTypes),
  z.strictObject({
    event: z.enum(eventTypes),
    /** The heading of the column that holds this event's decision (its words read through `decisions`). */
    decision: heading.optional(),
  }),
]);

/**
 * The zod schema of a column map (its JSON Schema is schemas/column-map.schema.json).
 * @example
 * ```ts
 * columnMapSchema.parse({ columns: { 'Child ID': 'case_id' }, events: { 'EHCP Issued': 'final-plan-issued' } });
 * ```
 */
export const columnMapSchema = z.strictObject({
  /** A heading of the file → the library column it holds. */
  columns: z.record(heading, z.enum(CASELOAD_COLUMNS)).optional(),
  /** A heading whose cells are the dates of one event → the event (one row per case). */
  events: z.record(heading, wideEvent).optional(),
  /** A word of the event column → the event type (one row per event). */
  eventLabels: z.record(heading, z.enum(eventTypes)).optional(),
  /** A word of a decision cell → the decision. */
  decisions: z.record(heading, z.enum(DECISIONS)).optional(),
  /** Headings not to read, and not to warn about. */
  ignore: z.array(heading).optional(),
});

/**
 * A column map as written (see {@link columnMapSchema}).
 * @example
 * ```ts
 * const map: ColumnMap = { columns: { 'Child ID': 'case_id' }, events: { 'EHCP Issued': 'final-plan-issued' }, ignore: ['Caseworker'] };
 * ```
 */
export type ColumnMap = z.input<typeof columnMapSchema>;

/** One event column of a wide export, as the map gives it. */
export interface WideEventColumn {
  readonly event: EventType;
  /** The heading of the column holding this event's decision, if any. */
  readonly decision?: string;
}

/** A column map checked and keyed for lookups by {@link matchKey}. */
export interface CheckedColumnMap {
  readonly columns: ReadonlyMap<string, CaseloadColumn>;
  readonly events: ReadonlyMap<string, WideEventColumn>;
  readonly eventLabels: ReadonlyMap<string, EventType>;
  readonly decisions: ReadonlyMap<string, (typeof DECISIONS)[number]>;
  readonly ignore: ReadonlySet<string>;
}

const quoted = (key: string) => JSON.stringify(key);

/** `columnMap.events["EHCP Issued"].decision` from zod's path: the heading of a record in brackets. */
function pathOf(path: readonly PropertyKey[]): string {
  let out = 'columnMap';
  path.forEach((k, i) => {
    out += typeof k === 'number' ? `[${k}]` : i === 1 ? `[${quoted(String(k))}]` : `.${String(k)}`;
  });
  return out;
}

/** Which words share one meaning each: headings (of columns, events and ignore), event words, decision words. */
const NAMESPACE = { columns: 'heading', events: 'heading', ignore: 'heading', eventLabels: 'event word', decisions: 'decision word' } as const;

/**
 * Checks a column map and keys it for lookups.
 * @param map - The map, as parsed from its JSON file.
 * @returns The checked map.
 * @throws {@link SendTimescalesError} `INVALID_OPTION`, one issue per problem, each with a path into
 * the map (`events["EHCP Issued"]`): an unknown key, a target that is not a column, event or
 * decision, two headings that match alike, a heading given two meanings.
 * @example
 * ```ts
 * checkColumnMap({ events: { 'EHCP Issued': 'final-plan-issued' } }).events.get('ehcpissued'); // { event: 'final-plan-issued' }
 * ```
 */
export function checkColumnMap(map: unknown): CheckedColumnMap {
  const parsed = columnMapSchema.safeParse(map);
  if (!parsed.success) {
    throw SendTimescalesError.fromIssues(parsed.error.issues.map((issue): ErrorIssue => {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const message = issue.code === 'unrecognized_keys'
        ? `${pathOf(path)}: the column map has no part or field "${String(path[path.length - 1])}" (its parts are columns, events, eventLabels, decisions and ignore; an event column may have event and decision).`
        : `${pathOf(path)}: ${issue.message}.`;
      return { code: 'INVALID_OPTION', path: pathOf(path), value: valueAt(map, path), message };
    }));
  }
  const m = parsed.data;
  const issues: ErrorIssue[] = [];
  /** Where each match key was first given a meaning, within its namespace. */
  const given = new Map<string, string>();
  const claim = (part: keyof typeof NAMESPACE, key: string, index?: number): string => {
    const k = matchKey(key);
    const path = index === undefined ? pathOf([part, key]) : pathOf([part, index]);
    const earlier = given.get(`${NAMESPACE[part]}:${k}`);
    if (k === '') {
      issues.push({ code: 'INVALID_OPTION', path, value: key, message: `${path}: "${key}" has no letter or digit to match a heading or word by.` });
    } else if (earlier !== undefined) {
      issues.push({ code: 'INVALID_OPTION', path, value: key, message: `${path}: "${key}" matches ${earlier} (headings and words match whatever their case, spacing or punctuation), so which is meant cannot be told.` });
    } else given.set(`${NAMESPACE[part]}:${k}`, `${part} "${key}"`);
    return k;
  };
  const columns = new Map<string, CaseloadColumn>();
  for (const [key, column] of Object.entries(m.columns ?? {})) columns.set(claim('columns', key), column);
  const events = new Map<string, WideEventColumn>();
  for (const [key, spec] of Object.entries(m.events ?? {})) {
    events.set(claim('events', key), typeof spec === 'string' ? { event: spec } : { event: spec.event, ...(spec.decision !== undefined ? { decision: spec.decision } : {}) });
  }
  const eventLabels = new Map<string, EventType>();
  for (const [key, event] of Object.entries(m.eventLabels ?? {})) eventLabels.set(claim('eventLabels', key), event);
  const decisions = new Map<string, (typeof DECISIONS)[number]>();
  for (const [key, decision] of Object.entries(m.decisions ?? {})) decisions.set(claim('decisions', key), decision);
  const ignore = new Set<string>();
  (m.ignore ?? []).forEach((key, i) => ignore.add(claim('ignore', key, i)));
  if (issues.length) throw SendTimescalesError.fromIssues(issues);
  return { columns, events, eventLabels, decisions, ignore };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
