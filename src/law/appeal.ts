/**
 * Appeals to the First-tier Tribunal (Special Educational Needs and Disability): the time for
 * appealing and for the local authority's response (Tribunal Procedure (First-tier Tribunal)
 * (Health, Education and Social Care Chamber) Rules 2008, SI 2008/2699, "HESC Rules"), and the
 * response to a Tribunal recommendation on health or social care (SI 2017/1306).
 *
 * Plain data. The HESC Rules are the only instrument here whose dates move off non-working days
 * (r12(2)) and over Christmas and August (r12(3)), so these are the only records with
 * `rollForward: true`. Neither HESC record is `primary`: the consolidated text of r12 has not
 * been read in a primary source (docs/law/sources.md part 2, item 9).
 */
import type { Modification, Rule } from './types.js';
import { coronavirus2020 } from './coronavirus.js';
import { date, namedFields, oneDate } from './trigger-shape.js';

const HESC_RULES =
  'The Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI 2008/2699)';
const RECOMMENDATIONS_REGS =
  'The Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306)';

/** SI 2020/471 reg 30 inserted the same "coronavirus exception" into the 2017 Regulations (new reg 2A). */
const coronavirusRecommendations: Modification = {
  ...coronavirus2020,
  effect:
    'SI 2020/471 reg 30 inserted reg 2A into SI 2017/1306: "Where the coronavirus exception applies, any requirement in any of the regulations specified in paragraph (3) for action to be taken within a specified period of time or by a certain day is to be read instead as a requirement for such action to be taken as soon as reasonably practicable." Paragraph (3) lists "(a) regulation 6(3) and (6) (responding to health care recommendations); and (b) regulation 7(1) and (4) (responding to social care recommendations)". In effect 1 May to 25 September 2020.',
};

const R12_NOTE =
  'HESC r12 (wording from a secondary reproduction, mentalhealthlaw.co.uk "Text:Tribunal rule 12", not read in a primary source): "(2) If the time specified by these Rules, a practice direction or a direction for doing any act ends on a day other than a working day, the act is done in time if it is done on the next working day." "(3) In a special educational needs case— (a) if the time for starting proceedings by providing the application notice to the Tribunal under rule 20 (the application notice) ends on a day from 25th December to 1st January inclusive, or on any day in August, the application notice is provided in time if it is provided to the Tribunal on the first working day after 1st January or 31st August, as appropriate; and (b) the days from 25th December to 1st January inclusive and any day in August must not be counted when calculating the time by which any other act must be done." The words "or a disability discrimination in schools case" were omitted from r12(3) by the Tribunal Procedure (Amendment) Rules 2020 (SI 2020/651) from 21 July 2020, which confirms the structure of r12(3)–(4) (sources.md part 2, item 9). The instrument that first inserted the present r12(3)(a) was not found.';

const WORKING_DAY_HESC_NOTE =
  'HESC r1(3) defines "working day" (SI 2014/2128 r20(c) inserts a definition "after the definition of \'working day\'"); its words were not read. The parallel Upper Tribunal Rules r1(3) read: "\'working day\' means any day except a Saturday or Sunday, Christmas Day, Good Friday or a bank holiday under section 1 of the Banking and Financial Dealings Act 1971", which matches the library\'s default calendar. Weekdays between 27 December and 31 December that are not bank holidays are working days under that definition; r12(3) deals with them separately.';

