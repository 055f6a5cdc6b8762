/**
 * The exception codes of docs/law/conventions.md: the circumstances in which a time limit does not apply
 * ("need not comply with the time limit … if it is impractical to do so because …").
 *
 * An exception LIFTS a limit (status `lifted`); it never extends it by a formula. The 2020
 * coronavirus exception RELAXES a limit to "as soon as reasonably practicable" (status `relaxed`).
 *
 * `wording` is the main text (reg 5(4) for the four local-authority exceptions, reg 8(2) where only
 * reg 8 has the limb). Where another provision words the same circumstance differently, its exact
 * text is in `byProvision`, keyed by a provision label:
 *   - `reg N(…)`            The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)
 *   - `SI 2015/62 reg N(…)` The SEND (Detained Persons) Regulations 2015
 *   - `SI 2020/471 reg N`   The SEND (Coronavirus) (Amendment) Regulations 2020 (the inserting provision)
 * Each limb is quoted without its letter and without its trailing connective or full stop ("; or",
 * "; and", "."); a whole paragraph (e.g. reg 13(3)) is quoted as it stands.
 * SI 2014/1530 wording is copied from test/fixtures/legislation/send-regs-2014.md (revised text to 3 April 2018).
 */
import type { Citation, ExceptionCode, Verification } from './types.js';

/**
 * An exception: a circumstance in which a time limit "need not" be complied with, with its exact
 * wording, the provision it is quoted from and every provision it reaches.
 * @example
 * ```ts
 * const record: ExceptionRecord = exceptionRecords['personal-circumstances'];
 * record.citation.provision; // 'reg 5(4)(c)'
 * record.effect;             // 'lifts'
 * ```
 */
export interface ExceptionRecord {
  readonly code: ExceptionCode;
  /** Plain-English paraphrase for lists and menus. Results quote `wording`, never this. */
  readonly summary: string;
  /** The exact words of the main provision (see the module comment). */
  readonly wording: string;
  /** The provision `wording` is quoted from. */
  readonly citation: Citation;
  /** `lifts`: the time limit does not apply. `relaxes`: it is read as "as soon as reasonably practicable". */
  readonly effect: 'lifts' | 'relaxes';
  /** Every provision whose time limit this circumstance lifts or relaxes (labels as in the module comment). */
  readonly provisions: readonly string[];
  /** Exact wording, per provision, where it differs from `wording` (or is a cross-reference). */
  readonly byProvision: Readonly<Record<string, string>>;
  readonly verification: Verification;
  readonly notes: readonly string[];
}

const SEND_REGS = 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)';
const REG_5_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5';

/** Reg 13(3), which the 20-week limit uses and regs 44(3)(c) and 45(7)(c) import. */
const REG_13_3 =
  'The local authority need not comply with the time limit referred to in paragraph (2) if it is impractical for any of the reasons set out in regulation 10(4)(a) to (d)';
const REG_44_3_C = 'any of the circumstances referred to in regulation 13(3) apply';
const REG_45_7_C = 'any of the circumstances referred to in regulation 13(3) apply';
const DP_13_3 =
  'The home authority need not comply with the time limit referred to in paragraph (2) if it is impractical for any of the reasons set out in regulation 10(4)(a) to (c).';

