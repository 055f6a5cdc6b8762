/**
 * The code lists of the SEN2 return as data: each code with its meaning, and what it means for
 * the case the return becomes (`effect`). A value not in its list is an unknown code, reported
 * with its element and never read as the nearest code.
 *
 * Sources (docs/sen2.md "The code lists"; the tables relied on are copied, with their sources, in
 * test/fixtures/sen2-code-lists.json, which test/readers/sen2/codes-oracle.test.ts holds these
 * lists to):
 * - the SEN2 2024 XML schema as Social Finance publishes it for its LIIA tools
 *   (SocialFinanceDigitalLabs/liia-tools, `liiatools/spec/sen2/SEN2_schema_2024.xsd`, commit
 *   81996262b98082c32f8bc709a2f9a616fb22a187): the enumerations of `RequestOutcome`,
 *   `AssessmentOutcome`, `ReviewOutcome`, `CeaseReason` and the yes/no type of `Week20`;
 * - the Department's guide wording of items 2.4 and 3.1, as reproduced item by item in
 *   data-to-insight/ssd-data-model (`data/objects/ssd_ehcp_requests.yml` and
 *   `ssd_ehcp_assessment.yml`, commit f90b28d3e1ecec0c20eb53b1aaab2ac7c05aefec), which gives the same
 *   letters as the schema; its wording is the meaning kept where the two differ;
 * - `CeaseReason` as the 2025 guide's item 4.6 words it (MastodonC/witan.sen2, dictionary.clj,
 *   commit 50867f0593b16a286253b83d5ed8646a02e145f4).
 * The Department's own specification PDF was not readable where these lists were checked: where it
 * differs, it wins, and these lists must follow it.
 */

/** What a `RequestOutcome` means for the case. */
export type RequestEffect = 'assess' | 'not-assess' | 'withdrawn' | 'undecided' | 'historical';
/** What an `AssessmentOutcome` means for the case. */
export type AssessmentEffect = 'plan' | 'no-plan' | 'withdrawn' | 'undecided' | 'historical';
/** What a `ReviewOutcome` means: the `decision` of a `review-decision-notified` event. */
export type ReviewEffect = 'continue' | 'amend' | 'cease';

/**
 * One code of a list: the value the return writes, its meaning, and its effect on the case.
 * @example
 * const code: Sen2Code<ReviewEffect> = { code: 'M', meaning: 'Maintain the EHC plan', effect: 'continue' };
 */
export interface Sen2Code<E extends string = string> {
  readonly code: string;
  readonly meaning: string;
  readonly effect: E;
  /** Why this one code is not confirmed against the specification's table; absent when it is. */
  readonly unconfirmed?: string;
}

/**
 * A code list of the return: the element, the specification's item, the codes, where they come from.
 * @example
 * reviewOutcomeCodes.element // 'ReviewOutcome'
 */
export interface Sen2CodeList<E extends string = string> {
  readonly element: string;
  readonly item: string;
  readonly codes: readonly Sen2Code<E>[];
  readonly source: string;
  /** False where the letters are not confirmed against the specification's published code table. */
  readonly confirmed: boolean;
  /**
   * The collection years (`CollectionDetails/Year`) whose specification or schema the list was
   * checked against. The reader applies the list to a return of any year: no source found a year
   * whose letters differ.
   */
  readonly years: readonly number[];
}

/**
 * `RequestOutcome` (item 2.4): whether the request proceeded to an EHC needs assessment. `H`
 * (historical) means the decision to assess was made before the latest collection period: the
 * return then gives no `RequestOutcomeDate`, and none is required.
 * @example
 * requestOutcomeCodes.codes.map((c) => c.code)   // ['Y', 'N', 'A', 'W', 'H']
 * requestOutcomeCodes.codes.map((c) => c.effect) // ['assess', 'not-assess', 'undecided', 'withdrawn', 'historical']
 */
