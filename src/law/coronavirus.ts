/**
 * The Special Educational Needs and Disability (Coronavirus) (Amendment) Regulations 2020
 * (SI 2020/471): in force 1 May 2020 (reg 1), ceased to have effect on 25 September 2020 (reg 2(2)).
 *
 * Wording read in the legalize-dev/legalize-uk mirror uk/uksi-2020-471.md (commit
 * b8d8ef5d300f5330c6de09bc84050f4739978ed7, the text as made), as docs/law/sources.md part 2 §5 (PM).
 * None of these insertions is in test/fixtures/legislation/send-regs-2014.md (revised to 3 April 2018).
 */
import type { Modification } from './types.js';

export const coronavirus2020: Modification = {
  instrument: 'The Special Educational Needs and Disability (Coronavirus) (Amendment) Regulations 2020 (SI 2020/471)',
  citedAs: 'SI 2020/471',
  url: 'https://www.legislation.gov.uk/uksi/2020/471',
  from: '2020-05-01',
  to: '2020-09-25',
  effect:
    'From 1 May to 25 September 2020 inclusive, where a time limit could not be met for a reason relating to coronavirus, ' +
    'it was relaxed to "as soon as reasonably practicable" (no date is computed; status "relaxed"). ' +
    'New reg 2A(1) of the SEND Regulations 2014: "Where the coronavirus exception applies, any requirement in any of the regulations specified in paragraph (3) for action to be taken within a specified period of time or by a certain day is to be read instead as a requirement for such action to be taken as soon as reasonably practicable." ' +
    'Reg 2A(2): "The coronavirus exception applies where it is not reasonably practicable for a person to meet a requirement referred to in paragraph (1) for a reason relating to the incidence or transmission of coronavirus." ' +
    'Other limits gained an exception where compliance is "impractical" "because of a reason relating to the incidence or transmission of coronavirus" (regs 4(3), 5(4)(e), 8(2)(d), 10(4)(e), 13(3), 22(6), 27(3)(e), 45(8)); ' +
    'reg 18A: "It is not necessary for a local authority to review an EHC plan in accordance with section 44(1) of the Act if it is impractical to do so because of a reason relating to the incidence or transmission of coronavirus." ' +
    'The Detained Persons Regulations 2015, the Personal Budgets Regulations 2014 and the First-tier Tribunal Recommendations Power Regulations 2017 were modified in the same way.',
};

/** How SI 2020/471 reached a rule. */
export type CoronavirusMechanism =
  /** reg 2A gloss: the limit "is to be read instead as" "as soon as reasonably practicable". */
  | 'gloss'
  /** a textual exception: the authority "need not comply with the time limit" where "impractical". */
  | 'exception'
  /** reg 18A: not necessary to review under CFA s44(1); review "as soon as reasonably practicable". */
  | 'review-not-necessary'
  /**
   * through a cross-reference: regs 44(3)(c) and 45(7)(c) import reg 13(3), which SI 2020/471 reg 10
   * extended to reg 10(4)(e); reg 42(2) borrows reg 44's limits.
   */
  | 'cross-reference';

export interface CoronavirusModification {
  readonly ruleId: string;
  /** The provision of the modified instrument (SI 2014/1530 unless it names another). */
  readonly provision: string;
  /** The SI 2020/471 provision that modified it. */
  readonly by: string;
  readonly mechanism: CoronavirusMechanism;
  readonly note?: string;
}

/**
 * Every rule id (docs/law/README.md) that SI 2020/471 modified, with the provision. Includes rules
 * written in other modules (mediation, tribunal orders, unopposed appeals, recommendations) so
 * that each of them can be checked against this list.
 */
