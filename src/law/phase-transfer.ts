/**
 * Reviews before a transfer between phases of education (reg 18). Wording from
 * test/fixtures/legislation/send-regs-2014.md (SI 2014/1530, revised to 3 April 2018).
 *
 * The trigger of every rule here is the date of the transfer (the day the child or young person
 * starts in the new phase or institution). For the fixed-date rules the due date is the fixed day
 * of the CALENDAR year of that transfer: "before 15 February" → 14 February by default
 * (`fixedDate: 'before'`), 15 February with `fixedDate: 'on-or-before'`.
 *
 * `phase-transfer-post16` has three versions, so that exactly one applies to any transfer date:
 * 18(1)(a) for transfers up to 31 August 2015; 18(3) for a transfer on 1 September 2015 only
 * (before 31 May 2015); 18(1)(a) again from 2 September 2015. All three provisions came into force
 * with the Regulations on 1 September 2014 (reg 1, `inForce`); which transfers each governs is its
 * window of application (`appliesTo`), not its commencement.
 */
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const REG_18_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/18';

const REG_18_1 =
  "Except where paragraph (3) applies, where a child or young person is within 12 months of a transfer between phases of education, the local authority must review and amend, where necessary, the child or young person's EHC plan before— (a) 31 March in the calendar year of the child or young person's transfer from secondary school to a post-16 institution; and (b) 15 February in the calendar year of the child's transfer in any other case, and where necessary amend the EHC plan so that it names the school, post-16 or other institution, or type of school or institution, which the child or young person will attend following that transfer.";

const FIXED_DATE_NOTE =
  '"before" the fixed date: strict reading (default, `fixedDate: \'before\'`) makes the last compliant day the day before; `fixedDate: \'on-or-before\'` gives the date itself, as the Code of Practice and most councils write it. Explanations state the reading used. No roll-forward: a weekend date stands.';

const DIRECTION_NOTE =
  'direction \'within\': the due date is a latest date fixed by the calendar year of the transfer; the `fixedDate` option, not the `notice` option, governs "before". `counting` has no effect on a fixed date.';

const POST16_COMMON_NOTES = [
  'Applies to a transfer "from secondary school to a post-16 institution" (reg 2(1) "transfer between phases of education" (f)). A move into a school sixth form is not a move to a post-16 institution in reg 2(1)\'s sense: the case states the destination.',
  'Reg 18(1)(a) has not been amended (docs/law/sources.md part 2: no amending instrument touches reg 18; the revised text shows no amendment markers): the 31 March date and the 2015 special case of reg 18(3) are as made. Part 1\'s belief that 31 May was the original general date is refuted.',
  'Not modified by SI 2020/471 (reg 18 is in none of its lists; reg 18A concerns reviews under CFA s44(1)).',
] as const;