export const requestOutcomeCodes: Sen2CodeList<RequestEffect> = {
  element: 'RequestOutcome',
  item: '2.4',
  codes: [
    { code: 'Y', meaning: 'LA proceeded with an assessment', effect: 'assess' },
    { code: 'N', meaning: 'LA decided not to proceed with an assessment', effect: 'not-assess' },
    { code: 'A', meaning: 'Decision yet to be made', effect: 'undecided' },
    { code: 'W', meaning: 'Request withdrawn or ceased before decision to assess was made', effect: 'withdrawn' },
    { code: 'H', meaning: 'Historical – Decision to assess was made before the latest collection period', effect: 'historical' },
  ],
  source: 'Meanings: the DfE guide\'s item 2.4 wording, as reproduced in data-to-insight/ssd-data-model, data/objects/ssd_ehcp_requests.yml (commit f90b28d3e1ecec0c20eb53b1aaab2ac7c05aefec). Letters: the same five in the SEN2 2024 XML schema, type requestoutcometype (SocialFinanceDigitalLabs/liia-tools, liiatools/spec/sen2/SEN2_schema_2024.xsd, commit 81996262b98082c32f8bc709a2f9a616fb22a187), whose note on H says "decision to issue" where the guide says "decision to assess"; the guide wins',
  confirmed: true,
  years: [2024],
};

/**
 * `AssessmentOutcome` (item 3.1): the decision, after an assessment, whether to issue an EHC plan.
 * `H` (historical) means the decision to issue was made before the latest collection period, or the
 * plan was transferred in from another local authority (the guide: "even if the EHC plan start
 * date is within the collection year"); the plan itself is still in the return.
 * @example
 * assessmentOutcomeCodes.codes.find((c) => c.code === 'Y')?.effect // 'plan'
 * assessmentOutcomeCodes.codes.find((c) => c.code === 'S')?.effect // 'plan'
 */
export const assessmentOutcomeCodes: Sen2CodeList<AssessmentEffect> = {
  element: 'AssessmentOutcome',
  item: '3.1',
  codes: [
    { code: 'Y', meaning: 'It was decided an EHC plan would be issued', effect: 'plan' },
    { code: 'N', meaning: 'It was decided an EHC plan would not be issued', effect: 'no-plan' },
    { code: 'A', meaning: 'Decision has not yet been made', effect: 'undecided' },
    { code: 'W', meaning: 'Request withdrawn or ceased before decision whether to issue was made', effect: 'withdrawn' },
    { code: 'H', meaning: 'Historical – Decision to issue was made before the latest collection period', effect: 'historical' },
    {
      code: 'S', meaning: 'Plan issued after an assessment completed by another local authority', effect: 'plan',
      unconfirmed: 'not in the 2024 schema\'s enumeration; known only from Capita One\'s release note "New code added to Assessment Type lookup table (3.75.011 & 3.76.001)", which reports it in item 3.1. Kept so that a return using it is read as the plan it records rather than set aside.',
    },
  ],
  source: 'Meanings: the DfE guide\'s item 3.1 wording, as reproduced in data-to-insight/ssd-data-model, data/objects/ssd_ehcp_assessment.yml (commit f90b28d3e1ecec0c20eb53b1aaab2ac7c05aefec), which also says a plan transferred in is recorded as H. Letters: the same five in the SEN2 2024 XML schema, type assessmentoutcometype (SocialFinanceDigitalLabs/liia-tools, liiatools/spec/sen2/SEN2_schema_2024.xsd, commit 81996262b98082c32f8bc709a2f9a616fb22a187). S: Capita One release note (see the code)',
  confirmed: true,
  years: [2024],
};

/**
 * `ReviewOutcome` (item 5.5): the decision after the latest review meeting.
 * @example
 * reviewOutcomeCodes.codes.map((c) => c.code) // ['A', 'C', 'M']
 */
export const reviewOutcomeCodes: Sen2CodeList<ReviewEffect> = {
  element: 'ReviewOutcome',
  item: '5.5',
  codes: [
    { code: 'A', meaning: 'Amend the EHC plan', effect: 'amend' },
    { code: 'C', meaning: 'Cease the EHC plan', effect: 'cease' },
    { code: 'M', meaning: 'Maintain the EHC plan', effect: 'continue' },
  ],
  source: 'SEN2 2024 XML schema, type reviewoutcometype (SocialFinanceDigitalLabs/liia-tools, liiatools/spec/sen2/SEN2_schema_2024.xsd, commit 81996262b98082c32f8bc709a2f9a616fb22a187); Capita One SEN2 tool, "Item 5.5 Annual review decision <ReviewOutcome>"',
  confirmed: true,
  years: [2024],
};

