export { englandAndWales, LAST_ANNOUNCED_YEAR } from './england-and-wales.js';
export { createWorkingCalendar, type Closure, type CreateWorkingCalendarOptions } from './custom.js';
export { WorkingCalendar, type BankHoliday, type WorkingDayCounting } from './working-calendar.js';
export { oneOffChanges, type OneOffChange } from './one-offs.js';
export {
  bankHolidays, isWorkingDay, whyNotWorking, addWorkingDays, workingDaysBetween,
  type CalendarOption, type AddWorkingDaysOptions,
} from './functions.js';
export {
  TermCalendar, TermCalendarError, termCalendarFromCsv, SCHOOL_CLOSURE_WORDING,
  type TermData, type TermCalendarData, type Term, type SchoolClosure, type AdviceClosureException,
  type TermCalendarProblem, type CreateTermCalendarOptions,
} from './terms.js';
