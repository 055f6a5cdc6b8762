/**
 * The caseload measures `audit` reports beside its per-rule counts, each named by the rule whose
 * deadlines it counts. A measure is data: the audit reads which rule feeds it from here.
 */

/**
 * A national measure over a caseload: the share of a rule's completed deadlines met on time.
 * @example
 * twentyWeekMeasure.ruleId // 'final-plan'
 */
export interface CaseloadMeasure {
  /** The rule whose deadlines the measure counts (one per completing act: a plan answering two requests counts once). */
  readonly ruleId: string;
  readonly title: string;
  /** What is counted and where the measure comes from. */
  readonly description: string;
}

/**
 * EHC plans issued within 20 weeks of the request (reg 13(2)): the Department for Education's
 * SEN2 measure, reported with and without the plans an exception (reg 13(3)) applied to.
 * @example
 * twentyWeekMeasure.title // 'EHC plans issued within 20 weeks'
 */
export const twentyWeekMeasure: CaseloadMeasure = {
  ruleId: 'final-plan',
  title: 'EHC plans issued within 20 weeks',
  description:
    'Plans issued on or before the day 20 weeks after the request (reg 13(2)), counted once per plan; "excluding exceptions" leaves out plans whose 20-week limit an exception applied to (reg 13(3)), as the SEN2 return does.',
};
