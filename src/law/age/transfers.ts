/**
 * The reg 18 phase transfers of a child: for each stage, the school year the new phase starts and
 * the date reg 18 names for reviewing and amending the plan, with the reasoning. Phase transfers:
 * SEND Regulations 2014 reg 2(1) ("transfer between phases of education"), reg 18(1) and 18(3);
 * "post-16 institution": Children and Families Act 2014 s83(2). The dates come from the reg 18 rule
 * records (see ./reg-18-dates.ts).
 *
 * Day numbers inside, ISO strings at the API; no `Date` anywhere.
 */
import { show } from '../../errors.js';
import { civilFromDays, dayToIso, daysFromCivil, MONTH_NAMES, type IsoDate } from '../../day/iso.js';
import { checkKeys, checkOffset, dob, invalidOption } from './options.js';
import { schoolYearOfStart, schoolYearStartYearForGroup, type SchoolYear, type YearGroupOptions } from './school-year.js';
import { DEFAULT_TRANSFER_STAGES, STAGE_GROUP, TRANSFER_STAGES, type TransferStage } from './transfer-stages.js';
import { REG_18_1_A, REG_18_3, REG_18_IN_FORCE, reg18Date, reg18Version } from './reg-18-dates.js';

/**
 * Options of {@link transfers}: which stages to report, the child's year-group `offset`, and whether
 * the young person goes to a college or stays in a school sixth form for Year 12.
 *
 * @example
 * const options: TransferOptions = { stages: ['year7', 'year12'], offset: -1, year12Destination: 'school-sixth-form' };
 * transfers('2015-10-10', options).map((t) => t.statutoryDate) // ['2028-02-15', null]
 */
export interface TransferOptions extends YearGroupOptions {
  /** Stages to report (any order; reported in date order). Default {@link DEFAULT_TRANSFER_STAGES}. */
  readonly stages?: readonly TransferStage[];
  /**
   * Where the young person goes in Year 12. Default `'post16-institution'` (a college: reg 18(1)(a),
   * before 31 March). `'school-sixth-form'`: not a transfer between phases at all (ruleId `null`).
   */
  readonly year12Destination?: 'post16-institution' | 'school-sixth-form';
}

/**
 * One phase transfer, as {@link transfers} returns it: the stage, the school year the new phase
 * starts, and the date named in reg 18 for reviewing and amending the plan, with its citation.
 *
 * @example
 * // transfers('2015-10-10', { stages: ['year7'] })[0], its notes shortened:
 * const t: Transfer = {
 *   stage: 'year7',
 *   yearGroup: 7,
 *   startsSchoolYear: { start: '2027-09-01', end: '2028-08-31' },
 *   transferYear: 2027,
 *   ruleId: 'phase-transfer',
 *   statutoryDate: '2027-02-15', // review and amend the plan before 15 February 2027
 *   citation: 'SEND Regulations 2014 reg 18(1)(b)',
 *   isPost16: false,
 *   notes: ['reg 2(1) "transfer between phases of education" (d): primary school to secondary school.', '…', '…'],
 * };
 */
export interface Transfer {
  readonly stage: TransferStage;
  /** The year group the child enters (offset applied). */
  readonly yearGroup: number;
  /** The school year that the new phase starts (modelled as starting on its 1 September). */
  readonly startsSchoolYear: SchoolYear;
  /** The calendar year of the transfer: the year of that 1 September. */
  readonly transferYear: number;
  /** The reg 18 rule, or `null` where reg 18 does not apply (a move into a school sixth form). */
  readonly ruleId: 'phase-transfer' | 'phase-transfer-post16' | null;
  /**
   * The date named in reg 18 (15 February / 31 March of the transfer year; 31 May 2015 under
   * 18(3)). The regulation says *before* this date: the last compliant day is decided by the rule's
   * `fixedDate` reading (strict: the day before). `null` where `ruleId` is `null`.
   */
  readonly statutoryDate: IsoDate | null;
  /** The provision the date comes from, or why there is none. */
  readonly citation: string;
  /** True for the move into Year 12 (post-16 education), whatever the destination. */
  readonly isPost16: boolean;
  readonly notes: readonly string[];
}

