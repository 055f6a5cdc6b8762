/**
 * Compliance with orders of the First-tier Tribunal (SEND Regulations 2014, reg 44).
 *
 * Plain data, one record per kind of order in reg 44(2). Trigger: the day the order is made
 * ("within N weeks of the order being made" / "of the date of the First-tier Tribunal's order":
 * the order day is excluded). `wording` quotes the revised text as at 3 April 2018
 * (`test/fixtures/legislation/send-regs-2014.md`): the opening words of 44(2), then the limb (and
 * sub-limb) that sets the period, each with its own letter, joined by single spaces (the other
 * limbs between them are left out).
 *
 * Versions: SI 2015/359 reg 7 (in force 23 March 2015) changed only who receives the finalised
 * plan in 44(2)(b)(ii) and (c)(ii); no period changed, so each rule has one record from
 * 1 September 2014, quoting the current words (the notes give the 2014 words).
 *
 * Exceptions (44(3)) lift only the limits in 44(2)(b) and (c): "exceptional personal
 * circumstances" (personal-circumstances), absence from the area "for a continuous period of 2
 * weeks or more" (absent-from-area; 2 weeks here, not the 4 weeks of reg 10(4)(d)), and "any of
 * the circumstances referred to in regulation 13(3)", i.e. reg 10(4)(a)–(d): school-closure,
 * early-years-closure, personal-circumstances and absent-from-area.
 */
import type { ExceptionCode, Modification, Rule } from './types.js';
import { coronavirus2020 } from './coronavirus.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS_2014 = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const REG_44_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/44';

/** 44(3)(a), (b), and (c) → 13(3) → 10(4)(a)–(d). */
const REG_44_3: readonly ExceptionCode[] = [
  'personal-circumstances',
  'absent-from-area',
  'school-closure',
  'early-years-closure',
];

/**
 * 44(2)(b) and (c) are not in SI 2020/471's reg 2A(3) list; they were reached through 44(3)(c),
 * which imports reg 13(3), which SI 2020/471 reg 10 amended to cover reg 10(4)(e).
 */
const coronavirusVia44_3: Modification = {
  ...coronavirus2020,
  effect:
    'Reg 44(2)(b) and (c) are not listed in reg 2A(3) (inserted by SI 2020/471 reg 5). From 1 May to 25 September 2020, SI 2020/471 reg 10 substituted "(e)" for "(d)" in reg 13(3), so "the circumstances referred to in regulation 13(3)" (reg 44(3)(c)) included reg 10(4)(e): "of a reason relating to the incidence or transmission of coronavirus". The local authority need not comply with the limit where it was impractical to do so for that reason. This route (44(3)(c) → 13(3) → 10(4)(e)) is the library\'s reading of the cross-references; no source states it.',
};

/** 44(2)(d), (e), (f) and (h): SI 2020/471 reg 2A(3)(m). */
const coronavirus2A: Modification = coronavirus2020;

const DIRECTION_NOTE =
  'Reg 44(1): the limits apply "Subject to paragraph (3) or any direction made by the First-tier Tribunal": a direction in the order setting another time governs, and the library does not compute it.';

const TRIGGER_ORDER = "the First-tier Tribunal's order is made";

