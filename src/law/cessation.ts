/**
 * Ceasing to maintain an EHC plan: the plan must be maintained while an appeal can still be brought
 * (Children and Families Act 2014 s45(4)). Wording from the legalize-dev/legalize-uk mirror
 * uk/ukpga-2014-6.md (commit 00b890ce48a04d941bc3ab32b274dfbd1ee6ad60), as docs/law/sources.md part 2 (PM).
 */
import type { Rule } from './types.js';
import { date, namedFields } from './trigger-shape.js';

export const cessationRules = [
  {
    id: 'cease-pending-appeal',
    title: 'Plan maintained until the time for appealing a decision to cease has passed',
    process: 'cessation',
    owedBy: 'local authority',
    trigger:
      '`decisionSent`: the day written notice of the decision to cease to maintain the plan was sent; `certificateIssued` (optional): the day a mediation certificate was issued',
    ...namedFields(date('decisionSent', 'Date written notice of the decision to cease was sent'), date('certificateIssued', 'Date the mediation certificate was issued (if any)', { optional: true })),
    period: {
      kind: 'compound',
      method: 'appeal',
      summary:
        'the last day of the period allowed for bringing an appeal under section 51 (rule `appeal`: the later of 2 months after the decision notice was sent and 1 month from the issue of any mediation certificate, then HESC Rules r12(2)–(3)); the plan must still be maintained on that day',
    },
    counting: 'after',
    direction: 'within',
    rollForward: true,
    workingDays: 'tribunal-procedure-rules',
    periodOf: 'appeal',
    wording:
      'A local authority may not cease to maintain an EHC plan for a child or young person until— (a) after the end of the period allowed for bringing an appeal under section 51 against its decision to cease to maintain the plan, where no such appeal is brought before the end of that period; (b) after the appeal has been finally determined, where such an appeal is brought before the end of that period.',
    citation: {
      instrument: 'Children and Families Act 2014 (c. 6)',
      provision: 's45(4)',
      url: 'https://www.legislation.gov.uk/ukpga/2014/6/section/45',
    },
    force: 'statute',
    verification: 'primary',
    inForce: { from: '2014-09-01' },
    modifiedBy: [],
    dueMeaning: 'The last day on which the authority must still maintain the plan (the end of the appeal period); the earliest day it may cease is the day after',
    exceptions: [],
    notes: [
      '`due` is the last day on which an appeal can be brought (the same date as rule `appeal` for the same trigger). "until … after the end of the period": the plan must still be maintained on that day; if no appeal is brought the authority may cease at the earliest on the next day; if an appeal is brought in time, not until it is finally determined (s45(4)(b)), which no date rule can compute.',
      '`certificateIssued` is optional: without it the period is 2 months after the decision notice was sent (HESC r20(1)(c)(i)). With it, the later of that and 1 month from the certificate (r20(1)(c)(ii)).',
      'rollForward true: "the period allowed for bringing an appeal" includes HESC Rules r12(2) (an act due on a non-working day "is done in time if it is done on the next working day") and r12(3)(a) (a period ending 25 December–1 January or in August runs to the first working day after 1 January / 31 August). The `appeal` method applies them; a second roll-forward of an already working day changes nothing. SEND Regulations periods never roll forward.',
      'Verification: s45(4) is primary (PM). The period depends on HESC r12, whose wording is secondary only (docs/law/statutory-rules.md, rule `appeal`): results carry the appeal rule\'s warning.',
      'Not modified by SI 2020/471 (the Act and the Tribunal Procedure Rules are not in it).',
    ],
  },
] as const satisfies readonly Rule[];
