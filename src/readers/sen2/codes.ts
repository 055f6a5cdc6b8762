/**
 * The code lists of the SEN2 return as data: each code with its meaning, and what it means for
 * the case the return becomes (`effect`). A value not in its list is an unknown code, reported
 * with its element and never read as the nearest code.
 *
 * Sources (docs/sen2.md "From the return to cases"): the DfE's "Special educational needs person
 * level survey" guide and technical specification (items 2.x–5.x); `CeaseReason` as the 2025 guide's
 * item 4.6 lists it (reproduced in MastodonC/witan.sen2, dictionary.clj); `ReviewOutcome` and
 * `Week20` as Capita One's SEN2 tool documents items 5.5 and 3.7; `AssessmentOutcome` `S` as Capita
 * One's release note for item 3.1. `confirmed` is false where the letters were taken from the
 * specification's wording as summarised, not from its published code table: check them against the
 * edition of the year before relying on them.
 */

/** What a `RequestOutcome` means for the case. */
export type RequestEffect = 'assess' | 'not-assess' | 'withdrawn' | 'undecided';
/** What an `AssessmentOutcome` means for the case. */
export type AssessmentEffect = 'plan' | 'no-plan' | 'withdrawn' | 'undecided';
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
}

/**
 * `RequestOutcome` (item 2.4): the decision whether to carry out an EHC needs assessment.
 * @example
 * requestOutcomeCodes.codes.map((c) => c.effect) // ['assess', 'not-assess', 'withdrawn', 'undecided']
 */
export const requestOutcomeCodes: Sen2CodeList<RequestEffect> = {
  element: 'RequestOutcome',
  item: '2.4',
  codes: [
    { code: 'A', meaning: 'Decision to assess', effect: 'assess' },
    { code: 'B', meaning: 'Decision not to assess', effect: 'not-assess' },
    { code: 'C', meaning: 'Request withdrawn or ceased before the decision whether to assess was made', effect: 'withdrawn' },
    { code: 'D', meaning: 'Decision whether to assess not yet made', effect: 'undecided' },
  ],
  source: 'DfE, Special educational needs person level survey guide and technical specification, item 2.4 (letters as summarised, see confirmed)',
  confirmed: false,
};

/**
 * `AssessmentOutcome` (item 3.1): the decision, after an assessment, whether to issue an EHC plan.
 * @example
 * assessmentOutcomeCodes.codes.find((c) => c.code === 'S')?.effect // 'plan'
 */
export const assessmentOutcomeCodes: Sen2CodeList<AssessmentEffect> = {
  element: 'AssessmentOutcome',
  item: '3.1',
  codes: [
    { code: 'A', meaning: 'Decision to issue an EHC plan', effect: 'plan' },
    { code: 'B', meaning: 'Decision not to issue an EHC plan', effect: 'no-plan' },
    { code: 'C', meaning: 'Assessment withdrawn or ceased before the decision whether to issue was made', effect: 'withdrawn' },
    { code: 'D', meaning: 'Decision whether to issue not yet made', effect: 'undecided' },
    { code: 'S', meaning: 'Plan issued after an assessment completed by another local authority', effect: 'plan' },
  ],
  source: 'DfE, Special educational needs person level survey guide and technical specification, item 3.1; S: Capita One release note "New code added to Assessment Type lookup table (3.75.011 & 3.76.001)" (other letters as summarised, see confirmed)',
  confirmed: false,
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
  source: 'DfE SEN2 guide item 5.5; Capita One SEN2 tool, "Item 5.5 Annual review decision <ReviewOutcome>"',
  confirmed: true,
};

/**
 * `CeaseReason` (item 4.6): why the authority ceased to maintain the plan. The effect is the reason itself.
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
  source: 'DfE, Special educational needs person level survey 2025: guide, item 4.6 (as reproduced in MastodonC/witan.sen2, dictionary.clj)',
  confirmed: true,
};

/**
 * `Week20` (item 3.7): whether exceptions to the 20-week time limit apply. The return carries the
 * flag only: no exception, no reason, no dates.
 * @example
 * week20Codes.codes.map((c) => c.effect) // ['recorded', 'none']
 */
export const week20Codes: Sen2CodeList<'recorded' | 'none'> = {
  element: 'Week20',
  item: '3.7',
  codes: [
    { code: '1', meaning: 'Yes: exceptions to the 20-week time limit apply', effect: 'recorded' },
    { code: '0', meaning: 'No: exceptions do not apply', effect: 'none' },
  ],
  source: 'DfE SEN2 guide item 3.7; Capita One SEN2 tool, "Item 3.7 20-week time limit exceptions apply <Week20>"',
  confirmed: true,
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
