/**
 * Reviews: the statutory annual review (Children and Families Act 2014 s44(1)), the first review
 * after a re-assessment (reg 27(4)), the review-meeting steps of regs 20 and 21, and three Code of
 * Practice (2015) guidance rules. SI 2014/1530 wording from test/fixtures/legislation/send-regs-2014.md (revised to
 * 3 April 2018); CFA wording from the legalize-dev/legalize-uk mirror uk/ukpga-2014-6.md (commit
 * 00b890ce48a04d941bc3ab32b274dfbd1ee6ad60), as docs/law/sources.md part 2 (PM).
 *
 * Reg 20 applies where the child or young person attends a school or other institution; reg 21
 * where they do not. The periods are the same; each rule cites both.
 */
import { coronavirus2020 } from './coronavirus.js';
import type { Rule } from './types.js';
import { oneDate } from './trigger-shape.js';

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const CFA = 'Children and Families Act 2014 (c. 6)';
const COP = 'Special educational needs and disability code of practice: 0 to 25 years (January 2015)';
const COP_URL = 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25';
const REG_20_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/20';

const STRICT_NOTICE_NOTE =
  '"at least two weeks" before the meeting: strict reading (default, `notice: \'strict\'`) treats the two weeks as clear days, excluding both the day of the act and the meeting day, so the act is due by meeting − 15 days; the permissive option (`notice: \'permissive\'`) gives meeting − 14. No SEND authority settles it; strict is the safe reading for compliance and explanations state which was used.';

