/**
 * The date reg 18 names for a transfer between phases of education, read from the reg 18 rule
 * records (src/law/phase-transfer.ts) so that 15 February, 31 March and the one-off 31 May 2015 are
 * written once, in the records the engine also applies.
 *
 * Reg 18(1): "before— (a) 31 March in the calendar year of the child or young person's transfer
 * from secondary school to a post-16 institution; and (b) 15 February in the calendar year of the
 * child's transfer in any other case"; reg 18(3): before 31 May 2015 for a post-16 transfer on
 * 1 September 2015.
 */
import { daysFromCivil, isoToDay } from '../../day/iso.js';
import { phaseTransferRules } from '../phase-transfer.js';

/** The reg 18 rules that name a fixed date in the calendar year of the transfer. */
export type Reg18RuleId = 'phase-transfer' | 'phase-transfer-post16';

type Reg18Record = Extract<(typeof phaseTransferRules)[number], { readonly id: Reg18RuleId }>;

function isReg18Record(rule: (typeof phaseTransferRules)[number]): rule is Reg18Record {
  return rule.id === 'phase-transfer' || rule.id === 'phase-transfer-post16';
}

const REG_18_RECORDS: readonly Reg18Record[] = phaseTransferRules.filter(isReg18Record);

/** The trigger days a version governs: its `appliesTo` window, else its time in force. */
function windowOf(record: Reg18Record): { readonly from: string; readonly to?: string } {
  return 'appliesTo' in record ? record.appliesTo : record.inForce;
}

/** Each version with its window as day numbers, read once. */
const VERSIONS = REG_18_RECORDS.map((record) => {
  const window = windowOf(record);
  return { record, from: isoToDay(window.from), to: window.to === undefined ? Infinity : isoToDay(window.to) };
});

/**
 * The version of a reg 18 rule that governs a transfer on `transferDay`. A transfer before the
 * Regulations came into force has no governing version; it is given the first version, so that the
 * date is shown as the regulation would give it (the caller says it did not apply).
 */
export function reg18Version(ruleId: Reg18RuleId, transferDay: number): Reg18Record {
  let first: Reg18Record | undefined;
  for (const v of VERSIONS) {
    if (v.record.id !== ruleId) continue;
    if (transferDay >= v.from && transferDay <= v.to) return v.record;
    first ??= v.record;
  }
  return first!;
}

/** The fixed date a reg 18 version names, in the calendar year of the transfer, as a day number. */
export function reg18Date(record: Reg18Record, transferYear: number): number {
  return daysFromCivil(transferYear, record.period.month, record.period.day);
}

/** The day the SEND Regulations 2014, and so reg 18, came into force (reg 1). */
export const REG_18_IN_FORCE: number = isoToDay(REG_18_RECORDS[0]!.inForce.from);

/**
 * The one-off version of reg 18(3) (a post-16 transfer on 1 September 2015): the only version that
 * governs a single day.
 */
export const REG_18_3: Reg18Record = REG_18_RECORDS.find((r) => windowOf(r).from === windowOf(r).to)!;

/** The general post-16 version of reg 18(1)(a), which reg 18(3) displaces for its one day. */
export const REG_18_1_A: Reg18Record = reg18Version('phase-transfer-post16', REG_18_IN_FORCE);