/**
 * `CeaseReason` (item 4.6): why the authority ceased to maintain the plan. The effect is the reason itself.
 * The 2024 schema and the 2025 guide give the same numbers; the 2025 wording is kept (5 "in England",
 * 7 "outside England", where the 2024 schema says "another LA" and "moved abroad").
 * @example
 * ceaseReasonCodes.codes[4]?.meaning // 'Transferred to another local authority in England'
 */
export const ceaseReasonCodes: Sen2CodeList<string> = {
  element: 'CeaseReason',
  item: '4.6',
  codes: [
    { code: '1', meaning: 'Reached maximum age', effect: 'maximum-age' },
    { code: '2', meaning: 'Ongoing educational or training needs being met without an EHC plan', effect: 'needs-met' },
    { code: '3', meaning: 'Moved on to higher education', effect: 'higher-education' },
    { code: '4', meaning: 'Moved on to paid employment, excluding apprenticeships', effect: 'employment' },
    { code: '5', meaning: 'Transferred to another local authority in England', effect: 'transferred-out' },
    { code: '6', meaning: 'Young person no longer wishes to engage in education or training', effect: 'no-longer-engaging' },
    { code: '7', meaning: 'Moved outside England', effect: 'left-england' },
    { code: '8', meaning: 'Deceased', effect: 'deceased' },
    { code: '9', meaning: 'Other', effect: 'other' },
  ],
  source: 'DfE, Special educational needs person level survey 2025: guide, item 4.6 (as reproduced in MastodonC/witan.sen2, src/witan/sen2/return/person_level/dictionary.clj, commit 50867f0593b16a286253b83d5ed8646a02e145f4); the same numbers in the SEN2 2024 XML schema, type ceasereasontype (SocialFinanceDigitalLabs/liia-tools, commit 81996262b98082c32f8bc709a2f9a616fb22a187)',
  confirmed: true,
  years: [2024, 2025],
};

/**
 * `Week20` (item 3.7): whether exceptions to the 20-week time limit apply. The return carries the
 * flag only: no exception, no reason, no dates. The schema's yes/no type allows `1`/`0`,
 * `true`/`false` and `TRUE`/`FALSE`: all six are read.
 * @example
 * week20Codes.codes.map((c) => c.code)   // ['1', '0', 'true', 'false', 'TRUE', 'FALSE']
 * week20Codes.codes.map((c) => c.effect) // ['recorded', 'none', 'recorded', 'none', 'recorded', 'none']
 */
export const week20Codes: Sen2CodeList<'recorded' | 'none'> = {
  element: 'Week20',
  item: '3.7',
  codes: [
    { code: '1', meaning: 'Yes: exceptions to the 20-week time limit apply', effect: 'recorded' },
    { code: '0', meaning: 'No: exceptions do not apply', effect: 'none' },
    { code: 'true', meaning: 'Yes: exceptions to the 20-week time limit apply', effect: 'recorded' },
    { code: 'false', meaning: 'No: exceptions do not apply', effect: 'none' },
    { code: 'TRUE', meaning: 'Yes: exceptions to the 20-week time limit apply', effect: 'recorded' },
    { code: 'FALSE', meaning: 'No: exceptions do not apply', effect: 'none' },
  ],
  source: 'SEN2 2024 XML schema, type yesnotype of element Week20 (SocialFinanceDigitalLabs/liia-tools, liiatools/spec/sen2/SEN2_schema_2024.xsd, commit 81996262b98082c32f8bc709a2f9a616fb22a187); Capita One SEN2 tool, "Item 3.7 20-week time limit exceptions apply <Week20>" (1/0)',
  confirmed: true,
  years: [2024],
};

/**
 * The code of a list a value names (surrounding white space ignored), or undefined when the list has no such code.
 * @example
 * codeOf(reviewOutcomeCodes, 'M')?.effect // 'continue'
 * codeOf(reviewOutcomeCodes, 'X')         // undefined
 */
export function codeOf<E extends string>(list: Sen2CodeList<E>, value: string): Sen2Code<E> | undefined {
  const wanted = value.trim();
  return list.codes.find((c) => c.code === wanted);
}
