/**
 * The package's public surface, written down so that a change to it is deliberate: the names the
 * root exports (its main tier, and the deprecated aliases kept for 0.5 code until 1.0), the names
 * each subpath exports, the names the root exported in 0.5.0, and the names the public contract
 * guarantees at the root. test/surface/root-surface.test.ts checks the sources against these lists
 * and test/dist/package.test.ts the built package. Each list is sorted (code-unit order).
 */

/** The root's main tier: what most users need. */
export const ROOT_MAIN = [
  'AddWorkingDaysOptions', 'AdviceClosureException', 'Audit', 'AuditOptions', 'Auditor', 'BankHoliday',
  'CalendarOption', 'CaseError', 'CaseEvent', 'CaseRecord', 'Closure', 'Counting',
  'CreateTermCalendarOptions', 'CreateWorkingCalendarOptions', 'DateInput', 'DateTimeLike', 'Deadline',
  'DeadlineOptions', 'DeadlineStatus', 'DfeMeasureOptions', 'DfeMeasures', 'EVENT_TYPES', 'EntryStatus', 'ErrorCode', 'ErrorIssue', 'EventType',
  'ExceptionCode', 'IsoDate', 'LateCase', 'ParseDateOptions', 'PlanMeasure', 'PlanTiming', 'ReviewMeasure', 'ReviewTiming', 'Rule', 'RuleId', 'RuleSummary',
  'SchoolClosure', 'SendTimescalesError', 'SerialSystem', 'Term', 'TermCalendar', 'TermCalendarData',
  'TermCalendarProblem', 'TermData', 'Timeline', 'TimelineEntry', 'TimelineOptions',
  'ToIsoDateOptions', 'TraceStep', 'TriggerInput', 'TriggerObject', 'TwentyWeekMeasure', 'WeekBands', 'WorkingCalendar',
  'Worklist', 'WorklistItem', 'WorklistOptions', 'addDays', 'addMonths', 'addWeeks', 'addWorkingDays',
  'addYears', 'audit', 'bankHolidays', 'caseSchema', 'createAuditor', 'createTermCalendar', 'createWorkingCalendar',
  'daysBetween', 'deadline', 'dfeMeasures', 'englandAndWales', 'errorCodes', 'eventSchema', 'explain', 'formatLong',
  'fromSerial', 'getRule', 'isIsoDate', 'isWorkingDay', 'isoDateSchema', 'mostLateFirst', 'parseDate',
  'ruleIds', 'rules', 'termCalendarFromCsv', 'timeline', 'toIsoDate', 'toSerial', 'version', 'weekday',
  'whyNotWorking', 'workingDaysBetween', 'worklist',
] as const;

/** The 0.5 names that left the main tier, still exported from the root as deprecated aliases. */
export const ROOT_DEPRECATED = [
  'CaseContext', 'CaseRule', 'CheckedOptions', 'Citation', 'CompareOptions', 'ComparisonRow',
  'ComparisonVerdict', 'CompoundMethod', 'CompulsorySchoolAge', 'CompulsorySchoolAgeOptions', 'CoreEntry',
  'CounterpartTrigger', 'DEFAULT_TRANSFER_STAGES', 'Direction', 'ExceptionRecord', 'Force',
  'LAST_ANNOUNCED_YEAR', 'Modification', 'NormalCase', 'NormalEvent', 'OnEventSpec', 'OneOffChange',
  'Period', 'PlanUpperAge', 'PlanUpperAgeOptions', 'PlanUpperAgeSetting', 'Process', 'Profile',
  'ProfileSource', 'SCHOOL_CLOSURE_WORDING', 'SchoolYear', 'StatutoryBeside', 'TRANSFER_STAGES',
  'TermCalendarError', 'TimelineMirror', 'Transfer', 'TransferOptions', 'TransferStage', 'Validated', 'Verification',
  'WorkingDayCounting', 'YearGroupOptions', 'ageOn', 'attainsAge', 'casesMarkdown', 'compareWithStatute',
  'comparisonSampleNotes', 'compulsorySchoolAge', 'defineProfile', 'describePeriod', 'entry', 'eventTypes',
  'eventsOf', 'exceptionRecords', 'firstBetween', 'getProfile', 'isYear9OrAbove', 'lastBetween',
  'localRules', 'onEvent', 'oneOffChanges', 'planUpperAge', 'planUpperAgeDetail', 'profileCaseRule',
  'profileMarkdown', 'profiles', 'profilesMarkdown', 'ruleVersions', 'rulesMarkdown', 'schoolLeavingDate',
  'schoolYearOf', 'statutoryCaseRules', 'statutoryRules', 'transfers', 'validateCase', 'year9SchoolYear',
  'yearGroup',
] as const;

