// Working-day arithmetic through the public ISO API, beside baselines measured in the same run:
// - "bare arithmetic": integer days and prefix sums with ISO in and out, written inline with no
//   validation or options: the limit a library call can approach;
// - "naive luxon loop": what a council script does today (DateTime, plus one day, a Set of holidays);
// - "luxon-business-days": the npm package of that name, given the same holidays.
import { DateTime } from 'luxon';
import luxonBusinessDays from 'luxon-business-days';
import * as lib from '../dist/index.js';
import { BATCH, group, sample } from './harness.mjs';

const { DateTime: BizDateTime } = luxonBusinessDays;
const MASK = BATCH - 1;
const dates = sample(BATCH, (r) => lib.addDays('2000-01-01', Math.floor(r() * 11000)));
const spans = sample(BATCH, (r) => 1 + Math.floor(r() * 40));
const ends = dates.map((d, i) => lib.addDays(d, spans[i] * 2));

// ---- bare arithmetic (the limit) ----
const holidayIso = new Set();
for (let y = 1971; y <= 2099; y++) for (const h of lib.bankHolidays(y)) holidayIso.add(h.date);
const FIRST = Date.UTC(1971, 0, 1) / 864e5;
const LAST = Date.UTC(2099, 11, 31) / 864e5;
const cum = new Int32Array(LAST - FIRST + 2);
const working = [];
for (let d = FIRST; d <= LAST; d++) {
  const iso = new Date(d * 864e5).toISOString().slice(0, 10);
  const wd = (d + 4) % 7; // 0 = Sunday
  if (wd !== 0 && wd !== 6 && !holidayIso.has(iso)) working.push(d);
  cum[d - FIRST + 1] = working.length;
}
const workingArr = Int32Array.from(working);
const c = (s, i) => s.charCodeAt(i) - 48;
function bareDay(s) {
  const y = c(s, 0) * 1000 + c(s, 1) * 100 + c(s, 2) * 10 + c(s, 3);
  const m = c(s, 5) * 10 + c(s, 6);
  const d = c(s, 8) * 10 + c(s, 9);
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = (((153 * ((m + 9) % 12) + 2) / 5) | 0) + d - 1;
  return era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468;
}
const P = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);
function bareIso(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return P[(y / 100) | 0] + P[y % 100] + '-' + P[m] + '-' + P[d];
}
const bareAdd = (s, n) => bareIso(workingArr[cum[bareDay(s) - FIRST + 1] + n - 1]);
const bareBetween = (a, b) => cum[bareDay(b) - FIRST + 1] - cum[bareDay(a) - FIRST + 1];
const bareIsWorking = (s) => { const i = bareDay(s) - FIRST; return cum[i + 1] !== cum[i]; };

// ---- naive luxon loop ----
const isLuxonWorking = (dt) => dt.weekday < 6 && !holidayIso.has(dt.toISODate());
function luxonAdd(s, n) {
  let dt = DateTime.fromISO(s, { zone: 'utc' });
  for (let k = 0; k < n; ) { dt = dt.plus({ days: 1 }); if (isLuxonWorking(dt)) k++; }
  return dt.toISODate();
}
function luxonBetween(a, b) {
  let dt = DateTime.fromISO(a, { zone: 'utc' });
  const end = DateTime.fromISO(b, { zone: 'utc' });
  let k = 0;
  while (dt < end) { dt = dt.plus({ days: 1 }); if (isLuxonWorking(dt)) k++; }
  return k;
}

// ---- luxon-business-days ----
const bizSetup = { holidayMatchers: [(dt) => holidayIso.has(dt.toISODate())] };
const biz = (s) => {
  const dt = BizDateTime.fromISO(s, { zone: 'utc' });
  dt.setupBusiness(bizSetup); // configures the instance in place (returns nothing)
  return dt;
};

