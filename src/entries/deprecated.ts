/**
 * The names the package root exported in 0.5 that have left its main tier: each is the same value
 * or type as before, marked `@deprecated` with where it lives now (a subpath such as
 * `send-timescales/ages`) or the one name that replaces it, so that code written for 0.4 and 0.5
 * keeps compiling and running until 1.0. docs/migration-0.6.md lists them all.
 * @module
 */
// The subpath entries are the homes of the moved names; the five renamed or merged names come
// from their own modules (one import each).
import * as agesEntry from './ages.js';
import * as caseRulesEntry from './case-rules.js';
import * as lawEntry from './law.js';
import * as profilesEntry from './profiles.js';
import * as referenceEntry from './reference.js';
import { planUpperAge as planUpperAgeDate } from '../law/age/index.js';
import { eventTypes as eventTypeList } from '../schema/case.js';
import { LAST_ANNOUNCED_YEAR as lastAnnouncedYear } from '../calendar/england-and-wales.js';
import type { Counting } from '../law/types.js';

// Moved to send-timescales/ages.

/**
 * @deprecated Import ageOn from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { ageOn } from 'send-timescales/ages';
 * ```
 */
export const ageOn = agesEntry.ageOn;

/**
 * @deprecated Import attainsAge from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { attainsAge } from 'send-timescales/ages';
 * ```
 */
export const attainsAge = agesEntry.attainsAge;

/**
 * @deprecated Import schoolYearOf from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { schoolYearOf } from 'send-timescales/ages';
 * ```
 */
export const schoolYearOf = agesEntry.schoolYearOf;

/**
 * @deprecated Import yearGroup from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { yearGroup } from 'send-timescales/ages';
 * ```
 */
export const yearGroup = agesEntry.yearGroup;

/**
 * @deprecated Import year9SchoolYear from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { year9SchoolYear } from 'send-timescales/ages';
 * ```
 */
export const year9SchoolYear = agesEntry.year9SchoolYear;

/**
 * @deprecated Import isYear9OrAbove from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { isYear9OrAbove } from 'send-timescales/ages';
 * ```
 */
export const isYear9OrAbove = agesEntry.isYear9OrAbove;

/**
 * @deprecated Import schoolLeavingDate from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { schoolLeavingDate } from 'send-timescales/ages';
 * ```
 */
export const schoolLeavingDate = agesEntry.schoolLeavingDate;

/**
 * @deprecated Import compulsorySchoolAge from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { compulsorySchoolAge } from 'send-timescales/ages';
 * ```
 */
export const compulsorySchoolAge = agesEntry.compulsorySchoolAge;

/**
 * @deprecated Import transfers from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { transfers } from 'send-timescales/ages';
 * ```
 */
export const transfers = agesEntry.transfers;

/**
 * @deprecated Import planUpperAgeDetail from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { planUpperAgeDetail } from 'send-timescales/ages';
 * ```
 */
export const planUpperAgeDetail = agesEntry.planUpperAgeDetail;

/**
 * @deprecated Import DEFAULT_TRANSFER_STAGES from 'send-timescales/ages'.
 * @example
 * ```ts
 * import { DEFAULT_TRANSFER_STAGES } from 'send-timescales/ages';
 * ```
 */
export const DEFAULT_TRANSFER_STAGES = agesEntry.DEFAULT_TRANSFER_STAGES;

/**
 * @deprecated Import SchoolYear from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { SchoolYear } from 'send-timescales/ages';
 * ```
 */
export type SchoolYear = agesEntry.SchoolYear;

/**
 * @deprecated Import YearGroupOptions from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { YearGroupOptions } from 'send-timescales/ages';
 * ```
 */
export type YearGroupOptions = agesEntry.YearGroupOptions;

/**
 * @deprecated Import TransferStage from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { TransferStage } from 'send-timescales/ages';
 * ```
 */
export type TransferStage = agesEntry.TransferStage;

/**
 * @deprecated Import TransferOptions from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { TransferOptions } from 'send-timescales/ages';
 * ```
 */
export type TransferOptions = agesEntry.TransferOptions;

/**
 * @deprecated Import Transfer from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { Transfer } from 'send-timescales/ages';
 * ```
 */
export type Transfer = agesEntry.Transfer;

/**
 * @deprecated Import CompulsorySchoolAgeOptions from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { CompulsorySchoolAgeOptions } from 'send-timescales/ages';
 * ```
 */
