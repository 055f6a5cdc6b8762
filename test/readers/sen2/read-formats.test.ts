import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSen2Csv } from '../../../src/readers/sen2/csv-reader.js';
import { readSen2Xml, streamSen2Xml } from '../../../src/readers/sen2/xml-reader.js';
import type { Sen2Person, Sen2Return } from '../../../src/readers/sen2/model.js';
import { numRuns } from '../../support/fc.js';
import { comparable, sen2CsvFiles, sen2Xml, syntheticReturn } from '../../support/sen2-synthetic.js';

/**
 * Unknown elements as both formats can agree on them: the path without regard to case (the CSV
 * export's columns are lower case) and the count; an unknown column with no value in any row (the
 * CSV export reports it with count 0, csv-reader.test.ts) has no XML counterpart.
 */
const unknownOf = (sen2: Sen2Return) => sen2.unknownElements.filter((u) => u.count > 0).map((u) => ({ path: u.path.toLowerCase(), count: u.count }));

describe('one synthetic return, written as the XML return and as the collection service\'s CSV export, reads to one model', () => {
  it('XML (with vendors\' case variants, namespace prefixes and an unknown element) = CSV export = the persons generated (dates compared as ISO)', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.integer(), fc.boolean(), fc.boolean(), async (n, seed, caseVariants, prefixed) => {
      const generated = syntheticReturn(n, seed);
      const style = { caseVariants, unknownElements: true, seed, ...(prefixed ? { prefix: 'sen2' } : {}) };
      const xml = await readSen2Xml(sen2Xml(generated, style), { file: 'synthetic.xml' });
      const csv = readSen2Csv(sen2CsvFiles(generated));
      expect(comparable(xml.persons)).toEqual(comparable(generated.persons));
      expect(comparable(csv.persons)).toEqual(comparable(xml.persons));
      expect(comparable(csv.header)).toEqual(comparable(xml.header));
      expect(xml.header).toEqual(generated.header);
      expect(unknownOf(xml)).toEqual(unknownOf(generated));
      expect(unknownOf(csv)).toEqual(unknownOf(generated));
      expect(xml.setAside).toEqual([]);
      expect(csv.setAside).toEqual([]);
      // Every row of the export is placed: the rows read = the rows placed, none set aside.
      expect(csv.rows.read).toBe(csv.rows.placed);
    }), { numRuns: Math.min(numRuns, 60) });
  });

  it('streaming hands over the same persons, in the same order, as reading into memory, whatever the chunk boundaries', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.integer(), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }), async (n, seed, cuts) => {
      const text = sen2Xml(syntheticReturn(n, seed), { caseVariants: true, unknownElements: true, seed });
      const whole = await readSen2Xml(text);
      // The text as bytes, cut into chunks of the drawn sizes (cutting through multi-byte characters too).
      const bytes = new TextEncoder().encode(text);
      const chunks: Uint8Array[] = [];
      for (let at = 0, i = 0; at < bytes.length; i++) {
        const size = cuts[i % cuts.length]!;
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const streamed: Sen2Person[] = [];
      let header: unknown;
      const summary = await streamSen2Xml((async function* () { yield* chunks; })(), {
        onHeader: (h) => { header = h; expect(streamed).toEqual([]); },
        onPerson: (p) => { streamed.push(p); },
      });
      expect(streamed).toEqual(whole.persons);
      expect(header).toEqual(whole.header);
      expect(summary).toEqual({ header: whole.header, persons: whole.persons.length, unknownElements: whole.unknownElements, setAside: [] });
    }), { numRuns: Math.min(numRuns, 60) });
  });
});

describe('the synthetic returns hold the awkward shapes real returns have', () => {
  it('several requests and assessments, withdrawn requests, plans transferred in, missing dates, ceased plans', () => {
    const persons = syntheticReturn(2000, 16).persons;
    const requests = persons.flatMap((p) => p.requests);
    const assessments = requests.flatMap((r) => r.assessments);
    const shapes = {
      severalRequests: persons.filter((p) => p.requests.length > 1).length,
      severalAssessments: requests.filter((r) => r.assessments.length > 1).length,
      withdrawn: requests.filter((r) => r.requestOutcome === 'W').length,
      transferredIn: requests.filter((r) => r.activePlans?.transferLa !== undefined).length,
      missingOutcomeDate: requests.filter((r) => r.requestOutcome === 'Y' && r.requestOutcomeDate === undefined).length,
      missingStartDate: assessments.filter((a) => a.namedPlan !== undefined && a.namedPlan.startDate === undefined).length,
      ceased: assessments.filter((a) => a.namedPlan?.ceaseDate !== undefined).length,
      week20: assessments.filter((a) => a.week20 === '1').length,
      noUpn: persons.filter((p) => p.upn === undefined && p.upnUnknown !== undefined).length,
    };
    for (const [shape, count] of Object.entries(shapes)) expect({ shape, some: count > 0 }).toEqual({ shape, some: true });
  });
});