export const exceptionTable = [
  {
    code: 'school-closure',
    summary:
      'The local authority asked the head teacher or principal of a school or post-16 institution for advice between one week before it closed for a continuous period of at least 4 weeks and one week before it re-opens.',
    wording:
      'the local authority has requested advice from the head teacher or principal of a school or post-16 institution during a period beginning one week before any date on which that school or institution was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
    citation: { instrument: SEND_REGS, provision: 'reg 5(4)(a)', url: REG_5_URL },
    effect: 'lifts',
    provisions: [
      'reg 5(4)(a)',
      'reg 10(4)(a)',
      'reg 13(3)',
      'reg 27(3)(a)',
      'reg 44(3)(c)',
      'reg 45(7)(c)',
      'SI 2015/62 reg 5(4)(a)',
      'SI 2015/62 reg 10(4)(a)',
      'SI 2015/62 reg 13(3)',
    ],
    byProvision: {
      'reg 10(4)(a)':
        'the authority has requested advice from the head teacher or principal of a school or post-16 institution during a period beginning one week before any date on which that school or institution was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
      'reg 13(3)': REG_13_3,
      'reg 27(3)(a)':
        'the authority has requested advice from the head teacher or principal of a school or post-16 institution during a period beginning one week before any date on which that school or institution was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
      'reg 44(3)(c)': REG_44_3_C,
      'reg 45(7)(c)': REG_45_7_C,
      'SI 2015/62 reg 5(4)(a)':
        'the home authority has requested advice from the head teacher or principal of a school or post-16 institution (or person holding the equivalent position) during a period beginning one week before any date on which that school or institution was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
      'SI 2015/62 reg 10(4)(a)':
        'the authority has requested advice from the head teacher or principal of a school or post-16 institution (or person holding the equivalent position) during a period beginning one week before any date on which that school or institution was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
      'SI 2015/62 reg 13(3)': DP_13_3,
    },
    verification: 'primary',
    notes: [
      'Only a closure of at least 4 continuous weeks counts (in practice the summer holiday); Christmas and Easter breaks do not.',
      'Reg 44(3)(c) and 45(7)(c) import reg 13(3), and so reg 10(4)(a)–(d), for the tribunal-order and unopposed-appeal limits they cover.',
      'SI 2015/62 wording read in the legalize-dev/legalize-uk mirror uk/uksi-2015-62.md (commit 1fab3da83f76278821765d6675751f5f1c695542, revised text, last_updated 2024-08-19).',
    ],
  },
  {
    code: 'early-years-closure',
    summary:
      'The local authority asked the person responsible for special educational needs at a provider of relevant early years education (or another person responsible for the child’s education there) for advice between one week before the provider closed for a continuous period of at least 4 weeks and one week before it re-opens.',
    wording:
      'the authority has requested advice from the person identified as having responsibility for special educational needs (if any), in relation to, or other person responsible for, a child\'s education at a provider of relevant early years education during a period beginning one week before any date on which that provider was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
    citation: { instrument: SEND_REGS, provision: 'reg 5(4)(b)', url: REG_5_URL },
    effect: 'lifts',
    provisions: ['reg 5(4)(b)', 'reg 10(4)(b)', 'reg 13(3)', 'reg 27(3)(b)', 'reg 44(3)(c)', 'reg 45(7)(c)'],
    byProvision: {
      'reg 10(4)(b)':
        'the authority has requested advice from the person identified as having responsibility for special educational needs (if any) in relation to, or other person responsible for, a child\'s education at a provider of relevant early years education during a period beginning one week before any date on which that provider was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
      'reg 13(3)': REG_13_3,
      'reg 27(3)(b)':
        'the authority has requested advice from the person identified as having responsibility for special educational needs (if any) in relation to, or other person responsible for, a child\'s education at a provider of relevant early years education during a period beginning one week before any date on which that provider was closed for a continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens',
      'reg 44(3)(c)': REG_44_3_C,
      'reg 45(7)(c)': REG_45_7_C,
    },
    verification: 'primary',
    notes: [
      'Reg 5(4)(b) has a comma after "(if any)"; regs 10(4)(b) and 27(3)(b) do not. Both are quoted as they stand.',
      'The Detained Persons Regulations (SI 2015/62) have no early-years limb.',
    ],
  },
  {
    code: 'personal-circumstances',
    summary:
      'Exceptional personal circumstances affect the child, the child’s parent or the young person during the period.',
    wording:
      'exceptional personal circumstances affect the child, the child\'s parent, or the young person during the time period referred to in paragraph (1)',
    citation: { instrument: SEND_REGS, provision: 'reg 5(4)(c)', url: REG_5_URL },
    effect: 'lifts',
    provisions: [
      'reg 5(4)(c)',
      'reg 8(2)(a)',
      'reg 10(4)(c)',
      'reg 13(3)',
      'reg 27(3)(c)',
      'reg 44(3)(a)',
      'reg 44(3)(c)',
      'reg 45(7)(a)',
      'reg 45(7)(c)',
      'SI 2015/62 reg 5(4)(b)',
      'SI 2015/62 reg 10(4)(b)',
      'SI 2015/62 reg 13(3)',
    ],
    byProvision: {
      'reg 8(2)(a)':
        'exceptional circumstances affect the child, the child\'s parent or the young person during that 6 week period',
      'reg 10(4)(c)':
        'exceptional personal circumstances affect the child or the child\'s parent, or the young person during that time period',
      'reg 13(3)': REG_13_3,
      'reg 27(3)(c)':
        'exceptional personal circumstances affect the child or his parent, or the young person during that time period',
      'reg 44(3)(a)':
        'exceptional personal circumstances affect the child or their parent, or the young person during that period of time',
      'reg 44(3)(c)': REG_44_3_C,
      'reg 45(7)(a)':
        'exceptional personal circumstances affect the child or their parent or the young person during the relevant period',
      'reg 45(7)(c)': REG_45_7_C,
      'SI 2015/62 reg 5(4)(b)':
        'exceptional personal circumstances affect the detained person or, where the detained person is a child, the child\'s parent during the time period referred to in paragraph (1)',
      'SI 2015/62 reg 10(4)(b)':
        'exceptional personal circumstances affect the detained person or, where the detained person is a child, the child\'s parent during that time period',
      'SI 2015/62 reg 13(3)': DP_13_3,
    },
    verification: 'primary',
    notes: [
      'Reg 8(2)(a) (co-operating bodies) says "exceptional circumstances", not "exceptional personal circumstances".',
      'Reg 10(4)(c) has a space before the semicolon in the official text ("during that time period ; or"); the limb is quoted without the connective.',
    ],
  },
  {
    code: 'absent-from-area',
    summary:
      'The child, the child’s parent or the young person is absent from the local authority’s area for a continuous period of at least 4 weeks during the period (at least 2 weeks for regs 44(3)(b) and 45(7)(b)).',
    wording:
      'the child, the child\'s parent, or the young person, are absent from the area of the authority for a continuous period of not less than 4 weeks during the time period referred to in paragraph (1)',
    citation: { instrument: SEND_REGS, provision: 'reg 5(4)(d)', url: REG_5_URL },
    effect: 'lifts',
    provisions: [
      'reg 5(4)(d)',
      'reg 8(2)(b)',
      'reg 10(4)(d)',
      'reg 13(3)',
      'reg 27(3)(d)',
      'reg 44(3)(b)',
      'reg 44(3)(c)',
      'reg 45(7)(b)',
      'reg 45(7)(c)',
      'SI 2015/62 reg 5(4)(c)',
      'SI 2015/62 reg 10(4)(c)',
      'SI 2015/62 reg 13(3)',
    ],
    byProvision: {
      'reg 8(2)(b)':
        'the child, the child\'s parent or the young person are absent from the area of the authority for a continuous period of not less than 4 weeks during that 6 week period',
      'reg 10(4)(d)':
        'the child or the child\'s parent, or the young person, are absent from the area of the authority for a continuous period of not less than 4 weeks during that time period',
      'reg 13(3)': REG_13_3,
      'reg 27(3)(d)':
        'the child or his parent, or the young person, are absent from the area of the authority for a continuous period of not less than 4 weeks, during that time period',
      'reg 44(3)(b)':
        'the child or their parent or the young person is absent from the area of the authority for a continuous period of 2 weeks or more during that period of time',
      'reg 44(3)(c)': REG_44_3_C,
      'reg 45(7)(b)':
        'the child or their parent or the young person are absent from the area of the local authority for a continuous period of not less than 2 weeks during the relevant period',
      'reg 45(7)(c)': REG_45_7_C,
      'SI 2015/62 reg 5(4)(c)':
        'where the detained person is a child, the child\'s parent is absent from the area of the authority for a continuous period of not less than 4 weeks during the time period referred to in paragraph (1)',
      'SI 2015/62 reg 10(4)(c)':
        'where the detained person is a child, the child\'s parent is absent from the area of the authority for a continuous period of not less than 4 weeks during that time period',
      'SI 2015/62 reg 13(3)': DP_13_3,
    },
    verification: 'primary',
    notes: [
      'The threshold is 4 continuous weeks, except regs 44(3)(b) ("2 weeks or more") and 45(7)(b) ("not less than 2 weeks"). The caller states that the circumstance applied; the library does not measure absences.',
      'SI 2015/62: only the absence of a detained child\'s parent counts (the detained person is, by definition, not absent from the area by choice).',
    ],
  },
  {
    code: 'missed-appointment',
    summary:
      'The child or young person fails to keep an appointment for an examination or test made by the co-operating body during the 6-week period (co-operating bodies only).',
    wording:
      'the child or young person fails to keep an appointment for an examination or a test made by the body during that 6 week period',
    citation: {
      instrument: SEND_REGS,
      provision: 'reg 8(2)(c)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/8',
    },
    effect: 'lifts',
    provisions: ['reg 8(2)(c)'],
    byProvision: {},
    verification: 'primary',
    notes: [
      'Only reg 8(2)(c) (a body asked to co-operate in an assessment, rule advice-response; re-assessments too, by reg 26(2)). There is no missed-appointment exception for the local authority\'s 6-, 16-, 20- or 14-week limits: reg 10(4) ends at (d) and reg 13(3) cross-refers to "regulation 10(4)(a) to (d)".',
      'SI 2015/62 reg 8(2)(d) has a parallel limb for detained persons ("the detained person fails to keep an appointment for an examination or a test made by the body, during that 6 week period"); no rule of part 1 uses it.',
    ],
  },
  {
    code: 'coronavirus',
    summary:
      'Between 1 May and 25 September 2020 inclusive, a limit could not be met for a reason relating to the incidence or transmission of coronavirus (SI 2020/471): the limit is relaxed to "as soon as reasonably practicable", not lifted.',
    wording: 'of a reason relating to the incidence or transmission of coronavirus',
    citation: {
      instrument:
        'The Special Educational Needs and Disability (Coronavirus) (Amendment) Regulations 2020 (SI 2020/471)',
      provision: 'reg 7 (inserting SI 2014/1530 reg 5(4)(e))',
      url: 'https://www.legislation.gov.uk/uksi/2020/471/regulation/7',
    },
    effect: 'relaxes',
    provisions: [
      'reg 2A(1)–(3) (regs 15(2), 15(4), 15(5), 15(7), 15(8), 16(2), 16(3), 20(9), 20(10), 21(7)–(9), 25(1), 27(4), 33, 34(1)–(2), 35(2)–(4), 36(2), 39(1), 39(3), 42(3)–(4), 44(2)(d), (e), (f), (h), 45(4), 45(5), 45(6A), 47, 56(3))',
      'reg 4(3)',
      'reg 5(4)(e)',
      'reg 8(2)(d)',
      'reg 10(4)(e)',
      'reg 13(3)',
      'reg 18A',
      'reg 22(6)',
      'reg 27(3)(e)',
      'reg 45(8)',
      'SI 2015/62 reg 2A (regs 15(1), 15(4), 16(2)–(4), 17(1)–(2), 19, 20(1)–(2), 21, 24(1), 24(3), 27(3), 29(2), 29(6), 30(3), 30(6))',
      'SI 2015/62 reg 4(3)',
      'SI 2015/62 reg 5(4)(d)',
      'SI 2015/62 reg 8(2)(e)',
      'SI 2015/62 reg 10(4)(d)',
      'SI 2015/62 reg 13(3)',
    ],
    byProvision: {
      'reg 2A(1)':
        'Where the coronavirus exception applies, any requirement in any of the regulations specified in paragraph (3) for action to be taken within a specified period of time or by a certain day is to be read instead as a requirement for such action to be taken as soon as reasonably practicable.',
      'reg 2A(2)':
        'The coronavirus exception applies where it is not reasonably practicable for a person to meet a requirement referred to in paragraph (1) for a reason relating to the incidence or transmission of coronavirus.',
      'reg 4(3)':
        'The local authority need not comply with the time limit referred to in paragraph (1) if it is impractical to do so because of a reason relating to the incidence or transmission of coronavirus.',
      'reg 8(2)(d)': 'of a reason relating to the incidence or transmission of coronavirus',
      'reg 10(4)(e)': 'of a reason relating to the incidence or transmission of coronavirus',
      'reg 13(3)': 'In regulation 13(3) (timescales for EHC plans), for “(d)” substitute “(e)”.',
      'reg 18A':
        '(1) It is not necessary for a local authority to review an EHC plan in accordance with section 44(1) of the Act if it is impractical to do so because of a reason relating to the incidence or transmission of coronavirus. (2) Where paragraph (1) applies, a local authority must instead conduct such reviews as soon as reasonably practicable.',
      'reg 22(6)':
        'The local authority need not comply with the time limit referred to in paragraphs (3) and (4) if it is impractical to do so because of a reason relating to the incidence or transmission of coronavirus.',
      'reg 27(3)(e)': 'of a reason relating to the incidence or transmission of coronavirus',
      'reg 45(8)':
        'The local authority need not comply with the time limits specified in paragraph (3A) if it is impractical to do so because the circumstances referred to in regulation 10(4)(e) apply.',
      'SI 2015/62 reg 2A(1)':
        'Where the coronavirus exception applies, any requirement in any of the regulations specified in paragraph (3) for action to be taken within a specified period of time or by a certain day is to be read instead as a requirement for such action to be taken as soon as reasonably practicable.',
      'SI 2015/62 reg 5(4)(d)': 'of a reason relating to the incidence or transmission of coronavirus',
      'SI 2015/62 reg 10(4)(d)': 'of a reason relating to the incidence or transmission of coronavirus',
      'SI 2015/62 reg 13(3)': 'In regulation 13(3) (timescales for EHC plans), for “(c)” substitute “(d)”.',
    },
    verification: 'primary',
    notes: [
      'In force 1 May 2020 (reg 1); "These Regulations cease to have effect on 25th September 2020." (reg 2(2)). The insertions are not in test/fixtures/legislation/send-regs-2014.md (revised to 3 April 2018); wording read in the legalize-dev/legalize-uk mirror uk/uksi-2020-471.md (commit b8d8ef5d300f5330c6de09bc84050f4739978ed7, as made), as sources.md part 2 §5 (PM).',
      'Two tests: reg 2A relaxes where it is "not reasonably practicable"; the textual exceptions (4(3), 5(4)(e), 8(2)(d), 10(4)(e), 22(6), 27(3)(e), 45(8), 18A) apply where it is "impractical". In both cases the result is "as soon as (reasonably) practicable": no date is computed.',
      'The mirror prints "if it isimpractical to do so" in the inserted regs 4(3) and 22(6) (a conversion artefact: the legislation.gov.uk page of reg 4(3), sources.md `L4`, reads "impractical to do so because of a reason relating to the incidence or transmission of coronavirus"); quoted here with the space.',
      'Modelled through `modifiedBy: [coronavirus2020]` on each rule (src/law/coronavirus.ts), not through the rules\' `exceptions` lists.',
    ],
  },
] as const satisfies readonly ExceptionRecord[];

/** Every exception code, in the order of law/README.md §1: the one list the schemas and checks read. */
export const exceptionCodes: readonly ExceptionCode[] = exceptionTable.map((r) => r.code);

/**
 * The exception records by code (docs/law/conventions.md).
 * @example
 * ```ts
 * exceptionRecords['personal-circumstances'].effect; // 'lifts'
 * exceptionRecords.coronavirus.effect;               // 'relaxes'
 * ```
 */
export const exceptionRecords: Readonly<Record<ExceptionCode, ExceptionRecord>> = {
  'school-closure': exceptionTable[0],
  'early-years-closure': exceptionTable[1],
  'personal-circumstances': exceptionTable[2],
  'absent-from-area': exceptionTable[3],
  'missed-appointment': exceptionTable[4],
  coronavirus: exceptionTable[5],
};