export const tribunalOrderRules = [
  {
    id: 'order-cease',
    title: 'Cease to maintain the plan when an appeal against ceasing is dismissed',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order dismissing an appeal against a determination to cease to maintain the EHC plan",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'days', n: 0 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(2) Where the order— (a) dismisses an appeal against a determination to cease an EHC Plan, the local authority shall cease to maintain the EHC Plan immediately;",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(a)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"immediately": due on the day of the order (a span of 0 days).',
      'This is when the local authority must cease, not a deadline it can miss to the family\'s detriment: CFA 2014 s45(4)(b) forbids ceasing until "after the appeal has been finally determined". Whether "finally determined" waits for the time to seek permission to appeal to the Upper Tribunal is not settled here; the library reports the order day, as 44(2)(a) says.',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-assess-notify',
    title: 'Tell the family the assessment or re-assessment ordered will be made',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring an EHC needs assessment or re-assessment is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 44',
    wording: "(2) Where the order— (b) requires a local authority to make an assessment or reassessment, the local authority shall within 2 weeks of the order being made notify the child's parent or the young person that it shall make the assessment or reassessment and shall—",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(b)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirusVia44_3],
    exceptions: REG_44_3,
    notes: [
      '"within 2 weeks of the order being made": the order day is excluded; due = order + 14 days.',
      'Exceptions 44(3) apply (limits in (2)(b)): exceptional personal circumstances; absence from the area for a continuous period of 2 weeks or more; the reg 13(3) circumstances (reg 10(4)(a)–(d)). Each lifts the limit; none extends it.',
      DIRECTION_NOTE,
      'The same order starts order-assess-no-plan (10 weeks) and order-assess-final-plan (14 weeks).',
    ],
  },
  {
    id: 'order-assess-no-plan',
    title: 'After an ordered assessment: notify a decision not to make a plan',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring an EHC needs assessment or re-assessment (the date of the order)",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 10 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 44',
    wording: "(2) Where the order— (b) requires a local authority to make an assessment or reassessment, the local authority shall within 2 weeks of the order being made notify the child's parent or the young person that it shall make the assessment or reassessment and shall— (i) where, following the assessment or reassessment, the local authority decides that it is not necessary for special educational provision to be made for the child or the young person, in accordance with an EHC plan, notify the child's parent or the young person of its decision, giving reasons for it as soon as practicable, and in any event within 10 weeks of the date of the First-tier Tribunal's order; or",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(b)(i)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirusVia44_3],
    exceptions: REG_44_3,
    notes: [
      '"as soon as practicable, and in any event within 10 weeks of the date of the First-tier Tribunal\'s order": the 10 weeks are a longstop; the order day is excluded (due = order + 70 days).',
      'Exceptions 44(3) apply (limits in (2)(b)).',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-assess-final-plan',
    title: 'After an ordered assessment: send the finalised plan',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring an EHC needs assessment or re-assessment (the date of the order)",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 14 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 44',
    wording: "(2) Where the order— (b) requires a local authority to make an assessment or reassessment, the local authority shall within 2 weeks of the order being made notify the child's parent or the young person that it shall make the assessment or reassessment and shall— (ii) where, following the assessment or reassessment, it decides that it is necessary for special educational provision to be made for the child or the young person, in accordance with an EHC plan, it must send the finalised plan to the child’s parent or the young person under regulation 14(2) and those specified in regulation 13(2) as soon as practicable and in any event within 14 weeks of the date of the First-tier Tribunal's order;",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(b)(ii)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirusVia44_3],
    exceptions: REG_44_3,
    notes: [
      '"as soon as practicable and in any event within 14 weeks of the date of the First-tier Tribunal\'s order": due = order + 98 days.',
      'Versions: SI 2015/359 reg 7(a) (from 23 March 2015) inserted "the child\'s parent or the young person under regulation 14(2) and" after "the finalised plan to"; before that the plan was to be sent "to those specified in regulation 13(2)". The 14 weeks did not change, so one record covers both.',
      'Exceptions 44(3) apply (limits in (2)(b)).',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-make-plan-draft',
    title: 'Ordered to make and maintain a plan: issue the draft',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring the local authority to make and maintain an EHC plan is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 44',
    wording: "(2) Where the order— (c) requires a local authority to make and maintain an EHC Plan, the local authority shall— (i) issue a draft EHC Plan within 5 weeks of the order being made; and",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(c)(i)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirusVia44_3],
    exceptions: REG_44_3,
    notes: [
      '"within 5 weeks of the order being made": due = order + 35 days.',
      'Exceptions 44(3) apply (limits in (2)(c)).',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-make-plan-final',
    title: 'Ordered to make and maintain a plan: send the finalised plan',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring the local authority to make and maintain an EHC plan is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 11 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 44',
    wording: "(2) Where the order— (c) requires a local authority to make and maintain an EHC Plan, the local authority shall— (ii) send a copy of the finalised EHC plan to the child's parent or young person under Regulation 14(2) and to those specified in regulation 13(2), within 11 weeks of the order being made.",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(c)(ii)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirusVia44_3],
    exceptions: REG_44_3,
    notes: [
      '"within 11 weeks of the order being made": due = order + 77 days.',
      'Versions: SI 2015/359 reg 7(b) (from 23 March 2015) substituted "Regulation 14(2) and to those specified in regulation 13(2)" for "Regulation 14". The 11 weeks did not change, so one record covers both.',
      'Exceptions 44(3) apply (limits in (2)(c)).',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-reconsider',
    title: 'Case referred back: reconsider',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order referring the case back to the local authority to reconsider is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(2) Where the order— (d) refers the case back to the local authority for it to reconsider, the local authority shall do so within 2 weeks of the order being made and shall either send a copy of the draft EHC Plan as required under Regulation 13 or give notice as required under Regulation 5 of any decision not to maintain an EHC Plan;",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(d)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 2 weeks of the order being made": due = order + 14 days. Within that time the local authority must reconsider and either send a draft plan (reg 13) or give notice under reg 5 of a decision not to maintain a plan.',
      'No exceptions: 44(3) covers only (2)(b) and (c).',
      'SI 2020/471 reg 5 (new reg 2A(3)(m)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-amend-provision',
    title: 'Ordered to amend the special educational provision: issue the amended plan',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring the local authority to amend the special educational provision in the EHC plan is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(2) Where the order— (e) requires a local authority to amend the special educational provision specified in an EHC Plan, the local authority shall issue the amended EHC Plan within 5 weeks of the order being made;",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(e)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 5 weeks of the order being made": due = order + 35 days.',
      'Where one order changes both the provision and the school or institution named, reg 44 gives no combined period (contrast reg 45(5)(b) for unopposed appeals): 44(2)(f) still says 2 weeks for the name. The library reports each limit; order-amend-placement is the earlier.',
      'No exceptions: 44(3) covers only (2)(b) and (c).',
      'SI 2020/471 reg 5 (new reg 2A(3)(m)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-amend-placement',
    title: 'Ordered to change the school or institution named: issue the amended plan',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger:
      "the First-tier Tribunal's order requiring the local authority to amend the name or type of school or other institution in the EHC plan is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(2) Where the order— (f) requires the local authority to amend the name of the school or other institution or the type of school or other institution specified in the EHC plan, the local authority shall issue the amended EHC plan within 2 weeks of the order being made;",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(f)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 2 weeks of the order being made": due = order + 14 days.',
      'No exceptions: 44(3) covers only (2)(b) and (c).',
      'SI 2020/471 reg 5 (new reg 2A(3)(m)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      DIRECTION_NOTE,
    ],
  },
  {
    id: 'order-continue',
    title: 'Ordered to continue to maintain the plan in its existing form',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order requiring the local authority to continue to maintain the EHC plan in its existing form is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: {
      kind: 'none',
      reason:
        'Reg 44(2)(g) sets no period: the local authority "shall continue to maintain the EHC Plan", a continuing duty from the order, with nothing to be done by a date.',
    },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(2) Where the order— (g) requires the local authority to continue to maintain an EHC Plan in its existing form, the local authority shall continue to maintain the EHC Plan; and",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(g)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'No period, so `deadline()` returns `due: null` with the reason.',
      'Reg 44(2)(g) is not listed in SI 2020/471 reg 2A(3) (it has no time limit to relax).',
    ],
  },
  {
    id: 'order-continue-amend',
    title: 'Ordered to continue and amend the plan: amend it',
    process: 'tribunal-orders',
    owedBy: 'local authority',
    trigger: "the First-tier Tribunal's order to continue and amend the EHC plan is made",
    ...oneDate("Date of the First-tier Tribunal's order"),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(2) Where the order— (h) to continue and amend an EHC Plan, the local authority shall continue to maintain the EHC Plan and amend the EHC Plan within 5 weeks of the order being made.",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 44(2)(h)', url: REG_44_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 5 weeks of the order being made": due = order + 35 days. The plan must be maintained throughout.',
      'Drafting: 44(2)(h) reads "to continue and amend an EHC Plan" without "requires the local authority"; quoted as enacted.',
      'No exceptions: 44(3) covers only (2)(b) and (c).',
      'SI 2020/471 reg 5 (new reg 2A(3)(m)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      DIRECTION_NOTE,
    ],
  },
] as const satisfies readonly Rule[];
