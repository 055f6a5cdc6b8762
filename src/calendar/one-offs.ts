/**
 * One-off changes to England and Wales bank holidays since 1971, made by royal proclamation
 * under the Banking and Financial Dealings Act 1971 s1(3). Each row names its source so an
 * auditor can check it. A `moved` row replaces the standing day; an `extra` row adds a day.
 *
 * Checked and deliberately absent: Wednesday 14 November 1973 (Princess Anne's wedding) and
 * Wednesday 23 July 1986 (the Duke of York's wedding) were not bank holidays (no proclamation;
 * Downing Street, November 2017), and no extra day was made for VE Day 80 in 2025.
 */
import type { IsoDate } from '../day/iso.js';

/**
 * A one-off change to the England and Wales bank holidays: an `extra` day, or a standing day `moved` to another, with its source.
 * @example
 * ```ts
 * const jubilee: OneOffChange = oneOffChanges.find((c) => c.kind === 'extra')!;
 * jubilee.name; // 'Queen’s Silver Jubilee' (7 June 1977)
 * ```
 */
export type OneOffChange =
  | { readonly kind: 'extra'; readonly date: IsoDate; readonly name: string; readonly source: string }
  | { readonly kind: 'moved'; readonly from: IsoDate; readonly to: IsoDate; readonly name: string; readonly source: string };

/**
 * Every one-off change to England and Wales bank holidays since 1971 (made by royal proclamation
 * under the Banking and Financial Dealings Act 1971 s1(3)), each with the source an auditor can check.
 * @example
 * ```ts
 * oneOffChanges.find((c) => c.kind === 'extra' && c.date === '2022-09-19')?.name;
 * // 'Bank Holiday for the State Funeral of Queen Elizabeth II'
 * ```
 */
export const oneOffChanges: readonly OneOffChange[] = [
  {
    kind: 'moved', from: '1977-05-30', to: '1977-06-06', name: 'Spring bank holiday (substitute day)',
    source: 'Prime Minister, written answer, HC Deb 19 January 1977 vol 924 cc191-3W (Spring bank holiday changed to Monday 6 June 1977)',
  },
  {
    kind: 'extra', date: '1977-06-07', name: 'Queen’s Silver Jubilee',
    source: 'Prime Minister, written answer, HC Deb 19 January 1977 vol 924 cc191-3W (extra holiday Tuesday 7 June 1977 for the Silver Jubilee)',
  },
  {
    kind: 'extra', date: '1981-07-29', name: 'Royal wedding',
    source: 'Royal proclamation, 1981 (wedding of the Prince of Wales, Wednesday 29 July 1981); secondary: BBC 27 November 2017 citing Downing Street',
  },
  {
    kind: 'moved', from: '1995-05-01', to: '1995-05-08', name: 'Early May bank holiday (VE day)',
    source: 'HL Deb 16 December 1993 vol 550 cc135-6WA (early May bank holiday 1995 moved to Monday 8 May, 50th anniversary of VE Day)',
  },
  {
    kind: 'extra', date: '1999-12-31', name: 'Millennium celebrations',
    source: 'Announced by the Secretary of State for Culture, 1998 (extra bank holiday Friday 31 December 1999); secondary: press reports of the announcement',
  },
  {
    kind: 'moved', from: '2002-05-27', to: '2002-06-04', name: 'Spring bank holiday (substitute day)',
    source: 'Prime Minister, written answer, 24 November 2000; Commons Library note SN/PC/1435 "Golden Jubilee 2002" (spring holiday moved to Tuesday 4 June 2002)',
  },
  {
    kind: 'extra', date: '2002-06-03', name: 'Queen’s Golden Jubilee',
    source: 'Prime Minister, written answer, 24 November 2000; Commons Library note SN/PC/1435 "Golden Jubilee 2002" (extra bank holiday Monday 3 June 2002)',
  },
  {
    kind: 'extra', date: '2011-04-29', name: 'Royal wedding',
    source: 'Royal proclamation, 2010 (wedding of Prince William, Friday 29 April 2011); secondary: Directgov as reported December 2010',
  },
  {
    kind: 'moved', from: '2012-05-28', to: '2012-06-04', name: 'Spring bank holiday (substitute day)',
    source: 'gov.uk bank-holidays.json (England and Wales), 2012; royal proclamation for the Diamond Jubilee',
  },
  {
    kind: 'extra', date: '2012-06-05', name: 'Queen’s Diamond Jubilee',
    source: 'gov.uk bank-holidays.json (England and Wales), 2012; royal proclamation for the Diamond Jubilee',
  },
  {
    kind: 'moved', from: '2020-05-04', to: '2020-05-08', name: 'Early May bank holiday (VE day)',
    source: 'London Gazette notice 3326938 (proclamation appointing Friday 8 May 2020); gov.uk bank-holidays.json (England and Wales)',
  },
  {
    kind: 'moved', from: '2022-05-30', to: '2022-06-02', name: 'Spring bank holiday',
    source: 'gov.uk bank-holidays.json (England and Wales), 2022; royal proclamation for the Platinum Jubilee',
  },
  {
    kind: 'extra', date: '2022-06-03', name: 'Platinum Jubilee bank holiday',
    source: 'gov.uk bank-holidays.json (England and Wales), 2022; royal proclamation for the Platinum Jubilee',
  },
  {
    kind: 'extra', date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    source: 'London Gazette notice 4158896 (proclamation appointing Monday 19 September 2022); gov.uk bank-holidays.json (England and Wales)',
  },
  {
    kind: 'extra', date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III',
    source: 'gov.uk bank-holidays.json (England and Wales), 2023; royal proclamation for the coronation',
  },
];
