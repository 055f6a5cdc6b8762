/**
 * The upper age of an EHC plan: Children and Families Act 2014 s46 and SEND Regulations 2014
 * reg 46(1) ("academic year"). See docs/ages.md for the reasoning.
 *
 * Day numbers inside, ISO strings at the API; no `Date` anywhere.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { civilFromDays, dayToIso, daysFromCivil, isoToDay, type IsoDate } from '../../day/iso.js';
import { addMonthsToDay, formatLongDay } from '../../day/arithmetic.js';
import { attainsAgeDay } from './attaining.js';
import { checkKeys, dob, invalidOption } from './options.js';

/**
 * Where the young person is when they turn 25: reg 46(1)(a) an institution within the further
 * education sector; (b) apprenticeship training; (c) all other cases.
 *
 * @example
 * const setting: PlanUpperAgeSetting = 'apprenticeship';
 * planUpperAge('2001-03-15', { setting, endsOn: '2026-12-18' }) // '2026-12-18'
 */
export type PlanUpperAgeSetting = 'further-education' | 'apprenticeship' | 'other';

/**
 * Options of {@link planUpperAge} and {@link planUpperAgeDetail}: where the young person is when
 * they turn 25, and when that apprenticeship or course ends.
 *
 * @example
 * const options: PlanUpperAgeOptions = { setting: 'other', endsOn: '2027-06-30' };
 * planUpperAge('2001-03-15', options) // '2027-03-14' (the day before the 26th birthday comes first)
 */
export interface PlanUpperAgeOptions {
  /** Default `'further-education'` (reg 46(1)(a): the academic year ends on 31 July). */
  readonly setting?: PlanUpperAgeSetting;
  /**
   * Required for `'apprenticeship'` (the date the apprenticeship training finishes) and `'other'`
   * (the day the course of education or training is scheduled to end). Not used otherwise.
   */
  readonly endsOn?: IsoDate;
}

/**
 * What {@link planUpperAgeDetail} returns: the last day the plan may be maintained, the 25th
 * birthday, the "academic year" that decides it, and the citation and notes saying why.
 *
 * @example
 * // planUpperAgeDetail('2001-03-15'), its notes shortened:
 * const upper: PlanUpperAge = {
 *   lastDay: '2026-07-31',
 *   attains25: '2026-03-15',
 *   academicYear: { start: '2025-08-01', end: '2026-07-31' },
 *   citation: 'Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)',
 *   notes: ['Further education sector: the academic year ends on 31 July (reg 46(1)(a)). …', '…'],
 * };
 */
export interface PlanUpperAge {
  /** The last day the local authority may maintain the plan under CFA 2014 s46. */
  readonly lastDay: IsoDate;
  /** The 25th birthday. */
  readonly attains25: IsoDate;
  /** The "academic year" (reg 46(1)) during which the young person attains 25. */
  readonly academicYear: { readonly start: IsoDate; readonly end: IsoDate };
  readonly citation: string;
  readonly notes: readonly string[];
}

/**
 * The last day a local authority may maintain an EHC plan for a young person over 25, with the
 * reasoning. CFA 2014 s46(1): "until the end of the academic year during which the young person
 * attains the age of 25"; s46(2): "'Academic year' means the period of twelve months ending on the
 * prescribed date"; reg 46(1) prescribes it as the period of twelve months which ends:
 * (a) for a young person attending an institution within the further education sector, on
 * **31 July**; (b) in apprenticeship training, on the date that training finishes, or on the day
 * before the young person attains 26 if earlier; (c) in all other cases, on the day the course is
 * scheduled to end, or the day before the young person attains 26 if earlier.
 *
 * Default setting `'further-education'` (31 July). The further education sector is further
 * education corporations, designated institutions and sixth form colleges (EA 1996 s4(3)); many
 * independent specialist colleges are not in it: use `'other'` with `endsOn` for them.
 *
 * @example
 * planUpperAgeDetail('2001-03-15').lastDay // '2026-07-31'
 * planUpperAgeDetail('2001-03-15', { setting: 'other', endsOn: '2027-06-30' }).lastDay // '2027-03-14'
 */
