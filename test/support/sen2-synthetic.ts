/**
 * Synthetic SEN2 returns for tests and benchmarks: no real person's data, only seeded random
 * values. One generator makes the persons as the model holds them; two writers put the same persons
 * into the XML return and into the collection service's CSV export, so that a test can read both
 * and compare. The awkward shapes real returns have are all here: several requests per person and
 * several assessments per request, withdrawn and undecided requests, plans transferred in from
 * another authority, missing dates, ceased plans, element names in vendors' case variants and
 * unknown elements.
 */

import { dayToIso, isoToDay } from '../../src/day/iso.js';
import type {
  Sen2ActivePlan, Sen2Assessment, Sen2Header, Sen2NamedPlan, Sen2Need, Sen2Person, Sen2Placement, Sen2Request, Sen2Return,
} from '../../src/readers/sen2/model.js';
import type { Sen2CsvFile } from '../../src/readers/sen2/csv-reader.js';

/** A seeded source of numbers in [0, 1) (mulberry32): the same seed, the same return. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const chance = (rnd: Random, p: number): boolean => rnd() < p;
const between = (rnd: Random, low: number, high: number): number => low + Math.floor(rnd() * (high - low + 1));
const digits = (rnd: Random, n: number): string => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');

/** The census date of the synthetic returns (the 2026 collection's reference date). */
export const SYNTHETIC_REFERENCE_DATE = '2026-01-15';
const CENSUS = isoToDay(SYNTHETIC_REFERENCE_DATE);

/** The synthetic return's header. */
export function syntheticHeader(): Sen2Header {
  return {
    collection: 'SEN2', year: '2026', referenceDate: SYNTHETIC_REFERENCE_DATE, sourceLevel: 'L', lea: '999',
    softwareCode: 'SYNTHETIC', release: '1.0', serialNo: '001', dateTime: '2026-01-20T10:11:12', dmo: 'Y', dco: 'N', dsco: 'R',
  };
}

function placement(rnd: Random, active: boolean, rank: number, from: number): Sen2Placement {
  const school = chance(rnd, 0.85);
  const base: Record<string, string> = school ? { urn: digits(rnd, 6) } : { senSetting: pick(rnd, ['EHE', 'NEET', 'OTH', 'NIEO']) };
  if (!school && base.senSetting === 'OTH') base.senSettingOther = 'Synthetic setting';
  base.placementRank = String(rank);
  if (active) {
    base.entryDate = dayToIso(from + between(rnd, 0, 60));
    if (chance(rnd, 0.1)) base.leavingDate = dayToIso(from + between(rnd, 90, 300));
  }
  base.senUnitIndicator = pick(rnd, ['0', '1']);
  base.resourcedProvisionIndicator = pick(rnd, ['0', '1']);
  if (active && chance(rnd, 0.05)) base.res = pick(rnd, ['A', 'B']);
  return base as Sen2Placement;
}

function needs(rnd: Random): Sen2Need[] {
  const types = ['SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH'];
  const list: Sen2Need[] = [{ senType: pick(rnd, types), senTypeRank: '1' }];
  if (chance(rnd, 0.3)) list.push({ senType: pick(rnd, types), senTypeRank: '2' });
  return list;
}

/** A plan (issued `start` days from the epoch), ceased sometimes. */
function namedPlan(rnd: Random, start: number | undefined): Sen2NamedPlan {
  const plan: Record<string, unknown> = {};
  if (start !== undefined) plan.startDate = dayToIso(start);
  plan.placements = Array.from({ length: chance(rnd, 0.1) ? 2 : 1 }, (_, i) => placement(rnd, false, i + 1, start ?? CENSUS));
  if (chance(rnd, 0.05)) plan.planRes = pick(rnd, ['A', 'B']);
  if (chance(rnd, 0.05)) plan.planWbp = pick(rnd, ['A', 'T', 'S']);
  if (chance(rnd, 0.2)) {
    plan.pb = '1';
    plan.dp = pick(rnd, ['E', 'S', 'H', 'I']);
  }
  if (start !== undefined && chance(rnd, 0.1)) {
    plan.ceaseDate = dayToIso(Math.min(CENSUS - 1, start + between(rnd, 60, 700)));
    plan.ceaseReason = String(between(rnd, 1, 9));
  }
  return plan as unknown as Sen2NamedPlan;
}

