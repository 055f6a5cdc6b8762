/**
 * A rule record in a few words: its period ("20 weeks after") and the title of its process. Read by
 * the generated references, the spreadsheet functions and the command-line tool alike, so a rule is
 * described the same way everywhere.
 */
import { MONTH_NAMES } from '../day/iso.js';
import { expectRule } from './rule-shape.js';
import type { Period, Process, Rule } from './types.js';

/** The heading of each process in the rule reference and the profiles' docs. */
export const PROCESS_TITLES: Readonly<Record<Process, string>> = {
  assessment: 'EHC needs assessment',
  plan: 'Drafting and issuing the EHC plan',
  transfer: 'Moving between local authorities and commissioning bodies',
  review: 'Reviews',
  'phase-transfer': 'Transfers between phases of education',
  amendment: 'Amending a plan',
  reassessment: 'Re-assessment',
  cessation: 'Ceasing to maintain a plan',
  mediation: 'Mediation',
  appeal: 'Appeals to the First-tier Tribunal',
  'tribunal-orders': 'Complying with Tribunal orders (reg 44)',
  'unopposed-appeals': 'Unopposed appeals (reg 45)',
  'detained-persons': 'Detained persons (SI 2015/62)',
  local: 'Local standards',
};

/**
 * The period of a rule in a few words.
 * @param rule - A rule record.
 * @returns For example "20 weeks after", "at least 2 weeks before", "before 15 February of the calendar year".
 * @example
 * ```ts
 * describePeriod(getRule('final-plan'));            // '20 weeks after'
 * describePeriod(getRule('annual-review'));         // '12 months beginning with the trigger'
 * describePeriod(getRule('review-meeting-notice')); // 'at least 2 weeks before'
 * ```
 */
export function describePeriod(rule: Rule): string {
  const p: Period = expectRule(rule).period;
  switch (p.kind) {
    case 'none':
      return 'no period';
    case 'fixed-date':
      return `before ${p.day} ${MONTH_NAMES[p.month - 1]} of the calendar year`;
    case 'compound':
      return p.summary;
    case 'span': {
      if (p.n === 0) return 'immediately';
      const unit = p.unit.replace('-', ' ');
      const amount = `${p.n} ${p.n === 1 ? unit.replace(/s$/, '') : unit}`;
      if (rule.direction === 'at-least-before') return `at least ${amount} before`;
      return rule.counting === 'beginning-with' ? `${amount} beginning with the trigger` : `${amount} after`;
    }
  }
}