export type CompulsorySchoolAgeOptions = agesEntry.CompulsorySchoolAgeOptions;

/**
 * @deprecated Import CompulsorySchoolAge from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { CompulsorySchoolAge } from 'send-timescales/ages';
 * ```
 */
export type CompulsorySchoolAge = agesEntry.CompulsorySchoolAge;

/**
 * @deprecated Import PlanUpperAgeSetting from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { PlanUpperAgeSetting } from 'send-timescales/ages';
 * ```
 */
export type PlanUpperAgeSetting = agesEntry.PlanUpperAgeSetting;

/**
 * @deprecated Import PlanUpperAgeOptions from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { PlanUpperAgeOptions } from 'send-timescales/ages';
 * ```
 */
export type PlanUpperAgeOptions = agesEntry.PlanUpperAgeOptions;

/**
 * @deprecated Import PlanUpperAge from 'send-timescales/ages'.
 * @example
 * ```ts
 * import type { PlanUpperAge } from 'send-timescales/ages';
 * ```
 */
export type PlanUpperAge = agesEntry.PlanUpperAge;

// Moved to send-timescales/case-rules.

/**
 * @deprecated Import statutoryCaseRules from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { statutoryCaseRules } from 'send-timescales/case-rules';
 * ```
 */
export const statutoryCaseRules = caseRulesEntry.statutoryCaseRules;

/**
 * @deprecated Import onEvent from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { onEvent } from 'send-timescales/case-rules';
 * ```
 */
export const onEvent = caseRulesEntry.onEvent;

/**
 * @deprecated Import eventsOf from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { eventsOf } from 'send-timescales/case-rules';
 * ```
 */
export const eventsOf = caseRulesEntry.eventsOf;

/**
 * @deprecated Import firstBetween from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { firstBetween } from 'send-timescales/case-rules';
 * ```
 */
export const firstBetween = caseRulesEntry.firstBetween;

/**
 * @deprecated Import lastBetween from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { lastBetween } from 'send-timescales/case-rules';
 * ```
 */
export const lastBetween = caseRulesEntry.lastBetween;

/**
 * @deprecated Import entry from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { entry } from 'send-timescales/case-rules';
 * ```
 */
export const entry = caseRulesEntry.entry;

/**
 * @deprecated Import validateCase from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import { validateCase } from 'send-timescales/case-rules';
 * ```
 */
export const validateCase = caseRulesEntry.validateCase;

/**
 * @deprecated Import CaseRule from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { CaseRule } from 'send-timescales/case-rules';
 * ```
 */
export type CaseRule = caseRulesEntry.CaseRule;

/**
 * @deprecated Import OnEventSpec from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { OnEventSpec } from 'send-timescales/case-rules';
 * ```
 */
export type OnEventSpec = caseRulesEntry.OnEventSpec;

/**
 * @deprecated Import CaseContext from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { CaseContext } from 'send-timescales/case-rules';
 * ```
 */
export type CaseContext = caseRulesEntry.CaseContext;

/**
 * @deprecated Import CoreEntry from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { CoreEntry } from 'send-timescales/case-rules';
 * ```
 */
export type CoreEntry = caseRulesEntry.CoreEntry;

/**
 * @deprecated Import CheckedOptions from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { CheckedOptions } from 'send-timescales/case-rules';
 * ```
 */
export type CheckedOptions = caseRulesEntry.CheckedOptions;

/**
 * @deprecated Import NormalCase from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { NormalCase } from 'send-timescales/case-rules';
 * ```
 */
export type NormalCase = caseRulesEntry.NormalCase;

/**
 * @deprecated Import NormalEvent from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { NormalEvent } from 'send-timescales/case-rules';
 * ```
 */
export type NormalEvent = caseRulesEntry.NormalEvent;

/**
 * @deprecated Import Validated from 'send-timescales/case-rules'.
 * @example
 * ```ts
 * import type { Validated } from 'send-timescales/case-rules';
 * ```
 */
export type Validated = caseRulesEntry.Validated;

// Moved to send-timescales/law.

/**
 * @deprecated Import statutoryRules from 'send-timescales/law'.
 * @example
 * ```ts
 * import { statutoryRules } from 'send-timescales/law';
 * ```
 */
export const statutoryRules = lawEntry.statutoryRules;

/**
 * @deprecated Import ruleVersions from 'send-timescales/law'.
 * @example
 * ```ts
 * import { ruleVersions } from 'send-timescales/law';
 * ```
 */
