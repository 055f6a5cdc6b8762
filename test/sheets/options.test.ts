/**
 * The options argument of the spreadsheet functions (src/sheets/options.ts) and the library's
 * texts in a sheet's words (src/sheets/words.ts), over the sources. The built bundles are tested
 * in test/dist/sheets*.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSheetOptions, SHEET_SETTINGS, toDeadlineOptions } from '../../src/sheets/options.js';
import { inSheetWords, resolveRuleId, sheetWords } from '../../src/sheets/words.js';
import { createSheetFunctions, googleSheetsHost } from '../../src/sheets/core.js';
import { deadline, exceptionRecords, explain, localRules, ruleIds, SendTimescalesError } from '../../src/index.js';
import { numRuns } from '../support/fc.js';

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof SendTimescalesError) return `${e.code}: ${e.message}`;
    throw e;
  }
  throw new Error('expected an error');
};

describe('readSheetOptions', () => {
  it('reads every setting and value, in any case, with ; or , between settings', () => {
    expect(readSheetOptions('profile=dorset; fixed-date=on-or-before')).toEqual({ profile: 'dorset', fixedDate: 'on-or-before' });
    expect(readSheetOptions(' NOTICE = Permissive , Coronavirus=YES ')).toEqual({ notice: 'permissive', coronavirus: true });
    expect(readSheetOptions('fixedDate=On Or Before;')).toEqual({ fixedDate: 'on-or-before' });
    expect(readSheetOptions('Fixed_Date=before')).toEqual({ fixedDate: 'before' });
    expect(readSheetOptions('coronavirus=no')).toEqual({ coronavirus: false });
    expect(readSheetOptions('coronavirus=TRUE')).toEqual({ coronavirus: true });
    for (const code of Object.keys(exceptionRecords)) expect(readSheetOptions(`exception=${code.toUpperCase()}`)).toEqual({ exception: code });
    expect(readSheetOptions('')).toEqual({});
    expect(readSheetOptions(' ; ')).toEqual({});
    expect(readSheetOptions(null)).toEqual({});
  });

  it('refuses what it does not know, saying what may be written', () => {
    expect(message(() => readSheetOptions('colour=red'))).toBe('INVALID_OPTION: "colour" is not a setting of the options; the settings are profile, fixed-date, notice, exception, coronavirus (e.g. "profile=dorset; fixed-date=on-or-before").');
    expect(message(() => readSheetOptions('notice=loose'))).toBe('INVALID_OPTION: notice must be strict or permissive, not "loose".');
    expect(message(() => readSheetOptions('exception=holiday'))).toMatch(/^INVALID_OPTION: exception must be school-closure, early-years-closure, .*, not "holiday"\.$/);
    expect(message(() => readSheetOptions('permissive'))).toBe('INVALID_OPTION: "permissive" in the options is not a setting written name=value; write notice=permissive (e.g. "profile=dorset; fixed-date=on-or-before").');
    expect(message(() => readSheetOptions('kent'))).toMatch(/^INVALID_OPTION: "kent" in the options is not a setting written name=value; the settings are profile, /);
    expect(message(() => readSheetOptions('profile=dorset;PROFILE=dorset'))).toMatch(/^INVALID_OPTION: profile is given twice/);
    expect(message(() => readSheetOptions(true))).toMatch(/^INVALID_OPTION: The options argument must be text .*, not true\.$/);
  });

  it('gives the library options the library accepts, for any combination of settings (property)', () => {
    const setting = fc.constantFrom(...SHEET_SETTINGS).chain((s) => fc.constantFrom(...s.values()).map(([v]) => [s.name, v] as const));
    fc.assert(
      fc.property(fc.uniqueArray(setting, { selector: ([name]) => name, maxLength: 5 }), fc.constantFrom('; ', ',', ' ;'), (settings, sep) => {
        const text = settings.map(([n, v]) => `${n}=${v}`).join(sep);
        const options = toDeadlineOptions(readSheetOptions(text));
        expect(Object.keys(options)).toHaveLength(settings.length);
        // The library takes them (an exception may not apply to the rule: that is its own, typed error).
        try {
          deadline('final-plan', '2025-01-06', options);
        } catch (e) {
          expect(e).toBeInstanceOf(SendTimescalesError);
          expect((e as SendTimescalesError).code).toBe('INVALID_OPTION');
          expect((e as SendTimescalesError).field).toBe('exception');
        }
      }),
      { numRuns: Math.min(numRuns, 200) },
    );
  });
});

describe('resolveRuleId', () => {
  it('finds every statutory and local rule id whatever its case', () => {
    for (const id of ruleIds()) {
      expect(resolveRuleId(id.toUpperCase())).toBe(id);
      expect(resolveRuleId(` ${id[0]!.toUpperCase()}${id.slice(1)} `)).toBe(id);
    }
    for (const { id } of localRules) expect(resolveRuleId(id.toUpperCase(), 'dorset')).toBe(id);
  });
  it('an unknown id shows the text as typed; a local id without its profile says which options reach it', () => {
    expect(message(() => resolveRuleId('Final-Plann'))).toBe('UNKNOWN_RULE: no rule "Final-Plann". =SEND_RULES() lists them.');
    expect(message(() => resolveRuleId('Dorset-First-Review'))).toMatch(/^UNKNOWN_RULE: "Dorset-First-Review" is a local standard of Dorset Council's profile, not a statutory rule: give "profile=dorset" as the options/);
    expect(resolveRuleId('Dorset-First-Review', undefined, { local: 'any' })).toBe('dorset-first-review');
  });
});

describe('sheetWords', () => {
  it("rewrites the library's option names and leaves every other word alone", () => {
    const coronavirus = explain(deadline('final-plan', '2020-04-06'));
    expect(coronavirus).toContain('(pass coronavirus: true when the case records such a reason)'); // the library's words, for programmers
    expect(sheetWords(coronavirus)).toBe(coronavirus.replace('(pass coronavirus: true when', '(add coronavirus=yes to the options when'));
    const fixed = explain(deadline('phase-transfer', '2026-09-01', { fixedDate: 'on-or-before' }));
    expect(sheetWords(fixed)).toContain('On-or-before reading (option fixed-date=on-or-before, as the Code of Practice writes it)');
    expect(sheetWords(fixed)).not.toMatch(/fixedDate/);
    expect(sheetWords('nothing to change')).toBe('nothing to change');
    const error = new SendTimescalesError('INVALID_DATE', 'date', 'x', 'plain');
    expect(inSheetWords(error)).toBe(error);
    const other = new TypeError('x');
    expect(inSheetWords(other)).toBe(other);
  });
  it("a rule that needs the school's term dates gives no date, said without the library's option name", () => {
    const f = createSheetFunctions({ ...googleSheetsHost, zone: () => 'Europe/London' });
    expect(f.deadline('dorset-exclusion-provision', '2025-03-24', '', 'profile=dorset')).toBe(
      "No date: dorset-exclusion-provision counts 6 school days, which needs the school's term dates, which the spreadsheet functions do not take: no date is given rather than a guess.",
    );
  });
});
