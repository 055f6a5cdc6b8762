/**
 * Deadlines as iCalendar (RFC 5545), for Outlook, Google Calendar and any calendar that imports a
 * `.ics` file: one all-day event per open deadline.
 *
 * All-day events are written as floating dates (`DTSTART;VALUE=DATE`, `DTEND` the next day): a
 * civil date with no time and no zone, which every calendar shows on that day wherever it is, so
 * no time zone can move a deadline by a day. The dates are handed to the generator as UTC
 * midnights built from day numbers, and written with UTC getters: nothing reads the machine's zone.
 * The output depends only on its inputs: DTSTAMP is the as-of date (or a stamp the caller gives).
 */
import ical from 'ical-generator';
import { isIsoDate, isoToDay, type IsoDate } from '../day/iso.js';
import { SendTimescalesError, show } from '../errors.js';
import { expectRecord, isRecord, optionsObject } from '../guard.js';
import { version } from '../version.js';
import { explain } from '../engine/explain.js';
import type { Deadline } from '../engine/result.js';
import type { Timeline, TimelineEntry } from '../engine/timeline.js';
import type { EntryStatus } from '../engine/case-context.js';
import { entryDescription, eventSummary } from './ics-description.js';
import { uidMaker } from './ics-uid.js';

/**
 * Options of {@link timelineToIcs}.
 * @example
 * const options: TimelineIcsOptions = { stamp: '2025-06-30' };
 */
export interface TimelineIcsOptions {
  /**
   * When the calendar was written (each event's DTSTAMP): a date (taken as 00:00 UTC) or an
   * instant. Default: the timeline's as-of date, so the same timeline gives the same file, and a
   * later as-of date a later stamp (which calendars read as the newer copy of an event).
   */
  readonly stamp?: IsoDate | Date;
}

/**
 * Options of {@link deadlineToIcs}.
 * @example
 * const options: DeadlineIcsOptions = { caseId: 'C004', stamp: '2025-01-06' };
 */
export interface DeadlineIcsOptions {
  /** The case the deadline belongs to: named in the event's title, and part of its UID. */
  readonly caseId?: string;
  /**
   * When the calendar was written (the event's DTSTAMP): a date (taken as 00:00 UTC) or an
   * instant. Default: the trigger date (the latest, for a rule with several), so the same
   * deadline always gives the same file.
   */
  readonly stamp?: IsoDate | Date;
}

/**
 * The statuses of a timeline entry that are put in a calendar: `due` and `overdue`, a deadline
 * that has a date and is not yet done. Done ones (`met`, `late`) are history, not something to do;
 * `not-triggered`, `not-applicable`, `lifted` and `relaxed` have no date to put in a calendar.
 * @example
 * OPEN_STATUSES.includes('overdue'); // true
 */
export const OPEN_STATUSES: readonly EntryStatus[] = ['due', 'overdue'];

/**
 * Whether a timeline entry is open: due or overdue, with a due date ({@link OPEN_STATUSES}).
 * @example
 * timeline(record, { asOf: '2025-06-30' }).entries.filter(isOpen);
 */
export function isOpen(entry: TimelineEntry): entry is TimelineEntry & { readonly due: IsoDate } {
  return OPEN_STATUSES.includes(entry.status) && entry.due !== null;
}

const DAY_MS = 86_400_000;

/** A civil date as the UTC midnight that begins it: what the generator writes as a DATE with UTC getters. */
function utcMidnight(day: number): Date {
  return new Date(day * DAY_MS);
}

/** The PRODID: the library and its version (RFC 5545 §3.7.3). */
const PROD_ID = { company: 'send-timescales', product: `send-timescales ${version}`, language: 'EN' } as const;

/** The stamp option checked: a real ISO date, or a Date that holds an instant. */
function stampOf(value: unknown, fallback: IsoDate): Date {
  if (value === undefined) return utcMidnight(isoToDay(fallback));
  if (value instanceof Date && Number.isFinite(value.getTime())) return new Date(value.getTime());
  if (isIsoDate(value)) return utcMidnight(isoToDay(value, 'options.stamp'));
  throw new SendTimescalesError('INVALID_OPTION', 'options.stamp', value, `options.stamp must be a date (YYYY-MM-DD) or a Date holding an instant, but ${show(value)} was given.`);
}

/** One all-day event's parts. */
interface EventParts {
  readonly uid: string;
  readonly due: IsoDate;
  readonly summary: string;
  readonly description: string;
  readonly url: string | undefined;
}

/** The calendar text: the generator's, ending with the CRLF that RFC 5545 puts after every line, END:VCALENDAR's too. */
function calendarText(events: readonly EventParts[], stamp: Date): string {
  const calendar = ical({ prodId: PROD_ID });
  for (const e of events) {
    const day = isoToDay(e.due);
    calendar.createEvent({
      id: e.uid,
      start: utcMidnight(day),
      end: utcMidnight(day + 1),
      allDay: true,
      stamp,
      summary: e.summary,
      description: e.description,
      ...(e.url ? { url: e.url } : {}),
    });
  }
  return `${calendar.toString()}\r\n`;
}