/** The subpaths (`send-timescales/<name>`) and the names each exports: each name's one home. */
export const SUBPATHS = {
  'ages': [
    'ALL_TRANSFER_STAGES', 'CompulsorySchoolAge', 'CompulsorySchoolAgeOptions', 'DEFAULT_TRANSFER_STAGES',
    'PlanUpperAge', 'PlanUpperAgeOptions', 'PlanUpperAgeSetting', 'SchoolYear', 'Transfer', 'TransferOptions',
    'TransferStage', 'YearGroupOptions', 'ageOn', 'attainsAge', 'compulsorySchoolAge', 'isYear9OrAbove',
    'planUpperAgeDetail', 'schoolLeavingDate', 'schoolYearOf', 'transfers', 'year9SchoolYear', 'yearGroup',
  ],
  'profiles': [
    'CompareOptions', 'ComparisonRow', 'ComparisonVerdict', 'CompoundInput', 'CompoundMethodDefinition',
    'CompoundOutcome', 'CounterpartTrigger', 'CountingTools', 'Profile', 'ProfileSource', 'StatutoryBeside',
    'TimelineMirror', 'compareWithStatute', 'comparisonSampleNotes', 'defineProfile', 'getProfile', 'localRules',
    'profileCaseRule', 'profiles', 'statutoryMethods',
  ],
  'case-rules': [
    'CaseContext', 'CaseRule', 'CaseRuleData', 'CaseloadMeasure', 'CheckedOptions', 'CoreEntry', 'EventDayField',
    'MustAllowCaseRule', 'NormalCase', 'NormalEvent', 'NoticeBeforeCaseRule', 'OnEventCaseRule', 'OnEventSpec',
    'PhaseTransfersCaseRule', 'PlanEvents', 'ReviewCycleCaseRule', 'Validated', 'entry', 'eventsOf', 'firstBetween', 'lastBetween', 'onEvent',
    'statutoryCaseRuleData', 'statutoryCaseRules', 'twentyWeekMeasure', 'validateCase',
  ],
  'reference': [
    'casesMarkdown', 'describePeriod', 'profileMarkdown', 'profilesMarkdown', 'rulesMarkdown',
  ],
  'law': [
    'Citation', 'CompoundMethod', 'DepartmentMeasure', 'Direction', 'ExceptionRecord', 'Force', 'MeasureReading', 'MeasureReadingId', 'Modification', 'OneOffChange',
    'Period', 'Process', 'SCHOOL_CLOSURE_PROVISIONS', 'SCHOOL_CLOSURE_WORDING', 'StatutoryCompoundMethod', 'TriggerField',
    'TriggerFieldKind', 'TriggerShape', 'Verification', 'WorkingDayDefinition', 'dfePlanTimeliness', 'dfeReviewTimeliness', 'exceptionRecords', 'measureReadings',
    'oneOffChanges', 'ruleVersions', 'schoolClosureException', 'statutoryRules',
  ],
  'readers': [
    'Caseload', 'CaseloadKind', 'CaseloadReadOptions', 'CaseloadRows', 'CaseloadWarning',
    'ColumnMap', 'InputError', 'RowError', 'Sen2ActivePlan', 'Sen2Assessment',
    'Sen2Audit', 'Sen2AuditOptions', 'Sen2Auditor', 'Sen2Code', 'Sen2CodeList', 'Sen2CsvFile', 'Sen2CsvReturn',
    'Sen2Detection', 'Sen2Finding', 'Sen2FindingKind', 'Sen2Header', 'Sen2InputKind', 'Sen2MeasureInputs',
    'Sen2NamedPlan', 'Sen2Need', 'Sen2Person', 'Sen2PersonCases', 'Sen2PersonResult', 'Sen2Placement', 'Sen2Request',
    'Sen2Return', 'Sen2Source', 'Sen2StreamOptions', 'Sen2StreamSummary', 'Sen2TextInput', 'Sen2UnknownElement',
    'Sen2XmlOptions', 'XlsxCaseloadOptions', 'assessmentOutcomeCodes', 'auditSen2', 'ceaseReasonCodes', 'codeOf',
    'columnMapSchema', 'detectSen2', 'readCaseloadRows', 'readCsvCaseload', 'readJsonCaseload', 'readSen2Csv',
    'readSen2Xml', 'readXlsxCaseload', 'requestOutcomeCodes', 'reviewOutcomeCodes', 'sen2CaseId', 'sen2Date',
    'sen2Findings', 'sen2PersonToCases', 'streamSen2Xml', 'week20Codes',
  ],
} as const;

export type Subpath = keyof typeof SUBPATHS;