export const reviewRules = [
  {
    id: 'annual-review',
    title: 'Review of an EHC plan at least every 12 months',
    process: 'review',
    owedBy: 'local authority',
    trigger: 'the date on which the plan was first made; then the date on which it was last reviewed under section 44',
    ...oneDate('Date the plan was first made or last reviewed'),
    period: { kind: 'span', unit: 'months', n: 12 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    wording:
      'A local authority must review an EHC plan that it maintains— (a) in the period of 12 months starting with the date on which the plan was first made, and (b) in each subsequent period of 12 months starting with the date on which the plan was last reviewed under this section.',
    citation: {
      instrument: CFA,
      provision: 's44(1)',
      url: 'https://www.legislation.gov.uk/ukpga/2014/6/section/44',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"period of 12 months starting with" the date: that date is day 1, so the period ends on the day before the corresponding date 12 months on (made 10 Jan 2025 → review by 9 Jan 2026; made 1 Mar 2023 → by 29 Feb 2024).',
      'A plan made on 29 February: there is no 29 February in the following year. The period of 12 months starting with 29 Feb 2024 ends on the last day of February 2025 (28 Feb 2025): it cannot end a day short of 12 months. (A literal \"day before the clamped corresponding date\" would give 27 Feb 2025, a 364-day year.) The trace shows the month-end step.',
      'Which date counts as "last reviewed" (the meeting, or the decision notified under reg 20(10)/21(9)) is not settled by the Act; the caller supplies it (timeline option `reviewedOn`). IPSEA treats the decision as concluding the review.',
      'After a re-assessment the first review is review-after-reassessment (reg 27(4)); after a transfer between authorities, plan-transfer-review (reg 15(5)). s44(4): subject to contrary provision in regulations under s44(7)(b).',
      'SI 2020/471 reg 11 inserted reg 18A for 1 May–25 September 2020: "It is not necessary for a local authority to review an EHC plan in accordance with section 44(1) of the Act if it is impractical to do so because of a reason relating to the incidence or transmission of coronavirus." Reviews were then due "as soon as reasonably practicable" (modifiedBy).',
    ],
  },
  {
    id: 'review-after-reassessment',
    title: 'First review after a re-assessment',
    process: 'review',
    owedBy: 'local authority',
    trigger:
      'the date on which a copy of the finalised plan is sent to the child’s parent or the young person after a re-assessment (reg 14)',
    ...oneDate('Date the finalised plan was sent after the re-assessment'),
    period: { kind: 'span', unit: 'months', n: 12 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "(a) Where the local authority carries out a reassessment, it must review the EHC plan within 12 months of the date on which a copy of the finalised plan is sent to the child's parent or the young person in accordance with the requirements in Regulation 14; and (b) in each subsequent period of 12 months starting with the date on which the plan was last reviewed.",
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 27(4)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/27',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 12 months of" the sending date: the sending day is excluded, so the last day is the corresponding date (sent 10 Jan 2025 → 10 Jan 2026), or the last day of the month where there is none (sent 29 Feb 2024 → 28 Feb 2025). One day later than annual-review\'s "starting with" reading.',
      'Later reviews (27(4)(b), "starting with") follow annual-review.',
      'SI 2020/471 reg 2A(3)(f) relaxed this limit for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'review-meeting-notice',
    title: 'Notice of the date of a review meeting',
    process: 'review',
    owedBy:
      'not stated (passive: "must be given"); in practice whoever arranges the meeting: the local authority, or the head teacher or principal it requires to arrange and hold it under reg 20(1)',
    trigger: 'the date of the review meeting',
    ...oneDate('Date of the review meeting'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'at-least-before',
    rollForward: false,
    wording: "At least two weeks' notice of the date of the meeting must be given.",
    citation: { instrument: SEND_REGS, provision: 'reg 20(3); reg 21(3)', url: REG_20_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      STRICT_NOTICE_NOTE,
      'Reg 21(3) (child or young person not attending a school or other institution) has the same words; there the local authority arranges the meeting (reg 21(2)).',
      'Notice is to be "given": the caller supplies the date the notice was given; the library does not deem postal delivery.',
      'Not modified by SI 2020/471 (regs 20(3) and 21(3) are not in reg 2A(3)).',
    ],
  },
  {
    id: 'review-advice-circulation',
    title: 'Advice and information circulated before a review meeting',
    process: 'review',
    owedBy: 'the person arranging the review meeting (reg 20(4)); the local authority (reg 21(4))',
    trigger: 'the date of the review meeting',
    ...oneDate('Date of the review meeting'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'at-least-before',
    rollForward: false,
    wording:
      'The person arranging the review meeting must obtain advice and information about the child or young person from the persons referred to in paragraph (2) and must circulate it to those persons at least two weeks in advance of the review meeting.',
    citation: { instrument: SEND_REGS, provision: 'reg 20(4); reg 21(4)', url: REG_20_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      STRICT_NOTICE_NOTE,
      'Reg 21(4) (not attending a school or other institution): "The local authority must obtain advice and information about the child or young person from the persons referred to in paragraph (2) and must circulate it to those persons at least two weeks in advance of the review meeting" (no full stop in the official text).',
      'Not modified by SI 2020/471.',
    ],
  },
  {
    id: 'review-report',
    title: 'Written report after a review meeting',
    process: 'review',
    owedBy:
      'reg 20: the head teacher or principal of a reg 20(12) school, at the local authority\'s request (20(7)); otherwise the local authority (20(8)). Reg 21: the local authority (21(7))',
    trigger: 'the date of the review meeting',
    ...oneDate('Date of the review meeting'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      'The written report must include advice and information about the child or young person obtained in accordance with paragraph (4) and must be prepared within two weeks of the review meeting, and sent to everyone referred to in paragraph (2).',
    citation: { instrument: SEND_REGS, provision: 'reg 20(7)–(9); reg 21(7)–(8)', url: REG_20_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within two weeks of the review meeting": the meeting day is excluded; due = meeting + 14 days. The report must be prepared within the two weeks and sent to everyone invited; the regulation sets no separate time for sending, so the library uses the same date for both.',
      'The wording is reg 20(9); reg 21(8) has identical words. Reg 21(7): "The local authority must prepare a report on the child or young person within two weeks of the review meeting setting out its recommendations on any amendments required to be made to the EHC plan, and should refer to any difference between those recommendations and recommendations of others attending the meeting."',
      'Who writes it: reg 20(7) "Where the child or young person attends a school referred to in paragraph (12), the local authority must ask the head teacher or principal of the school to prepare a written report on the child or young person, …"; reg 20(8): where they do not attend such a school, "the local authority must prepare a written report …".',
      'SI 2020/471 reg 2A(3)(c)–(d) relaxed regs 20(9) and 21(7)–(8) for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'review-decision',
    title: 'Decision after a review: continue, amend or cease',
    process: 'review',
    owedBy: 'local authority',
    trigger: 'the date of the review meeting',
    ...oneDate('Date of the review meeting'),
    period: { kind: 'span', unit: 'weeks', n: 4 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      "The local authority must then decide whether it proposes to— (a) continue to maintain the EHC plan in its current form; (b) amend it; or (c) cease to maintain it, and must notify the child's parent or the young person and the person referred to in paragraph (2)(b) within four weeks of the review meeting.",
    citation: { instrument: SEND_REGS, provision: 'reg 20(10); reg 21(9)', url: REG_20_URL },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within four weeks of the review meeting": meeting day excluded; due = meeting + 28 days. The limit attaches to "must notify".',
      "Reg 21(9) (not attending a school or other institution): \"The local authority must decide whether it proposes to— (a) continue to maintain the EHC plan in its current form; (b) amend it; or (c) cease to maintain it, and must notify the child's parent or the young person within four weeks of the review meeting.\" Under reg 21 the notice goes only to the parent or young person.",
      'R (L, M, P) v Devon CC [2022] EWHC 493 (Admin): where the authority proposes to amend, the proposed amendments go with this notice (reg 22(2)(a)), so the amended plan (amendment-final, 8 weeks) is due at most 12 weeks after the meeting.',
      'SI 2020/471 reg 2A(3)(c)–(d) relaxed regs 20(10) and 21(9) for 1 May–25 September 2020 (modifiedBy).',
    ],
  },
  {
    id: 'under-5-review',
    title: 'Review of a plan for a child under 5 every 3 to 6 months (guidance)',
    process: 'review',
    owedBy: 'local authority (guidance: "should consider")',
    trigger: 'the date the plan was made or last reviewed, for a child under 5',
    ...oneDate('Date the plan was made or last reviewed'),
    period: { kind: 'span', unit: 'months', n: 6 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      '[Not verbatim: the Code of Practice text was not read; secondary quotation] should consider reviewing an EHC plan for a child under 5 at least every 3 to 6 months',
    citation: { instrument: COP, provision: 'para 9.178', url: COP_URL },
    force: 'guidance',
    verification: 'secondary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'Guidance ("should"), not a statutory limit: the statutory limit remains annual-review (12 months).',
      'Due = the corresponding date 6 months on (the outer end of "3 to 6 months"); the 3-month point (trigger + 3 months) is the inner end and may be reported beside it.',
      'Wording and paragraph number from secondary sources only (The Key for School Leaders; Bringing Us Together; Waltham Forest local offer): docs/law/sources.md part 1 §4 and part 2 item 10. Verify against the Code before relying on the words.',
      'In force: the January 2015 Code, from 1 April 2015 (SI 2015/893).',
    ],
  },
  {
    id: 'review-list-to-schools',
    title: 'Local authority tells schools which reviews are due in the coming term (guidance)',
    process: 'review',
    owedBy: 'local authority (guidance)',
    trigger: 'the first day of the school term',
    ...oneDate('First day of the school term'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'at-least-before',
    rollForward: false,
    wording:
      '[Not verbatim: the Code of Practice text was not read; secondary paraphrase (IPSEA)] told by the LA at least two weeks before the start of term which children with EHC plans will require an annual review meeting',
    citation: { instrument: COP, provision: 'para 9.172', url: COP_URL },
    force: 'guidance',
    verification: 'secondary',
    inForce: { from: '2015-04-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"at least two weeks before the start of term": strict (default) term start − 15 days; permissive option term start − 14.',
      'Wording and paragraph number from IPSEA only (docs/law/sources.md part 2 item 10). Verify against the Code before relying on the words.',
      'A term calendar gives the first day of term; the library does not guess term dates.',
    ],
  },
  {
    id: 'school-consultation-response',
    title: 'School or college responds to the local authority’s consultation on being named (guidance)',
    process: 'plan',
    owedBy:
      'the governing body, proprietor or principal of the school or other institution the local authority consults about naming it in the plan (guidance: "should")',
    trigger: 'the date of the local authority’s consultation',
    ...oneDate("Date of the local authority's consultation"),
    period: { kind: 'span', unit: 'days', n: 15 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording:
      '[Not verbatim: the Code of Practice text was not read; secondary sources only] the school or other institution should respond within 15 days of being consulted',
    citation: { instrument: COP, provision: 'chapter 9 (paragraph number unverified; 9.83 or 9.84)', url: COP_URL },
    force: 'guidance',
    verification: 'unverified',
    inForce: { from: '2015-04-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'UNVERIFIED: the 15 days and the paragraph number come from secondary sources only (Essex and Slough local offers per docs/law/sources.md; a Torbay local-offer page cites 9.83, docs/law/README.md says 9.84?). The consultation duty itself is statutory (CFA s39(2), s40(3)) but has no period.',
      'Counted as "within 15 days of" the consultation: trigger day excluded, calendar days, due = consultation + 15. Whether the date is the sending or the receipt of the consultation is not settled; the caller supplies it.',
      'Guidance only: the local authority must still meet final-plan (20 weeks) whether or not the school has responded.',
    ],
  },
] as const satisfies readonly Rule[];
