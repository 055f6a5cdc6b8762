import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { addDays, deadline, explain, formatLong, SendTimescalesError, timeline, type Timeline } from '../../src/index.js';
import { deadlineToIcs, isOpen, OPEN_STATUSES, timelineToIcs } from '../../src/report/ics.js';
import { uidMaker, uidPart } from '../../src/report/ics-uid.js';
import { caseArb } from '../support/cases.js';
import { numRuns } from '../support/fc.js';
import { parseIcs } from './ics-parsed.js';

const exampleCase = JSON.parse(readFileSync(new URL('../../examples/case.json', import.meta.url), 'utf8'));

/** The physical lines of a calendar (every line ends CRLF, the last one too). */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('RFC 5545 calendar of a case timeline: examples/case.json, hand-worked', () => {
  // Case C003: plan issued 2024-02-12, reviewed 2025-01-20 and 2026-01-15; born 2013-07-08.
  it.each([
    {
      asOf: '2025-06-30',
      expected: [
        // CFA 2014 s44(1): a review "within 12 months" of the last, counted "beginning with" the
        // meeting of Monday 20 January 2025: 12 months on is 20 January 2026, the period ends the day before.
        { ruleId: 'annual-review', due: '2026-01-19', end: '2026-01-20' },
        // Reg 18(1)(a): born 2013-07-08, so the transfer into post-16 is 1 September 2029; the review
        // is due "before 31 March" 2029: Friday 30 March 2029 (Good Friday; reg 18 does not roll forward).
        { ruleId: 'phase-transfer-post16', due: '2029-03-30', end: '2029-03-31' },
      ],
    },
    {
      asOf: '2026-06-30',
      expected: [
        // s44(1): the meeting of Thursday 15 January 2026 + 12 months = 15 January 2027, less one day.
        { ruleId: 'annual-review', due: '2027-01-14', end: '2027-01-15' },
        { ruleId: 'phase-transfer-post16', due: '2029-03-30', end: '2029-03-31' },
      ],
    },
    {
      asOf: '2027-02-01',
      expected: [
        // The review due 14 January 2027 is not recorded by 1 February 2027: overdue by 18 days
        // (17 days left of January + 1), and overdue deadlines stay in the calendar.
        { ruleId: 'annual-review', due: '2027-01-14', end: '2027-01-15' },
        { ruleId: 'phase-transfer-post16', due: '2029-03-30', end: '2029-03-31' },
      ],
    },
  ])('as of $asOf: one all-day event per open deadline, on its due day', ({ asOf, expected }) => {
    const t = timeline(exampleCase, { asOf });
    const parsed = parseIcs(timelineToIcs(t));
    expect(parsed.version).toBe('2.0');
    expect(parsed.events.map((e) => ({ ruleId: e.uid.split('/')[1], due: e.start, end: e.end }))).toEqual(expected);
    for (const [i, e] of parsed.events.entries()) {
      expect(e.startType).toBe('date');
      expect(e.endType).toBe('date');
      expect(e.floating).toBe(true);
      expect(e.uid).toBe(`case-C003/${expected[i]!.ruleId}/${expected[i]!.due}@send-timescales`);
      // DTSTAMP is the as-of date, so the file is the same on every run.
      expect(e.stamp).toBe(`${asOf}T00:00:00Z`);
    }
    expect(parsed.events[0]!.summary).toBe('Case C003: Review of an EHC plan at least every 12 months');
    expect(parsed.events[0]!.url).toBe('https://www.legislation.gov.uk/ukpga/2014/6/section/44');
    expect(parsed.events[1]!.url).toBe('https://www.legislation.gov.uk/uksi/2014/1530/regulation/18');
  });

  it('describes the citation, the legislation link, the due date in long form, the standing and the trace', () => {
    const [review] = parseIcs(timelineToIcs(timeline(exampleCase, { asOf: '2027-02-01' }))).events;
    const lines = review!.description.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Review of an EHC plan at least every 12 months (annual-review)',
      'Case: C003',
      'Due: Thursday 14 January 2027 (2027-01-14).',
      'Status on Monday 1 February 2027 (2027-02-01): overdue by 18 day(s), not done.',
      'Citation: Children and Families Act 2014 (c. 6), s44(1).',
      'Legislation: https://www.legislation.gov.uk/ukpga/2014/6/section/44',
    ]);
    expect(lines).toContain('How the date was worked out:');
    expect(lines.some((l) => /^ {2}\d+\. Due \[2027-01-14\]/.test(l))).toBe(true);
  });

  it('says how many days are left of a deadline still due', () => {
    const [review] = parseIcs(timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' }))).events;
    // 30 June 2026 to 14 January 2027: 1 + 31 + 31 + 30 + 31 + 30 + 31 + 14 = 199 … less the as-of day itself = 198.
    expect(review!.description).toContain('Status on Tuesday 30 June 2026 (2026-06-30): due, not yet done; 198 day(s) to go.');
  });

  it('writes nothing of the case but its id: no date of birth, no done deadline', () => {
    const text = timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' }));
    for (const dob of ['2013-07-08', '20130708', formatLong('2013-07-08')]) expect(text).not.toContain(dob);
    // Met deadlines (the review decision of 2026-02-05, the plan transfer) are history, not events.
    expect(text).not.toContain('review-decision');
    expect(text).not.toContain('plan-transfer/');
  });
});

