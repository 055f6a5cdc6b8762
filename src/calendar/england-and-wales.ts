import { englandAndWalesHolidays } from './england-and-wales-rules.js';
import { WorkingCalendar } from './working-calendar.js';
import { ENGLAND_AND_WALES_ID } from './calendar-id.js';

/**
 * The last year whose England and Wales bank holidays were officially announced (the gov.uk
 * bank-holidays feed, read 2026). Later years are projected from the standing rules: the
 * Crown may still move or add days by proclamation, so results that depend on them warn.
 * @example
 * ```ts
 * bankHolidays(LAST_ANNOUNCED_YEAR + 1)[0].projected; // true
 * ```
 */
export const LAST_ANNOUNCED_YEAR = 2028;

/**
 * The default calendar: England and Wales, 1971 (the Banking and Financial Dealings Act 1971)
 * to 2099. Working days are Monday to Friday except bank holidays, Good Friday and Christmas Day.
 * @example
 * ```ts
 * englandAndWales.id;                         // 'england-and-wales'
 * englandAndWales.lastDate;                   // '2099-12-31'
 * englandAndWales.whyNotWorking('2025-04-18'); // 'Good Friday'
 * ```
 */
export const englandAndWales: WorkingCalendar = /* #__PURE__ */ new WorkingCalendar({
  id: ENGLAND_AND_WALES_ID,
  name: 'England and Wales',
  firstYear: 1971,
  lastYear: 2099,
  lastAnnouncedYear: LAST_ANNOUNCED_YEAR,
  holidays: englandAndWalesHolidays,
});
