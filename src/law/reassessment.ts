/**
 * Re-assessment: the decision whether to re-assess (reg 25(1)) and the 14-week limit for the plan
 * after a re-assessment (reg 27(2)). Wording from test/fixtures/legislation/send-regs-2014.md (SI 2014/1530,
 * revised to 3 April 2018). The first review after a re-assessment (reg 27(4)) is in review.ts.
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';

export const reassessmentRules = [
  {
    id: 'reassessment-decision',
    title: 'Decision whether to re-assess',
    process: 'reassessment',
    owedBy: 'local authority',
    trigger:
      'the local authority receives a request to re-assess (CFA s44(2): from the parent or young person, or the school, post-16 or other institution attended)',
    ...oneDate('Date the request to re-assess was received'),
    period: { kind: 'span', unit: 'days', n: 15 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "The local authority must notify the child's parent or the young person whether or not it is necessary to reassess the child or young person within 15 days of receiving the request to re-assess.",
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 25(1)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/25',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '15 CALENDAR days (the regulation does not say "working"): "within 15 days of receiving" excludes the day of receipt; due = receipt + 15, through weekends and holidays, no roll-forward.',
      'Reg 25 has no exceptions paragraph.',
      'Reg 24: the authority need not re-assess where "(a) it has carried out an assessment or re-assessment within the period of six months prior to that request, or (b) it is not necessary for the authority to make a further assessment." The 15-day notice is still owed.',
      'Reg 23: a request from the responsible commissioning body must be complied with.',
      'SI 2020/471 reg 2A(3)(e) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'reassessment-final-plan',
    title: 'Finalised plan after a re-assessment (the 14-week limit)',
    process: 'reassessment',
    owedBy: 'local authority',
    trigger:
      'the notification under reg 25(1) that the authority will re-assess, or its decision under CFA s44(3) that a re-assessment is necessary',
    ...oneDate('Date of the notification or decision that a re-assessment is necessary'),
    period: { kind: 'span', unit: 'weeks', n: 14 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 27',
    wording:
      'The local authority must send a copy of the finalised EHC plan in accordance with section 39(8) or 40(5) of the Act (as appropriate) as soon as practicable, and in any event within 14 weeks of the notification under regulation 25(1)or of deciding it is necessary to reassess under section 44(3) to— (a) the child\'s parent or the young person; (b) the governing body, proprietor or principal of any school or other institution named in the plan; and (c) the relevant responsible commissioning body.',
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 27(2)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/27',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      '"within 14 weeks of the notification": the notification day is excluded; due = notification + 98 days. Counted from the authority\'s notification under 25(1), not from the request.',
      'Exceptions: reg 27(3)(a)–(d) (its (c) and (d) say "the child or his parent").',
      '"regulation 25(1)or" (no space) is in the official text.',
      'SI 2020/471 added reg 27(3)(e), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
      'Related: reg 26(2) applies reg 8 (advice-response, 6 weeks) to re-assessments; review-after-reassessment (reg 27(4)) anchors the next review on the date this plan is sent.',
    ],
  },
] as const satisfies readonly Rule[];
