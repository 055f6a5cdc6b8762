/**
 * Calendar ids: how code and other systems tell calendars apart, so that a display name can change
 * (or two councils can both call theirs "Council calendar") without changing what a result means.
 * An id is lower-case letters and digits in words joined by single hyphens: safe in a file name,
 * a URL, a JSON key and a spreadsheet cell, and the same however the name is capitalised.
 * @internal
 */

/** The id of the built-in England and Wales calendar. */
export const ENGLAND_AND_WALES_ID = 'england-and-wales';

/** Ids only the library's own calendars carry: a created calendar never takes one. */
export const BUILT_IN_CALENDAR_IDS: ReadonlySet<string> = new Set([ENGLAND_AND_WALES_ID]);

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a text is an id a caller may give (the pattern, and not a built-in calendar's). */
export function isCalendarId(text: unknown): text is string {
  return typeof text === 'string' && ID_PATTERN.test(text) && !BUILT_IN_CALENDAR_IDS.has(text);
}

/**
 * The id made from a display name: accents dropped, letters and digits kept in lower case, every
 * other run of characters a hyphen (`Dorset Council` → `dorset-council`). A name with no letter or
 * digit gives `calendar`.
 */
export function calendarIdFrom(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g);
  return words ? words.join('-') : 'calendar';
}
