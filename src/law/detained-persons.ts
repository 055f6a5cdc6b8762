/**
 * The Special Educational Needs and Disability (Detained Persons) Regulations 2015 (SI 2015/62),
 * in force 1 April 2015: EHC needs assessments for detained persons (CFA 2014 ss70–75) and
 * assessments interrupted by release or detention (reg 15).
 *
 * Wording read in the legalize-dev/legalize-uk mirror uk/uksi-2015-62.md (commit
 * 1fab3da83f76278821765d6675751f5f1c695542; revised text, last_updated 2024-08-19), which agrees with
 * the legislation.gov.uk excerpts recorded as P in docs/law/sources.md part 1 §3 (regs 4, 5, 13, 15).
 * The 2020 coronavirus insertions (SI 2020/471 regs 18–27) are not in that text.
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const DP_REGS = 'The Special Educational Needs and Disability (Detained Persons) Regulations 2015 (SI 2015/62)';

const DP_TRIGGER =
  'the home authority receives a request to secure a detained person’s EHC needs assessment under section 71(2) of the Children and Families Act 2014, or the detained person is brought or comes to its attention under section 71(4)(b) or (c)';

export const detainedPersonsRules = [
  {
    id: 'dp-assessment-decision',
    title: 'Detained person: decision whether to secure an EHC needs assessment',
    process: 'detained-persons',
    owedBy: 'the home authority',
    trigger: DP_TRIGGER,
    ...oneDate("Date the request was received (or the detained person came to the home authority's attention)"),
    period: { kind: 'span', unit: 'weeks', n: 6 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'SI 2015/62 reg 5',
    wording:
      "The home authority must notify the appropriate person and the person in charge of the relevant youth accommodation where the detained person is detained as soon as practicable and in any event within 6 weeks of— (a) receiving a request to secure a detained person's EHC needs assessment under section 71(2) of the Act, or (b) the date on which the detained person has been brought or comes to the attention of the authority in accordance with section 71(4)(b) or (c) of the Act, of its decision whether or not it is necessary to secure a detained person's EHC needs assessment.",
    citation: { instrument: DP_REGS, provision: 'reg 5(1)', url: 'https://www.legislation.gov.uk/uksi/2015/62/regulation/5' },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      '"within 6 weeks of": trigger day excluded; due = trigger + 42 days.',
      'Exceptions: reg 5(4)(a) school closure ("(or person holding the equivalent position)"), 5(4)(b) exceptional personal circumstances of the detained person or a detained child\'s parent, 5(4)(c) absence of a detained child\'s parent from the area for at least 4 weeks. There is no early-years limb.',
      "Reg 4(1), the notice that provision through an EHC plan is not necessary, runs on the same trigger and period (\"as soon as practicable, but in any event within 6 weeks of— (a) receiving a request to secure a detained person's EHC needs assessment under section 71(2) of the Act, or (b) the date on which the detained person has been brought or comes to the attention of the authority in accordance with section 71(4)(b) or (c) of the Act\") and has no exceptions paragraph.",
      'SI 2020/471 (regs 21–22) added reg 4(3) and reg 5(4)(d), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
      'docs/law/sources.md part 1 §3 marks reg 5 P with limb (c) unverified; limb (c) was read in the mirror for this record.',
    ],
  },
  {
    id: 'dp-no-plan-notice',
    title: 'Detained person: notice, after an assessment, that no EHC plan will be secured',
    process: 'detained-persons',
    owedBy: 'the home authority',
    trigger: DP_TRIGGER,
    ...oneDate("Date the request was received (or the detained person came to the home authority's attention)"),
    period: { kind: 'span', unit: 'weeks', n: 16 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'SI 2015/62 reg 10',
    wording:
      "Where, following a detained person's EHC needs assessment, a home authority decides that it is not necessary for special educational provision to be made for the detained person in accordance with an EHC plan, the notification given in accordance with section 71(10) of the Act must be given as soon as practicable, and in any event within 16 weeks of the home authority receiving a request for a detained person's EHC needs assessment in accordance with section 71(2) of the Act, or the date on which the detained person has been brought or comes to the attention of the authority in accordance with section 71(4)(b) or (c) of the Act.",
    citation: { instrument: DP_REGS, provision: 'reg 10(1)', url: 'https://www.legislation.gov.uk/uksi/2015/62/regulation/10' },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      '"within 16 weeks of": trigger day excluded; due = trigger + 112 days.',
      'Exceptions: reg 10(4)(a)–(c) (school closure; exceptional personal circumstances; absence of a detained child\'s parent for at least 4 weeks).',
      'docs/law/sources.md part 1 §3 marks the 16-week period P (by the cross-reference in reg 15(4)(b)); the wording of reg 10(1) itself was read in the mirror for this record.',
      'SI 2020/471 (reg 24) added reg 10(4)(d), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'dp-draft-plan-representations',
    title: 'Detained person: period for representations on a draft EHC plan',
    process: 'detained-persons',
    owedBy: 'the home authority (must allow the period; the appropriate person makes the representations)',
    trigger: 'the day on which the draft plan was served on the appropriate person',
    ...oneDate('Date the draft plan was served'),
    period: { kind: 'span', unit: 'days', n: 15 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    wording:
      'When a home authority sends a draft plan to the appropriate person it must— (a) give them at least 15 days, beginning with the day on which the draft plan was served, in which to— (i) make representations about the content of the draft plan, and to request that a particular school or other institution be named in the plan, and (ii) require the home authority to arrange a meeting between them and an officer of the home authority at which the draft plan can be discussed',
    citation: { instrument: DP_REGS, provision: 'reg 13(1)(a)', url: 'https://www.legislation.gov.uk/uksi/2015/62/regulation/13' },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"at least 15 days, beginning with the day on which the draft plan was served": service day is day 1; the period ends on service + 14; the authority may not finalise before service + 15.',
      'Not modified by SI 2020/471.',
    ],
  },
  {
    id: 'dp-final-plan',
    title: 'Detained person: finalised EHC plan sent (20 weeks)',
    process: 'detained-persons',
    owedBy: 'the home authority',
    trigger: DP_TRIGGER,
    ...oneDate("Date the request was received (or the detained person came to the home authority's attention)"),
    period: { kind: 'span', unit: 'weeks', n: 20 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'SI 2015/62 reg 13',
    wording:
      "A home authority must send the finalised EHC plan to— (a) the appropriate person, (b) the person in charge of the relevant youth accommodation where the detained person is detained, (c) the youth offending team responsible for the detained person, (d) the governing body, proprietor or principal of any school, or other institution named in the EHC plan, (e) the home commissioning body, and (f) the detained person's health services commissioner as soon as practicable, and in any event within 20 weeks of the home authority receiving a request for an EHC needs assessment in accordance with section 71(2) of the Act, or on the date which the detained person has been brought or comes to the attention of the authority in accordance with section 71(4)(b) or (c) of the Act.",
    citation: { instrument: DP_REGS, provision: 'reg 13(2)', url: 'https://www.legislation.gov.uk/uksi/2015/62/regulation/13' },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      '"within 20 weeks of": trigger day excluded; due = trigger + 140 days.',
      'The text reads "within 20 weeks of … receiving a request …, or on the date which the detained person has been brought or comes to the attention of the authority": the second limb is read as "of the date on which", the same counting as the first.',
      'Exceptions: reg 13(3), "The home authority need not comply with the time limit referred to in paragraph (2) if it is impractical for any of the reasons set out in regulation 10(4)(a) to (c)."',
      'SI 2020/471 (reg 25) extended reg 13(3) to reg 10(4)(d), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'dp-release',
    title: 'Assessment interrupted by release from (or start of) detention: final plan within 20 weeks',
    process: 'detained-persons',
    owedBy:
      'the local authority completing the assessment after release (reg 15(1)), or the home authority completing it after a detention order (reg 15(4))',
    trigger:
      'reg 15(1), release part-way through a detained person\'s assessment: the date the detained person was brought or came to the attention of the local authority under section 71(4)(b) or (c); reg 15(4), detention part-way through an ordinary assessment: the date the local authority became responsible for the child or young person',
    ...oneDate("Date the detained person was brought or came to the authority's attention"),
    period: { kind: 'span', unit: 'weeks', n: 20 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      'Where as a consequence of a release from detention, a local authority is required to complete an EHC needs assessment in respect of a child or young person for whom a detained person\'s EHC needs assessment was started but not completed; the local authority must ensure, that — (a) any EHC plan is finalised within 20 weeks; (b) any decision not to secure an EHC plan is finalised within 16 weeks; (c) a decision whether or not to secure an EHC needs assessment is made within 6 weeks; from the date which the detained person has been brought or comes to the attention of the local authority in accordance with section 71(4)(b) or (c) of the Act.',
    citation: { instrument: DP_REGS, provision: 'reg 15(1), (4)', url: 'https://www.legislation.gov.uk/uksi/2015/62/regulation/15' },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      'One id for reg 15: `due` is limb (a), the final plan, trigger + 140 days. Limb (b) (decision not to secure a plan) is trigger + 16 weeks and limb (c) (decision whether to assess) trigger + 6 weeks, from the same trigger: compute them with no-plan-notice / assessment-decision (after release) or dp-no-plan-notice / dp-assessment-decision (after detention) on this trigger date.',
      "Reg 15(4) (detention part-way through an ordinary assessment): \"the local authority must ensure that — (a) any EHC plan is finalised within the 20 weeks specified in regulation 13(2); (b) any decision not to secure an EHC plan is finalised within the 16 weeks specified in regulation 10(1); (c) a decision whether or not to secure an EHC needs assessment is made within the 6-weeks specified in regulation 5(1); from the date which the local authority became responsible for the child or young person.\"",
      'Reg 15(3): paragraph (1) does not apply where the authority completing the assessment after release is not the home authority that started it.',
      'Reg 15 has no exceptions paragraph. Whether the reg 13(3) exceptions follow the cross-reference in 15(4)(a) ("the 20 weeks specified in regulation 13(2)") is unsettled; none is listed here.',
      'The regulation says "from the date", with no "beginning with": the trigger day is excluded (docs/law/conventions.md).',
      'SI 2020/471 (reg 20: SI 2015/62 reg 2A(3)(a)) relaxed reg 15(1) and (4) for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
] as const satisfies readonly Rule[];