function request(rnd: Random): Sen2Request {
  const received = CENSUS - between(rnd, 20, 1100);
  const req: Record<string, unknown> = { receivedDate: dayToIso(received) };
  req.requestSource = String(between(rnd, 1, 5));
  req.rya = chance(rnd, 0.05) ? '1' : '0';
  const outcome = pick(rnd, ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'N', 'N', 'W', 'A', 'H']);
  // Missing dates: an outcome without its date now and then.
  if (outcome !== 'A' && chance(rnd, 0.95)) req.requestOutcomeDate = dayToIso(Math.min(CENSUS - 1, received + between(rnd, 10, 60)));
  req.requestOutcome = outcome;
  if (chance(rnd, 0.03)) req.requestMediation = '1';
  if (chance(rnd, 0.02)) req.requestTribunal = '1';
  const assessments: Sen2Assessment[] = [];
  let activePlans: Sen2ActivePlan | undefined;
  if (outcome === 'Y' || outcome === 'H') {
    const count = chance(rnd, 0.05) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const transferred = outcome === 'H' && chance(rnd, 0.5);
      const assessmentOutcome = transferred ? 'H' : pick(rnd, ['Y', 'Y', 'Y', 'Y', 'N', 'A', 'W']);
      const a: Record<string, unknown> = { assessmentOutcome };
      const issued = received + between(rnd, 90, 420);
      if (assessmentOutcome !== 'A' && chance(rnd, 0.95)) a.assessmentOutcomeDate = dayToIso(Math.min(CENSUS - 1, issued - between(rnd, 0, 30)));
      if (chance(rnd, 0.02)) a.assessmentMediation = '1';
      a.week20 = chance(rnd, 0.08) ? '1' : '0';
      if (assessmentOutcome === 'Y' || assessmentOutcome === 'H') {
        const plan = namedPlan(rnd, chance(rnd, 0.97) ? Math.min(CENSUS - 1, issued) : undefined);
        a.namedPlan = plan;
        if (plan.ceaseDate === undefined && activePlans === undefined) {
          const ap: Record<string, unknown> = {};
          if (transferred) ap.transferLa = String(between(rnd, 201, 938));
          const from = plan.startDate === undefined ? received : isoToDay(plan.startDate);
          ap.placements = Array.from({ length: chance(rnd, 0.1) ? 2 : 1 }, (_, k) => placement(rnd, true, k + 1, from));
          ap.needs = needs(rnd);
          if (from < CENSUS - 365 || chance(rnd, 0.3)) {
            const meeting = CENSUS - between(rnd, 5, 360);
            ap.reviewMeeting = dayToIso(meeting);
            ap.reviewOutcome = pick(rnd, ['A', 'C', 'M', 'M']);
            if (chance(rnd, 0.9)) ap.lastReview = dayToIso(Math.min(CENSUS - 1, meeting + between(rnd, 3, 60)));
          }
          if (chance(rnd, 0.05)) ap.reviewDraft = dayToIso(CENSUS - between(rnd, 1, 60));
          if (chance(rnd, 0.08)) {
            ap.phaseTransferDueDate = '2026-02-15';
            if (chance(rnd, 0.5)) ap.phaseTransferFinalDate = dayToIso(CENSUS - between(rnd, 1, 30));
          }
          activePlans = ap as unknown as Sen2ActivePlan;
        }
      }
      assessments.push(a as unknown as Sen2Assessment);
    }
  }
  req.assessments = assessments;
  if (activePlans !== undefined) req.activePlans = activePlans;
  return req as unknown as Sen2Request;
}

/** One synthetic person at `position` (1-based), as the model holds them (no `source`). */
export function syntheticPerson(rnd: Random, position: number): Sen2Person {
  const person: Record<string, unknown> = { position };
  person.surname = `Synthetic${position}`;
  person.forename = pick(rnd, ['Alex', 'Sam', 'Jo', 'Robin', 'Kit', 'Charlie']);
  person.personBirthDate = dayToIso(CENSUS - between(rnd, 2 * 365, 24 * 365));
  person.sex = pick(rnd, ['M', 'F', 'U']);
  person.ethnicity = pick(rnd, ['WBRI', 'WOTH', 'MWBC', 'AIND', 'BAFR', 'CHNE', 'NOBT']);
  person.postCode = `ZZ${between(rnd, 1, 99)} ${between(rnd, 1, 9)}ZZ`;
  if (chance(rnd, 0.93)) person.upn = `A${digits(rnd, 12)}`;
  else person.upnUnknown = pick(rnd, ['UN1', 'UN2', 'UN5']);
  if (chance(rnd, 0.1)) person.uniqueLearnerNumber = digits(rnd, 10);
  const requests = between(rnd, 1, 10) <= 8 ? 1 : between(rnd, 2, 3);
  person.requests = Array.from({ length: requests }, () => request(rnd));
  return person as unknown as Sen2Person;
}

