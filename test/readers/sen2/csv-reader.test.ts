import { describe, expect, it } from 'vitest';
import { readSen2Csv, type Sen2CsvFile } from '../../../src/readers/sen2/csv-reader.js';
import { SendTimescalesError } from '../../../src/errors.js';

/** A file of the export, named as the collection service names them. */
const file = (module: string, lines: string[]): Sen2CsvFile => ({ name: `Blade-Export_20-01-2026_${module}.csv`, content: `${lines.join('\r\n')}\r\n` });

const export1 = [
  file('sen2', ['sen2tableid,NativeId,collection,year,referencedate,lea,datetime,dmo,dco,dsco', '1,N,SEN2,2026,2026-Jan-15 00:00:00,999,2026-Jan-20 10:11:12,Y,N,R']),
  file('person', ['persontableid,NativeId,personorderseqcolumn,sourceid,sen2tableid,surname,forename,personbirthdate,upn,upnunknown,gendercurrent',
    '10,a,1,s,1,Synthetic,Kit,2015-Jun-01 00:00:00,A123456789012,,', '11,b,2,s,1,Example,Sam,2016-Jul-02 00:00:00,,UN1,']),
  file('requests', ['requeststableid,persontableid,receiveddate,requestoutcomedate,requestoutcome',
    '20,10,2024-Jan-05 00:00:00,2024-Feb-01 00:00:00,W', '21,10,2024-Sep-02 00:00:00,2024-Oct-14 00:00:00,Y', '22,11,2025-Mar-14 00:00:00,,A']),
  file('assessment', ['assessmenttableid,requeststableid,assessmentoutcome,assessmentoutcomedate,week20', '30,21,N,2024-Dec-01 00:00:00,0', '31,21,Y,2025-Jan-10 00:00:00,1']),
  file('namedplan', ['namedplantableid,assessmenttableid,startdate,ceasedate,ceasereason', '40,31,2025-Jan-20 00:00:00,,']),
  file('plandetail', ['plandetailtableid,namedplantableid,urn,sensetting,placementrank', '50,40,100001,,1']),
  file('activeplans', ['activeplanstableid,requeststableid,transferla,reviewmeeting,reviewoutcome,lastreview', '60,21,201,2025-Dec-01 00:00:00,M,2025-Dec-20 00:00:00']),
  file('placementdetail', ['placementdetailtableid,activeplanstableid,urn,placementrank,entrydate', '70,60,100001,1,2025-Feb-01 00:00:00']),
  file('senneed', ['senneedtableid,activeplanstableid,sentype,sentyperank', '80,60,ASD,1', '81,60,SLCN,2']),
];

describe('the collection service\'s CSV export: one file per module, rows linked by table ids (module 0 sen2 … 5c SEN need)', () => {
  const sen2 = readSen2Csv(export1);

  it('module 0 (sen2): the header, dates as the export writes them', () => {
    expect(sen2.header).toEqual({ collection: 'SEN2', year: '2026', referenceDate: '2026-Jan-15 00:00:00', lea: '999', dateTime: '2026-Jan-20 10:11:12', dmo: 'Y', dco: 'N', dsco: 'R' });
  });

  it('modules 1-5c: persons in the person file\'s order, each part under the parent its table id names, in file order', () => {
    const [kit, sam] = sen2.persons;
    expect(kit).toMatchObject({ position: 1, surname: 'Synthetic', upn: 'A123456789012', personBirthDate: '2015-Jun-01 00:00:00', source: { file: 'Blade-Export_20-01-2026_person.csv', line: 2 } });
    expect(sam).toMatchObject({ position: 2, upnUnknown: 'UN1' });
    expect(sam!.upn).toBeUndefined(); // an empty cell is an absent element
    expect(kit!.requests.map((r) => [r.receivedDate, r.requestOutcome, r.assessments.length])).toEqual([['2024-Jan-05 00:00:00', 'W', 0], ['2024-Sep-02 00:00:00', 'Y', 2]]);
    const request = kit!.requests[1]!;
    expect(request.assessments.map((a) => [a.assessmentOutcome, a.week20])).toEqual([['N', '0'], ['Y', '1']]);
    expect(request.assessments[1]!.namedPlan).toEqual({
      startDate: '2025-Jan-20 00:00:00', placements: [{ urn: '100001', placementRank: '1' }], source: { file: 'Blade-Export_20-01-2026_namedplan.csv', line: 2 },
    });
    expect(request.activePlans).toMatchObject({
      transferLa: '201', reviewMeeting: '2025-Dec-01 00:00:00', reviewOutcome: 'M', lastReview: '2025-Dec-20 00:00:00',
      placements: [{ urn: '100001', placementRank: '1', entryDate: '2025-Feb-01 00:00:00' }],
      needs: [{ senType: 'ASD', senTypeRank: '1' }, { senType: 'SLCN', senTypeRank: '2' }],
    });
    expect(sam!.requests).toMatchObject([{ receivedDate: '2025-Mar-14 00:00:00', requestOutcome: 'A', assessments: [] }]);
  });

  it('linking columns (table ids, NativeId, order sequence, sourceid) are not values; other columns the reader does not know are reported once, with how many rows hold a value', () => {
    expect(sen2.unknownElements).toEqual([{ path: 'Message/Persons/Person/gendercurrent', count: 0, first: { file: 'Blade-Export_20-01-2026_person.csv', line: 1 } }]);
  });

  it('every row is placed: 14 rows read = 14 placed + 0 set aside', () => {
    // 1 sen2 + 2 person + 3 requests + 2 assessment + 1 named plan + 1 plan detail + 1 active plan + 1 placement + 2 needs = 14 (header rows are not counted).
    expect(sen2.rows).toEqual({ read: 14, placed: 14, setAside: 0 });
    expect(sen2.setAside).toEqual([]);
  });

  it('files are told by their columns, not their names, and may come in any order', () => {
    const renamed = [...export1].reverse().map((f, i) => ({ ...f, name: `file${i}.csv` }));
    expect(readSen2Csv(renamed).persons.map((p) => p.requests.length)).toEqual([2, 1]);
  });

  it('column names match whatever their case and punctuation (PersonTableId, person_table_id)', () => {
    const sen2b = readSen2Csv([
      file('person', ['PersonTableId,Surname,UPN', '1,A,A1']),
      file('requests', ['Requests_Table_ID,Person Table ID,ReceivedDate', '2,1,2025-Jan-02 00:00:00']),
    ]);
    expect(sen2b.persons).toMatchObject([{ surname: 'A', upn: 'A1', requests: [{ receivedDate: '2025-Jan-02 00:00:00' }] }]);
  });
});

