/**
 * The statutory and guidance rule ids as a type, so that editors complete them in
 * `deadline('…')`. Generated from the rule records by `npm run docs:rules`; `ruleIds()` will not
 * compile if a record's id is missing here, and test/law/rule-id.test.ts checks that the union
 * is exactly `ruleIds()`.
 */

/**
 * The id of a statutory or guidance rule: `ruleIds()` lists them, and [the rule reference](../../docs/rules.md)
 * gives each one's period, trigger and citation.
 * Rule ids are public API: never renamed. `deadline()` also takes any other string (a
 * profile's local id such as `dorset-first-review`, or an id read from a file) and answers
 * `UNKNOWN_RULE` for one it does not know.
 * @example
 * ```ts
 * const id: RuleId = 'final-plan';
 * deadline(id, '2025-01-06').due; // '2025-05-26'
 * ```
 */
export type RuleId =
  | 'assessment-decision'
  | 'advice-response'
  | 'no-plan-notice'
  | 'draft-plan-representations'
  | 'final-plan'
  | 'plan-disclosure-higher-education'
  | 'plan-transfer'
  | 'plan-transfer-notice'
  | 'plan-transfer-review'
  | 'health-transfer'
  | 'health-transfer-request'
  | 'health-change-notify'
  | 'health-change-request'
  | 'annual-review'
  | 'review-after-reassessment'
  | 'review-meeting-notice'
  | 'review-advice-circulation'
  | 'review-report'
  | 'review-decision'
  | 'under-5-review'
  | 'review-list-to-schools'
  | 'school-consultation-response'
  | 'phase-transfer'
  | 'phase-transfer-post16'
  | 'post16-transfer'
  | 'amendment-representations'
  | 'amendment-final'
  | 'amendment-not-proceeding'
  | 'reassessment-decision'
  | 'reassessment-final-plan'
  | 'cease-pending-appeal'
  | 'mediation-contact'
  | 'mediation-certificate'
  | 'mediation-health-notify'
  | 'mediation-arrange'
  | 'mediation-notice-of-date'
  | 'mediation-agreement'
  | 'mediation-agreement-appealable'
  | 'mediation-agreement-notify'
  | 'appeal'
  | 'tribunal-response'
  | 'recommendation-response'
  | 'order-cease'
  | 'order-assess-notify'
  | 'order-assess-no-plan'
  | 'order-assess-final-plan'
  | 'order-make-plan-draft'
  | 'order-make-plan-final'
  | 'order-reconsider'
  | 'order-amend-provision'
  | 'order-amend-placement'
  | 'order-continue'
  | 'order-continue-amend'
  | 'unopposed-assess-notify'
  | 'unopposed-assess-no-plan'
  | 'unopposed-assess-final-plan'
  | 'unopposed-amend'
  | 'unopposed-placement'
  | 'unopposed-placement-and-amend'
  | 'unopposed-refusal-draft'
  | 'unopposed-refusal-final'
  | 'unopposed-cease-amend'
  | 'unopposed-assess'
  | 'dp-assessment-decision'
  | 'dp-no-plan-notice'
  | 'dp-draft-plan-representations'
  | 'dp-final-plan'
  | 'dp-release';
