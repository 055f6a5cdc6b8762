/**
 * Mediation (SEND Regulations 2014, regs 33–42): the time limits of the mediation stage that
 * comes before most appeals to the First-tier Tribunal (SEND).
 *
 * Plain data: one record per rule id (docs/law/statutory-rules.md). `wording` quotes the revised text of
 * SI 2014/1530 as at 3 April 2018 (`test/fixtures/legislation/send-regs-2014.md`) character for
 * character. Where a record quotes several paragraphs (or a limb with its opening words), they are
 * joined by a single space in the order of `citation.provision`, each keeping its own paragraph
 * number, with the mirror's list markers removed (the style of the other law modules, which join
 * sub-paragraphs the same way); every run between two paragraph numbers is verbatim text.
 * None of regs 32–42 was amended between 2014 and 2018 (the editorial notes of the revised text
 * record no change to them), so the revised wording is the wording in force from 1 September 2014.
 * The SI 2020/471 modifications carried here are checked against coronavirus.ts.
 */
import type { Rule } from './types.js';
import { coronavirus2020 } from './coronavirus.js';
import { date, namedFields, oneDate, ruleIdField } from './trigger-shape.js';

const SEND_REGS_2014 = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const MEDIATION_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/part/2/crossheading/mediation';

const WORKING_DAY_NOTE =
  '"Working day" is not defined in the SEND Regulations 2014 (reg 2(1) has no entry): the library counts Monday to Friday except Christmas Day, Good Friday and England and Wales bank holidays (docs/law/conventions.md), and the result says so. A caller can pass another calendar.';