describe('which deadlines are open', () => {
  it('open means due or overdue with a date; met, late, not-triggered, not-applicable, lifted and relaxed are left out', () => {
    expect([...OPEN_STATUSES].sort()).toEqual(['due', 'overdue']);
    const base = { ruleId: 'final-plan', title: 'T', trigger: '2025-01-06', trace: [], warnings: [] } as const;
    expect(isOpen({ ...base, due: '2025-05-26', status: 'due' })).toBe(true);
    expect(isOpen({ ...base, due: '2025-05-26', status: 'overdue', daysLate: 3 })).toBe(true);
    for (const status of ['met', 'late', 'not-triggered', 'not-applicable', 'lifted', 'relaxed'] as const) {
      expect(isOpen({ ...base, due: '2025-05-26', status })).toBe(false);
    }
    expect(isOpen({ ...base, due: null, status: 'due' })).toBe(false);
  });

  it('a timeline with no open deadline gives a calendar with no event', () => {
    const t: Timeline = { caseId: 'C1', asOf: '2025-06-30', reviewedOn: 'meeting', entries: [], warnings: [] };
    const text = timelineToIcs(t);
    expect(parseIcs(text).events).toEqual([]);
    expect(text).toContain('BEGIN:VCALENDAR\r\n');
  });
});

describe('one deadline as a calendar', () => {
  it('final-plan from Monday 6 January 2025: one event on Monday 26 May 2025', () => {
    // Reg 13(2): 20 weeks after the request, the request day not counted: 6 January 2025 + 140 days = 26 May 2025.
    const d = deadline('final-plan', '2025-01-06');
    const [e, ...rest] = parseIcs(deadlineToIcs(d)).events;
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ startType: 'date', start: '2025-05-26', end: '2025-05-27', floating: true, summary: 'Finalised EHC plan sent (the 20-week limit)' });
    expect(e!.uid).toBe('trigger-2025-01-06/final-plan/2025-05-26@send-timescales');
    expect(e!.url).toBe('https://www.legislation.gov.uk/uksi/2014/1530/regulation/13');
    // The description is explain()'s text: wording, citation, trace.
    expect(e!.description).toBe(explain(d));
    // DTSTAMP: the trigger date unless a stamp is given.
    expect(e!.stamp).toBe('2025-01-06T00:00:00Z');
  });

  it('with a case id: the case in the title, the description and the UID', () => {
    const [e] = parseIcs(deadlineToIcs(deadline('final-plan', '2025-01-06'), { caseId: 'C004' })).events;
    expect(e!.summary).toBe('Case C004: Finalised EHC plan sent (the 20-week limit)');
    expect(e!.description.split('\n')[1]).toBe('Case: C004');
    expect(e!.uid).toBe('case-C004/final-plan/2025-05-26@send-timescales');
  });

  it('a compound trigger: its named dates in the UID, the latest as the stamp', () => {
    const d = deadline('plan-transfer', { move: '2025-09-01', aware: '2025-08-20' });
    const [e] = parseIcs(deadlineToIcs(d)).events;
    expect(e!.uid).toBe(`trigger-move%3D2025-09-01%26aware%3D2025-08-20/plan-transfer/${d.due}@send-timescales`);
    expect(e!.stamp).toBe('2025-09-01T00:00:00Z');
  });

  it('a deadline with no date (lifted by an exception) gives no event', () => {
    const d = deadline('final-plan', '2025-01-06', { exception: 'personal-circumstances' });
    expect(d.due).toBeNull();
    expect(parseIcs(deadlineToIcs(d)).events).toEqual([]);
  });

  it('an injected stamp: a date, or an instant written in UTC', () => {
    const d = deadline('final-plan', '2025-01-06');
    expect(parseIcs(deadlineToIcs(d, { stamp: '2025-02-01' })).events[0]!.stamp).toBe('2025-02-01T00:00:00Z');
    expect(parseIcs(deadlineToIcs(d, { stamp: new Date(Date.UTC(2025, 1, 1, 23, 30, 5)) })).events[0]!.stamp).toBe('2025-02-01T23:30:05Z');
  });
});