export function planUpperAgeDetail(dateOfBirth: IsoDate, options?: PlanUpperAgeOptions): PlanUpperAge {
  const birth = dob(dateOfBirth);
  const record = checkKeys(options, ['setting', 'endsOn'], 'planUpperAge');
  const setting = record.setting ?? 'further-education';
  if (setting !== 'further-education' && setting !== 'apprenticeship' && setting !== 'other') {
    throw invalidOption('setting', setting, `setting must be "further-education", "apprenticeship" or "other", not ${show(setting)}.`);
  }
  const b25 = attainsAgeDay(birth, 25);
  const notes: string[] = [];
  const [by, bm, bd] = civilFromDays(birth);
  let lastDay: number;
  let citation: string;
  if (setting === 'further-education') {
    const y25 = civilFromDays(b25)[0];
    const july31 = daysFromCivil(y25, 7, 31);
    lastDay = b25 <= july31 ? july31 : daysFromCivil(y25 + 1, 7, 31);
    citation = 'Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)';
    notes.push(`Further education sector: the academic year ends on 31 July (reg 46(1)(a)). 25th birthday ${formatLongDay(b25)} → the plan may be maintained until the end of ${formatLongDay(lastDay)}.`);
    if (record.endsOn !== undefined) notes.push('endsOn is not used for a further education sector institution: reg 46(1)(a) fixes 31 July.');
  } else {
    const label = setting === 'apprenticeship' ? 'the date the apprenticeship training finishes' : 'the day the course of education or training is scheduled to end';
    if (record.endsOn === undefined) {
      throw new SendTimescalesError('INVALID_DATE', 'endsOn', undefined, `With setting "${setting}", endsOn is required: ${label} (reg 46(1)(${setting === 'apprenticeship' ? 'b' : 'c'})).`);
    }
    const end = isoToDay(record.endsOn, 'endsOn');
    if (end < b25) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', 'endsOn', record.endsOn,
        `endsOn ${show(record.endsOn)} is before the 25th birthday (${dayToIso(b25)}). Reg 46(1) measures the academic year from the course or training the young person is on when they turn 25: give the end date of that one.`,
      );
    }
    const dayBefore26 = attainsAgeDay(birth, 26) - 1;
    lastDay = Math.min(end, dayBefore26);
    const limb = setting === 'apprenticeship' ? '(b)' : '(c)';
    citation = `Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)${limb}`;
    notes.push(
      lastDay === end
        ? `Reg 46(1)${limb}: the academic year ends on ${label}, ${formatLongDay(end)}, which is before the 26th birthday.`
        : `Reg 46(1)${limb}: ${label} (${formatLongDay(end)}) is after the day before the 26th birthday, so the academic year ends on ${formatLongDay(dayBefore26)}.`,
    );
  }
  if (bm === 2 && bd === 29) {
    notes.push(`Born on 29 February ${by}: in a year without 29 February the young person is taken to attain an age on 1 March (Family Law Reform Act 1969 s9 is silent; see docs/ages.md).`);
  }
  notes.push('This is the latest day the plan may be maintained, not a day it must run to: the plan may cease earlier under CFA 2014 s45. Until the 25th birthday the person is a "young person" in any case (CFA 2014 s83(2): "over compulsory school age but under 25").');
  const start = addMonthsToDay(lastDay, -12) + 1;
  return {
    lastDay: dayToIso(lastDay),
    attains25: dayToIso(b25),
    academicYear: { start: dayToIso(start), end: dayToIso(lastDay) },
    citation,
    notes,
  };
}

/**
 * The last day a plan may run: the end of the academic year during which the young person attains
 * 25 (CFA 2014 s46; reg 46(1)). By default the young person is taken to attend an institution in
 * the further education sector, whose academic year ends on 31 July (reg 46(1)(a)); pass `setting`
 * and `endsOn` for an apprenticeship or any other course. {@link planUpperAgeDetail} gives the
 * reasoning.
 *
 * @example
 * planUpperAge('2001-03-15') // '2026-07-31'
 * planUpperAge('2000-08-01') // '2026-07-31' (25 on 1 Aug 2025: the academic year ending 31 Jul 2026)
 * planUpperAge('2000-07-31') // '2025-07-31'
 */
export function planUpperAge(dateOfBirth: IsoDate, options?: PlanUpperAgeOptions): IsoDate {
  return planUpperAgeDetail(dateOfBirth, options).lastDay;
}
