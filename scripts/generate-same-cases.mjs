// node scripts/generate-same-cases.mjs [out-dir]: one small set of invented cases written in the
// four forms a council's data comes in, so that each can be audited and the results compared
// (test/dist/cli-same-cases.test.ts, test/readers/same-cases.test.ts):
//   return.xml          the SEN2 person-level return as XML
//   export/             the same return as the data collection service's CSV export (one file per module)
//   tracker.csv         a case-management export of one row per case, dates as dd/MM/yyyy
//   tracker-map.json    the column map that reads tracker.csv and tracker.xlsx
//   tracker.xlsx        the same tracker as an Excel workbook, dates as date cells (1900 date system)
// Default out-dir: test/fixtures/same-cases. Every value is invented; no real person's data.
// The facts are chosen so that all four forms carry all of them: no 20-week exception (a tracker
// has no column for it), no mediation or tribunal (the return has flags without dates), one review
// cycle at most (the return carries only the latest), no transfer in and no ceased plan.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const out = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/same-cases/', import.meta.url));

/** The census date (the return's ReferenceDate): the cases are judged on it. */
const CENSUS = '2026-01-15';

/** The persons, one request each. Dates are ISO here and written in each form's own way. */
const PERSONS = [
  { upn: 'A900000000001', surname: 'Ashdown', forename: 'Priya', birth: '2016-03-10', received: '2025-01-06', outcome: 'Y', outcomeDate: '2025-02-24', assessment: { outcome: 'Y', date: '2025-05-26', plan: '2025-05-26' } },
  { upn: 'A900000000002', surname: 'Brennan', forename: 'Tomasz', birth: '2012-11-02', received: '2025-03-03', outcome: 'N', outcomeDate: '2025-04-07' },
  { upn: 'A900000000003', surname: 'Carrow', forename: 'Amelia', birth: '2019-06-18', received: '2025-02-03', outcome: 'Y', outcomeDate: '2025-03-10', assessment: { outcome: 'N', date: '2025-06-30' } },
  { upn: 'A900000000004', surname: 'Dunmore', forename: 'Kofi', birth: '2014-09-07', received: '2024-09-02', outcome: 'Y', outcomeDate: '2024-10-07', assessment: { outcome: 'Y', date: '2025-03-10', plan: '2025-03-10' } },
  {
    upn: 'A900000000005', surname: 'Ellery', forename: 'Sam', birth: '2010-05-21', received: '2023-11-06', outcome: 'Y', outcomeDate: '2023-12-11',
    assessment: { outcome: 'Y', date: '2024-03-18', plan: '2024-03-18' }, review: { meeting: '2025-03-03', decision: '2025-03-24', outcome: 'M' },
  },
  { upn: 'A900000000006', surname: 'Fairweather', forename: 'Noor', birth: '2020-01-30', received: '2025-11-24', outcome: 'A' },
];

// ---- the SEN2 return as XML -------------------------------------------------------------------

const el = (name, value) => (value === undefined ? '' : `<${name}>${value}</${name}>`);

function personXml(p) {
  const a = p.assessment;
  const plan = a?.plan === undefined ? '' : `<NamedPlan>${el('StartDate', a.plan)}</NamedPlan>`;
  const assessment = a === undefined ? '' : `\n        <Assessment>${el('AssessmentOutcome', a.outcome)}${el('AssessmentOutcomeDate', a.date)}${a.plan === undefined ? '' : el('Week20', '0')}${plan}</Assessment>`;
  const r = p.review;
  const active = a?.plan === undefined ? ''
    : `\n        <ActivePlans>${r === undefined ? '' : `${el('ReviewMeeting', r.meeting)}${el('ReviewOutcome', r.outcome)}${el('LastReview', r.decision)}`}</ActivePlans>`;
  return `    <Person>${el('Surname', p.surname)}${el('Forename', p.forename)}${el('PersonBirthDate', p.birth)}${el('UPN', p.upn)}
      <Requests>${el('ReceivedDate', p.received)}${el('RequestOutcomeDate', p.outcomeDate)}${el('RequestOutcome', p.outcome)}${assessment}${active}
      </Requests>
    </Person>
`;
}

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>SEN2</Collection><Year>2026</Year><ReferenceDate>${CENSUS}</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>SYNTHETIC</SoftwareCode><Release>1.0</Release><SerialNo>001</SerialNo><DateTime>2026-01-20T10:00:00</DateTime></Source>
  </Header>
  <Persons>
