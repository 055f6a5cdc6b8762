/**
 * Moves between local authorities (reg 15) and changes of the responsible commissioning body
 * (reg 16). Wording from test/fixtures/legislation/send-regs-2014.md (SI 2014/1530, revised to 3 April 2018).
 *
 * Compound triggers: `plan-transfer` and `health-transfer` take `{ move, aware }` (the day of the
 * move and the day the body became aware of it); `plan-transfer-review` takes
 * `{ lastReviewed, transfer }` (the date the plan was made or last reviewed, and the date of the
 * transfer under reg 15(2)).
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Modification, Rule } from './types.js';
import { date, namedFields, oneDate } from './trigger-shape.js';

/** SI 2020/471 reg 2A(3)(a) reached reg 15(2) and 15(7) "in relation to the second reference to 15 working days" only. */
const COVID_LATE_AWARENESS_ONLY: Modification = {
  ...coronavirus2020,
  onlyLimb: 'late-awareness',
  effect:
    'SI 2020/471 reg 2A(3)(a) applied the coronavirus relaxation to this regulation only "in relation to the second reference to 15 working days": where the authority became aware of the move late, the 15 working days could be read as "as soon as reasonably practicable" (1 May to 25 September 2020). The duty to act on the day of the move was not relaxed.',
};

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const REG_15_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/15';
const REG_16_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/16';

/** The reading of "at least 15 working days prior to that move" shared by 15(2) and 15(7). */
const PRIOR_COUNT_NOTE =
  '"at least 15 working days prior to that move": no authority settles the count. The library counts the working days strictly between the day of awareness and the day of the move (neither end counts, docs/law/conventions.md); 15 or more → due on the day of the move; fewer → the late limb. At the boundary (exactly 14 working days strictly between) the late limb falls on the working day BEFORE the move (awareness Mon 3 Mar 2025, move Mon 24 Mar 2025 → Fri 21 Mar 2025); counting the awareness day as one of the 15 would give the day of the move instead. The strict count is the earlier, safer date; explanations state it.';

