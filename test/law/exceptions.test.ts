/**
 * Law: the exception table (src/law/exceptions.ts): one record per code, and the provisions
 * each lifts (docs/law/conventions.md).
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { exceptionRecords, exceptionTable } from '../../src/law/exceptions.js';
import type { ExceptionCode } from '../../src/law/types.js';

describe('exception table (docs/law/conventions.md) [records]', () => {
  it('has one record per code, in the lookup under its own code', () => {
    const codes: ExceptionCode[] = [
      'school-closure',
      'early-years-closure',
      'personal-circumstances',
      'absent-from-area',
      'missed-appointment',
      'coronavirus',
    ];
    expect(exceptionTable.map((e) => e.code)).toEqual(codes);
    for (const code of codes) {
      const e = exceptionRecords[code];
      expect(e.code).toBe(code);
      expect(e.effect).toBe(code === 'coronavirus' ? 'relaxes' : 'lifts');
      expect(e.wording.trim()).not.toBe('');
      expect(e.citation.provision.trim()).not.toBe('');
      expect(e.citation.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/uksi\//);
    }
  });

  it('missed-appointment lifts only reg 8(2)(c)', () => {
    expect(exceptionRecords['missed-appointment'].provisions).toEqual(['reg 8(2)(c)']);
  });
});
