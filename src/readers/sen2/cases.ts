/**
 * From the SEN2 return to cases, data-quality findings and the Department's measures: the public
 * surface of those modules, re-exported by the reader's index in one line.
 */
export { sen2Date } from './dates.js';
export {
  assessmentOutcomeCodes, ceaseReasonCodes, codeOf, requestOutcomeCodes, reviewOutcomeCodes, week20Codes,
  type AssessmentEffect, type RequestEffect, type ReviewEffect, type Sen2Code, type Sen2CodeList,
} from './codes.js';
export type { Sen2Finding, Sen2FindingKind } from './findings.js';
export { sen2Findings } from './quality.js';
export { sen2CaseId, sen2PersonToCases, type Sen2PersonCases } from './to-cases.js';
export type { Sen2MeasureInputs } from './measures.js';
export { auditSen2, type Sen2Audit, type Sen2AuditOptions, type Sen2PersonResult } from './audit.js';