export const ruleVersions = lawEntry.ruleVersions;

/**
 * @deprecated Import exceptionRecords from 'send-timescales/law'.
 * @example
 * ```ts
 * import { exceptionRecords } from 'send-timescales/law';
 * ```
 */
export const exceptionRecords = lawEntry.exceptionRecords;

/**
 * @deprecated Import oneOffChanges from 'send-timescales/law'.
 * @example
 * ```ts
 * import { oneOffChanges } from 'send-timescales/law';
 * ```
 */
export const oneOffChanges = lawEntry.oneOffChanges;

/**
 * @deprecated Import SCHOOL_CLOSURE_WORDING from 'send-timescales/law'.
 * @example
 * ```ts
 * import { SCHOOL_CLOSURE_WORDING } from 'send-timescales/law';
 * ```
 */
export const SCHOOL_CLOSURE_WORDING = lawEntry.SCHOOL_CLOSURE_WORDING;

/**
 * @deprecated Import ExceptionRecord from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { ExceptionRecord } from 'send-timescales/law';
 * ```
 */
export type ExceptionRecord = lawEntry.ExceptionRecord;

/**
 * @deprecated Import Period from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Period } from 'send-timescales/law';
 * ```
 */
export type Period = lawEntry.Period;

/**
 * @deprecated Import Direction from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Direction } from 'send-timescales/law';
 * ```
 */
export type Direction = lawEntry.Direction;

/**
 * @deprecated Import Force from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Force } from 'send-timescales/law';
 * ```
 */
export type Force = lawEntry.Force;

/**
 * @deprecated Import Verification from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Verification } from 'send-timescales/law';
 * ```
 */
export type Verification = lawEntry.Verification;

/**
 * @deprecated Import Process from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Process } from 'send-timescales/law';
 * ```
 */
export type Process = lawEntry.Process;

/**
 * @deprecated Import Citation from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Citation } from 'send-timescales/law';
 * ```
 */
export type Citation = lawEntry.Citation;

/**
 * @deprecated Import Modification from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { Modification } from 'send-timescales/law';
 * ```
 */
export type Modification = lawEntry.Modification;

/**
 * @deprecated Import CompoundMethod from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { CompoundMethod } from 'send-timescales/law';
 * ```
 */
export type CompoundMethod = lawEntry.CompoundMethod;

/**
 * @deprecated Import OneOffChange from 'send-timescales/law'.
 * @example
 * ```ts
 * import type { OneOffChange } from 'send-timescales/law';
 * ```
 */
export type OneOffChange = lawEntry.OneOffChange;

// Moved to send-timescales/profiles.

/**
 * @deprecated Import profiles from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { profiles } from 'send-timescales/profiles';
 * ```
 */
export const profiles = profilesEntry.profiles;

/**
 * @deprecated Import getProfile from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { getProfile } from 'send-timescales/profiles';
 * ```
 */
export const getProfile = profilesEntry.getProfile;

/**
 * @deprecated Import localRules from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { localRules } from 'send-timescales/profiles';
 * ```
 */
export const localRules = profilesEntry.localRules;

/**
 * @deprecated Import defineProfile from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { defineProfile } from 'send-timescales/profiles';
 * ```
 */
export const defineProfile = profilesEntry.defineProfile;

/**
 * @deprecated Import compareWithStatute from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { compareWithStatute } from 'send-timescales/profiles';
 * ```
 */
export const compareWithStatute = profilesEntry.compareWithStatute;

/**
 * @deprecated Import comparisonSampleNotes from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { comparisonSampleNotes } from 'send-timescales/profiles';
 * ```
 */
export const comparisonSampleNotes = profilesEntry.comparisonSampleNotes;

/**
 * @deprecated Import profileCaseRule from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import { profileCaseRule } from 'send-timescales/profiles';
 * ```
 */
export const profileCaseRule = profilesEntry.profileCaseRule;

/**
 * @deprecated Import Profile from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { Profile } from 'send-timescales/profiles';
 * ```
 */
export type Profile = profilesEntry.Profile;

/**
 * @deprecated Import ProfileSource from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { ProfileSource } from 'send-timescales/profiles';
 * ```
 */
export type ProfileSource = profilesEntry.ProfileSource;

/**
 * @deprecated Import CounterpartTrigger from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { CounterpartTrigger } from 'send-timescales/profiles';
 * ```
 */
export type CounterpartTrigger = profilesEntry.CounterpartTrigger;