export const coronavirus2020Modifies = [
  // SEND Regulations 2014: textual exceptions
  { ruleId: 'assessment-decision', provision: 'reg 5(4)(e) (and reg 4(3) for the reg 4(1) notice)', by: 'regs 6, 7', mechanism: 'exception' },
  { ruleId: 'advice-response', provision: 'reg 8(2)(d)', by: 'reg 8', mechanism: 'exception' },
  { ruleId: 'no-plan-notice', provision: 'reg 10(4)(e)', by: 'reg 9', mechanism: 'exception' },
  { ruleId: 'final-plan', provision: 'reg 13(3) (cross-reference extended to 10(4)(e))', by: 'reg 10', mechanism: 'exception' },
  { ruleId: 'amendment-final', provision: 'reg 22(6) (for 22(3))', by: 'reg 12', mechanism: 'exception' },
  { ruleId: 'amendment-not-proceeding', provision: 'reg 22(6) (for 22(4))', by: 'reg 12', mechanism: 'exception' },
  { ruleId: 'reassessment-final-plan', provision: 'reg 27(3)(e)', by: 'reg 13', mechanism: 'exception' },
  { ruleId: 'unopposed-assess-no-plan', provision: 'reg 45(8) (for 45(3A)(a))', by: 'reg 14', mechanism: 'exception' },
  { ruleId: 'unopposed-assess-final-plan', provision: 'reg 45(8) (for 45(3A)(b))', by: 'reg 14', mechanism: 'exception' },
  // SEND Regulations 2014: reg 2A gloss
  {
    ruleId: 'plan-transfer',
    provision: 'reg 15(2)',
    by: 'reg 5 (reg 2A(3)(a))',
    mechanism: 'gloss',
    note: 'only "in relation to the second reference to 15 working days": the late-awareness limb; the duty to transfer on the day of the move was not relaxed',
  },
  { ruleId: 'plan-transfer-notice', provision: 'reg 15(4)', by: 'reg 5 (reg 2A(3)(a))', mechanism: 'gloss' },
  { ruleId: 'plan-transfer-review', provision: 'reg 15(5)', by: 'reg 5 (reg 2A(3)(a))', mechanism: 'gloss' },
  {
    ruleId: 'health-transfer',
    provision: 'reg 15(7)',
    by: 'reg 5 (reg 2A(3)(a))',
    mechanism: 'gloss',
    note: 'only "in relation to the second reference to 15 working days": the late-awareness limb; notice on the day of the move was not relaxed',
  },
  { ruleId: 'health-transfer-request', provision: 'reg 15(8)', by: 'reg 5 (reg 2A(3)(a))', mechanism: 'gloss' },
  { ruleId: 'health-change-notify', provision: 'reg 16(2)', by: 'reg 5 (reg 2A(3)(b))', mechanism: 'gloss' },
  { ruleId: 'health-change-request', provision: 'reg 16(3)', by: 'reg 5 (reg 2A(3)(b))', mechanism: 'gloss' },
  { ruleId: 'review-report', provision: 'reg 20(9); reg 21(7), (8)', by: 'reg 5 (reg 2A(3)(c), (d))', mechanism: 'gloss' },
  { ruleId: 'review-decision', provision: 'reg 20(10); reg 21(9)', by: 'reg 5 (reg 2A(3)(c), (d))', mechanism: 'gloss' },
  { ruleId: 'reassessment-decision', provision: 'reg 25(1)', by: 'reg 5 (reg 2A(3)(e))', mechanism: 'gloss' },
  { ruleId: 'review-after-reassessment', provision: 'reg 27(4)', by: 'reg 5 (reg 2A(3)(f))', mechanism: 'gloss' },
  { ruleId: 'mediation-contact', provision: 'reg 33', by: 'reg 5 (reg 2A(3)(g))', mechanism: 'gloss' },
  { ruleId: 'mediation-certificate', provision: 'reg 34(1); reg 39(1), (3)', by: 'reg 5 (reg 2A(3)(h), (k))', mechanism: 'gloss' },
  { ruleId: 'mediation-health-notify', provision: 'reg 35(2)', by: 'reg 5 (reg 2A(3)(i))', mechanism: 'gloss' },
  { ruleId: 'mediation-arrange', provision: 'reg 35(3), (4); reg 36(2)', by: 'reg 5 (reg 2A(3)(i), (j))', mechanism: 'gloss' },
  { ruleId: 'mediation-agreement', provision: 'reg 42(3)', by: 'reg 5 (reg 2A(3)(l))', mechanism: 'gloss' },
  { ruleId: 'mediation-agreement-notify', provision: 'reg 42(4)', by: 'reg 5 (reg 2A(3)(l))', mechanism: 'gloss' },
  { ruleId: 'order-reconsider', provision: 'reg 44(2)(d)', by: 'reg 5 (reg 2A(3)(m))', mechanism: 'gloss' },
  { ruleId: 'order-amend-provision', provision: 'reg 44(2)(e)', by: 'reg 5 (reg 2A(3)(m))', mechanism: 'gloss' },
  { ruleId: 'order-amend-placement', provision: 'reg 44(2)(f)', by: 'reg 5 (reg 2A(3)(m))', mechanism: 'gloss' },
  { ruleId: 'order-continue-amend', provision: 'reg 44(2)(h)', by: 'reg 5 (reg 2A(3)(m))', mechanism: 'gloss' },
  { ruleId: 'unopposed-amend', provision: 'reg 45(4)', by: 'reg 5 (reg 2A(3)(n))', mechanism: 'gloss' },
  { ruleId: 'unopposed-placement', provision: 'reg 45(5)(a)', by: 'reg 5 (reg 2A(3)(n))', mechanism: 'gloss' },
  { ruleId: 'unopposed-cease-amend', provision: 'reg 45(6A)', by: 'reg 5 (reg 2A(3)(n))', mechanism: 'gloss' },
  { ruleId: 'plan-disclosure-higher-education', provision: 'reg 47', by: 'reg 5 (reg 2A(3)(o))', mechanism: 'gloss' },
  // SEND Regulations 2014: limits whose exceptions import reg 13(3), which now reaches reg 10(4)(e)
  { ruleId: 'order-assess-notify', provision: 'reg 44(2)(b) (44(3)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'order-assess-no-plan', provision: 'reg 44(2)(b)(i) (44(3)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'order-assess-final-plan', provision: 'reg 44(2)(b)(ii) (44(3)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'order-make-plan-draft', provision: 'reg 44(2)(c)(i) (44(3)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'order-make-plan-final', provision: 'reg 44(2)(c)(ii) (44(3)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'unopposed-assess-notify', provision: 'reg 45(3) (45(7)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'unopposed-refusal-draft', provision: 'reg 45(6)(a) (45(7)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'unopposed-refusal-final', provision: 'reg 45(6)(b) (45(7)(c) → 13(3) → 10(4)(e))', by: 'reg 10', mechanism: 'cross-reference' },
  { ruleId: 'unopposed-placement-and-amend', provision: 'reg 45(5)(b)', by: 'reg 5 (reg 2A(3)(n))', mechanism: 'gloss' },
  {
    ruleId: 'mediation-agreement-appealable',
    provision: 'reg 42(2) (the reg 44 limits, "as if the mediation agreement were an order")',
    by: 'regs 5, 10',
    mechanism: 'cross-reference',
    note: 'follows whichever reg 44 limit the agreement stands for: 44(2)(d), (e), (f), (h) by the reg 2A gloss; 44(2)(b), (c) through 44(3)(c)',
  },
  // Children and Families Act 2014 s44(1), through the new reg 18A
  { ruleId: 'annual-review', provision: 'CFA 2014 s44(1) (new reg 18A)', by: 'reg 11', mechanism: 'review-not-necessary' },
  // Detained Persons Regulations 2015 (SI 2015/62)
  { ruleId: 'dp-assessment-decision', provision: 'SI 2015/62 reg 5(4)(d) (and reg 4(3))', by: 'regs 21, 22', mechanism: 'exception' },
  { ruleId: 'dp-no-plan-notice', provision: 'SI 2015/62 reg 10(4)(d)', by: 'reg 24', mechanism: 'exception' },
  { ruleId: 'dp-final-plan', provision: 'SI 2015/62 reg 13(3) (cross-reference extended to 10(4)(d))', by: 'reg 25', mechanism: 'exception' },
  { ruleId: 'dp-release', provision: 'SI 2015/62 reg 15(1), (4)', by: 'reg 20 (SI 2015/62 reg 2A(3)(a))', mechanism: 'gloss' },
  // First-tier Tribunal Recommendations Power Regulations 2017 (SI 2017/1306)
  { ruleId: 'recommendation-response', provision: 'SI 2017/1306 regs 6(3), 7(1)', by: 'reg 30 (SI 2017/1306 reg 2A(3))', mechanism: 'gloss' },
] as const satisfies readonly CoronavirusModification[];

/**
 * The rule ids SI 2020/471 modified (directly, or through the reg 13(3) cross-reference in regs
 * 44(3)(c) and 45(7)(c)). Not modified (their provisions are in no list of SI 2020/471 and no
 * amended cross-reference reaches them): draft-plan-representations (13(1)(a)),
 * amendment-representations (22(2)(c)), review-meeting-notice (20(3)/21(3)),
 * review-advice-circulation (20(4)/21(4)), the reg 18 phase-transfer rules, cease-pending-appeal
 * (CFA s45(4)), appeal and tribunal-response (HESC Rules), mediation-notice-of-date (37(2)),
 * order-cease (44(2)(a)), order-continue (44(2)(g), no period), the Code of Practice guidance rules
 * and dp-draft-plan-representations.
 */
export const coronavirus2020RuleIds: readonly string[] = coronavirus2020Modifies.map((m) => m.ruleId);