export const appealRules = [
  {
    id: 'appeal',
    title: 'Appeal to the First-tier Tribunal (SEND)',
    process: 'appeal',
    owedBy: 'parent or young person (the appellant)',
    trigger:
      'written notice of the decision being challenged was sent to the applicant (`decisionSent`); the mediation certificate was issued (`certificateIssued`, optional)',
    ...namedFields(date('decisionSent', 'Date written notice of the decision was sent'), date('certificateIssued', 'Date the mediation certificate was issued (if any)', { optional: true })),
    period: {
      kind: 'compound',
      method: 'appeal',
      summary:
        'the later of decisionSent + 2 months and certificateIssued + 1 month (corresponding dates, clamped to the month\'s end); then HESC r12(3)(a): if that day is from 25 December to 1 January inclusive, the first working day after 1 January, or if it is in August, the first working day after 31 August; otherwise r12(2): if it is not a working day, the next working day',
    },
    counting: 'after',
    direction: 'within',
    rollForward: true,
    workingDays: 'tribunal-procedure-rules',
    wording:
      "(c) in a special educational needs case— (i) within 2 months after written notice of the decision being challenged was sent to the applicant; or (ii) within 1 month from the date of issue of the mediation certificate if that date would be a later date than the date calculated by reference to paragraph (i);",
    citation: {
      instrument: HESC_RULES,
      provision: 'r20(1)(c); r12(2)–(3)',
      url: 'https://www.legislation.gov.uk/uksi/2008/2699/rule/20',
    },
    force: 'statute',
    verification: 'secondary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'Wording: r20(1)(c) as substituted by the Tribunal Procedure (Amendment No. 3) Rules 2014 (SI 2014/2128) r24(a), in force 1 September 2014 (SI 2014/2128 r1(a)); read in the text of SI 2014/2128 (legalize-dev/legalize-uk uk/uksi-2014-2128.md) and on legislation.gov.uk (sources.md §2, P). The record ships `secondary` because r12, which moves the date, has only been read in a secondary reproduction.',
      'r20(1) requires the application notice to be "received" by the Tribunal within the time (opening words, SI 2011/651 r3(4)(a): "an applicant must start proceedings before the Tribunal by sending or delivering an application notice to the Tribunal so that ... it is received—"); the due date is the last day for receipt, by 5pm (r12(1)).',
      '"within 2 months after written notice ... was sent" and "within 1 month from the date of issue of the mediation certificate": the trigger day is excluded and each period ends on the corresponding date, or the month\'s last day where there is none (31 December + 2 months = 28/29 February) (docs/law/conventions.md). The certificate limit counts only "if that date would be a later date": the result is the later of the two.',
      R12_NOTE,
      'Order of the r12 steps (the contract in shared/api.md): r12(3)(a) is applied to the day the period ends; r12(2) only where (3)(a) does not apply. Edge: a period ending on Saturday 24 December (or on a Saturday 31 July) is moved by r12(2) to the next working day, which may fall between 27 and 31 December (or in August); r12(3)(a) does not apply because the time did not "end" on those days. Of the two possible readings this is the earlier, so it never tells a family they have longer than they do. The explanation says so.',
      WORKING_DAY_HESC_NOTE,
      'Before 1 September 2014 (SI 2011/651) r20(1)(c) read "in a special educational needs case, within 2 months after written notice of the decision being challenged was sent to the applicant" and applied to appeals under the Education Act 1996, which SI 2014/2128 r38 saves; the library covers EHC appeals only, so this record starts on 1 September 2014.',
      'The Tribunal can extend time (believed to be HESC r5(3)(a), the case-management power to extend the time for complying with any rule; not read): a late appeal is not necessarily lost, and the explanation should not say it is.',
      'A decision to cease to maintain a plan: the local authority must keep maintaining it until this period ends or the appeal is determined (CFA 2014 s45(4); cease-pending-appeal).',
    ],
  },
  {
    id: 'tribunal-response',
    title: "Local authority's response to the appeal",
    process: 'appeal',
    owedBy: 'local authority (the respondent)',
    trigger: 'the local authority (respondent) received the application notice (the appeal) from the Tribunal',
    ...oneDate('Date the local authority received the application notice (the appeal)'),
    period: {
      kind: 'compound',
      method: 'tribunal-working-days',
      n: 30,
      summary:
        '30 working days after receipt of the application notice, not counting the days from 25 December to 1 January inclusive or any day in August (HESC r12(3)(b))',
    },
    counting: 'after',
    direction: 'within',
    rollForward: true,
    workingDays: 'tribunal-procedure-rules',
    wording:
      "When a respondent receives a copy of the application notice, the respondent must send or deliver to the Tribunal a response so that it is received— (c) in a special educational needs case or a disability discrimination in schools case to which sub-paragraph (cc) does not apply, within 30 working days after the respondent received the application notice;",
    citation: {
      instrument: HESC_RULES,
      provision: 'r21(1)(c); r12(3)(b)',
      url: 'https://www.legislation.gov.uk/uksi/2008/2699/rule/21',
    },
    force: 'statute',
    verification: 'secondary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      'Wording reconstructed, not read as consolidated text: the opening words of r21(1) are the text as made (legislation.gov.uk, P); sub-paragraph (c) is as substituted by the Tribunal Procedure (Amendment) Rules 2011 (SI 2011/651) r3(5), in force 1 April 2011 ("(c) in a special educational needs case or a disability discrimination in schools case, within 30 working days after the respondent received the application notice;"), with the words "to which sub-paragraph (cc) does not apply" inserted after "in schools case" by SI 2012/1363 r3 (sources.md part 2, item 9). Both amending texts were read in legalize-dev/legalize-uk.',
      'The trigger is the local authority\'s receipt of the application notice, not the day the Tribunal sent it (IPSEA\'s "within 30 working days of the appeal being sent to it" is a paraphrase). Receipt day excluded: the due day is the 30th counted working day after it.',
      'r12(3)(b): "the days from 25th December to 1st January inclusive and any day in August must not be counted when calculating the time by which any other act must be done". So weekdays from 27 to 31 December and every weekday in August are skipped as well as weekends and bank holidays. A count of working days always ends on a working day, so r12(2) never moves the result.',
      R12_NOTE,
      WORKING_DAY_HESC_NOTE,
      'r12(4) (as reproduced): paragraph (3)(b) does not apply where the Tribunal directs that an act must be done by or on a specified date. A Tribunal direction with a date governs; the library does not compute it.',
      'The 30 working days date from 1 April 2011 (SI 2011/651); the record starts on 1 September 2014, when appeals about EHC needs assessments and plans began (SI 2014/2128 r38 keeps the old rules for Education Act 1996 appeals).',
      'Where the local authority tells the Tribunal, before it responds, that it will not oppose the appeal, reg 45 of the SEND Regulations 2014 applies (unopposed-*), counted from the date it notified the Tribunal (HESC r17(2)(c), (7)).',
    ],
  },
  {
    id: 'recommendation-response',
    title: 'Respond to a First-tier Tribunal recommendation on health or social care',
    process: 'appeal',
    owedBy:
      'the responsible commissioning body (health care recommendations, reg 6(3)); the local authority (social care recommendations, reg 7(1))',
    trigger: 'the date of the First-tier Tribunal\'s recommendation',
    ...oneDate("Date of the First-tier Tribunal's recommendation"),
    period: { kind: 'span', unit: 'weeks', n: 5 },
    counting: 'beginning-with',
    direction: 'within',
    rollForward: false,
    wording:
      "(3) The responsible commissioning body must respond within 5 weeks beginning with the date of the recommendation to— (a) the child's parent or the young person, and (b) the local authority that maintains the EHC plan. (1) When the First-tier Tribunal makes a recommendation in respect of social care needs or social care provision, the local authority must respond to the child's parent or the young person within 5 weeks beginning with the date of the recommendation.",
    citation: {
      instrument: RECOMMENDATIONS_REGS,
      provision: 'regs 6(3), 7(1)',
      url: 'https://www.legislation.gov.uk/uksi/2017/1306/regulation/6',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2018-04-03' },
    modifiedBy: [coronavirusRecommendations],
    exceptions: [],
    notes: [
      'Wording read in the text of SI 2017/1306 (legalize-dev/legalize-uk uk/uksi-2017-1306.md, commit 2dbc2c33; sources.md part 2, PM). The first three lines are reg 6(3) (health care), the last reg 7(1) (social care); reg 7(1) is at https://www.legislation.gov.uk/uksi/2017/1306/regulation/7.',
      '"within 5 weeks beginning with the date of the recommendation": the recommendation day is day 1, so the last day is the recommendation date + 34 days, not + 35 (docs/law/conventions.md).',
      'Reg 3 (transitional): the Regulations "only apply to an appeal, under section 51(1) of the Act,— (a) against a decision of a local authority where that decision was made on or after 3rd April 2018; (b) relating to an EHC plan where it was made or amended on or after 3rd April 2018." The Regulations came into force on 3 April 2018 (reg 1). A recommendation made in an appeal outside reg 3 has no statutory response period; the library cannot tell that from the recommendation date and relies on the caller.',
      'Regs 6(4) and 7(2): the limit does not apply where the First-tier Tribunal directs a different time limit.',
      'Related limits without their own rule id yet: reg 6(6) (the local authority sends the Secretary of State a copy of the commissioning body\'s response "within 1 week beginning with the date it was received") and reg 7(4) (a copy of its own response "within 1 week beginning with the date of its response").',
      'A pilot (SI 2015/358, the First-tier Tribunal Recommendation Power (Pilot) Regulations 2015, from 1 April 2015, pilot authorities only) preceded these Regulations; it is not modelled.',
    ],
  },
] as const satisfies readonly Rule[];
