import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/cli/json-out.js';

describe('writeJson: JSON written in parts', () => {
  it('writes exactly JSON.stringify(value, null, 2), in parts of bounded size, waiting for each to drain', async () => {
    const value = {
      asOf: '2025-03-01',
      empty: [],
      nested: { a: [1, 2], b: null },
      skipped: undefined,
      lateCases: Array.from({ length: 30_000 }, (_, i) => ({ caseId: `C${i}`, note: 'line\nbreak "quoted"' })),
    };
    const parts: string[] = [];
    let drains = 0;
    await writeJson({ out: (t) => parts.push(t), err: () => {}, drain: async () => void drains++, errIsTty: false }, value);
    expect(parts.join('')).toBe(JSON.stringify(value, null, 2) + '\n');
    // 64 KiB parts: the whole text is never held as one string, however many cases there are.
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan((1 << 16) + 200);
    expect(parts.length).toBeGreaterThan(10);
    expect(drains).toBe(parts.length);
  });
  it('an empty object is {}', async () => {
    const parts: string[] = [];
    await writeJson({ out: (t) => parts.push(t), err: () => {}, errIsTty: false }, {});
    expect(parts.join('')).toBe('{}\n');
  });
});
