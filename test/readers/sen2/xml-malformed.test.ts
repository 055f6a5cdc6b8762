import { describe, expect, it } from 'vitest';
import { SendTimescalesError } from '../../../src/errors.js';
import { readSen2Xml, streamSen2Xml } from '../../../src/readers/sen2/xml-reader.js';

/** The one issue of the error reading `text` throws (every such error has exactly one). */
async function issueOf(text: string) {
  try {
    await readSen2Xml(text, { file: 'return.xml' });
  } catch (e) {
    expect(e).toBeInstanceOf(SendTimescalesError);
    const { issues } = e as SendTimescalesError;
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }
  throw new Error('no error was thrown');
}

const HEAD = '<Message><Header><CollectionDetails><Collection>SEN2</Collection></CollectionDetails></Header>';

describe('a file that is not a well-formed SEN2 return is an error naming the line and column (code MALFORMED_FILE)', () => {
  it.each([
    {
      what: 'cut short inside a request',
      // Line 3 is "  <Requests><ReceivedDate>2025" (30 characters): the text ends at column 30, with <Requests> open from column 3.
      text: `${HEAD}\n<Persons><Person>\n  <Requests><ReceivedDate>2025`,
      path: 'Message/Persons/Person/Requests/ReceivedDate', row: 3,
      message: 'return.xml, line 3, column 30: the file ends before <ReceivedDate> (opened at line 3, column 13) is closed: it is cut short, or not well-formed XML.',
    },
    {
      what: 'a closing tag that closes nothing open',
      // Line 2: "<Persons><Person>" is columns 1-17, "</Persons>" starts at 18 and the parser objects at its ">" (column 27).
      text: `${HEAD}\n<Persons><Person></Persons></Message>`,
      path: 'Message/Persons/Person', row: 2,
      message: 'return.xml, line 2, column 27: <Person> (opened at line 2, column 10) is not closed before the closing tag here: the file is not well-formed XML.',
    },
    {
      what: 'a first element other than <Message>',
      text: '<?xml version="1.0"?>\n<Message2/>',
      path: 'Message2', row: 2,
      message: 'return.xml, line 2, column 1: the file\'s first element is <Message2>, where an SEN2 return starts with <Message>: this is not an SEN2 return.',
    },
    {
      what: 'another collection (the children in need census)',
      text: '<Message>\n<Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header></Message>',
      path: 'Message/Header/CollectionDetails/Collection', row: 2,
      message: 'return.xml, line 2, column 28: the return\'s <Collection> is "CIN", not SEN2: this is not an SEN2 return.',
    },
    {
      what: 'no <Persons>',
      // HEAD is 94 characters and </Message> 10: the text ends at column 104.
      text: `${HEAD}</Message>`,
      path: 'Message/Persons', row: 1,
      message: 'return.xml, line 1, column 104: the return has no <Persons> element: it is not an SEN2 return, or it is empty.',
    },
    {
      what: 'a CSV file',
      text: 'case_id,event,date\nC1,request-received,2025-01-06\n',
      path: 'input', row: 1,
      message: 'return.xml, line 1, column 1: this is not XML (it starts with "case_id,event,date\\nC"): an SEN2 return is an XML file that starts with <Message>.',
    },
    {
      what: 'an empty file',
      text: '',
      path: 'input', row: 1,
      message: 'return.xml, line 1, column 1: the file holds no XML element: it is empty, or not XML. An SEN2 return is an XML file that starts with <Message>.',
    },
  ])('$what', async ({ text, path, row, message }) => {
    expect(await issueOf(text)).toMatchObject({ code: 'MALFORMED_FILE', path, row, message });
  });

  it('an entity XML does not define (&nbsp;) is named in words', async () => {
    // HEAD is 94 characters, "<Persons><Person><Surname>A" 27 more: "&nbsp;" is columns 122-127, the parser objects at its ";".
    const issue = await issueOf(`${HEAD}<Persons><Person><Surname>A&nbsp;B</Surname></Person></Persons></Message>`);
    expect(issue).toMatchObject({ path: 'Message/Persons/Person/Surname', row: 1 });
    expect(issue.message).toBe('return.xml, line 1, column 127: the file is not well-formed XML: an entity XML does not define (an & that does not begin &amp; &lt; &gt; &quot; &apos; or a character reference such as &#233;).');
  });

  it('a file whose first characters are white space and then not "<" is found at its line and column', async () => {
    expect(await issueOf('\n\n   {"cases": []}')).toMatchObject({ row: 3, message: expect.stringMatching(/^return\.xml, line 3, column 4: this is not XML/) });
  });

  it('streaming: the persons read before the fault were handed over, and the call rejects, so nothing is taken as complete', async () => {
    const seen: number[] = [];
    const done = streamSen2Xml([`${HEAD}<Persons><Person/><Person/>`, '<Person><Requests>'], { onPerson: (p) => { seen.push(p.position); } });
    await expect(done).rejects.toMatchObject({ code: 'MALFORMED_FILE' });
    expect(seen).toEqual([1, 2]);
  });
});
