/** An iCalendar file read back by an independent parser (ical.js), for the calendar export's tests. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string | null;
  /** The value type of DTSTART and DTEND: 'date' for an all-day event. */
  readonly startType: string;
  readonly endType: string;
  /** DTSTART and DTEND as YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
  /** Whether DTSTART and DTEND carry no time zone (floating). */
  readonly floating: boolean;
  readonly stamp: string;
}

export interface ParsedCalendar {
  readonly prodId: string;
  readonly version: string;
  readonly events: ParsedEvent[];
}

/** Parses `text` with ical.js; throws if it is not iCalendar. */
export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstProperty('dtstart')!;
    const end = v.getFirstProperty('dtend')!;
    const startTime = start.getFirstValue() as ICAL.Time;
    const endTime = end.getFirstValue() as ICAL.Time;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      description: String(v.getFirstPropertyValue('description')),
      url: (v.getFirstPropertyValue('url') as string | null) ?? null,
      startType: start.type,
      endType: end.type,
      start: startTime.toString(),
      end: endTime.toString(),
      floating: start.getParameter('tzid') === undefined && end.getParameter('tzid') === undefined && startTime.zone?.tzid !== 'UTC',
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    };
  });
  return { prodId: String(calendar.getFirstPropertyValue('prodid')), version: String(calendar.getFirstPropertyValue('version')), events };
}