describe('due days at the edges of days, years and clock changes (no local time is read)', () => {
  // final-plan adds 140 days and never rolls forward, so the trigger is the due day less 140 days.
  it.each([
    '2025-12-31', '2026-01-01', // a year's end and start: UTC midnight is the previous evening west of Greenwich
    '2025-03-30', '2025-10-26', // the UK clocks go forward and back: a day of 23 and of 25 hours
    '2028-02-29', '2027-03-01', // a leap day, and the day after a February with none
  ])('a deadline due %s is an event on that day', (due) => {
    const d = deadline('final-plan', addDays(due, -140));
    expect(d.due).toBe(due);
    const [e] = parseIcs(deadlineToIcs(d)).events;
    expect(e!.start).toBe(due);
    expect(e!.end).toBe(addDays(due, 1));
    expect(deadlineToIcs(d)).toContain(`\r\nDTSTART;VALUE=DATE:${due.replaceAll('-', '')}\r\n`);
  });

  it('property: for any trigger, DTSTART is the due day and DTEND the day after, as DATE values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (n) => {
        const d = deadline('final-plan', addDays('2015-01-01', n));
        const [e] = parseIcs(deadlineToIcs(d)).events;
        expect({ type: e!.startType, start: e!.start, end: e!.end }).toEqual({ type: 'date', start: d.due, end: addDays(d.due!, 1) });
      }),
      { numRuns },
    );
  });
});

describe('UIDs: the same case, rule and due date give the same UID', () => {
  it('two runs give the same file, byte for byte', () => {
    const a = timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' }));
    const b = timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' }));
    expect(b).toBe(a);
  });

  it('a later as-of date keeps the UID of a deadline still open, with a later stamp (so a calendar updates it)', () => {
    const early = parseIcs(timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' }))).events;
    const later = parseIcs(timelineToIcs(timeline(exampleCase, { asOf: '2027-02-01' }))).events;
    expect(later.map((e) => e.uid)).toEqual(early.map((e) => e.uid));
    expect(later[0]!.stamp > early[0]!.stamp).toBe(true);
  });

  it('a case id is encoded so that no character can break the line or the UID', () => {
    expect(uidPart('C 1;2,3@x/y\n')).toBe('C%201%3B2%2C3%40x%2Fy%0A');
    expect(uidPart('Zoë')).toBe('Zo%C3%AB');
    expect(uidPart('A-b_c.d~e')).toBe('A-b_c.d~e');
  });

  it('the same rule and due date twice in one case: the second is told apart by its order', () => {
    const uid = uidMaker();
    const key = { caseId: 'C1', ruleId: 'advice-received', due: '2025-03-31' };
    expect([uid(key), uid(key), uid({ ...key, caseId: 'C2' })]).toEqual([
      'case-C1/advice-received/2025-03-31@send-timescales',
      'case-C1/advice-received/2025-03-31-2@send-timescales',
      'case-C2/advice-received/2025-03-31@send-timescales',
    ]);
  });

  it('two advice requests of one day, to two bodies: two events with two UIDs, and neither body named', () => {
    const record = {
      id: 'C9',
      events: [
        { type: 'request-received', date: '2025-01-06' },
        { type: 'advice-requested', date: '2025-02-17', body: 'educational psychologist' },
        { type: 'advice-requested', date: '2025-02-17', body: 'health' },
      ],
    };
    const t = timeline(record, { asOf: '2025-03-01' });
    const open = t.entries.filter(isOpen);
    const events = parseIcs(timelineToIcs(t)).events;
    expect(events.map((e) => e.start)).toEqual(open.map((e) => e.due));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const text = timelineToIcs(t);
    expect(text).not.toContain('psychologist');
  });
});

describe('escaping and folding (RFC 5545 §3.1, §3.3.11)', () => {
  const odd = 'Case, with; odd\\chars\nand a line break — Zoë 😀 "quoted"';

  it('a case id with commas, semicolons, backslashes, line breaks and non-ASCII text reads back exactly', () => {
    const t = { ...timeline(exampleCase, { asOf: '2026-06-30' }), caseId: odd };
    const text = timelineToIcs(t);
    const [e] = parseIcs(text).events;
    expect(e!.summary).toBe(`Case ${odd}: Review of an EHC plan at least every 12 months`);
    expect(e!.description.split('\n').slice(0, 3)).toEqual(['Review of an EHC plan at least every 12 months (annual-review)', 'Case: Case, with; odd\\chars', 'and a line break — Zoë 😀 "quoted"']);
    // Escaped as TEXT: \, \; \\ and \n, never a bare line break inside a value.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Case Case\\, with\\; odd\\\\chars\\nand a line break');
    expect(e!.uid).toBe(`case-${uidPart(odd)}/annual-review/2027-01-14@send-timescales`);
    expect(e!.uid).toMatch(/^[A-Za-z0-9._~%/-]+@send-timescales$/);
  });

  it('every line is at most 75 octets, folded lines begin with a space, and unfolding gives back the text', () => {
    const t = { ...timeline(exampleCase, { asOf: '2026-06-30' }), caseId: 'é😀'.repeat(60) };
    const text = timelineToIcs(t);
    const lines = physicalLines(text);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A fold never splits a character: no lone surrogate, no replacement character.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(parseIcs(text).events[0]!.summary).toBe(`Case ${'é😀'.repeat(60)}: Review of an EHC plan at least every 12 months`);
  });

  it('PRODID names the library and its version; VERSION is 2.0', () => {
    const parsed = parseIcs(timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' })));
    expect(parsed.prodId).toMatch(/^-\/\/send-timescales\/\/send-timescales \S+\/\/EN$/);
  });
});

describe('a caseload of timelines as one calendar', () => {
  it('property: for any generated case, the events are its open deadlines, one for one, on the same dates', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 4000 }), (record, n) => {
        const asOf = addDays('2016-01-04', n);
        const t = timeline(record, { asOf });
        const open = t.entries.filter((e) => e.status === 'due' || e.status === 'overdue');
        const text = timelineToIcs(t);
        const events = parseIcs(text).events;
        expect(events.map((e) => ({ start: e.start, end: e.end, summary: e.summary }))).toEqual(
          open.map((e) => ({ start: e.due, end: addDays(e.due!, 1), summary: `Case ${record.id}: ${e.title}` })),
        );
        expect(events.every((e) => e.startType === 'date' && e.endType === 'date')).toBe(true);
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
        // No date of birth: the ISO date, the compact one or the long form (where no event of the case falls on it).
        const dob = record.dateOfBirth;
        if (dob !== undefined && !record.events.some((e) => e.date === dob)) {
          for (const s of [dob, dob.replaceAll('-', ''), formatLong(dob)]) expect(text).not.toContain(s);
        }
      }),
      { numRuns },
    );
  });

  it('several timelines: each case\'s open deadlines, in order, stamped with the latest as-of date', () => {
    const a = timeline(exampleCase, { asOf: '2026-06-30' });
    const b = timeline({ ...exampleCase, id: 'C003-copy' }, { asOf: '2026-07-01' });
    const events = parseIcs(timelineToIcs([a, b])).events;
    expect(events.map((e) => e.uid)).toEqual([
      'case-C003/annual-review/2027-01-14@send-timescales',
      'case-C003/phase-transfer-post16/2029-03-30@send-timescales',
      'case-C003-copy/annual-review/2027-01-14@send-timescales',
      'case-C003-copy/phase-transfer-post16/2029-03-30@send-timescales',
    ]);
    expect(new Set(events.map((e) => e.stamp))).toEqual(new Set(['2026-07-01T00:00:00Z']));
  });
});

