/** Shared by the tests of ages, school years and transfers: fast-check arbitraries of births and year-group offsets. */
import fc from 'fast-check';
import { daysFromCivil } from '../../src/day/iso.js';

/** Births from 1994 to 2060, as day numbers. */
export const FROM = daysFromCivil(1994, 1, 1);
export const TO = daysFromCivil(2060, 12, 31);
export const birthDay = fc.integer({ min: FROM, max: TO });
/** A year-group offset (taught behind or ahead), -3 to 3. */
export const offset = fc.integer({ min: -3, max: 3 });
