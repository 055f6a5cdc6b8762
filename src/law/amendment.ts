/**
 * Amending an EHC plan following a review (reg 22; and, by reg 28, any amendment outside a review
 * or re-assessment). Wording from test/fixtures/legislation/send-regs-2014.md (SI 2014/1530, revised to 3 April 2018).
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const REG_22_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/22';

const REG_28_NOTE =
  'Reg 28: "If, at any time, a local authority proposes to amend an EHC plan, it shall proceed as if the proposed amendment were an amendment proposed after a review." So these periods apply to every proposed amendment, not only after a review.';

export const amendmentRules = [
  {
    id: 'amendment-representations',
    title: 'Period for representations on proposed amendments',
    process: 'amendment',
    owedBy: 'local authority (must allow the period; the parent or young person makes the representations)',
    trigger:
      'the day on which the copy of the plan and the notice of proposed amendments (reg 22(2)(a)) were served; reg 22(2)(c) calls them "the draft plan"',
    ...oneDate('Date the copy of the plan and the notice of proposed amendments were served'),
    period: { kind: 'span', unit: 'days', n: 15 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    wording:
      'give them at least 15 days, beginning with the day on which the draft plan was served, in which to— (i) make representations about the content of the draft plan; (ii) request that a particular school or other institution be named in the plan; (iii) request a meeting with an officer of the local authority, if they wish to make representations orally.',
    citation: { instrument: SEND_REGS, provision: 'reg 22(2)(c)', url: REG_22_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"at least 15 days, beginning with the day on which the draft plan was served": the service day is day 1; the period runs service day … service day + 14 (calendar days). `due` is service + 14; the authority may not finalise before service + 15.',
      'Reg 22(2)(a) speaks of sending "a copy of the EHC plan together with a notice specifying the proposed amendments"; 22(2)(c) counts from the day "the draft plan was served". The caller supplies the date of service.',
      REG_28_NOTE,
      'Not modified by SI 2020/471 (reg 22(6) covers only paragraphs (3) and (4)).',
    ],
  },
  {
    id: 'amendment-final',
    title: 'Amended EHC plan issued',
    process: 'amendment',
    owedBy: 'local authority',
    trigger: 'the local authority sends the copy of the plan and the notice of proposed amendments under reg 22(2)(a)',
    ...oneDate('Date the copy of the plan and the notice of proposed amendments were sent'),
    period: { kind: 'span', unit: 'weeks', n: 8 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "Where the local authority decides to amend the EHC plan following representations from the child's parent or the young person, it must send the finalised EHC plan to— (a) the child's parent or to the young person; (b) the governing body, proprietor or principal of any school or other institution named in the EHC plan; and (c) to the responsible commissioning body as soon as practicable, and in any event within 8 weeks of the local authority sending a copy of the EHC plan in accordance with paragraph (2)(a).",
    citation: { instrument: SEND_REGS, provision: 'reg 22(3)', url: REG_22_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 8 weeks of the local authority sending" the copy plan: the sending day is excluded; due = sending + 56 days. Counted from SENDING (22(2)(a)), whereas the representation period counts from SERVICE (22(2)(c)).',
      'Reg 22 has no exceptions paragraph in the 2014 text; SI 2020/471 inserted reg 22(6) (coronavirus) for 1 May–25 September 2020 (modifiedBy).',
      'R (L, M, P) v Devon CC [2022] EWHC 493 (Admin): after a review the proposed amendments go with the review decision (within 4 weeks of the meeting), so the amended plan is due at most 12 weeks after the review meeting.',
      REG_28_NOTE,
      'Related: amendment-not-proceeding (the same 8 weeks, where the authority decides not to amend).',
    ],
  },
  {
    id: 'amendment-not-proceeding',
    title: 'Notice of a decision not to amend, with reasons',
    process: 'amendment',
    owedBy: 'local authority',
    trigger: 'the local authority sends the copy of the plan and the notice of proposed amendments under reg 22(2)(a)',
    ...oneDate('Date the copy of the plan and the notice of proposed amendments were sent'),
    period: { kind: 'span', unit: 'weeks', n: 8 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "Where the local authority decides not to amend the EHC plan, it must notify the child's parent or the young person of its decision and its reasons for this as soon as practicable and in any event within 8 weeks of the local authority sending a copy of the EHC plan in accordance with paragraph (2)(a).",
    citation: { instrument: SEND_REGS, provision: 'reg 22(4)', url: REG_22_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      'Same trigger and period as amendment-final: sending + 56 days, the sending day excluded.',
      'Reg 22(5): with the notice the authority must also give the right of appeal (s51(2)(e)) and its time limits.',
      'SI 2020/471 inserted reg 22(6) (coronavirus) for 1 May–25 September 2020 (modifiedBy).',
      REG_28_NOTE,
    ],
  },
] as const satisfies readonly Rule[];