/** A reg 18 version's fixed date in words, e.g. "31 March". */
function dayAndMonth(record: { readonly period: { readonly month: number; readonly day: number } }): string {
  return `${record.period.day} ${MONTH_NAMES[record.period.month - 1]}`;
}

/** A day in words without its weekday, e.g. "1 September 2014". */
function dayMonthYear(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

const STAGE_LIMB: Readonly<Record<Exclude<TransferStage, 'year12'>, string>> = {
  reception: 'reg 2(1) "transfer between phases of education" (a): relevant early years education to school. Applies where the child is in relevant early years education before starting school.',
  year3: 'reg 2(1) "transfer between phases of education" (b): infant school to junior school. Only where the child is at an infant school.',
  year5: 'reg 2(1) "transfer between phases of education" (c): primary (first) school to middle school, in a three-tier area.',
  year7: 'reg 2(1) "transfer between phases of education" (d): primary school to secondary school.',
  year9: 'reg 2(1) "transfer between phases of education" (e): middle school to secondary (upper) school, in a three-tier area.',
};

const MODEL_NOTE =
  'The new phase is modelled as starting on 1 September of the school year in which the child enters this year group. If the child actually moves at another time (for example starts Reception in January), the calendar year of the transfer, and so the date, may differ.';

const BEFORE_NOTE =
  'The regulation says "before" this date: under the strict reading (the library\'s default) the last compliant day is the day before; the Code of Practice and most councils write "by" the date.';

const SIXTH_FORM_NOTE =
  'A move into a school sixth form (the same school or another) is not a "transfer between phases of education" as reg 2(1) defines it: the list ends with "(f) secondary school to a post-16 institution", and a "post-16 institution" is an institution that "is not a school" (Children and Families Act 2014 s83(2)); limbs (a)–(e) are moves into a school from early years, an infant, primary or middle school, not from a secondary school. ' +
  `So reg 18(1) sets no date for this move, and reg 18(2) (between post-16 institutions) does not apply either. What applies instead: the plan must still be reviewed within each 12-month period (CFA 2014 s44(1)), and a change of school is made by amending the plan (reg 22). A council may choose to meet the ${dayAndMonth(REG_18_1_A)} date anyway as good practice; that is not a statutory deadline.`;

/**
 * The reg 18 phase transfers of a child: for each stage, the school year the new phase starts, the
 * calendar year of the transfer, and the date named in reg 18 for reviewing and amending the plan:
 * 15 February of the transfer year (reg 18(1)(b), rule `phase-transfer`) or, for the move from
 * secondary school to a post-16 institution, 31 March (reg 18(1)(a), rule `phase-transfer-post16`);
 * before 31 May 2015 for a post-16 transfer on 1 September 2015 (reg 18(3)).
 *
 * A move into a school sixth form (`year12Destination: 'school-sixth-form'`) is not a transfer
 * between phases (reg 2(1); a school is not a "post-16 institution", CFA 2014 s83(2)): it is returned
 * with `ruleId: null`, `statutoryDate: null` and a note saying what applies instead.
 *
 * Results are in date order. Unknown stages are an `INVALID_OPTION` error on `stages`.
 *
 * @example
 * transfers('2015-10-10', { stages: ['year7'] })[0]
 * // { stage: 'year7', yearGroup: 7, startsSchoolYear: { start: '2027-09-01', end: '2028-08-31' },
 * //   transferYear: 2027, ruleId: 'phase-transfer', statutoryDate: '2027-02-15', isPost16: false, … }
 * transfers('1999-03-12', { stages: ['year12'] })[0].statutoryDate // '2015-05-31' (reg 18(3))
 */
export function transfers(dateOfBirth: IsoDate, options?: TransferOptions): Transfer[] {
  const birth = dob(dateOfBirth);
  const record = checkKeys(options, ['stages', 'offset', 'year12Destination'], 'transfers');
  const offset = checkOffset(record.offset);
  const destination = record.year12Destination ?? 'post16-institution';
  if (destination !== 'post16-institution' && destination !== 'school-sixth-form') {
    throw invalidOption('year12Destination', destination, `year12Destination must be "post16-institution" or "school-sixth-form", not ${show(destination)}.`);
  }
  const stages = record.stages ?? DEFAULT_TRANSFER_STAGES;
  if (!Array.isArray(stages)) {
    throw invalidOption('stages', stages, `stages must be a list of transfer stages such as ["reception", "year7", "year12"], not ${show(stages)}.`);
  }
  const chosen = new Set<TransferStage>();
  for (const stage of stages as unknown[]) {
    if (typeof stage !== 'string' || !Object.hasOwn(STAGE_GROUP, stage)) {
      throw invalidOption('stages', stage, `${show(stage)} is not a transfer stage; the stages are ${TRANSFER_STAGES.join(', ')}.`);
    }
    chosen.add(stage as TransferStage);
  }
  return TRANSFER_STAGES.filter((s) => chosen.has(s)).map((stage) => transferAt(birth, stage, offset, destination));
}

function transferAt(birth: number, stage: TransferStage, offset: number, destination: 'post16-institution' | 'school-sixth-form'): Transfer {
  const group = STAGE_GROUP[stage];
  const s = schoolYearStartYearForGroup(birth, group, offset);
  const base = { stage, yearGroup: group, startsSchoolYear: schoolYearOfStart(s), transferYear: s, isPost16: stage === 'year12' };
  const notes: string[] = [];
  if (stage === 'year12' && destination === 'school-sixth-form') {
    notes.push(SIXTH_FORM_NOTE, MODEL_NOTE);
    return { ...base, ruleId: null, statutoryDate: null, citation: 'none: not a transfer between phases of education (SEND Regulations 2014 reg 2(1); CFA 2014 s83(2))', notes };
  }
  const ruleId = stage === 'year12' ? 'phase-transfer-post16' : 'phase-transfer';
  // The new phase is modelled as starting on 1 September of the school year s (MODEL_NOTE).
  const version = reg18Version(ruleId, daysFromCivil(s, 9, 1));
  const date = reg18Date(version, s);
  const citation = `SEND Regulations 2014 ${version.citation.provision}`;
  if (stage === 'year12') {
    notes.push('reg 2(1) "transfer between phases of education" (f): secondary school to a post-16 institution (an institution for those over compulsory school age that is not a school: CFA 2014 s83(2)). If the young person is staying in or moving to a school sixth form, use year12Destination: "school-sixth-form".');
    if (version === REG_18_3) {
      const displaced = `${dayAndMonth(REG_18_1_A)} ${s}`;
      notes.push(
        `Reg 18(3): "${REG_18_3.wording}" ` +
        `It displaces the ${displaced} date of reg 18(1)(a) for that transfer only. The library takes the transfer as due on ${dayMonthYear(daysFromCivil(s, 9, 1))}; if it was due on another day, reg 18(1)(a) applied: before ${displaced}. ` +
        `The ${dayAndMonth(REG_18_1_A)} date and this ${s} rule are both as made (docs/law/sources.md part 2, phase-transfer-post16-history).`,
      );
    }
  } else {
    notes.push(STAGE_LIMB[stage as Exclude<TransferStage, 'year12'>]);
  }
  notes.push(BEFORE_NOTE, MODEL_NOTE);
  if (date < REG_18_IN_FORCE) {
    notes.push(`This date is before the SEND Regulations 2014 came into force (${dayMonthYear(REG_18_IN_FORCE)}), so reg 18 did not govern this transfer (transitional provision: SI 2014/2270). It is shown as the regulation would give it.`);
  }
  return { ...base, ruleId, statutoryDate: dayToIso(date), citation, notes };
}
