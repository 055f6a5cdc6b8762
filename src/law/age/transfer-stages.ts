/**
 * The stages at which a child may move between phases of education (SEND Regulations 2014 reg 2(1),
 * "transfer between phases of education", limbs (a) to (f)), named after the year group entered.
 * The one list of stages: case records, their schemas and the transfer dates all read it.
 */

/**
 * The stages at which a child may move phase, named after the year group the child enters.
 * `year3` is infant to junior school; `year5` and `year9` are the three-tier moves (first to middle,
 * middle to upper school).
 *
 * @example
 * const stage: TransferStage = 'year7'; // primary to secondary school
 * transfers('2015-10-10', { stages: [stage] })[0].statutoryDate // '2027-02-15'
 */
export type TransferStage = 'reception' | 'year3' | 'year5' | 'year7' | 'year9' | 'year12';

/**
 * Every transfer stage, in date order. Pass it as `stages` to report all six, for example in a
 * three-tier area.
 *
 * @example
 * TRANSFER_STAGES // ['reception', 'year3', 'year5', 'year7', 'year9', 'year12']
 * transfers('2015-10-10', { stages: TRANSFER_STAGES }).length // 6
 */
export const TRANSFER_STAGES: readonly TransferStage[] = ['reception', 'year3', 'year5', 'year7', 'year9', 'year12'];

/**
 * The default stages for a two-tier area (docs/law/ages-and-transfers.md). Year 3 only where the child is at an
 * infant school; Years 5 and 9 only in a three-tier area: the case names them.
 *
 * @example
 * DEFAULT_TRANSFER_STAGES // ['reception', 'year7', 'year12']
 * transfers('2015-10-10').map((t) => t.stage) // ['reception', 'year7', 'year12']
 */
export const DEFAULT_TRANSFER_STAGES: readonly TransferStage[] = ['reception', 'year7', 'year12'];

/** The year group a child enters at each stage (Reception = 0). */
export const STAGE_GROUP: Readonly<Record<TransferStage, number>> = { reception: 0, year3: 3, year5: 5, year7: 7, year9: 9, year12: 12 };
