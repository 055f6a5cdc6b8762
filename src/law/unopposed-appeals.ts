/**
 * Unopposed appeals (SEND Regulations 2014, reg 45): the local authority tells the First-tier
 * Tribunal, before it submits its response, that it will not oppose the appeal; the appeal is
 * treated as determined in the appellant's favour (45(2)) and these limits run from "the date
 * it notified the First-tier Tribunal" (HESC r17(7): the Tribunal's notice states that date).
 *
 * Two versions (docs/law/statutory-rules.md "Versions in force"):
 * - From 23 March 2015: reg 45(3)–(6A) as substituted by SI 2015/359 reg 8(a), and 45(7) with
 *   ",(4)" omitted by reg 8(b). Quoted from `test/fixtures/legislation/send-regs-2014.md` (revised to
 *   3 April 2018) and checked against the text of SI 2015/359 itself. `verification: 'primary'`.
 * - 1 September 2014 to 22 March 2015: reg 45(3)–(5) as made (4 weeks to carry out the
 *   assessment, 4 weeks for the plan's contents, 2 weeks for the school or institution). The
 *   as-made text was read only in a secondary reproduction (SEND Advice Surrey), so these records
 *   are `secondary`; the as-made 45(6) (refusal to make a plan) was not found at all and has no
 *   record: a pre-23 March 2015 trigger for unopposed-refusal-* is NOT_IN_FORCE rather than a
 *   guess.
 * The version is chosen by the trigger date (the date the local authority notified the
 * Tribunal). SI 2015/359 has no transitional provision; a notification before 23 March 2015
 * keeps the as-made period (the library's reading, stated in the notes).
 */
import type { ExceptionCode, Modification, Rule } from './types.js';
import { coronavirus2020 } from './coronavirus.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS_2014 = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const REG_45_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/45';
const REG_45_AS_MADE_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/45/made';

/** 45(7)(a), (b), and (c) → 13(3) → 10(4)(a)–(d). */
const REG_45_7: readonly ExceptionCode[] = [
  'personal-circumstances',
  'absent-from-area',
  'school-closure',
  'early-years-closure',
];

const SUBSTITUTED_FROM = '2015-03-23';
const AS_MADE_TO = '2015-03-22';

const TRIGGER = 'the date the local authority notified the First-tier Tribunal that it will not oppose the appeal (reg 45(1))';

/** 45(3) and (6): not in reg 2A(3); reached through 45(7)(c) → 13(3) as amended → 10(4)(e). */
const coronavirusVia45_7: Modification = {
  ...coronavirus2020,
  effect:
    'Reg 45(3) and (6) are not listed in reg 2A(3) (inserted by SI 2020/471 reg 5). From 1 May to 25 September 2020, SI 2020/471 reg 10 substituted "(e)" for "(d)" in reg 13(3), so "the circumstances referred to in regulation 13(3)" (reg 45(7)(c)) included reg 10(4)(e): "of a reason relating to the incidence or transmission of coronavirus". The local authority need not comply with the limit where it was impractical to do so for that reason. This route (45(7)(c) → 13(3) → 10(4)(e)) is the library\'s reading of the cross-references; SI 2020/471 reg 14 added reg 45(8) only for paragraph (3A), which 45(7) does not cover, which supports it.',
};

/** 45(3A): SI 2020/471 reg 14 inserted reg 45(8). */
const coronavirus45_8: Modification = {
  ...coronavirus2020,
  effect:
    'SI 2020/471 reg 14 inserted reg 45(8), in effect 1 May to 25 September 2020: "The local authority need not comply with the time limits specified in paragraph (3A) if it is impractical to do so because the circumstances referred to in regulation 10(4)(e) apply." (reg 10(4)(e): "of a reason relating to the incidence or transmission of coronavirus").',
};

/** 45(4), (5) and (6A): SI 2020/471 reg 2A(3)(n). */
const coronavirus2A: Modification = coronavirus2020;

const EXCEPTIONS_NOTE =
  'Exceptions 45(7) apply: exceptional personal circumstances; absence from the area for a continuous period of not less than 2 weeks (not the 4 weeks of reg 10(4)(d)); the reg 13(3) circumstances (reg 10(4)(a)–(d)). Each lifts the limit; none extends it.';

const NO_EXCEPTIONS_NOTE =
  'No exceptions: 45(7) reads "The local authority need not comply with the time limits specified in paragraphs (3) ... or (6)". The "..." in the revised text marks words omitted by SI 2015/359 reg 8(b): "in paragraph (7), omit \',(4)\'" (read in the text of SI 2015/359). So 45(7) covers only (3) and (6), not (3A), (4), (5) or (6A).';

