import { describe, expect, it } from 'vitest';
import { readSen2Xml, streamSen2Xml } from '../../../src/readers/sen2/xml-reader.js';

/** A return around some persons' XML, with the header the specification puts first. */
const wrap = (persons: string, root = 'Message') => `<?xml version="1.0" encoding="UTF-8"?>
<${root}>
<Header><CollectionDetails><Collection>SEN2</Collection><Year>2026</Year><ReferenceDate>2026-01-15</ReferenceDate></CollectionDetails>
<Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>X</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2026-01-20T10:00:00</DateTime><DMO>Y</DMO><DCO>N</DCO></Source></Header>
<Persons>
${persons}
</Persons>
</${root}>`;

describe('the structure of the return (DfE SEN2 technical specification; element order as the schema)', () => {
  it('Header: CollectionDetails and Source read into one header', async () => {
    const { header } = await readSen2Xml(wrap(''));
    expect(header).toEqual({
      collection: 'SEN2', year: '2026', referenceDate: '2026-01-15', sourceLevel: 'L', lea: '999', softwareCode: 'X', release: '1',
      serialNo: '001', dateTime: '2026-01-20T10:00:00', dmo: 'Y', dco: 'N',
    });
  });

  it('Person with several Requests, several Assessments, NamedPlan with PlanDetail, ActivePlans with PlacementDetail and SENneed, in file order', async () => {
    const sen2 = await readSen2Xml(wrap(`<Person><Surname>Synthetic</Surname><Forename>Kit</Forename><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex><Ethnicity>WBRI</Ethnicity><PostCode>ZZ1 1ZZ</PostCode><UPN>A123456789012</UPN>
<Requests><ReceivedDate>2024-01-05</ReceivedDate><RequestSource>1</RequestSource><RequestOutcomeDate>2024-02-01</RequestOutcomeDate><RequestOutcome>W</RequestOutcome></Requests>
<Requests><ReceivedDate>2024-09-02</ReceivedDate><RequestOutcomeDate>2024-10-14</RequestOutcomeDate><RequestOutcome>Y</RequestOutcome>
  <Assessment><AssessmentOutcome>N</AssessmentOutcome><AssessmentOutcomeDate>2024-12-01</AssessmentOutcomeDate><Week20>0</Week20></Assessment>
  <Assessment><AssessmentOutcome>Y</AssessmentOutcome><AssessmentOutcomeDate>2025-01-10</AssessmentOutcomeDate><Week20>1</Week20>
    <NamedPlan><StartDate>2025-01-20</StartDate><PlanDetail><URN>100001</URN><PlacementRank>1</PlacementRank></PlanDetail><PlanDetail><SENsetting>EHE</SENsetting><PlacementRank>2</PlacementRank></PlanDetail><CeaseDate>2025-11-30</CeaseDate><CeaseReason>2</CeaseReason></NamedPlan></Assessment>
  <ActivePlans><TransferLA>201</TransferLA><PlacementDetail><URN>100001</URN><PlacementRank>1</PlacementRank><EntryDate>2025-02-01</EntryDate></PlacementDetail><SENneed><SENtype>ASD</SENtype><SENtypeRank>1</SENtypeRank></SENneed><SENneed><SENtype>SLCN</SENtype><SENtypeRank>2</SENtypeRank></SENneed><ReviewMeeting>2025-12-01</ReviewMeeting><ReviewOutcome>M</ReviewOutcome><LastReview>2025-12-20</LastReview></ActivePlans>
</Requests></Person>`), { file: 'r.xml' });
    expect(sen2.persons).toHaveLength(1);
    const [person] = sen2.persons;
    expect(person).toMatchObject({ position: 1, surname: 'Synthetic', upn: 'A123456789012', source: { file: 'r.xml', line: 6, column: 1 } });
    expect(person!.requests.map((r) => [r.receivedDate, r.requestOutcome, r.assessments.length])).toEqual([['2024-01-05', 'W', 0], ['2024-09-02', 'Y', 2]]);
    const second = person!.requests[1]!;
    expect(second.source).toEqual({ file: 'r.xml', line: 8, column: 1 });
    expect(second.assessments.map((a) => [a.assessmentOutcome, a.week20, a.namedPlan?.startDate])).toEqual([['N', '0', undefined], ['Y', '1', '2025-01-20']]);
    expect(second.assessments[1]!.namedPlan).toEqual({
      startDate: '2025-01-20', ceaseDate: '2025-11-30', ceaseReason: '2',
      placements: [{ urn: '100001', placementRank: '1' }, { senSetting: 'EHE', placementRank: '2' }],
      source: { file: 'r.xml', line: 11, column: 5 },
    });
    expect(second.activePlans).toMatchObject({
      transferLa: '201', reviewMeeting: '2025-12-01', reviewOutcome: 'M', lastReview: '2025-12-20',
      placements: [{ urn: '100001', placementRank: '1', entryDate: '2025-02-01' }],
      needs: [{ senType: 'ASD', senTypeRank: '1' }, { senType: 'SLCN', senTypeRank: '2' }],
    });
    // Line 6: <Person> is columns 1-8, so <GenderCurrent> opens at 9; <GenderCurrent>1</GenderCurrent> is 32 characters
    // (9-40) and <Requests> 10 (41-50), so <VendorNote> opens at 51.
    expect(sen2.unknownElements).toEqual([]);
  });

  it('values are kept as written, trimmed; an empty element is "" and an absent one undefined', async () => {
    const [person] = (await readSen2Xml(wrap('<Person><Surname>  O&apos;Neil &amp; Co </Surname><Forename/><Requests><ReceivedDate>\n 2025-3-14 \n</ReceivedDate></Requests></Person>'))).persons;
    expect(person!.surname).toBe("O'Neil & Co");
    expect(person!.forename).toBe('');
    expect(person!.upn).toBeUndefined();
    expect(person!.requests[0]!.receivedDate).toBe('2025-3-14');
  });

  it('the case variants vendors write (SENSetting, UPNUnknown, SENNeed, SENType) and namespace prefixes read as the specification\'s names', async () => {
    const text = `<s:Message xmlns:s="urn:x"><s:Header><s:CollectionDetails><s:Collection>sen2</s:Collection></s:CollectionDetails></s:Header><s:Persons>
<s:Person><s:UPNUnknown>UN2</s:UPNUnknown><s:Requests><s:ActivePlans><s:PlacementDetail><s:SENSetting>NEET</s:SENSetting><s:SENSettingOther>x</s:SENSettingOther></s:PlacementDetail><s:SENNeed><s:SENType>MLD</s:SENType><s:SENTypeRank>1</s:SENTypeRank></s:SENNeed></s:ActivePlans></s:Requests></s:Person>
</s:Persons></s:Message>`;
    const [person] = (await readSen2Xml(text)).persons;
    expect(person!.upnUnknown).toBe('UN2');
    expect(person!.requests[0]!.activePlans).toMatchObject({ placements: [{ senSetting: 'NEET', senSettingOther: 'x' }], needs: [{ senType: 'MLD', senTypeRank: '1' }] });
  });

  it('unknown elements are counted per path and reported once, with where the first was; what is inside them is not read', async () => {
    const sen2 = await readSen2Xml(wrap(`<Person><GenderCurrent>1</GenderCurrent><Requests><VendorNote><Inner>a</Inner></VendorNote><ReceivedDate>2025-01-02</ReceivedDate></Requests></Person>
<Person><Requests><VendorNote>b</VendorNote></Requests><Requests><VendorNote/></Requests></Person>`), { file: 'r.xml' });
    // Line 6: <Person> is columns 1-8, so <GenderCurrent> opens at 9; <GenderCurrent>1</GenderCurrent> is 32 characters
    // (9-40) and <Requests> 10 (41-50), so <VendorNote> opens at 51.
    expect(sen2.unknownElements).toEqual([
      { path: 'Message/Persons/Person/GenderCurrent', count: 1, first: { file: 'r.xml', line: 6, column: 9 } },
      { path: 'Message/Persons/Person/Requests/VendorNote', count: 3, first: { file: 'r.xml', line: 6, column: 51 } },
    ]);
    expect(sen2.persons[0]!.requests[0]!.receivedDate).toBe('2025-01-02');
  });

  it('a second NamedPlan in one Assessment, a repeated value and text among elements are set aside with their line; the first is kept', async () => {
    const sen2 = await readSen2Xml(wrap(`<Person><Requests><ReceivedDate>2025-01-02</ReceivedDate><ReceivedDate>2025-02-03</ReceivedDate>
<Assessment><NamedPlan><StartDate>2025-05-01</StartDate></NamedPlan><NamedPlan><StartDate>2025-06-01</StartDate></NamedPlan></Assessment>stray</Requests></Person>`));
    const request = sen2.persons[0]!.requests[0]!;
    expect(request.receivedDate).toBe('2025-01-02');
    expect(request.assessments[0]!.namedPlan!.startDate).toBe('2025-05-01');
    expect(sen2.setAside!.map((i) => [i.code, i.path, i.row])).toEqual([
      ['MALFORMED_FILE', 'Message/Persons/Person/Requests/ReceivedDate', 6],
      ['MALFORMED_FILE', 'Message/Persons/Person/Requests/Assessment/NamedPlan', 7],
      ['MALFORMED_FILE', 'Message/Persons/Person/Requests/#text', 7],
    ]);
    // Line 7: <Assessment> 1-12, <NamedPlan> 13-23, <StartDate> 24-34, the date 35-44, </StartDate> 45-56,
    // </NamedPlan> 57-68: the second <NamedPlan> opens at column 69.
    expect(sen2.setAside![1]!.message).toBe('The file, line 7, column 69: a second <NamedPlan> in one <Assessment>, where the specification allows one; the first is kept. It is set aside, not read.');
  });

  it('a person\'s position counts from 1 in file order (the case id when there is no UPN)', async () => {
    const sen2 = await readSen2Xml(wrap('<Person><UPN>A1</UPN></Person><Person/><Person><UPN>A3</UPN></Person>'));
    expect(sen2.persons.map((p) => [p.position, p.upn])).toEqual([[1, 'A1'], [2, undefined], [3, 'A3']]);
  });
});

