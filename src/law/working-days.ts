/**
 * What "working day" means for a rule's count, in words a trace can quote. Each rule names its
 * definition (`Rule.workingDays`); the wording is held here once, so the engine never infers it
 * from a citation.
 */
import type { WorkingDayDefinition } from './types.js';

/** The calendar a count used, as a definition's words need it. */
export interface CalendarInWords {
  /** The calendar's display name (e.g. `England and Wales`, `Dorset Council`). */
  readonly name: string;
  /** Whether it adds closure days of its own to the England and Wales bank holidays. */
  readonly ownClosures: boolean;
}

/** The definition a rule uses when its record names none: the SEND Regulations' undefined term. */
export const DEFAULT_WORKING_DAYS: WorkingDayDefinition = 'send-regulations';

const definitions: Readonly<Record<WorkingDayDefinition, (calendar: CalendarInWords) => string>> = {
  // The SEND Regulations 2014 use "working day" without defining it: the ordinary meaning, read as
  // every day except weekends, Christmas Day, Good Friday and bank holidays.
  'send-regulations': ({ name, ownClosures }) =>
    `"Working day" is not defined in the SEND Regulations 2014; this count uses the ${name} calendar: every day except Saturday, Sunday, Christmas Day, Good Friday and bank holidays (substitute and one-off days included)${ownClosures ? ', with its own closure days' : ''}.`,
  // HESC Rules r1(3) (its words as the parallel Upper Tribunal Rules r1(3) give them; see the appeal records' notes).
  'tribunal-procedure-rules': ({ name }) =>
    `The Tribunal Procedure Rules define a working day (r1(3)) as any day except a Saturday or Sunday, Christmas Day, Good Friday or a bank holiday under section 1 of the Banking and Financial Dealings Act 1971; this uses the ${name} calendar.`,
};

/**
 * The trace line saying which working days a count used.
 * @param definition - The rule's `workingDays` (absent: {@link DEFAULT_WORKING_DAYS}).
 * @param calendar - The calendar counted on.
 */
export function describeWorkingDays(definition: WorkingDayDefinition | undefined, calendar: CalendarInWords): string {
  return definitions[definition ?? DEFAULT_WORKING_DAYS](calendar);
}

/** The known definitions (for validating a profile's records). */
export const workingDayDefinitionIds: readonly WorkingDayDefinition[] = Object.keys(definitions) as WorkingDayDefinition[];