/** Every name the package root exported in 0.5.0, values and types. */
export const ROOT_0_5 = [
  'AddWorkingDaysOptions', 'AdviceClosureException', 'Audit', 'AuditOptions', 'BankHoliday',
  'CalendarOption', 'CaseContext', 'CaseError', 'CaseEvent', 'CaseRecord', 'CaseRule', 'CheckedOptions',
  'Citation', 'Closure', 'CompareOptions', 'ComparisonRow', 'ComparisonVerdict', 'CompoundMethod',
  'CompulsorySchoolAge', 'CompulsorySchoolAgeOptions', 'CoreEntry', 'CounterpartTrigger', 'Counting',
  'CreateTermCalendarOptions', 'CreateWorkingCalendarOptions', 'DEFAULT_TRANSFER_STAGES', 'DateInput',
  'DateTimeLike', 'Deadline', 'DeadlineOptions', 'DeadlineStatus', 'Direction', 'EVENT_TYPES', 'EntryStatus',
  'ErrorCode', 'EventType', 'ExceptionCode', 'ExceptionRecord', 'Force', 'IsoDate', 'LAST_ANNOUNCED_YEAR',
  'LateCase', 'Modification', 'NormalCase', 'NormalEvent', 'OnEventSpec', 'OneOffChange', 'ParseDateOptions',
  'Period', 'PlanUpperAge', 'PlanUpperAgeOptions', 'PlanUpperAgeSetting', 'Process', 'Profile',
  'ProfileSource', 'Rule', 'RuleId', 'RuleSummary', 'SCHOOL_CLOSURE_WORDING', 'SchoolClosure', 'SchoolYear',
  'SendTimescalesError', 'SerialSystem', 'StatutoryBeside', 'TRANSFER_STAGES', 'Term', 'TermCalendar',
  'TermCalendarData', 'TermCalendarError', 'TermCalendarProblem', 'TermData', 'Timeline', 'TimelineEntry',
  'TimelineMirror', 'TimelineOptions', 'ToIsoDateOptions', 'TraceStep', 'Transfer', 'TransferOptions',
  'TransferStage', 'TriggerInput', 'TriggerObject', 'TwentyWeekMeasure', 'Validated', 'Verification',
  'WorkingCalendar', 'WorkingDayCounting', 'Worklist', 'WorklistItem', 'WorklistOptions', 'YearGroupOptions',
  'addDays', 'addMonths', 'addWeeks', 'addWorkingDays', 'addYears', 'ageOn', 'attainsAge', 'audit',
  'bankHolidays', 'caseSchema', 'casesMarkdown', 'compareWithStatute', 'comparisonSampleNotes',
  'compulsorySchoolAge', 'createTermCalendar', 'createWorkingCalendar', 'daysBetween', 'deadline',
  'defineProfile', 'describePeriod', 'englandAndWales', 'entry', 'errorCodes', 'eventSchema', 'eventTypes',
  'eventsOf', 'exceptionRecords', 'explain', 'firstBetween', 'formatLong', 'fromSerial', 'getProfile',
  'getRule', 'isIsoDate', 'isWorkingDay', 'isYear9OrAbove', 'isoDateSchema', 'lastBetween', 'localRules',
  'mostLateFirst', 'onEvent', 'oneOffChanges', 'parseDate', 'planUpperAge', 'planUpperAgeDetail',
  'profileCaseRule', 'profileMarkdown', 'profiles', 'profilesMarkdown', 'ruleIds', 'ruleVersions', 'rules',
  'rulesMarkdown', 'schoolLeavingDate', 'schoolYearOf', 'statutoryCaseRules', 'statutoryRules',
  'termCalendarFromCsv', 'timeline', 'toIsoDate', 'toSerial', 'transfers', 'validateCase', 'version',
  'weekday', 'whyNotWorking', 'workingDaysBetween', 'worklist', 'year9SchoolYear', 'yearGroup',
] as const;

/**
 * The names the public contract lists as exported from the package root (ESM and CommonJS, with
 * types): days, working days, rules and deadlines, cases, errors. Values, then types.
 */
export const CONTRACT_VALUES = [
  'parseDate', 'toIsoDate', 'fromSerial', 'toSerial', 'addDays', 'addWeeks', 'addMonths', 'addYears', 'daysBetween', 'weekday',
  'formatLong', 'bankHolidays', 'isWorkingDay', 'whyNotWorking', 'addWorkingDays', 'workingDaysBetween', 'englandAndWales',
  'createWorkingCalendar', 'WorkingCalendar', 'rules', 'getRule', 'deadline', 'explain', 'timeline', 'audit', 'caseSchema',
  'eventSchema', 'SendTimescalesError',
] as const;
export const CONTRACT_TYPES = ['IsoDate', 'WorkingCalendar', 'Deadline', 'SendTimescalesError'] as const;