// ---- a council's closures (three days between Christmas and New Year, each year 2000–2029) ----
const closureLists = Array.from({ length: 16 }, (_, k) => {
  const list = [];
  for (let y = 2000; y < 2030; y++) {
    for (const d of [27, 28, 29, 30, 31]) {
      const date = `${y}-12-${d}`;
      if ((d + k) % 2 === 0 && lib.isWorkingDay(date)) list.push({ date, name: 'Council closure' });
    }
  }
  return list;
});
const closuresFor = (i) => closureLists[i & 15];
function naiveClosureAdd(closures, s, n) {
  const set = new Set(holidayIso);
  for (const c of closures) set.add(c.date);
  let dt = DateTime.fromISO(s, { zone: 'utc' });
  for (let k = 0; k < n; ) { dt = dt.plus({ days: 1 }); if (dt.weekday < 6 && !set.has(dt.toISODate())) k++; }
  return dt.toISODate();
}

const sanity = [lib.addWorkingDays(dates[7], spans[7]), bareAdd(dates[7], spans[7]), luxonAdd(dates[7], spans[7]), biz(dates[7]).plusBusiness({ days: spans[7] }).toISODate()];
if (new Set(sanity).size !== 1) throw new Error(`baselines disagree: ${sanity}`);

export async function run() {
  const baselines = ['naive luxon loop', 'luxon-business-days'];
  await group('addWorkingDays(date, n), n = 1…40', [
    { name: 'bare arithmetic (limit)', fn: (i) => bareAdd(dates[i & MASK], spans[i & MASK]) },
    { name: 'send-timescales addWorkingDays', fn: (i) => lib.addWorkingDays(dates[i & MASK], spans[i & MASK]) },
    { name: 'naive luxon loop', fn: (i) => luxonAdd(dates[i & MASK], spans[i & MASK]) },
    { name: 'luxon-business-days', fn: (i) => biz(dates[i & MASK]).plusBusiness({ days: spans[i & MASK] }).toISODate() },
  ], { limit: 'bare arithmetic (limit)', baselines });
  await group('workingDaysBetween(start, end), spans of 2–80 days', [
    { name: 'bare arithmetic (limit)', fn: (i) => bareBetween(dates[i & MASK], ends[i & MASK]) },
    { name: 'send-timescales workingDaysBetween', fn: (i) => lib.workingDaysBetween(dates[i & MASK], ends[i & MASK]) },
    { name: 'naive luxon loop', fn: (i) => luxonBetween(dates[i & MASK], ends[i & MASK]) },
  ], { limit: 'bare arithmetic (limit)', baselines: ['naive luxon loop'] });
  await group('isWorkingDay(date)', [
    { name: 'bare arithmetic (limit)', fn: (i) => bareIsWorking(dates[i & MASK]) },
    { name: 'send-timescales isWorkingDay', fn: (i) => lib.isWorkingDay(dates[i & MASK]) },
    { name: 'naive luxon loop', fn: (i) => isLuxonWorking(DateTime.fromISO(dates[i & MASK], { zone: 'utc' })) },
    { name: 'luxon-business-days', fn: (i) => biz(dates[i & MASK]).isBusinessDay() },
  ], { limit: 'bare arithmetic (limit)', baselines });
  // A council's calendar: made, then asked once (the first question builds its tables). A naive
  // script copies the holiday set and adds its closures; the library composes the base's prefix sums.
  await group('createWorkingCalendar({ closures }) and its first addWorkingDays', [
    { name: 'send-timescales createWorkingCalendar', fn: (i) => lib.createWorkingCalendar({ name: 'Council', closures: closuresFor(i) }).addWorkingDays(dates[i & MASK], spans[i & MASK]) },
    { name: 'naive Set copy', fn: (i) => naiveClosureAdd(closuresFor(i), dates[i & MASK], spans[i & MASK]) },
  ], { baselines: ['naive Set copy'], batch: 16 });
  await group('addMonths(date, n)', [
    { name: 'send-timescales addMonths', fn: (i) => lib.addMonths(dates[i & MASK], spans[i & MASK]) },
    { name: 'naive luxon loop', fn: (i) => DateTime.fromISO(dates[i & MASK], { zone: 'utc' }).plus({ months: spans[i & MASK] }).toISODate() },
  ], { baselines: ['naive luxon loop'] });
}
