/**
 * The reg 18 transfers of a child as day numbers, for the engine's caseload path: the day each new
 * phase starts and the rule that applies, without the reasoning that `transfers` gives.
 */
import { daysFromCivil } from '../../day/iso.js';
import { schoolYearStartYearForGroup } from './school-year.js';
import { STAGE_GROUP, TRANSFER_STAGES, type TransferStage } from './transfer-stages.js';

/**
 * The reg 18 transfers of a child as day numbers: the day each new phase starts (its 1 September)
 * and the rule that applies, in date order, without the notes `transfers` gives. A move into a
 * school sixth form is left out (not a transfer between phases). The engine's path for caseloads.
 *
 * @example
 * transferDays(isoToDay('2015-10-10'), 0, DEFAULT_TRANSFER_STAGES, 'post16-institution').map((t) => dayToIso(t.day))
 * // ['2020-09-01', '2027-09-01', '2032-09-01']
 * transferDays(isoToDay('2015-10-10'), 0, DEFAULT_TRANSFER_STAGES, 'school-sixth-form').length // 2
 * @internal
 */
export function transferDays(
  birth: number, offset: number, stages: readonly TransferStage[], destination: 'post16-institution' | 'school-sixth-form',
): { readonly ruleId: 'phase-transfer' | 'phase-transfer-post16'; readonly day: number }[] {
  const out: { ruleId: 'phase-transfer' | 'phase-transfer-post16'; day: number }[] = [];
  for (const stage of TRANSFER_STAGES) {
    if (!stages.includes(stage) || (stage === 'year12' && destination === 'school-sixth-form')) continue;
    const start = schoolYearStartYearForGroup(birth, STAGE_GROUP[stage], offset);
    out.push({ ruleId: stage === 'year12' ? 'phase-transfer-post16' : 'phase-transfer', day: daysFromCivil(start, 9, 1) });
  }
  return out;
}
