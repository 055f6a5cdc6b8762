/**
 * EHC needs assessment: the decision whether to assess (reg 5(1); the reg 4(1) notice is noted on
 * `assessment-decision`), advice from co-operating bodies (reg 8(1)) and the decision not to issue a
 * plan (reg 10(1)). Wording from test/fixtures/legislation/send-regs-2014.md (SI 2014/1530, revised to 3 April 2018).
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';

export const assessmentRules = [
  {
    id: 'assessment-decision',
    title: 'Decision whether to secure an EHC needs assessment',
    process: 'assessment',
    owedBy: 'local authority',
    trigger:
      'the local authority receives a request for an EHC needs assessment under section 36(1) of the Children and Families Act 2014, or becomes responsible for the child or young person under section 24',
    ...oneDate('Date the request for an assessment was received (or the authority became responsible)'),
    period: { kind: 'span', unit: 'weeks', n: 6 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 5',
    wording:
      "The local authority must notify the child's parent or the young person as soon as practicable and in any event within 6 weeks of— (a) receiving a request for an assessment under section 36(1) of the Act, or (b) becoming responsible for the child or young person in accordance with section 24 of the Act of its decision whether or not it is necessary to secure an EHC needs assessment for the child or young person.",
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 5(1)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      '"within 6 weeks of" receiving the request: the day of receipt is excluded (Dodds v Walker), so the last compliant day is receipt + 42 days, the same weekday. No roll-forward: a due date on a weekend or bank holiday stands.',
      '"as soon as practicable and in any event within 6 weeks": the date is a longstop; an unreasonable delay within the 6 weeks can still breach the duty.',
      'Exceptions: reg 5(4)(a)–(d) (school closure, early-years closure, exceptional personal circumstances, absence from the area for at least 4 weeks). They lift the limit; they do not extend it.',
      "Reg 4(1), the notice that special educational provision through an EHC plan is not necessary, runs on the same trigger and period and has no id of its own: \"Where a local authority determines that it is not necessary for special educational provision to be made in accordance with an EHC plan it must notify the child's parent or the young person in accordance with section 36(5) of the Act as soon as practicable, but in any event within 6 weeks of— (a) receiving a request for an EHC needs assessment under section 36(1) of the Act, or (b) becoming responsible for the child or young person in accordance with section 24 of the Act.\" Reg 4 has NO exceptions paragraph (only reg 4(3), coronavirus, 1 May–25 September 2020): the reg 5(4) exceptions do not lift the reg 4(1) limit.",
      'SI 2020/471 added reg 5(4)(e) (and reg 4(3)), coronavirus, for 1 May–25 September 2020: modelled as modifiedBy, not as an exception code.',
      'Related: advice-response (6 weeks for co-operating bodies), no-plan-notice (16 weeks) and final-plan (20 weeks) run from the same trigger.',
    ],
  },
  {
    id: 'advice-response',
    title: 'Co-operating body responds to a request for advice in an EHC needs assessment',
    process: 'assessment',
    owedBy:
      'a body whose co-operation the local authority requests under section 31 of the Children and Families Act 2014 in securing the assessment (for example the NHS commissioning body or social care)',
    trigger: 'the body receives the local authority’s request for co-operation',
    ...oneDate('Date the request for co-operation was received'),
    period: { kind: 'span', unit: 'weeks', n: 6 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 8',
    wording:
      'Where a local authority requests the co-operation of a body in securing an EHC needs assessment in accordance with section 31 of the Act, that body must comply with such a request within 6 weeks of the date on which they receive it.',
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 8(1)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/8',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['personal-circumstances', 'absent-from-area', 'missed-appointment'],
    notes: [
      'The trigger is the date the body RECEIVES the request ("the date on which they receive it"), not the date the local authority sent it; the day of receipt is excluded: receipt + 42 days.',
      'Exceptions: reg 8(2)(a) "exceptional circumstances" (not "exceptional personal circumstances"), 8(2)(b) absence from the area for at least 4 weeks, 8(2)(c) a missed appointment for an examination or a test. The missed-appointment exception exists only here, not for the local authority\'s own limits.',
      'Re-assessments: reg 26(2), "Regulations 8 and 9 also apply to re-assessments."',
      'SI 2020/471 added reg 8(2)(d), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'no-plan-notice',
    title: 'Notice, after an assessment, that the local authority will not issue an EHC plan',
    process: 'assessment',
    owedBy: 'local authority',
    trigger:
      'the local authority receives a request for an EHC needs assessment under section 36(1), or becomes responsible for the child or young person under section 24 (the same trigger as assessment-decision)',
    ...oneDate('Date the request for an assessment was received (or the authority became responsible)'),
    period: { kind: 'span', unit: 'weeks', n: 16 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 10',
    wording:
      'Where, following an EHC needs assessment, a local authority decides that it is not necessary for special educational provision to be made for a child or young person in accordance with an EHC plan, the notification given in accordance with section 36(9) must be given as soon as practicable, and in any event within 16 weeks of the local authority receiving a request for an EHC needs assessment in accordance with section 36(1) of the Act, or of the local authority becoming responsible for the child or young person in accordance with section 24 of the Act.',
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 10(1)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/10',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      'Counted from the original request (or the date the authority became responsible), not from the assessment decision: request + 112 days, the request day excluded.',
      'Exceptions: reg 10(4)(a)–(d). There is no reg 10(4)(e) in the 2014 text and no missed-appointment exception.',
      'SI 2020/471 added reg 10(4)(e), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
] as const satisfies readonly Rule[];