/**
 * @deprecated Import TimelineMirror from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { TimelineMirror } from 'send-timescales/profiles';
 * ```
 */
export type TimelineMirror = profilesEntry.TimelineMirror;

/**
 * @deprecated Import ComparisonRow from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { ComparisonRow } from 'send-timescales/profiles';
 * ```
 */
export type ComparisonRow = profilesEntry.ComparisonRow;

/**
 * @deprecated Import ComparisonVerdict from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { ComparisonVerdict } from 'send-timescales/profiles';
 * ```
 */
export type ComparisonVerdict = profilesEntry.ComparisonVerdict;

/**
 * @deprecated Import CompareOptions from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { CompareOptions } from 'send-timescales/profiles';
 * ```
 */
export type CompareOptions = profilesEntry.CompareOptions;

/**
 * @deprecated Import StatutoryBeside from 'send-timescales/profiles'.
 * @example
 * ```ts
 * import type { StatutoryBeside } from 'send-timescales/profiles';
 * ```
 */
export type StatutoryBeside = profilesEntry.StatutoryBeside;

// Moved to send-timescales/reference.

/**
 * @deprecated Import rulesMarkdown from 'send-timescales/reference'.
 * @example
 * ```ts
 * import { rulesMarkdown } from 'send-timescales/reference';
 * ```
 */
export const rulesMarkdown = referenceEntry.rulesMarkdown;

/**
 * @deprecated Import describePeriod from 'send-timescales/reference'.
 * @example
 * ```ts
 * import { describePeriod } from 'send-timescales/reference';
 * ```
 */
export const describePeriod = referenceEntry.describePeriod;

/**
 * @deprecated Import casesMarkdown from 'send-timescales/reference'.
 * @example
 * ```ts
 * import { casesMarkdown } from 'send-timescales/reference';
 * ```
 */
export const casesMarkdown = referenceEntry.casesMarkdown;

/**
 * @deprecated Import profileMarkdown from 'send-timescales/reference'.
 * @example
 * ```ts
 * import { profileMarkdown } from 'send-timescales/reference';
 * ```
 */
export const profileMarkdown = referenceEntry.profileMarkdown;

/**
 * @deprecated Import profilesMarkdown from 'send-timescales/reference'.
 * @example
 * ```ts
 * import { profilesMarkdown } from 'send-timescales/reference';
 * ```
 */
export const profilesMarkdown = referenceEntry.profilesMarkdown;

// Renamed or merged: one name for each thing.

/**
 * @deprecated Import ALL_TRANSFER_STAGES from 'send-timescales/ages' (the same six stages; the new name cannot be mistaken for DEFAULT_TRANSFER_STAGES).
 * @example
 * ```ts
 * import { ALL_TRANSFER_STAGES, transfers } from 'send-timescales/ages';
 * transfers('2015-10-10', { stages: ALL_TRANSFER_STAGES }).length; // 6
 * ```
 */
export const TRANSFER_STAGES = agesEntry.ALL_TRANSFER_STAGES;

/**
 * @deprecated Use planUpperAgeDetail(dateOfBirth, options).lastDay, from 'send-timescales/ages': the same date, with the reasons beside it.
 * @example
 * ```ts
 * import { planUpperAgeDetail } from 'send-timescales/ages';
 * planUpperAgeDetail('2001-03-15').lastDay; // '2026-07-31'
 * ```
 */
export const planUpperAge = planUpperAgeDate;

/**
 * @deprecated Use Object.keys(EVENT_TYPES): EVENT_TYPES names every event type and says what each records.
 * @example
 * ```ts
 * import { EVENT_TYPES, type EventType } from 'send-timescales';
 * const types = Object.keys(EVENT_TYPES) as EventType[];
 * types[0]; // 'request-received'
 * ```
 */
export const eventTypes = eventTypeList;

/**
 * @deprecated Use englandAndWales.lastAnnouncedYear (every calendar states its own).
 * @example
 * ```ts
 * import { englandAndWales } from 'send-timescales';
 * englandAndWales.lastAnnouncedYear; // 2028
 * ```
 */
export const LAST_ANNOUNCED_YEAR = lastAnnouncedYear;

/**
 * @deprecated Use Counting: the same two ways of counting, for a rule's period and for addWorkingDays.
 * @example
 * ```ts
 * import type { Counting } from 'send-timescales';
 * const counting: Counting = 'beginning-with';
 * ```
 */
export type WorkingDayCounting = Counting;