export const phaseTransferRules = [
  {
    id: 'phase-transfer',
    title: 'Review before a transfer between phases (other than into post-16): before 15 February',
    process: 'phase-transfer',
    owedBy: 'local authority',
    trigger:
      'the date of a transfer between phases of education other than from secondary school to a post-16 institution (early years → school, infant → junior, primary → middle or secondary, middle → secondary)',
    ...oneDate('Date of the transfer between phases'),
    period: { kind: 'fixed-date', month: 2, day: 15 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: REG_18_1,
    citation: { instrument: SEND_REGS, provision: 'reg 18(1)(b)', url: REG_18_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      FIXED_DATE_NOTE,
      DIRECTION_NOTE,
      '"15 February in the calendar year of the child\'s transfer": a September 2026 transfer → before 15 February 2026 (strict: by Saturday 14 February 2026).',
      'Which transfers count (Reception, Year 3 from an infant school, Year 7, or Years 5 and 9 in three-tier areas) is configuration (docs/law/ages-and-transfers.md), not part of this rule.',
      'Not modified by SI 2020/471.',
    ],
  },
  {
    id: 'phase-transfer-post16',
    title: 'Review before a transfer from secondary school to a post-16 institution: before 31 March',
    process: 'phase-transfer',
    owedBy: 'local authority',
    trigger: 'the date of the transfer from secondary school to a post-16 institution',
    ...oneDate('Date of the transfer to a post-16 institution'),
    period: { kind: 'fixed-date', month: 3, day: 31 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: REG_18_1,
    citation: { instrument: SEND_REGS, provision: 'reg 18(1)(a)', url: REG_18_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    appliesTo: { from: '2014-09-01', to: '2015-08-31' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'For a transfer in September 2014 the 31 March date fell before the Regulations came into force (1 September 2014); the transitional order (SI 2014/2270 art 14) governed children then moving from statements. The date is reported as the regulation gives it.',
      'Version for transfers from 1 September 2014 to 31 August 2015 (its window of application, `appliesTo`; the provision itself has been in force since 1 September 2014). Reg 18(3) displaces 18(1)(a) for a transfer on 1 September 2015 (separate record, same id); this record resumes from 2 September 2015 (third record, same id). The three windows do not overlap, so exactly one applies to any transfer date.',
      FIXED_DATE_NOTE,
      DIRECTION_NOTE,
      ...POST16_COMMON_NOTES,
    ],
  },
  {
    id: 'phase-transfer-post16',
    title: 'Review before a transfer into post-16 on 1 September 2015: before 31 May 2015',
    process: 'phase-transfer',
    owedBy: 'local authority',
    trigger: 'a transfer from secondary school to a post-16 institution on 1 September 2015',
    ...oneDate('Date of the transfer to a post-16 institution'),
    period: { kind: 'fixed-date', month: 5, day: 31 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      'Where a child or young person is due to transfer from a secondary school to a post-16 institution on 1 September 2015 the local authority must amend and review the EHC plan under paragraph (1)(a) before 31 May 2015.',
    citation: { instrument: SEND_REGS, provision: 'reg 18(3)', url: REG_18_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    appliesTo: { from: '2015-09-01', to: '2015-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'One-off version: reg 18(3) applies only to a transfer ON 1 September 2015 (appliesTo from = to = 2015-09-01, the trigger being the transfer date). A post-16 transfer on any other day of 2015 falls under 18(1)(a): before 31 March 2015.',
      'In force from 1 September 2014 with the rest of the Regulations (reg 1): the 31 May 2015 date fell while it was in force, so it did apply to the 1 September 2015 transfer.',
      'Strict (default): by 30 May 2015 (a Saturday); `fixedDate: \'on-or-before\'`: 31 May 2015.',
      'The regulation says "amend and review" here (18(1) says "review and amend"); quoted as it stands.',
      DIRECTION_NOTE,
      ...POST16_COMMON_NOTES,
    ],
  },
  {
    id: 'phase-transfer-post16',
    title: 'Review before a transfer from secondary school to a post-16 institution: before 31 March',
    process: 'phase-transfer',
    owedBy: 'local authority',
    trigger: 'the date of the transfer from secondary school to a post-16 institution',
    ...oneDate('Date of the transfer to a post-16 institution'),
    period: { kind: 'fixed-date', month: 3, day: 31 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: REG_18_1,
    citation: { instrument: SEND_REGS, provision: 'reg 18(1)(a)', url: REG_18_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    appliesTo: { from: '2015-09-02' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'Version for transfers from 2 September 2015 (after the one-off reg 18(3) date). Same text as the version for 1 September 2014 – 31 August 2015, in force since 1 September 2014: a transfer from 2 September to 31 December 2015 has its 31 March 2015 date while the regulation was in force.',
      FIXED_DATE_NOTE,
      DIRECTION_NOTE,
      '"31 March in the calendar year of the … transfer": a September 2025 transfer → before 31 March 2025 (strict: by Sunday 30 March 2025).',
      ...POST16_COMMON_NOTES,
    ],
  },
  {
    id: 'post16-transfer',
    title: 'Review before a transfer between post-16 institutions at another time: at least 5 months before',
    process: 'phase-transfer',
    owedBy: 'local authority',
    trigger: 'the date of a proposed transfer from one post-16 institution to another post-16 institution "at any other time"',
    ...oneDate('Date of the proposed transfer between post-16 institutions'),
    period: { kind: 'span', unit: 'months', n: 5 },
    counting: 'after',
    direction: 'at-least-before',
    rollForward: false,
    wording:
      "Where it is proposed that a young person transfers from one post-16 institution to another post-16 institution at any other time, the local authority must review and amend, where necessary, the young person's EHC plan at least five months before that transfer takes place so that it names the post-16 institution that the young person will attend following the transfer.",
    citation: { instrument: SEND_REGS, provision: 'reg 18(2)', url: REG_18_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"at least five months before that transfer": strict (default, `notice: \'strict\'`): (transfer − 5 months, clamped to the month\'s last day) − 1 day, as for notices; permissive (`notice: \'permissive\'`): transfer − 5 months. Transfer 5 Jan 2026 → strict 4 Aug 2025; transfer 31 Jul 2025 → 28 Feb 2025 clamped → strict 27 Feb 2025.',
      'No authority settles "at least N months before"; E J Riley v Eurostile (corresponding date suffices for "not less than two months after") supports the permissive reading, the clear-days convention the strict one.',
      '"at any other time" is not defined. The Code of Practice (para 9.180, secondary sources only) treats a review by 31 March as the norm for a post-16 → post-16 transfer at the start of an academic year and applies the five months to a transfer at another time; the caller decides which applies.',
      'Not modified by SI 2020/471.',
    ],
  },
] as const satisfies readonly Rule[];