/** What the events of a timeline read from it, checked before anything is written. */
function checkTimeline(value: unknown, path: string): Timeline {
  const t = expectRecord(value, path, 'a result of timeline() (with its case id, as-of date and entries)');
  if (typeof t.caseId !== 'string' || !isIsoDate(t.asOf) || !Array.isArray(t.entries) || !t.entries.every((e) => isRecord(e) && typeof e.ruleId === 'string' && typeof e.title === 'string' && typeof e.status === 'string' && Array.isArray(e.trace) && Array.isArray(e.warnings))) {
    throw new SendTimescalesError('INVALID_ARGUMENT', path, value, `${path} must be a result of timeline() (with its case id, as-of date and entries), but ${show(value)} was given.`);
  }
  for (const [i, e] of (t.entries as TimelineEntry[]).entries()) if (e.due !== null) isoToDay(e.due, `${path}.entries[${i}].due`);
  return t as unknown as Timeline;
}

/**
 * The open deadlines of one or more case timelines as an iCalendar file (RFC 5545): one all-day
 * event per entry that is `due` or `overdue` ({@link isOpen}), in the timelines' order. Each event
 * falls on the due day (`DTSTART;VALUE=DATE`, `DTEND` the next day), is titled with the case id
 * and the rule's title, describes the citation, legislation link, due date, status and trace, and
 * links to the legislation. Its UID is made of the case id, the rule and the due date, so
 * importing a later file updates the events an earlier one made. Timelines with no open deadline
 * give a calendar with no event.
 * @param timelines - A result of `timeline()`, or a list of them (a caseload).
 * @param options - The DTSTAMP ({@link TimelineIcsOptions}).
 * @returns The calendar, lines ending CRLF and folded at 75 octets.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const t = timeline(record, { asOf: '2025-06-30' });
 * writeFileSync('deadlines.ics', timelineToIcs(t));
 * // BEGIN:VEVENT / UID:case-C004/final-plan/2025-05-26@send-timescales / DTSTART;VALUE=DATE:20250526 …
 * ```
 */
export function timelineToIcs(timelines: Timeline | readonly Timeline[], options?: TimelineIcsOptions): string {
  const opts = optionsObject(options);
  const list = Array.isArray(timelines) ? timelines.map((t, i) => checkTimeline(t, `timelines[${i}]`)) : [checkTimeline(timelines, 'timeline')];
  // The latest as-of date of the list: one stamp for every event, the same on every run.
  const latest = list.reduce<IsoDate | undefined>((a, t) => (a === undefined || t.asOf > a ? t.asOf : a), undefined);
  const stamp = stampOf(opts.stamp, latest ?? '1970-01-01');
  const uid = uidMaker();
  const events: EventParts[] = [];
  for (const t of list) {
    for (const entry of t.entries) {
      if (!isOpen(entry)) continue;
      events.push({
        uid: uid({ caseId: t.caseId, ruleId: entry.ruleId, due: entry.due }),
        due: entry.due,
        summary: eventSummary(entry.title, t.caseId),
        description: entryDescription(entry, entry.due, t.caseId, t.asOf),
        url: entry.citation?.url,
      });
    }
  }
  return calendarText(events, stamp);
}

/** The latest date of a deadline's trigger (a date, or the dates among its named fields). */
function latestTriggerDate(trigger: Deadline['trigger']): IsoDate | undefined {
  const values = typeof trigger === 'string' ? [trigger] : Object.values(trigger);
  return values.map((v) => v.slice(0, 10)).filter(isIsoDate).sort().at(-1);
}

/**
 * One deadline as an iCalendar file (RFC 5545): one all-day event on its due day, titled with the
 * rule's title (after the case id, where one is given), described by `explain()` (citation,
 * legislation link, due date in long form, wording, the trace, warnings). A deadline with no date
 * (lifted, relaxed or not applicable) gives a calendar with no event: check `deadline.due` first
 * where that matters.
 * @param result - A result of `deadline()`.
 * @param options - The case it belongs to and the DTSTAMP ({@link DeadlineIcsOptions}).
 * @returns The calendar, lines ending CRLF and folded at 75 octets.
 * @example
 * ```ts
 * const ics = deadlineToIcs(deadline('final-plan', '2025-01-06'));
 * // … DTSTART;VALUE=DATE:20250526 / DTEND;VALUE=DATE:20250527 / SUMMARY:Finalised EHC plan sent (the 20-week limit) …
 * ```
 */
export function deadlineToIcs(result: Deadline, options?: DeadlineIcsOptions): string {
  const opts = optionsObject(options);
  if (opts.caseId !== undefined && typeof opts.caseId !== 'string') {
    throw new SendTimescalesError('INVALID_OPTION', 'options.caseId', opts.caseId, `options.caseId must be text (the case's id), but ${show(opts.caseId)} was given.`);
  }
  // explain() checks that this is a deadline; its text is the description.
  const explanation = explain(result);
  const trigger = latestTriggerDate(result.trigger);
  const stamp = stampOf(opts.stamp, trigger ?? result.due ?? '1970-01-01');
  if (result.due === null) return calendarText([], stamp);
  const [title, ...rest] = explanation.split('\n');
  const description = opts.caseId === undefined ? explanation : [title, `Case: ${opts.caseId}`, ...rest].join('\n');
  const key = opts.caseId === undefined ? { trigger: result.trigger } : { caseId: opts.caseId };
  return calendarText([{
    uid: uidMaker()({ ...key, ruleId: result.ruleId, due: result.due }),
    due: result.due,
    summary: eventSummary(result.title, opts.caseId),
    description,
    url: result.citation.url === '' ? undefined : result.citation.url,
  }], stamp);
}
