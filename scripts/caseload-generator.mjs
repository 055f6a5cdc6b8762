// A seeded generator of synthetic caseloads, England-sized by default (about 640,000 EHC plans,
// about 10 events each). Synthetic: invented ids and dates, no real person. Used by the scale
// benchmark and the CLI end-to-end run.
const DAY = 864e5;

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const START = Date.UTC(2016, 0, 4) / DAY;
const AS_OF = Date.UTC(2026, 10, 1) / DAY;

/** One synthetic case: a request, the assessment, the plan and its reviews, sometimes more. */
function makeCase(i, r) {
  const id = `S${String(i).padStart(7, '0')}`;
  const request = START + Math.floor(r() * (AS_OF - START - 200));
  const dob = request - Math.floor((2 + r() * 14) * 365.25);
  const events = [{ type: 'request-received', date: iso(request) }];
  // Roughly national shapes: most steps on time, a fifth late; about half of plans within 20 weeks.
  const late = () => (r() < 0.2 ? 1 + Math.floor(r() * 60) : -Math.floor(r() * 14));
  events.push({ type: 'assessment-decision-notified', date: iso(request + 42 + late()), decision: 'assess' });
  const advice = request + 45;
  events.push({ type: 'advice-requested', date: iso(advice), body: 'educational psychologist' });
  events.push({ type: 'advice-received', date: iso(advice + 42 + late()), body: 'educational psychologist' });
  if (r() < 0.05) events.push({ type: 'exception', date: iso(request + 60), until: iso(request + 100), code: 'personal-circumstances' });
  const final = request + 140 + (r() < 0.5 ? Math.floor(r() * 80) : -Math.floor(r() * 20));
  events.push({ type: 'draft-plan-served', date: iso(final - 25) });
  events.push({ type: 'final-plan-issued', date: iso(final) });
  let anchor = final;
  while (events.length < 12) {
    const meeting = anchor + 300 + Math.floor(r() * (r() < 0.15 ? 120 : 60));
    if (meeting > AS_OF) break;
    events.push({ type: 'review-meeting', date: iso(meeting) });
    events.push({ type: 'review-decision-notified', date: iso(meeting + 28 + late()), decision: 'continue' });
    anchor = meeting;
  }
  if (r() < 0.03) events.push({ type: 'moved-la', date: iso(anchor + 100), aware: iso(anchor + 80) }, { type: 'plan-transferred', date: iso(anchor + 103) });
  return { id, dateOfBirth: iso(dob), events };
}

export function generateCases(n = 640_000, seed = 20250106) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => makeCase(i, r));
}

export const GENERATED_AS_OF = iso(AS_OF);

const COLUMNS = ['case_id', 'event', 'date', 'date_of_birth', 'aware', 'decision', 'code', 'until', 'body'];

/** The same caseload as CSV lines (one per event), written through `write`. */
export function writeCsv(cases, write) {
  write(COLUMNS.join(',') + '\n');
  for (const c of cases) {
    c.events.forEach((e, k) => {
      write([c.id, e.type, e.date, k === 0 ? c.dateOfBirth : '', e.aware ?? '', e.decision ?? '', e.code ?? '', e.until ?? '', e.body ?? ''].join(',') + '\n');
    });
  }
}