${PERSONS.map(personXml).join('')}  </Persons>
</Message>
`;

// ---- the same return as the collection service's CSV export -----------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A date as the export writes it: `2025-Jan-06 00:00:00`. */
const exportDate = (iso, time = '00:00:00') => (iso === undefined ? '' : `${iso.slice(0, 4)}-${MONTHS[Number(iso.slice(5, 7)) - 1]}-${iso.slice(8, 10)} ${time}`);
const csv = (rows) => rows.map((r) => r.map((v) => v ?? '').join(',')).join('\r\n') + '\r\n';

const modules = {
  sen2: [['sen2tableid', 'collection', 'year', 'referencedate', 'sourcelevel', 'lea', 'softwarecode', 'release', 'serialno', 'datetime'],
    [1, 'SEN2', '2026', exportDate(CENSUS), 'L', '999', 'SYNTHETIC', '1.0', '001', exportDate('2026-01-20', '10:00:00')]],
  person: [['persontableid', 'sen2tableid', 'surname', 'forename', 'personbirthdate', 'upn']],
  requests: [['requeststableid', 'persontableid', 'receiveddate', 'requestoutcomedate', 'requestoutcome']],
  assessment: [['assessmenttableid', 'requeststableid', 'assessmentoutcome', 'assessmentoutcomedate', 'week20']],
  namedplan: [['namedplantableid', 'assessmenttableid', 'startdate']],
  plandetail: [['plandetailtableid', 'namedplantableid', 'urn', 'placementrank']],
  activeplans: [['activeplanstableid', 'requeststableid', 'reviewmeeting', 'reviewoutcome', 'lastreview']],
  placementdetail: [['placementdetailtableid', 'activeplanstableid', 'urn', 'placementrank']],
  senneed: [['senneedtableid', 'activeplanstableid', 'sentype', 'sentyperank']],
};
PERSONS.forEach((p, i) => {
  const id = i + 1; // one request, at most one assessment, plan and active plan per person: each table id is the person's
  modules.person.push([id, 1, p.surname, p.forename, exportDate(p.birth), p.upn]);
  modules.requests.push([id, id, exportDate(p.received), exportDate(p.outcomeDate), p.outcome]);
  const a = p.assessment;
  if (a === undefined) return;
  modules.assessment.push([id, id, a.outcome, exportDate(a.date), a.plan === undefined ? undefined : '0']);
  if (a.plan === undefined) return;
  modules.namedplan.push([id, id, exportDate(a.plan)]);
  modules.activeplans.push([id, id, exportDate(p.review?.meeting), p.review?.outcome, exportDate(p.review?.decision)]);
});

// ---- the case-management tracker: one row per case, and its column map ------------------------

const ukDate = (iso) => (iso === undefined ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
const DECISION_WORDS = { Y: 'Agreed', N: 'Refused', M: 'Maintain' };
const HEADINGS = ['Child ID', 'Surname', 'Forename', 'DOB', 'Date Request Received', 'Decision to Assess Date', 'Decision',
  'Decision Not to Issue', 'EHCP Issued', 'Annual Review Meeting', 'Review Decision Sent', 'Review Outcome'];
/** A tracker row: text cells, and dates (ISO) to be written as each form writes them. */
const trackerRow = (p) => [
  p.upn, p.surname, p.forename, { date: p.birth }, { date: p.received },
  { date: p.outcome === 'Y' || p.outcome === 'N' ? p.outcomeDate : undefined }, DECISION_WORDS[p.outcome] ?? '',
  { date: p.assessment?.outcome === 'N' ? p.assessment.date : undefined }, { date: p.assessment?.plan },
  { date: p.review?.meeting }, { date: p.review?.decision }, DECISION_WORDS[p.review?.outcome] ?? '',
];
const rows = PERSONS.map(trackerRow);
const map = {
  columns: { 'Child ID': 'case_id', DOB: 'date_of_birth' },
  events: {
    'Date Request Received': 'request-received',
    'Decision to Assess Date': { event: 'assessment-decision-notified', decision: 'Decision' },
    'Decision Not to Issue': 'decision-not-to-issue',
    'EHCP Issued': 'final-plan-issued',
    'Annual Review Meeting': 'review-meeting',
    'Review Decision Sent': { event: 'review-decision-notified', decision: 'Review Outcome' },
  },
  decisions: { Agreed: 'assess', Refused: 'not-assess', Maintain: 'continue' },
  ignore: ['Surname', 'Forename'],
};
const trackerCsv = csv([HEADINGS, ...rows.map((r) => r.map((c) => (typeof c === 'object' ? ukDate(c.date) : c)))]);

// ---- the tracker as an .xlsx workbook (SpreadsheetML, ECMA-376), zipped with fflate --------------

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Excel's 1900 date system: serial 25569 is 1970-01-01 (the system's fictitious 29 Feb 1900 lies before every date here). */
const serial = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;
const column = (i) => String.fromCharCode(65 + i);
const shared = [];
const cellXml = (c, i, r) => {
  const ref = `${column(i)}${r}`;
  if (typeof c === 'object') return c.date === undefined ? '' : `<c r="${ref}" s="1"><v>${serial(c.date)}</v></c>`;
  if (c === '') return '';
  let at = shared.indexOf(c);
  if (at < 0) at = shared.push(c) - 1;
  return `<c r="${ref}" t="s"><v>${at}</v></c>`;
};
const sheetRows = [HEADINGS, ...rows].map((r, n) => `<row r="${n + 1}">${r.map((c, i) => cellXml(c, i, n + 1)).join('')}</row>`).join('');
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const parts = {
  '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets><sheet name="EHC tracker" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  // Style 1 shows a date cell as dd/mm/yyyy (built-in number format 14), as a tracker's dates are shown.
  'xl/styles.xml': `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  'xl/worksheets/sheet1.xml': `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>${sheetRows}</sheetData></worksheet>`,
};
parts['xl/sharedStrings.xml'] = `${XML_HEAD}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`;
// A fixed time in each entry (DOS time, which fflate writes from the local clock fields): the
// bytes then differ only by the machine's zone, and the tests compare the parts, not the bytes.
const xlsx = zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { mtime: new Date(2026, 0, 20, 10, 0, 0) });

// ---- written out -------------------------------------------------------------------------------

mkdirSync(join(out, 'export'), { recursive: true });
writeFileSync(join(out, 'return.xml'), xml);
for (const [module, table] of Object.entries(modules)) writeFileSync(join(out, 'export', `Blade-Export_20-01-2026_${module}.csv`), csv(table));
writeFileSync(join(out, 'tracker.csv'), trackerCsv);
writeFileSync(join(out, 'tracker-map.json'), `${JSON.stringify(map, null, 2)}\n`);
writeFileSync(join(out, 'tracker.xlsx'), xlsx);
console.log(`${out}: ${PERSONS.length} cases in four forms`);
