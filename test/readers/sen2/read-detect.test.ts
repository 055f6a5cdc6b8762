import { describe, expect, it } from 'vitest';
import { detectSen2 } from '../../../src/readers/sen2/detect.js';
import { sen2CsvFiles, sen2Xml, syntheticReturn } from '../../support/sen2-synthetic.js';

describe('the kind of an input is told by its content, not its name', () => {
  it.each([
    ['an SEN2 return (declaration, comment, then <Message>)', '\uFEFF<?xml version="1.0"?>\n<!-- x --><Message><Header><CollectionDetails><Collection>SEN2</Collection>', 'sen2-xml'],
    ['an SEN2 return with a namespace prefix, Collection not yet in the first chunk', '<s:Message xmlns:s="urn:x">', 'sen2-xml'],
    ['the children in need census (also <Message>, Collection CIN)', '<Message><Header><CollectionDetails><Collection>CIN</Collection>', 'xml'],
    ['other XML', '<?xml version="1.0"?><cases/>', 'xml'],
    ['a caseload as JSON', '  [{"id":"C1","events":[]}]', 'json'],
    ['a caseload as CSV', 'case_id,event,date\nC1,request-received,2025-01-06\n', 'csv'],
    ['the CSV export\'s requests file', 'requeststableid,persontableid,receiveddate\r\n', 'sen2-csv'],
    ['plain text', 'hello', 'unknown'],
  ])('%s', (_what, text, kind) => {
    expect(detectSen2(text).kind).toBe(kind);
    expect(detectSen2(new TextEncoder().encode(text)).kind).toBe(kind);
  });

  it('each file of a synthetic CSV export is told as its module, and the synthetic XML return as SEN2 XML', () => {
    const sen2 = syntheticReturn(5, 1);
    expect(sen2CsvFiles(sen2).map((f) => detectSen2(f.content).module)).toEqual(['sen2', 'person', 'requests', 'assessment', 'namedplan', 'plandetail', 'activeplans', 'placementdetail', 'senneed']);
    expect(detectSen2(sen2Xml(sen2, { caseVariants: true, prefix: 'sen2' }))).toEqual({ kind: 'sen2-xml', reason: 'its <Collection> is SEN2' });
  });
});