/** A whole synthetic return of `persons` persons. Its unknown elements are those the XML writer adds (see {@link hasVendorNote}). */
export function syntheticReturn(persons: number, seed: number): Sen2Return {
  const rnd = seededRandom(seed);
  const list = Array.from({ length: persons }, (_, i) => syntheticPerson(rnd, i + 1));
  const notes = list.reduce((n, p) => n + p.requests.filter(hasVendorNote).length, 0);
  return {
    header: syntheticHeader(),
    persons: list,
    unknownElements: notes === 0 ? [] : [{ path: 'Message/Persons/Person/Requests/VendorNote', count: notes }],
  };
}

/**
 * Whether the writers give a request a vendor's element the specification does not have
 * (`<VendorNote>` in the XML, a `vendornote` column in the CSV export): decided by the request's
 * content, so that both writers agree without holding any state.
 */
export const hasVendorNote = (request: Sen2Request): boolean => request.receivedDate?.endsWith('3') ?? false;

/** How the XML is written. */
export interface XmlStyle {
  /** Write some element names in the case vendors use (`SENSetting`, `UPNUnknown`, `SENNeed`). */
  readonly caseVariants?: boolean;
  /** Add the vendor's unknown `<VendorNote>` to some requests. */
  readonly unknownElements?: boolean;
  /** A namespace prefix on every element (`sen2` writes `<sen2:Message xmlns:sen2="…">`). */
  readonly prefix?: string;
  /** Seed of the case-variant choices. */
  readonly seed?: number;
}

/** The specification's names, and the variants vendors write. */
const VARIANTS: Record<string, readonly string[]> = {
  SENsetting: ['SENsetting', 'SENSetting'],
  SENsettingOther: ['SENsettingOther', 'SENSettingOther'],
  UPNunknown: ['UPNunknown', 'UPNUnknown'],
  SENneed: ['SENneed', 'SENNeed'],
  SENtype: ['SENtype', 'SENType'],
  SENtypeRank: ['SENtypeRank', 'SENTypeRank'],
  SENunitIndicator: ['SENunitIndicator', 'SENUnitIndicator'],
  PlanWBP: ['PlanWBP', 'PlanWbp'],
  TransferLA: ['TransferLA', 'TransferLa'],
};

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes persons and the header as XML, with the style's variants. */
export class Sen2XmlWriter {
  private readonly rnd: Random;
  private readonly p: string;

  constructor(private readonly style: XmlStyle = {}) {
    this.rnd = seededRandom(style.seed ?? 7);
    this.p = style.prefix === undefined ? '' : `${style.prefix}:`;
  }

  private name(spec: string): string {
    const variants = this.style.caseVariants ? VARIANTS[spec] : undefined;
    return this.p + (variants === undefined ? spec : pick(this.rnd, variants));
  }

  private values(pairs: readonly (readonly [string, string | undefined])[]): string {
    let out = '';
    for (const [spec, value] of pairs) {
      if (value === undefined) continue;
      const n = this.name(spec);
      out += `<${n}>${escapeXml(value)}</${n}>`;
    }
    return out;
  }

  private group(spec: string, inner: string, indent: string): string {
    const n = this.name(spec);
    return `${indent}<${n}>${inner}</${n}>\n`;
  }

  private placement(spec: 'PlanDetail' | 'PlacementDetail', p: Sen2Placement, indent: string): string {
    return this.group(spec, this.values([
      ['URN', p.urn], ['UKPRN', p.ukprn], ['SENsetting', p.senSetting], ['SENsettingOther', p.senSettingOther], ['PlacementRank', p.placementRank],
      ['EntryDate', p.entryDate], ['LeavingDate', p.leavingDate], ['SENunitIndicator', p.senUnitIndicator],
      ['ResourcedProvisionIndicator', p.resourcedProvisionIndicator], ['Res', p.res], ['WBP', p.wbp],
    ]), indent);
  }