const VERSION_NOTE =
  'Version from 23 March 2015 (SI 2015/359 reg 8, in force 23 March 2015 by its reg 1). SI 2015/359 has no transitional provision; the library applies this version where the local authority notified the Tribunal on or after 23 March 2015.';

export const unopposedAppealRules = [
  // ---- Version from 23 March 2015 (SI 2015/359) -------------------------------------------
  {
    id: 'unopposed-assess-notify',
    title: 'Unopposed appeal against refusal to assess: tell the family the assessment will be made',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(a) or (d) (refusal to assess or re-assess)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 45',
    wording: "(3) If the appeal is made under section 51(2)(a) or (d) of the Act, the local authority must, within 2 weeks of the date it notified the First-tier Tribunal under paragraph (1), notify the child’s parent or the young person that it must make the EHC needs assessment or reassessment.",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(3)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirusVia45_7],
    exceptions: REG_45_7,
    notes: [
      '"within 2 weeks of the date it notified the First-tier Tribunal under paragraph (1)": the notification day is excluded; due = notification + 14 days.',
      EXCEPTIONS_NOTE,
      'The "..." in 45(7) ("paragraphs (3) ... or (6)") marks ",(4)", omitted by SI 2015/359 reg 8(b); it does not hide a reference to (3A).',
      VERSION_NOTE,
      'Before 23 March 2015 the as-made 45(3) required the local authority to carry out the assessment itself within 4 weeks: see unopposed-assess.',
    ],
  },
  {
    id: 'unopposed-assess-no-plan',
    title: 'Unopposed appeal against refusal to assess: notify a decision not to make a plan',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(a) or (d)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 10 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(3A) If following the EHC needs assessment or reassessment, the local authority— (a) decides that it is not necessary for special educational provision to be made for the child or young person in accordance with an EHC plan, the local authority must notify the child’s parent or the young person of its decision, giving reasons for it as soon as practicable, and in any event within 10 weeks of the date it notified the First-tier Tribunal under paragraph (1), or",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(3A)(a)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirus45_8],
    exceptions: [],
    notes: [
      '"as soon as practicable, and in any event within 10 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 70 days.',
      NO_EXCEPTIONS_NOTE,
      VERSION_NOTE,
    ],
  },
  {
    id: 'unopposed-assess-final-plan',
    title: 'Unopposed appeal against refusal to assess: send the finalised plan',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(a) or (d)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 14 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(3A) If following the EHC needs assessment or reassessment, the local authority— (b) decides that it is necessary for special educational provision to be made for the child or young person in accordance with an EHC plan, it must send the finalised plan to the child’s parent or the young person under regulation 14(2) and those specified in regulation 13(2) as soon as practicable and in any event within 14 weeks of the date it notified the First-tier Tribunal under paragraph (1).",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(3A)(b)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirus45_8],
    exceptions: [],
    notes: [
      '"as soon as practicable and in any event within 14 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 98 days.',
      NO_EXCEPTIONS_NOTE,
      VERSION_NOTE,
    ],
  },
  {
    id: 'unopposed-amend',
    title: "Unopposed appeal about the plan's contents: issue the amended plan",
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(c)(i) or (ii), or (e)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 45',
    wording: "(4) If the appeal is made under section 51(2)(c)(i) or (ii), or (e) of the Act, the local authority must issue the amended EHC plan to those specified in regulation 22(3) within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1).",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(4)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 35 days.',
      NO_EXCEPTIONS_NOTE,
      'SI 2020/471 reg 5 (new reg 2A(3)(n)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      VERSION_NOTE,
      'Before 23 March 2015 the period was 4 weeks and the as-made 45(7) exceptions applied (the earlier record under this id).',
    ],
  },
  {
    id: 'unopposed-placement',
    title: 'Unopposed appeal about the school or institution named: issue the amended plan',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(c)(iii) or (iv)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(5) If the appeal is made under section 51(2)(c)(iii) or (iv) of the Act, the local authority must issue the amended EHC plan to those specified in regulation 22(3)— (a) within 2 weeks of the date it notified the First-tier Tribunal under paragraph (1), or",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(5)(a)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 2 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 14 days.',
      'Modelling of 45(5): this id is 45(5)(a), the 2-week limit. Where the local authority is also required to amend the plan under 45(4) (an appeal about the contents as well as the placement), 45(5)(b) gives 5 weeks instead: use unopposed-placement-and-amend. Without that id a caller gets the earlier, 2-week date, never a later one.',
      NO_EXCEPTIONS_NOTE,
      'SI 2020/471 reg 5 (new reg 2A(3)(n)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      VERSION_NOTE,
    ],
  },
  {
    id: 'unopposed-placement-and-amend',
    title: 'Unopposed appeal about the placement and the contents: issue the amended plan',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(c)(iii) or (iv) where the local authority is also required to amend the plan under reg 45(4)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(5) If the appeal is made under section 51(2)(c)(iii) or (iv) of the Act, the local authority must issue the amended EHC plan to those specified in regulation 22(3)— (b) where the local authority is also required to amend the EHC plan under paragraph (4), within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1).",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(5)(b)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      'New id (not in docs/law/statutory-rules.md, which folds this into unopposed-placement as "+ 2 weeks, or + 5 weeks where the plan must also be amended under 45(4)"): the 45(5)(b) limit as its own record, so that the choice between 2 and 5 weeks is made by the caller naming the case, not by an engine option.',
      '"within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 35 days, the same day as unopposed-amend.',
      NO_EXCEPTIONS_NOTE,
      'SI 2020/471 reg 5 (new reg 2A(3)(n)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      VERSION_NOTE,
    ],
  },
  {
    id: 'unopposed-refusal-draft',
    title: 'Unopposed appeal against refusal to make a plan: issue the draft',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(b) (refusal to make a plan)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 45',
    wording: "(6) If the appeal is made under section 51(2)(b) of the Act, the local authority must— (a) issue a draft EHC plan within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1), and",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(6)(a)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirusVia45_7],
    exceptions: REG_45_7,
    notes: [
      '"within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 35 days.',
      EXCEPTIONS_NOTE,
      'The "..." in 45(7) ("paragraphs (3) ... or (6)") marks ",(4)", omitted by SI 2015/359 reg 8(b).',
      VERSION_NOTE,
      'The as-made 45(6) (before 23 March 2015) was not found in any source read; there is no earlier record, and a trigger before 23 March 2015 is NOT_IN_FORCE.',
    ],
  },
  {
    id: 'unopposed-refusal-final',
    title: 'Unopposed appeal against refusal to make a plan: send the finalised plan',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(b)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 11 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 45',
    wording: "(6) If the appeal is made under section 51(2)(b) of the Act, the local authority must— (b) send a copy of the finalised EHC plan to the child’s parent or the young person under regulation 14(2) and to those specified in regulation 13(2), within 11 weeks of the date it notified the First-tier Tribunal under paragraph (1).",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(6)(b)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirusVia45_7],
    exceptions: REG_45_7,
    notes: [
      '"within 11 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 77 days.',
      EXCEPTIONS_NOTE,
      'The "..." in 45(7) ("paragraphs (3) ... or (6)") marks ",(4)", omitted by SI 2015/359 reg 8(b).',
      VERSION_NOTE,
      'The as-made 45(6) (before 23 March 2015) was not found in any source read; there is no earlier record, and a trigger before 23 March 2015 is NOT_IN_FORCE.',
    ],
  },
  {
    id: 'unopposed-cease-amend',
    title: 'Unopposed appeal against ceasing the plan: continue it, and amend it where agreed',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, in an appeal under CFA 2014 s51(2)(f) (decision to cease to maintain the plan), where the local authority has also agreed to amend the plan`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(6A) If the appeal is made under section 51(2)(f) of the Act, the local authority must continue to maintain the EHC plan, and where the local authority has also agreed to amend the EHC plan, the local authority must amend it within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1).",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(6A)', url: REG_45_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: SUBSTITUTED_FROM },
    modifiedBy: [coronavirus2A],
    exceptions: [],
    notes: [
      '"within 5 weeks of the date it notified the First-tier Tribunal under paragraph (1)": due = notification + 35 days. The duty to continue to maintain the plan has no period; the 5 weeks apply to the amendment, and only where the local authority agreed to amend.',
      NO_EXCEPTIONS_NOTE,
      'SI 2020/471 reg 5 (new reg 2A(3)(n)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
      'Paragraph (6A) was inserted by SI 2015/359 reg 8(a) (from 23 March 2015); the as-made reg 45 had no paragraph for appeals against ceasing.',
    ],
  },

  // ---- As made: 1 September 2014 to 22 March 2015 (secondary text) -------------------------
  {
    id: 'unopposed-assess',
    title: 'Unopposed appeal (2014 text): carry out the assessment, review or re-assessment',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, where the appeal concerned a request for an assessment (CFA 2014 s36) or a review or re-assessment (s44)`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 4 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 45',
    wording:
      "(3) Where the appeal concerned a request for a local authority to make an assessment under section 36 or a review or reassessment under section 44, the local authority shall carry out that assessment, review or reassessment within 4 weeks of the local authority's notification to the First-tier Tribunal.",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(3) (as made)', url: REG_45_AS_MADE_URL },
    force: 'statute',
    verification: 'secondary',
    inForce: { from: '2014-09-01', to: AS_MADE_TO },
    modifiedBy: [],
    exceptions: REG_45_7,
    notes: [
      'As-made text, superseded on 23 March 2015 when SI 2015/359 reg 8(a) substituted paragraphs (3) to (6). Wording from a secondary reproduction of the as-made regulation (SEND Advice Surrey, "Consent orders and agreements", https://www.sendadvicesurrey.org.uk/information-advice-and-resources/appeals/consent-orders-and-agreements); the legislation.gov.uk point-in-time text (version superseded 23/03/2015) was seen only up to reg 43. Period very probably right; exact words unverified.',
      'New id: the as-made duty (carry out the whole assessment, review or re-assessment within 4 weeks) has no counterpart after 23 March 2015, when it was replaced by the 2-week notice and the 10- and 14-week limits (unopposed-assess-notify, unopposed-assess-no-plan, unopposed-assess-final-plan), so it is not filed under any of those ids.',
      '"within 4 weeks of the local authority\'s notification to the First-tier Tribunal": the notification day is excluded; due = notification + 28 days.',
      'Exceptions: SI 2015/359 reg 8(b) omitted ",(4)" from 45(7), so the as-made 45(7) covered "paragraphs (3),(4) or (6)", with the same (a)–(c) as now (SI 2015/359 changed nothing else in (7)). So the 45(7) exceptions applied to this limit: exceptional personal circumstances; absence from the area for a continuous period of not less than 2 weeks; the reg 13(3) circumstances.',
      'A notification before 23 March 2015 keeps this period even where it ran past that day (SI 2015/359 has no transitional provision; the library\'s reading).',
    ],
  },
  {
    id: 'unopposed-amend',
    title: "Unopposed appeal about the plan's contents (2014 text): issue the amended plan",
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, where the appeal concerned the contents of the EHC plan`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 4 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 45',
    wording:
      "(4) Where the appeal concerns the contents of the EHC Plan, then the local authority shall issue the amended EHC Plan within 4 weeks of the local authority's notification to the First-tier Tribunal.",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(4) (as made)', url: REG_45_AS_MADE_URL },
    force: 'statute',
    verification: 'secondary',
    inForce: { from: '2014-09-01', to: AS_MADE_TO },
    modifiedBy: [],
    exceptions: REG_45_7,
    notes: [
      'As-made text, superseded on 23 March 2015 (SI 2015/359 reg 8(a); now 5 weeks). Wording from a secondary reproduction of the as-made regulation (SEND Advice Surrey, "Consent orders and agreements"); exact words unverified.',
      '"within 4 weeks of the local authority\'s notification to the First-tier Tribunal": due = notification + 28 days.',
      'Exceptions: the as-made 45(7) covered "paragraphs (3),(4) or (6)" (SI 2015/359 reg 8(b) omitted ",(4)"), so they applied to this limit until 22 March 2015, and do not after.',
      'A notification before 23 March 2015 keeps this period even where it ran past that day (the library\'s reading).',
    ],
  },
  {
    id: 'unopposed-placement',
    title: 'Unopposed appeal about the school or institution named (2014 text): issue the amended plan',
    process: 'unopposed-appeals',
    owedBy: 'local authority',
    trigger: `${TRIGGER}, where the appeal concerned the name or type of school or other institution to be named in the EHC plan`,
    ...oneDate('Date the local authority told the Tribunal it will not oppose the appeal'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "(5) Where the appeal concerns the name of the school or other institution, or type of school or other institution to be named in the EHC plan, the local authority shall issue the amended EHC plan within 2 weeks of the local authority's notification to the First–tier Tribunal.",
    citation: { instrument: SEND_REGS_2014, provision: 'reg 45(5) (as made)', url: REG_45_AS_MADE_URL },
    force: 'statute',
    verification: 'secondary',
    inForce: { from: '2014-09-01', to: AS_MADE_TO },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'As-made text, superseded on 23 March 2015 (SI 2015/359 reg 8(a)). Wording from a secondary reproduction of the as-made regulation (SEND Advice Surrey, "Consent orders and agreements"), which writes "First–tier" with an en dash here; exact words unverified.',
      '"within 2 weeks of the local authority\'s notification to the First-tier Tribunal": due = notification + 14 days. The as-made text had no 5-week variant for a combined contents and placement appeal (that is 45(5)(b) from 23 March 2015).',
      'No exceptions: the as-made 45(7) covered paragraphs (3), (4) and (6), not (5).',
    ],
  },
] as const satisfies readonly Rule[];
