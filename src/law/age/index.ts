/**
 * Dates that depend on a child's or young person's age: attaining an age, school years and year
 * groups, compulsory school age, the reg 18 phase transfers and the upper age of a plan. One module
 * per subject; this file gathers their public names. See docs/ages.md for the reasoning and
 * docs/law/ages-and-transfers.md for the law.
 */
export { ageOn, attainsAge } from './attaining.js';
export { schoolYearOf, yearGroup, year9SchoolYear, isYear9OrAbove, type SchoolYear, type YearGroupOptions } from './school-year.js';
export {
  schoolLeavingDate, compulsorySchoolAge, type CompulsorySchoolAgeOptions, type CompulsorySchoolAge,
} from './compulsory-school-age.js';
export { TRANSFER_STAGES, DEFAULT_TRANSFER_STAGES, type TransferStage } from './transfer-stages.js';
export { transfers, type TransferOptions, type Transfer } from './transfers.js';
export { transferDays } from './transfer-days.js';
export {
  planUpperAge, planUpperAgeDetail, type PlanUpperAgeSetting, type PlanUpperAgeOptions, type PlanUpperAge,
} from './plan-upper-age.js';