describe('rows that cannot be placed are reported with their file and line and set aside, never dropped or placed by guess', () => {
  const sen2 = readSen2Csv([
    file('person', ['persontableid,upn', '1,A1', '1,A1-again']),
    file('requests', ['requeststableid,persontableid,receiveddate', '10,1,2025-Jan-02 00:00:00', '11,9,2025-Jan-03 00:00:00', '12,,2025-Jan-04 00:00:00', '13,1,x,extra']),
    file('assessment', ['assessmenttableid,requeststableid,assessmentoutcome', '20,11,Y', '21,10,Y']),
    file('namedplan', ['namedplantableid,assessmenttableid,startdate', '30,21,2025-May-01 00:00:00', '31,21,2025-Jun-01 00:00:00']),
  ]);

  it.each([
    ['a person whose table id repeats one already read', 'Blade-Export_20-01-2026_person.csv, line 3: the persontableid 1 is already that of the person on line 2: the rows that name it could belong to either. The row is set aside.'],
    ['a request whose person is not in the export', 'Blade-Export_20-01-2026_requests.csv, line 3: its persontableid 9 is not a person in the export (Blade-Export_20-01-2026_person.csv). The row is set aside.'],
    ['a request with no persontableid', 'Blade-Export_20-01-2026_requests.csv, line 4: the request has no persontableid, so it cannot be placed with its person. The row is set aside.'],
    ['a row with more cells than the header has columns', 'Blade-Export_20-01-2026_requests.csv, line 5: the row has 4 cells where the header names 3 columns, so which value is which cannot be known. The row is set aside.'],
    ['an assessment of a request that was set aside', 'Blade-Export_20-01-2026_assessment.csv, line 2: its requeststableid 11 is the request on line 3 of Blade-Export_20-01-2026_requests.csv, which was set aside. The row is set aside.'],
    ['a second named plan for one assessment (the return allows one)', 'Blade-Export_20-01-2026_namedplan.csv, line 3: a second named plan for the same assessment (assessmenttableid 21), where the return allows one; the first is kept. The row is set aside.'],
  ])('%s', (_what, message) => {
    expect(sen2.setAside.map((i) => i.message)).toContain(message);
  });

  it('the rows reconcile: 10 read = 4 placed + 6 set aside, and each set-aside row is an issue with its line', () => {
    // Read: 2 person + 4 requests + 2 assessment + 2 named plan = 10. Placed: person 1, request 10, assessment 21, named plan 30 = 4.
    expect(sen2.rows).toEqual({ read: 10, placed: 4, setAside: 6 });
    expect(sen2.setAside.every((i) => i.code === 'MALFORMED_FILE' && typeof i.row === 'number')).toBe(true);
    expect(sen2.persons).toMatchObject([{ upn: 'A1', requests: [{ receivedDate: '2025-Jan-02 00:00:00', assessments: [{ assessmentOutcome: 'Y', namedPlan: { startDate: '2025-May-01 00:00:00' } }] }] }]);
  });
});

describe('an export that cannot be read as a whole is an error (code MALFORMED_FILE)', () => {
  const issue = (files: Sen2CsvFile[]) => {
    try {
      readSen2Csv(files);
    } catch (e) {
      expect(e).toBeInstanceOf(SendTimescalesError);
      return (e as SendTimescalesError).issues[0]!;
    }
    throw new Error('no error');
  };

  it.each([
    ['no person file', [file('requests', ['requeststableid,persontableid', '1,1'])], 'The export has no person file'],
    ['a file with no table id column (a caseload CSV)', [file('person', ['persontableid', '1']), { name: 'cases.csv', content: 'case_id,event,date\n' }], 'cases.csv, line 1: this is not a file of the SEN2 return\'s CSV export'],
    ['two files of one module', [file('person', ['persontableid', '1']), { name: 'copy.csv', content: 'persontableid\n2\n' }], 'copy.csv, line 1: this file holds the person module, as Blade-Export_20-01-2026_person.csv does'],
    ['a quote never closed', [{ name: 'p.csv', content: 'persontableid,surname\n1,"Smith\n' }], 'p.csv, line 2: the file cannot be read as CSV'],
  ])('%s', (_what, files, start) => {
    const found = issue(files as Sen2CsvFile[]);
    expect(found.code).toBe('MALFORMED_FILE');
    expect(found.message.startsWith(start)).toBe(true);
  });
});
