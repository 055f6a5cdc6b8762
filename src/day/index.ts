export { type IsoDate, isIsoDate } from './iso.js';
export { parseDate, type ParseDateOptions } from './parse.js';
export { toIsoDate, type DateInput, type DateTimeLike, type ToIsoDateOptions } from './instant.js';
export { fromSerial, toSerial, type SerialSystem } from './serial.js';
export { addDays, addWeeks, addMonths, addYears, daysBetween, weekday, formatLong } from './arithmetic.js';
