/**
 * EHC plans: the period for representations on a draft plan (reg 13(1)(a)), the 20-week limit for
 * the final plan (reg 13(2)) and disclosure of a plan for higher education (reg 47).
 * Wording from test/fixtures/legislation/send-regs-2014.md (SI 2014/1530, revised to 3 April 2018).
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';

export const planRules = [
  {
    id: 'draft-plan-representations',
    title: 'Period for representations on a draft EHC plan',
    process: 'plan',
    owedBy: 'local authority (must allow the period; the parent or young person makes the representations)',
    trigger: 'the day on which the draft plan was served on the child’s parent or the young person',
    ...oneDate('Date the draft plan was served'),
    period: { kind: 'span', unit: 'days', n: 15 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    wording:
      "When a local authority sends a draft plan to a child's parent or young person it must— (a) give them at least 15 days, beginning with the day on which the draft plan was served, in which to— (i) make representations about the content of the draft plan, and to request that a particular school or other institution be named in the plan; and (ii) require the local authority to arrange a meeting between them and an officer of the local authority at which the draft plan can be discussed",
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 13(1)(a)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"at least 15 days, beginning with the day on which the draft plan was served": the service day is day 1, so the period runs service day … service day + 14 (calendar days, through weekends and holidays). `due` is that last day, service + 14. The authority may not finalise the plan before service + 15.',
      '"served", not "sent": the caller supplies the date of service. The library never deems postal delivery (Interpretation Act 1978 s7).',
      'The period is a minimum the authority must allow, not a deadline on the family; the 20-week final-plan limit (final-plan) still runs.',
      'Not modified by SI 2020/471 (reg 13(1) is in none of its lists).',
    ],
  },
  {
    id: 'final-plan',
    title: 'Finalised EHC plan sent (the 20-week limit)',
    process: 'plan',
    owedBy: 'local authority',
    trigger:
      'the local authority receives a request for an EHC needs assessment under section 36(1), or becomes responsible for the child under section 24 (the same trigger as assessment-decision)',
    ...oneDate('Date the request for an assessment was received (or the authority became responsible)'),
    period: { kind: 'span', unit: 'weeks', n: 20 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    exceptionsCitedAs: 'reg 13',
    wording:
      "A local authority must send the finalised EHC plan to— (a) the child's parent or to the young person; (b) the governing body, proprietor or principal of any school, other institution or provider of relevant early years education named in the EHC plan; and (c) to the responsible commissioning body, as soon as practicable, and in any event within 20 weeks of the local authority receiving a request for an EHC needs assessment in accordance with section 36(1) of the Act, or of the local authority becoming responsible for the child in accordance with section 24 of the Act.",
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 13(2)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: ['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area'],
    notes: [
      '"within 20 weeks of" receiving the request: request day excluded, last compliant day = request + 140 days (same weekday). No roll-forward: a bank holiday due date stands (request Mon 6 Jan 2025 → Mon 26 May 2025, a bank holiday).',
      'Exceptions: reg 13(3), "The local authority need not comply with the time limit referred to in paragraph (2) if it is impractical for any of the reasons set out in regulation 10(4)(a) to (d)", i.e. the four codes listed. No missed-appointment exception for the local authority.',
      'The national "issued within 20 weeks" statistic (SEN2) may count the request day as day 1, one day stricter than this rule (docs/law/sources.md part 1 §9 item 9 and part 2 item 13: unverified). This rule follows the regulation.',
      'SI 2020/471 extended reg 13(3) to reg 10(4)(e), coronavirus, for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'plan-disclosure-higher-education',
    title: 'Disclosure of an EHC plan for higher education (DSA and the institution)',
    process: 'plan',
    owedBy: 'local authority',
    trigger: 'the young person asks the local authority to disclose the plan',
    ...oneDate('Date the young person asked for the plan to be disclosed'),
    period: { kind: 'span', unit: 'working-days', n: 15 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording:
      "When a young person is intending to undertake a course of higher education, the local authority must disclose a copy of that young person's EHC plan to— (a) any person in connection with the young person's application for a disabled student's allowance in accordance with chapter 3 of part 5 of the Education (Student Support) Regulations 2011 ; and (b) the principal (or equivalent position) of the institution at which it has been confirmed that the young person has a place to undertake a course of higher education, within 15 working days of being asked to do so by the young person.",
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 47',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/47',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 15 working days of being asked": the day of the request is excluded; due = the 15th working day after it.',
      '"working day" is not defined in the SEND Regulations 2014. Default calendar: every day except Saturday, Sunday, Christmas Day, Good Friday and England and Wales bank holidays; a caller may add closure days.',
      'The space before the semicolon in "(a) … Regulations 2011 ; and" is in the official text.',
      'SI 2020/471 reg 2A(3)(o) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
] as const satisfies readonly Rule[];
