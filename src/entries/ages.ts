/**
 * Ages, school years and phase transfers: how old a child is on a day, the school year and year
 * group, the end of compulsory school age, the reg 18 transfer dates, and the last day a plan may
 * be maintained (CFA 2014 s46). The timeline derives what it needs from these; a council system
 * asks them directly.
 *
 * ```ts
 * import { transfers, planUpperAgeDetail } from 'send-timescales/ages';
 * ```
 * @module send-timescales/ages
 */
// Everything here comes from the age module (these two statements are its only mention).
export {
  ageOn, attainsAge, schoolYearOf, yearGroup, year9SchoolYear, isYear9OrAbove, schoolLeavingDate, compulsorySchoolAge,
  transfers, planUpperAgeDetail, DEFAULT_TRANSFER_STAGES,
  type SchoolYear, type YearGroupOptions, type TransferStage, type TransferOptions, type Transfer,
  type CompulsorySchoolAgeOptions, type CompulsorySchoolAge, type PlanUpperAgeSetting, type PlanUpperAgeOptions, type PlanUpperAge,
} from '../law/age/index.js';
import { TRANSFER_STAGES, type TransferStage } from '../law/age/index.js';

/**
 * Every transfer stage, in date order: pass it as `stages` to report all six, for example in a
 * three-tier area. (`DEFAULT_TRANSFER_STAGES` is the two-tier default: reception, Year 7, Year 12.)
 * The name says "all" so that it cannot be read as the default; 0.5 called it `TRANSFER_STAGES`.
 *
 * @example
 * ```ts
 * ALL_TRANSFER_STAGES; // ['reception', 'year3', 'year5', 'year7', 'year9', 'year12']
 * transfers('2015-10-10', { stages: ALL_TRANSFER_STAGES }).length; // 6
 * ```
 */
export const ALL_TRANSFER_STAGES: readonly TransferStage[] = TRANSFER_STAGES;