describe('bad input: the library\'s error, naming what is wrong', () => {
  it.each([
    ['no timeline', () => timelineToIcs(null as never), 'INVALID_ARGUMENT', 'timeline'],
    ['a list holding a non-timeline', () => timelineToIcs([{ caseId: 'C1' }] as never), 'INVALID_ARGUMENT', 'timelines[0]'],
    ['an impossible due date', () => timelineToIcs({ caseId: 'C1', asOf: '2025-01-01', reviewedOn: 'meeting', warnings: [], entries: [{ ruleId: 'r', title: 't', status: 'due', due: '2025-02-30', trigger: null, trace: [], warnings: [] }] }), 'INVALID_DATE', 'timeline.entries[0].due'],
    ['a stamp that is not a date', () => timelineToIcs(timeline(exampleCase, { asOf: '2026-06-30' }), { stamp: 'today' as never }), 'INVALID_OPTION', 'options.stamp'],
    ['an invalid Date as stamp', () => deadlineToIcs(deadline('final-plan', '2025-01-06'), { stamp: new Date(Number.NaN) }), 'INVALID_OPTION', 'options.stamp'],
    ['options that are not an object', () => deadlineToIcs(deadline('final-plan', '2025-01-06'), 'C1' as never), 'INVALID_OPTION', 'options'],
    ['a case id that is not text', () => deadlineToIcs(deadline('final-plan', '2025-01-06'), { caseId: 4 as never }), 'INVALID_OPTION', 'options.caseId'],
    ['not a deadline', () => deadlineToIcs({ due: '2025-01-01' } as never), 'INVALID_ARGUMENT', 'deadline'],
  ])('%s', (_, run, code, field) => {
    try {
      run();
      expect.unreachable('no error was thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(SendTimescalesError);
      expect((e as SendTimescalesError).code).toBe(code);
      expect((e as SendTimescalesError).field).toBe(field);
    }
  });
});