describe('input: text, bytes and chunks, decoded as the file says', () => {
  const text = wrap('<Person><Surname>Zoë</Surname></Person>');
  const expected = 'Zoë';

  it.each([
    ['UTF-8 bytes', new TextEncoder().encode(text)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16LE with a byte-order mark', (() => { const b = new Uint8Array(2 + text.length * 2); b[0] = 0xff; b[1] = 0xfe; for (let i = 0; i < text.length; i++) { b[2 + 2 * i] = text.charCodeAt(i) & 0xff; b[3 + 2 * i] = text.charCodeAt(i) >> 8; } return b; })()],
    ['ISO-8859-1 as its XML declaration says', Uint8Array.from(text.replace('UTF-8', 'ISO-8859-1'), (c) => c.charCodeAt(0))],
  ])('%s', async (_what, bytes) => {
    expect((await readSen2Xml(bytes)).persons[0]!.surname).toBe(expected);
  });

  it('bytes that are not UTF-8 are an error naming the place, never a replaced character', async () => {
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0)); // ë as one Latin-1 byte, with a declaration saying UTF-8
    await expect(readSen2Xml(bytes, { file: 'r.xml' })).rejects.toMatchObject({ code: 'MALFORMED_FILE', issues: [{ row: 1 }] });
    await expect(readSen2Xml(bytes, { file: 'r.xml' })).rejects.toThrow(/r\.xml, after line 1, column 0: the bytes are not valid utf-8 text/);
  });

  it('onPerson may return a promise: it is awaited before more is handed over', async () => {
    const order: string[] = [];
    await streamSen2Xml([wrap('<Person><UPN>A1</UPN></Person><Person><UPN>A2</UPN></Person>')], {
      onPerson: async (p) => { order.push(`start ${p.upn}`); await new Promise((r) => setTimeout(r, 5)); order.push(`end ${p.upn}`); },
    });
    expect(order).toEqual(['start A1', 'end A1', 'start A2', 'end A2']);
  });
});