  /** The XML declaration, the root's start tag and the header. */
  start(header: Sen2Header): string {
    const root = this.name('Message');
    const ns = this.style.prefix === undefined ? '' : ` xmlns:${this.style.prefix}="urn:example:sen2"`;
    const collection = this.values([['Collection', header.collection], ['Year', header.year], ['ReferenceDate', header.referenceDate]]);
    const source = this.values([
      ['SourceLevel', header.sourceLevel], ['LEA', header.lea], ['SoftwareCode', header.softwareCode], ['Release', header.release],
      ['SerialNo', header.serialNo], ['DateTime', header.dateTime], ['DMO', header.dmo], ['DCO', header.dco], ['DSCO', header.dsco],
    ]);
    const h = `  <${this.name('Header')}>\n${this.group('CollectionDetails', collection, '    ')}${this.group('Source', source, '    ')}  </${this.name('Header')}>\n`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${ns}>\n${h}  <${this.name('Persons')}>\n`;
  }

  /** The end of the persons and the root. */
  end(): string {
    return `  </${this.name('Persons')}>\n</${this.name('Message')}>\n`;
  }

  /** One person's `<Person>` element. */
  person(person: Sen2Person): string {
    let requests = '';
    for (const r of person.requests) {
      let inner = this.values([
        ['ReceivedDate', r.receivedDate], ['RequestSource', r.requestSource], ['RYA', r.rya], ['RequestOutcomeDate', r.requestOutcomeDate],
        ['RequestOutcome', r.requestOutcome], ['RequestMediation', r.requestMediation], ['RequestTribunal', r.requestTribunal], ['Exported', r.exported],
      ]);
      if (this.style.unknownElements && hasVendorNote(r)) inner += `<${this.p}VendorNote>synthetic note</${this.p}VendorNote>`;
      inner += '\n';
      for (const a of r.assessments) {
        let ai = this.values([
          ['AssessmentOutcome', a.assessmentOutcome], ['AssessmentOutcomeDate', a.assessmentOutcomeDate], ['AssessmentMediation', a.assessmentMediation],
          ['AssessmentTribunal', a.assessmentTribunal], ['OtherMediation', a.otherMediation], ['OtherTribunal', a.otherTribunal], ['Week20', a.week20],
        ]);
        const plan = a.namedPlan;
        if (plan !== undefined) {
          let pi = this.values([['StartDate', plan.startDate]]);
          for (const d of plan.placements) pi += this.placement('PlanDetail', d, '');
          pi += this.values([
            ['PlanRes', plan.planRes], ['PlanWBP', plan.planWbp], ['PB', plan.pb], ['OA', plan.oa], ['DP', plan.dp],
            ['CeaseDate', plan.ceaseDate], ['CeaseReason', plan.ceaseReason],
          ]);
          ai += this.group('NamedPlan', pi, '');
        }
        inner += this.group('Assessment', ai, '        ');
      }
      const ap = r.activePlans;
      if (ap !== undefined) {
        let pi = this.values([['TransferLA', ap.transferLa]]);
        for (const d of ap.placements) pi += this.placement('PlacementDetail', d, '');
        for (const n of ap.needs) pi += this.group('SENneed', this.values([['SENtype', n.senType], ['SENtypeRank', n.senTypeRank]]), '');
        pi += this.values([
          ['ReviewMeeting', ap.reviewMeeting], ['ReviewOutcome', ap.reviewOutcome], ['LastReview', ap.lastReview], ['ReviewDraft', ap.reviewDraft],
          ['PhaseTransferDueDate', ap.phaseTransferDueDate], ['PhaseTransferFinalDate', ap.phaseTransferFinalDate],
        ]);
        inner += this.group('ActivePlans', pi, '        ');
      }
      requests += this.group('Requests', `${inner}      `, '      ');
    }
    const values = this.values([
      ['Surname', person.surname], ['Forename', person.forename], ['PersonBirthDate', person.personBirthDate], ['Sex', person.sex],
      ['Ethnicity', person.ethnicity], ['PostCode', person.postCode], ['UPN', person.upn], ['UniqueLearnerNumber', person.uniqueLearnerNumber],
      ['UPNunknown', person.upnUnknown],
    ]);
    return this.group('Person', `${values}\n${requests}    `, '    ');
  }
}

/** A whole return as one XML text. */
export function sen2Xml(sen2: Sen2Return, style: XmlStyle = {}): string {
  const writer = new Sen2XmlWriter(style);
  return writer.start(sen2.header) + sen2.persons.map((p) => writer.person(p)).join('') + writer.end();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date (or date and time) as the collection service's CSV export writes it: `2022-Sep-28 00:00:00`. */
export function exportDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}:\d{2}))?$/.exec(iso);
  if (m === null) return iso;
  return `${m[1]}-${MONTHS[Number(m[2]) - 1]}-${m[3]} ${m[4] ?? '00:00:00'}`;
}

/** The reverse of {@link exportDate}, for comparing the two formats: `2022-Sep-28 00:00:00` → `2022-09-28` (`T…` kept when the time is not midnight). */
export function isoFromExportDate(text: string): string {
  const m = /^(\d{4})-([A-Z][a-z]{2})-(\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  if (m === null) return text;
  const month = String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0');
  return m[4] === '00:00:00' ? `${m[1]}-${month}-${m[3]}` : `${m[1]}-${month}-${m[3]}T${m[4]}`;
}

/** The model's properties that hold dates (or, for `dateTime`, a date and time). */
export const DATE_PROPERTIES = new Set([
  'referenceDate', 'dateTime', 'personBirthDate', 'receivedDate', 'requestOutcomeDate', 'assessmentOutcomeDate', 'startDate', 'ceaseDate',
  'reviewMeeting', 'lastReview', 'reviewDraft', 'phaseTransferDueDate', 'phaseTransferFinalDate', 'entryDate', 'leavingDate',
]);

const quoteCsv = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV file of the export: the header row, then one row per record. */
function csvFile(name: string, columns: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): Sen2CsvFile {
  const lines = [columns.join(','), ...rows.map((r) => r.map((v) => (v === undefined ? '' : quoteCsv(String(v)))).join(','))];
  return { name, content: `${lines.join('\r\n')}\r\n` };
}

/**
 * The same return as the collection service's CSV export: one file per module, named as the
 * service names them (`Blade-Export_<date>_person.csv`, …), table ids linking each row to its
 * parent, dates as the export writes them, and the vendor's unknown element as a `vendornote` column.
 */
export function sen2CsvFiles(sen2: Sen2Return, exportedOn = '20-01-2026'): Sen2CsvFile[] {
  const d = (v: string | undefined): string | undefined => (v === undefined ? undefined : exportDate(v));
  const name = (module: string) => `Blade-Export_${exportedOn}_${module}.csv`;
  const h = sen2.header;
  const files: Sen2CsvFile[] = [csvFile(name('sen2'),
    ['sen2tableid', 'NativeId', 'collection', 'year', 'referencedate', 'sourcelevel', 'lea', 'softwarecode', 'release', 'serialno', 'datetime', 'dmo', 'dco', 'dsco'],
    [[1, 'N1', h.collection, h.year, d(h.referenceDate), h.sourceLevel, h.lea, h.softwareCode, h.release, h.serialNo, d(h.dateTime), h.dmo, h.dco, h.dsco]])];
  const rows: Record<string, (string | number | undefined)[][]> = {
    person: [], requests: [], assessment: [], namedplan: [], plandetail: [], activeplans: [], placementdetail: [], senneed: [],
  };
  const ids: Record<string, number> = {};
  const next = (module: string): number => (ids[module] = (ids[module] ?? 0) + 1);
  const place = (p: Sen2Placement, active: boolean) => (active
    ? [p.urn, p.ukprn, p.senSetting, p.senSettingOther, p.placementRank, d(p.entryDate), d(p.leavingDate), p.senUnitIndicator, p.resourcedProvisionIndicator, p.res, p.wbp]
    : [p.urn, p.ukprn, p.senSetting, p.senSettingOther, p.placementRank, p.senUnitIndicator, p.resourcedProvisionIndicator]);
  for (const person of sen2.persons) {
    const pid = next('person');
    rows.person!.push([pid, 1, person.surname, person.forename, d(person.personBirthDate), person.sex, person.ethnicity, person.postCode, person.upn,
      person.uniqueLearnerNumber, person.upnUnknown]);
    for (const r of person.requests) {
      const rid = next('requests');
      rows.requests!.push([rid, pid, d(r.receivedDate), r.requestSource, r.rya, d(r.requestOutcomeDate), r.requestOutcome, r.requestMediation,
        r.requestTribunal, r.exported, hasVendorNote(r) ? 'synthetic note' : undefined]);
      for (const a of r.assessments) {
        const aid = next('assessment');
        rows.assessment!.push([aid, rid, a.assessmentOutcome, d(a.assessmentOutcomeDate), a.assessmentMediation, a.assessmentTribunal,
          a.otherMediation, a.otherTribunal, a.week20]);
        const plan = a.namedPlan;
        if (plan === undefined) continue;
        const nid = next('namedplan');
        rows.namedplan!.push([nid, aid, d(plan.startDate), plan.planRes, plan.planWbp, plan.pb, plan.oa, plan.dp, d(plan.ceaseDate), plan.ceaseReason]);
        for (const p of plan.placements) rows.plandetail!.push([next('plandetail'), nid, ...place(p, false)]);
      }
      const ap = r.activePlans;
      if (ap === undefined) continue;
      const apid = next('activeplans');
      rows.activeplans!.push([apid, rid, ap.transferLa, d(ap.reviewMeeting), ap.reviewOutcome, d(ap.lastReview), d(ap.reviewDraft),
        d(ap.phaseTransferDueDate), d(ap.phaseTransferFinalDate)]);
      for (const p of ap.placements) rows.placementdetail!.push([next('placementdetail'), apid, ...place(p, true)]);
      for (const n of ap.needs) rows.senneed!.push([next('senneed'), apid, n.senType, n.senTypeRank]);
    }
  }
  const planDetail = ['urn', 'ukprn', 'sensetting', 'sensettingother', 'placementrank', 'senunitindicator', 'resourcedprovisionindicator'];
  files.push(
    csvFile(name('person'), ['persontableid', 'sen2tableid', 'surname', 'forename', 'personbirthdate', 'sex', 'ethnicity', 'postcode', 'upn',
      'uniquelearnernumber', 'upnunknown'], rows.person!),
    csvFile(name('requests'), ['requeststableid', 'persontableid', 'receiveddate', 'requestsource', 'rya', 'requestoutcomedate', 'requestoutcome',
      'requestmediation', 'requesttribunal', 'exported', 'vendornote'], rows.requests!),
    csvFile(name('assessment'), ['assessmenttableid', 'requeststableid', 'assessmentoutcome', 'assessmentoutcomedate', 'assessmentmediation',
      'assessmenttribunal', 'othermediation', 'othertribunal', 'week20'], rows.assessment!),
    csvFile(name('namedplan'), ['namedplantableid', 'assessmenttableid', 'startdate', 'planres', 'planwbp', 'pb', 'oa', 'dp', 'ceasedate',
      'ceasereason'], rows.namedplan!),
    csvFile(name('plandetail'), ['plandetailtableid', 'namedplantableid', ...planDetail], rows.plandetail!),
    csvFile(name('activeplans'), ['activeplanstableid', 'requeststableid', 'transferla', 'reviewmeeting', 'reviewoutcome', 'lastreview',
      'reviewdraft', 'phasetransferduedate', 'phasetransferfinaldate'], rows.activeplans!),
    csvFile(name('placementdetail'), ['placementdetailtableid', 'activeplanstableid', 'urn', 'ukprn', 'sensetting', 'sensettingother',
      'placementrank', 'entrydate', 'leavingdate', 'senunitindicator', 'resourcedprovisionindicator', 'res', 'wbp'], rows.placementdetail!),
    csvFile(name('senneed'), ['senneedtableid', 'activeplanstableid', 'sentype', 'sentyperank'], rows.senneed!),
  );
  return files;
}

/** A copy of a read return's persons without `source` (where each part was read differs between formats) and with dates as ISO. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'source' || v === undefined) continue;
    out[k] = typeof v === 'string' && DATE_PROPERTIES.has(k) ? isoFromExportDate(v) : comparable(v);
  }
  return out;
}