export const mediationRules = [
  {
    id: 'mediation-contact',
    title: 'Contact the mediation adviser before appealing',
    process: 'mediation',
    owedBy: 'parent or young person (where a mediation certificate is required before an appeal)',
    trigger: "written notice of the local authority's decision was sent",
    ...oneDate("Date written notice of the local authority's decision was sent"),
    period: { kind: 'span', unit: 'months', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "Where a parent or young person is required to obtain a mediation certificate, he or she must contact the mediation adviser within 2 months after written notice of the local authority's decision was sent, and inform the mediation adviser that he or she wishes to appeal and inform the mediation adviser whether they wish to pursue mediation.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'reg 33',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/33',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 2 months after written notice ... was sent": the sending day is excluded and the period ends on the corresponding date two months later, or the last day of that month where it has no such day (31 December + 2 months = 28/29 February) (Dodds v Walker; docs/law/conventions.md).',
      'The duty is the family\'s, not the local authority\'s: it is a condition of appealing where a mediation certificate is required (CFA 2014 s55). An appeal only about the school or other institution (or type) named in the plan needs no certificate (believed s55(2); not read here).',
      'Reg 34(2) words the same limit differently: the adviser may not issue a certificate under 34(1) "if the parent or young person did not contact the mediation adviser within 2 months of the date of the notice issued by the local authority". Where the notice is dated earlier than the day it was sent, 34(2) measured from the date of the notice ends earlier than reg 33; the library computes reg 33 (from sending) and the explanation says so.',
      'Where the family misses this limit, reg 34(3) allows them to seek leave to appeal without a certificate.',
      'SI 2020/471 reg 5 (new reg 2A(3)(g)): from 1 May to 25 September 2020, where the coronavirus exception applied, the limit was to be read as "as soon as reasonably practicable".',
    ],
  },
  {
    id: 'mediation-certificate',
    title: 'Mediation adviser issues the mediation certificate',
    process: 'mediation',
    owedBy: 'mediation adviser',
    trigger:
      'the mediation adviser is informed by the parent or young person that they do not wish to pursue mediation (34(1)); the conclusion of the mediation (39(1)); or the mediation adviser is notified by the local authority that it cannot arrange mediation within the period in reg 35(4) or 36(2) (39(3))',
    ...oneDate('Date the mediation adviser was told mediation is not wanted, or the mediation concluded'),
    period: { kind: 'span', unit: 'working-days', n: 3 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording: "(1) Where a parent or young person who is required to obtain a mediation certificate informs the mediation adviser that he or she does not wish to pursue mediation, the mediation adviser must issue a mediation certificate under section 55(4) within 3 working days of being informed by the parent or young person. (1) Where mediation is pursued before making an appeal to the First-tier Tribunal, the mediation adviser must issue a certificate under section 55(5) to the parent or young person within 3 working days of the conclusion of the mediation. (3) Where paragraph (2) applies, it is deemed that the child's parent or the young person has participated in mediation, and the mediation adviser will issue a certificate under section 55(5) within 3 working days of being notified of this by the local authority, whether or not the child's parent or the young person later participates in mediation.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'regs 34(1), 39(1), 39(3)',
      url: MEDIATION_URL,
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      'One rule, three triggers, the same period: 34(1) "within 3 working days of being informed by the parent or young person" (a certificate under s55(4), family does not wish to mediate); 39(1) "within 3 working days of the conclusion of the mediation" (a certificate under s55(5)); 39(3) "within 3 working days of being notified of this by the local authority" (deemed participation where the local authority cannot arrange mediation in time, 39(2)). The caller gives the date of whichever trigger applies; the explanation names the three.',
      '"within 3 working days of X": X is excluded and the due day is the 3rd working day after X (docs/law/conventions.md).',
      WORKING_DAY_NOTE,
      'Reg 34(2): the adviser may not issue a 34(1) certificate if the family did not contact the adviser within 2 months of the date of the local authority\'s notice (see mediation-contact).',
      'The date the certificate is issued is the `certificateIssued` trigger of the `appeal` rule (HESC r20(1)(c)(ii)).',
      'SI 2020/471 reg 5 (new reg 2A(3)(h) and (k)): 34(1), 39(1) and 39(3) were relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
    ],
  },
  {
    id: 'mediation-health-notify',
    title: 'Local authority notifies the commissioning body of health mediation issues',
    process: 'mediation',
    owedBy: 'local authority',
    trigger:
      'the local authority is informed that the parent or young person wishes to pursue mediation on issues that relate solely or in part to health care provision (reg 35(1))',
    ...oneDate('Date the local authority was told the family wishes to mediate on health care provision'),
    period: { kind: 'span', unit: 'working-days', n: 3 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording: "(2) The local authority must, within 3 working days, from the date of being informed that the child's parent or the young person wishes to pursue mediation, notify each relevant commissioning body of— (a) the mediation issues; and (b) where the mediation issues are, or include, the fact that no health care provision, or no health care provision of a particular kind, is specified in the EHC plan, the health care provision that the child's parent or young person has informed the local authority he or she wishes to be specified in the plan.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'reg 35(2)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/35',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 3 working days, from the date of being informed": the day of being informed is excluded and the due day is the 3rd working day after it (docs/law/conventions.md, "within N working days, from X").',
      WORKING_DAY_NOTE,
      'The commissioning body\'s receipt of this notification starts its own 30 days under reg 35(3) where the issues are solely about health care (see mediation-arrange).',
      'SI 2020/471 reg 5 (new reg 2A(3)(i)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
    ],
  },
  {
    id: 'mediation-arrange',
    title: 'Arrange mediation',
    process: 'mediation',
    owedBy:
      'the responsible commissioning body (or bodies jointly) where the issues are solely about health care (35(3)); otherwise the local authority (35(4), 36(2))',
    trigger:
      '35(3): the commissioning body receives the local authority\'s notification under 35(2); 35(4) and 36(2): the local authority is informed by the parent or young person that they wish to pursue mediation',
    ...oneDate('Date the wish to mediate was notified'),
    period: { kind: 'span', unit: 'days', n: 30 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(3) Where the mediation issues relate solely to health care provision, the responsible commissioning body (or, where there is more than one, the responsible commissioning bodies acting jointly) must arrange for mediation between it (or them) and the child's parent or young person within 30 days from the date on which it (or they) receive notification from the local authority under paragraph (2). (4) Where the mediation issues do not relate solely to health care provision, the local authority must arrange for mediation between it, each responsible commissioning body and the parent or young person within 30 days from the date on which it was informed by the parent or young person that he or she wished to pursue mediation. (2) The local authority must arrange for mediation between it and the child's parent or young person, within 30 days from the date of on which it was informed by the child's parent or young person that he or she wished to pursue mediation.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'regs 35(3), 35(4), 36(2)',
      url: MEDIATION_URL,
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 30 days from the date on which ...": calendar days, the trigger day excluded, so the due day is the trigger + 30 days; weekends and holidays are counted and the date does not move (docs/law/conventions.md).',
      'Reg 36(2) reads "from the date of on which it was informed" [sic]; the wording is quoted as enacted.',
      'Which trigger: 35(3) (health-only issues) runs from the commissioning body\'s receipt of the local authority\'s 35(2) notification, not from the day the family told the local authority; 35(4) (health and other issues) and 36(2) (no health issues) run from the day the local authority was informed.',
      'Reading: the duty is to "arrange for mediation ... within 30 days"; the regulations do not say whether the mediation itself must take place in that period. The library reports the last day of the 30 days. Reg 39(2)–(3): where the local authority cannot arrange mediation within the 35(4) or 36(2) period, it must tell the mediation adviser as soon as possible and the family is deemed to have participated (certificate within 3 working days: mediation-certificate). Reg 39(2) does not mention 35(3).',
      'SI 2020/471 reg 5 (new reg 2A(3)(i) and (j)): 35(3), 35(4) and 36(2) were relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
    ],
  },
  {
    id: 'mediation-notice-of-date',
    title: 'Tell the family the date and place of the mediation',
    process: 'mediation',
    owedBy: 'the body (or bodies) arranging the mediation',
    trigger: 'the date of the mediation',
    ...oneDate('Date of the mediation'),
    period: { kind: 'span', unit: 'working-days', n: 5 },
    counting: 'after',
    direction: 'at-least-before',
    rollForward: false,
    workingDays: 'send-regulations',
    wording: "(2) That body must inform the child's parent or the young person of the date and place of the mediation at least 5 working days prior to the mediation unless the child's parent or the young person consents to this period of time being reduced.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'reg 37(2)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/37',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    exceptions: [],
    notes: [
      '"at least 5 working days prior to the mediation": no authority settles how to count. The library counts the working days strictly between the day the family is told and the day of the mediation (neither end counts) and requires at least 5, so the last compliant day is the day before the 5th working day before the mediation (docs/law/conventions.md). That day can itself be a weekend or holiday; the explanation states the reading.',
      'The period may be shorter where the child\'s parent or the young person consents ("unless the child\'s parent or the young person consents to this period of time being reduced"). There is no exception code for consent: record it on the case.',
      WORKING_DAY_NOTE,
      'Reg 37 is not among the regulations listed in SI 2020/471 reg 2A(3), so it was not relaxed in 2020.',
    ],
  },
  {
    id: 'mediation-agreement',
    title: 'Do what a mediation agreement requires (matters with no right of appeal)',
    process: 'mediation',
    owedBy: 'local authority or responsible commissioning body',
    trigger:
      'the date of the mediation agreement, where it requires the local authority or commissioning body to do something on which the family has no right of appeal to the First-tier Tribunal',
    ...oneDate('Date of the mediation agreement'),
    period: { kind: 'span', unit: 'weeks', n: 2 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(3) Where the mediation agreement requires the local authority or responsible commissioning body to do something in relation to which the child's parent or young person has no right of appeal to the First-tier Tribunal, the local authority or responsible commissioning body must do that thing within two weeks of the date of the mediation agreement.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'reg 42(3)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within two weeks of the date of the mediation agreement": the agreement day is excluded; due = agreement + 14 days (same weekday).',
      'Reg 42(5): "The timescales referred to in paragraphs (2) and (3) do not apply where the parties to the mediation agree in writing to a different timescale." An agreed timescale is a fact of the case, not an exception code: where one is recorded, this limit does not apply.',
      'Reg 42(1): the agreement is one reached at mediation and "to be recorded in writing".',
      'For matters the family could appeal, see mediation-agreement-appealable (reg 42(2)).',
      'SI 2020/471 reg 5 (new reg 2A(3)(l)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
    ],
  },
  {
    id: 'mediation-agreement-appealable',
    title: 'Comply with a mediation agreement on appealable matters as if it were a Tribunal order',
    process: 'mediation',
    owedBy: 'local authority',
    trigger:
      'the date of the mediation agreement, where the mediation issues are ones the family could appeal to the First-tier Tribunal; `order` names the order-* rule that matches what was agreed',
    ...namedFields(date('agreement', 'Date of the mediation agreement'), ruleIdField('order', 'The tribunal order the agreement stands for (its rule id, e.g. order-make-plan-final)')),
    period: {
      kind: 'compound',
      method: 'as-order',
      summary:
        'the period of the reg 44 rule named by `order` (an order-* rule id), counted from the date of the mediation agreement as if it were the date of the First-tier Tribunal\'s order',
    },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    workingDays: 'send-regulations',
    wording: "(2) Where the mediation issues in the mediation agreement are those on which the child's parent or young person has a right to appeal to the First-tier Tribunal, the local authority shall comply with the time limits set out in regulation 44, as if the mediation agreement were an order of the First–tier Tribunal.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'reg 42(2)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      'Trigger `{ agreement, order }`: `agreement` is the date of the mediation agreement; `order` is the id of the order-* rule (tribunal-orders) for what was agreed, e.g. `order-make-plan-draft` for an agreement to make a plan. The due date, counting, wording of the period and exceptions are those of that rule, with the agreement date standing for the order date ("as if the mediation agreement were an order of the First–tier Tribunal").',
      'Exceptions: reg 44(1) makes the reg 44 limits "Subject to paragraph (3)", so the 44(3) exceptions apply only where the named order-* rule has them ((2)(b) and (c): order-assess-*, order-make-plan-*). This record lists none itself: the as-order method takes them from the order-* rule.',
      'Reg 42(5): the timescale does not apply where the parties agree a different timescale in writing.',
      'SI 2020/471 did not list reg 42(2) in reg 2A(3); it reached these limits through reg 44 (2A(3)(m) for 44(2)(d), (e), (f), (h); 44(3)(c) with reg 13(3) as amended for 44(2)(b), (c)), so the modification applies as it applies to the named order-* rule.',
      'The revised text writes "First–tier" with an en dash in 42(2); quoted as it stands.',
    ],
  },
  {
    id: 'mediation-agreement-notify',
    title: 'Commissioning body tells the local authority of a mediation agreement',
    process: 'mediation',
    owedBy: 'responsible commissioning body (where the local authority was not a party to the mediation)',
    trigger: 'the date of the mediation agreement',
    ...oneDate('Date of the mediation agreement'),
    period: { kind: 'span', unit: 'weeks', n: 1 },
    counting: 'after',
    direction: 'within',
    rollForward: false,
    wording: "(4) Where the local authority was not a party to the mediation, the responsible commissioning body must notify the local authority of the mediation agreement within 1 week of the date of that agreement.",
    citation: {
      instrument: SEND_REGS_2014,
      provision: 'reg 42(4)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [coronavirus2020],
    exceptions: [],
    notes: [
      '"within 1 week of the date of that agreement": the agreement day is excluded; due = agreement + 7 days.',
      'Reg 42(5) (a different timescale agreed in writing) refers only to paragraphs (2) and (3), so it does not displace this limit.',
      'SI 2020/471 reg 5 (new reg 2A(3)(l)): relaxed to "as soon as reasonably practicable" where the coronavirus exception applied, 1 May to 25 September 2020.',
    ],
  },
] as const satisfies readonly Rule[];
