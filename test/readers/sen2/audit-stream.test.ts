import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditSen2, Sen2Auditor } from '../../../src/readers/sen2/audit.js';
import { readSen2Xml, streamSen2Xml } from '../../../src/readers/sen2/xml-reader.js';
import { SendTimescalesError } from '../../../src/errors.js';
import type { Sen2Person } from '../../../src/readers/sen2/model.js';
import { sen2Xml, syntheticReturn } from '../../support/sen2-synthetic.js';
import { header, planned } from '../../support/sen2-model.js';
import { numRuns } from '../../support/fc.js';

/** A return's XML in chunks of `size` characters, as a file stream hands it over. */
function* chunks(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('Sen2Auditor: a return audited a person at a time equals auditSen2 over the whole list', () => {
  it('property: streamed from the XML (any chunking, repeated UPNs included) = read whole, then auditSen2', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: 25 }), fc.integer(), fc.integer({ min: 1, max: 4096 }), fc.array(fc.nat(), { maxLength: 3 }),
      fc.constantFrom('statutory' as const, 'request-day-one' as const),
      async (count, seed, size, repeats, reading) => {
        const base = syntheticReturn(count, seed);
        // Persons given again further on (a UPN twice): both must be set aside, whichever came first.
        const again: Sen2Person[] = count === 0 ? [] : repeats.map((r, i) => ({ ...base.persons[r % count]!, position: count + i + 1 }));
        const sen2 = { ...base, persons: [...base.persons, ...again] };
        const xml = sen2Xml(sen2);
        const whole = await readSen2Xml(xml);
        const expected = auditSen2(whole.persons, whole.header, { reading });
        const auditor = new Sen2Auditor({ reading });
        await streamSen2Xml(chunks(xml, size), { onHeader: (h) => auditor.start(h), onPerson: (p) => auditor.add(p) });
        expect(auditor.finish()).toEqual(expected);
      },
    ), { numRuns: Math.min(numRuns, 60) });
  });

  it('a person given twice is set aside at both positions, with the repeated-id finding naming both', () => {
    // Two persons with UPN A000000000001 at positions 1 and 2: neither audited; 2 in = 0 audited + 2 set aside.
    const persons = [planned(1, '2025-01-06', '2025-05-26', { upn: 'A000000000001' }), planned(2, '2025-02-03', '2025-06-23', { upn: 'A000000000001' })];
    const auditor = new Sen2Auditor();
    auditor.start(header('2026-01-15'));
    for (const p of persons) auditor.add(p);
    const result = auditor.finish();
    expect(result.persons).toEqual({ total: 2, audited: 0, setAside: 2 });
    expect(result.setAside.map((p) => p.findings.some((f) => f.kind === 'repeated-id' && f.message.includes('positions 1 and 2')))).toEqual([true, true]);
  });

  it('a person before the header, or finishing without one, is an error (the census date places every date)', () => {
    const sen2 = syntheticReturn(1, 3);
    expect(() => new Sen2Auditor().add(sen2.persons[0]!)).toThrow(SendTimescalesError);
    expect(() => new Sen2Auditor().finish()).toThrow(/header/);
  });
});

describe('Sen2Auditor.settle: the persons sorted and the cases that finish() audits', () => {
  it('property: settle() sorts the persons as finish() does, and its cases are the ones audited (repeated UPNs set aside in both)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 25 }), fc.integer(), fc.array(fc.nat(), { maxLength: 3 }), (n, seed, repeats) => {
      const sen2 = syntheticReturn(n, seed);
      const persons: Sen2Person[] = [...sen2.persons];
      // A UPN given twice sets both persons aside, in both.
      for (const r of repeats) if (persons.length > 1) persons.push({ ...persons[r % persons.length]!, position: persons.length + 1 });
      const auditor = new Sen2Auditor();
      auditor.start(sen2.header);
      for (const p of persons) auditor.add(p);
      const settled = auditor.settle();
      const finished = auditor.finish();
      expect(settled.census).toBe(finished.census);
      expect(settled.persons).toEqual(finished.persons);
      expect(settled.setAside).toEqual(finished.setAside);
      expect(settled.audited).toEqual(finished.audited);
      expect(settled.persons.total).toBe(persons.length);
      expect(settled.cases.length).toBe(finished.audit.cases.total);
      expect(new Set(settled.cases.map((c) => String(c.id))).size).toBe(settled.cases.length);
    }), { numRuns: Math.min(numRuns, 100) });
  });

  it('settle() before start(header) is an error naming the header', () => {
    expect(() => new Sen2Auditor().settle()).toThrow(/call start\(header\) before finish\(\) or settle\(\)/);
  });
});