export const transferRules = [
  {
    id: 'plan-transfer',
    title: 'Old authority transfers the EHC plan to the new authority on a move',
    process: 'transfer',
    owedBy: 'the old authority (the local authority that maintained the plan before the move)',
    trigger:
      'the child or young person moves into another local authority’s area: `move` is the day of the move, `aware` the day on which the old authority became aware of it',
    ...namedFields(date('move', 'Date of the move'), date('aware', 'Date the old authority became aware of the move')),
    period: {
      kind: 'compound',
      method: 'plan-transfer',
      summary:
        'on the day of the move; or, where the old authority did not become aware of the move at least 15 working days before it, within 15 working days beginning with the day on which it became aware (the 15th working day, counting the awareness day as day 1 if it is a working day)',
    },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording:
      'The old authority shall transfer the EHC plan to the new authority (“the transfer”) on the day of the move or, where it has not become aware of the move at least 15 working days prior to that move, within 15 working days beginning with the day on which it did become aware.',
    citation: { instrument: SEND_REGS, provision: 'reg 15(2)', url: REG_15_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [COVID_LATE_AWARENESS_ONLY],
    exceptions: [],
    notes: [
      PRIOR_COUNT_NOTE,
      '"within 15 working days beginning with the day on which it did become aware": the awareness day is working day 1 when it is a working day; otherwise counting starts on the next working day.',
      'Awareness after the move: the late limb applies (15 working days beginning with the awareness day).',
      'The date of the transfer is the trigger of plan-transfer-notice (6 weeks) and plan-transfer-review (reg 15(5)(b)).',
      'SI 2020/471 (reg 2A(3)(a)) relaxed only "the second reference to 15 working days", i.e. the late limb, for 1 May–25 September 2020; the duty to transfer on the day of the move was not relaxed.',
      'The original text has “the transfer” in italics; the mirror\'s Markdown asterisks are dropped here.',
    ],
  },
  {
    id: 'plan-transfer-notice',
    title: 'New authority tells the family about the transferred plan',
    process: 'transfer',
    owedBy: 'the new authority',
    trigger: 'the date of the transfer of the plan under reg 15(2)',
    ...oneDate('Date the plan was transferred'),
    period: { kind: 'span', unit: 'weeks', n: 6 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "The new authority must, within 6 weeks of the date of the transfer, inform the child's parent or the young person of the following— (a) that the EHC plan has been transferred; (b) whether it proposes to make an EHC needs assessment; and (c) when it proposes to review the EHC plan in accordance with paragraph (5).",
    citation: { instrument: SEND_REGS, provision: 'reg 15(4)', url: REG_15_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      'Trigger: the date of the transfer (reg 15(2)), which may be later than the day of the move when the old authority learnt of the move late. Transfer day excluded: transfer + 42 days.',
      'SI 2020/471 reg 2A(3)(a) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'plan-transfer-review',
    title: 'New authority reviews a transferred plan',
    process: 'transfer',
    owedBy: 'the new authority',
    trigger:
      '`lastReviewed`: the date the EHC plan was made or, as the case may be, last reviewed; `transfer`: the date of the transfer under reg 15(2)',
    ...namedFields(date('lastReviewed', 'Date the plan was made or last reviewed'), date('transfer', 'Date the plan was transferred')),
    period: {
      kind: 'compound',
      method: 'later-of-periods',
      summary:
        'the last day of the later of (a) the period of 12 months beginning with the date the plan was made or last reviewed and (b) the period of 3 months beginning with the date of the transfer',
    },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    wording:
      'The new authority must review the EHC plan in accordance with section 44 of the Act before the expiry of the later of— (a) the period of 12 months beginning with the date of making of the EHC plan, or as the case may be, with the previous review, or (b) the period of 3 months beginning with the date of the transfer.',
    citation: { instrument: SEND_REGS, provision: 'reg 15(5)', url: REG_15_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"beginning with": each start date is day 1, so a period of N months ends on the day before the corresponding date (made 10 Mar 2025 → 12 months end 9 Mar 2026; transfer 15 Dec 2025 → 3 months end 14 Mar 2026). "before the expiry of the later of": due = the later of the two last days.',
      'Month ends: where the start day has no corresponding date (transfer 30 Nov + 3 months: there is no 30 February; plan made 29 Feb 2024 + 12 months), docs/law/conventions.md gives the day before the clamped date (27 Feb); an equally arguable reading ends the period on the last day of the month (28 Feb). Unsettled: the engine\'s trace should say which was used.',
      'Reg 15(3)(a): from the transfer the plan is treated as made by the new authority on the date the old authority made it, so later reviews follow annual-review (CFA s44(1)).',
      'SI 2020/471 reg 2A(3)(a) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'health-transfer',
    title: 'Old commissioning body notifies the new one of a move between authorities',
    process: 'transfer',
    owedBy:
      'the original responsible commissioning body (the NHS body that arranged the health care provision: an integrated care board, formerly a clinical commissioning group, or NHS England)',
    trigger:
      'the child or young person’s move into another local authority’s area makes another commissioning body responsible: `move` is the day of the move, `aware` the day on which the original body became aware of it',
    ...namedFields(date('move', 'Date of the move'), date('aware', 'Date the old commissioning body became aware of the move')),
    period: {
      kind: 'compound',
      method: 'plan-transfer',
      summary:
        'on the day of the move; or, where the original body did not become aware of the move at least 15 working days before it, within 15 working days beginning on the day on which it became aware',
    },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording:
      "Where, by virtue of the child or young person's move, another commissioning body becomes the responsible commissioning body for that child or young person, the original responsible commissioning body must notify the new responsible commissioning body of the move on the day of the move or where it has not become aware of the move at least 15 working days prior to that move, within 15 working days beginning on the day on which it did become aware.",
    citation: { instrument: SEND_REGS, provision: 'reg 15(7)', url: REG_15_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [COVID_LATE_AWARENESS_ONLY],
    exceptions: [],
    notes: [
      PRIOR_COUNT_NOTE,
      '"beginning on the day on which it did become aware" is read as "beginning with" (docs/law/conventions.md): the awareness day is working day 1 when it is a working day.',
      'A change of commissioning body WITHOUT a change of local authority is reg 16 (health-change-notify), which has no day-of-move limb.',
      'SI 2020/471 (reg 2A(3)(a)) relaxed only "the second reference to 15 working days" (the late limb) for 1 May–25 September 2020.',
    ],
  },
  {
    id: 'health-transfer-request',
    title: 'New commissioning body asks the new authority to assess or review (move between authorities)',
    process: 'transfer',
    owedBy:
      'the new responsible commissioning body, where it is not practicable for it to arrange the health care provision specified in the plan',
    trigger: 'the date on which the new commissioning body became aware of the move',
    ...oneDate('Date the new commissioning body became aware of the move'),
    period: { kind: 'span', unit: 'working-days', n: 15 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording:
      'Where it is not practicable for that new commissioning body to arrange the health care provision specified in the EHC plan, it must, within 15 working days beginning with the date on which it became aware of the move, request that the new local authority makes an EHC needs assessment or reviews the EHC Plan, and where the new local authority receives such a request it must comply with that request.',
    citation: { instrument: SEND_REGS, provision: 'reg 15(8)', url: REG_15_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 15 working days beginning with the date on which it became aware": the awareness day is working day 1 when it is a working day; otherwise counting starts on the next working day.',
      'The new local authority "must comply with that request": no period is set for that.',
      'SI 2020/471 reg 2A(3)(a) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'health-change-notify',
    title: 'Old commissioning body notifies the new one of a change of responsible commissioning body (same authority)',
    process: 'transfer',
    owedBy: 'the original responsible commissioning body',
    trigger:
      'the day on which the original commissioning body became aware that another commissioning body has become responsible (the local authority maintaining the plan stays the same)',
    ...oneDate('Date the original commissioning body became aware of the change'),
    period: { kind: 'span', unit: 'working-days', n: 15 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording:
      'The original responsible commissioning body must notify the new responsible commissioning body of the change in responsible commissioning body within 15 working days beginning on the day on which it became aware of the change.',
    citation: { instrument: SEND_REGS, provision: 'reg 16(2)', url: REG_16_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"beginning on the day" is read as "beginning with": the awareness day is working day 1 when it is a working day.',
      'Reg 16 applies where "the local authority which maintains the EHC plan remains the same" (reg 16(1)); a move between authorities is reg 15(7) (health-transfer).',
      'SI 2020/471 reg 2A(3)(b) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'health-change-request',
    title: 'New commissioning body asks the authority to assess or review (same authority)',
    process: 'transfer',
    owedBy:
      'the new responsible commissioning body, where it is not practicable for it to arrange the health care provision specified in the plan',
    trigger: 'the date on which the new commissioning body became aware that it is the new responsible commissioning body',
    ...oneDate('Date the new commissioning body became aware it is responsible'),
    period: { kind: 'span', unit: 'working-days', n: 15 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording:
      'Where it is not practicable for the new commissioning body to arrange the health care provision specified in the EHC plan, it must, within 15 working days beginning with the date on which it became aware that it is the new responsible commissioning body, request the local authority makes an EHC needs assessment or reviews the EHC Plan, and where the local authority receives such a request it must comply with that request.',
    citation: { instrument: SEND_REGS, provision: 'reg 16(3)', url: REG_16_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 15 working days beginning with the date on which it became aware": the awareness day is working day 1 when it is a working day.',
      'The local authority "must comply with that request": no period is set for that.',
      'SI 2020/471 reg 2A(3)(b) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
] as const satisfies readonly Rule[];
