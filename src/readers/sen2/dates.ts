/**
 * The dates of a SEN2 return, read as the return writes them and never guessed: `2025-03-14` in
 * the XML return, `2025-Mar-14 00:00:00` in the data collection service's CSV export. Any other
 * layout, an impossible day (`2025-02-30`) or a time other than midnight is unreadable, and is
 * reported with the element that held it.
 */
import { daysFromCivil, dayToIso, isoToDayOrNaN, type IsoDate } from '../../day/iso.js';
import { SendTimescalesError, show } from '../../errors.js';

/** The month abbreviations of the CSV export (`Sep`, not `Sept`: the export's own spelling). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const XML_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `2022-Sep-28 00:00:00`; the time part, when written, must be midnight (a date, not an instant). */
const EXPORT_DATE = /^(\d{4})-([A-Za-z]{3})-(\d{2})(?: 00:00:00)?$/;

/**
 * The day number of a date as a SEN2 return writes it, or NaN when it cannot be read.
 * @internal
 */
export function sen2DayOrNaN(text: string): number {
  const trimmed = text.trim();
  if (XML_DATE.test(trimmed)) return isoToDayOrNaN(trimmed);
  const m = EXPORT_DATE.exec(trimmed);
  if (m === null) return Number.NaN;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === m[2]!.toLowerCase()) + 1;
  if (month === 0) return Number.NaN;
  const [year, day] = [Number(m[1]), Number(m[3])];
  // Built as ISO text and read back through the day module, which refuses 31 April and 29 February 2025.
  const iso = `${m[1]}-${String(month).padStart(2, '0')}-${m[3]}`;
  const read = isoToDayOrNaN(iso);
  return read === daysFromCivil(year, month, day) ? read : Number.NaN;
}

/**
 * A date of a SEN2 return as an ISO date: the XML layout (`2025-03-14`) or the CSV export's
 * (`2025-Mar-14 00:00:00`). Nothing else is read: a date that cannot be read is an error naming
 * the element, never a guess.
 * @param text - The value as the return wrote it.
 * @param element - The element it came from, for the message (e.g. `ReceivedDate`).
 * @throws {@link SendTimescalesError} `INVALID_DATE` when the value is not one of the two layouts or not a real date.
 * @example
 * ```ts
 * sen2Date('2025-03-14', 'ReceivedDate');           // '2025-03-14'
 * sen2Date('2025-Mar-14 00:00:00', 'ReceivedDate'); // '2025-03-14'
 * sen2Date('14/03/2025', 'ReceivedDate');           // throws INVALID_DATE
 * ```
 */
export function sen2Date(text: string, element = 'date'): IsoDate {
  const day = typeof text === 'string' ? sen2DayOrNaN(text) : Number.NaN;
  if (day !== day) throw new SendTimescalesError('INVALID_DATE', element, text, unreadableDateMessage(element, text));
  return dayToIso(day);
}

/** Why a date could not be read, in the words a finding and an error share. @internal */
export function unreadableDateMessage(element: string, text: unknown): string {
  return `${element} ${show(text)} is not a date the return writes (2025-03-14 in the XML, 2025-Mar-14 00:00:00 in the CSV export) or is not a real date.`;
}
