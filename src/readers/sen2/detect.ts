/**
 * What kind of input a file is, told from its first bytes rather than its name: an SEN2 return's
 * XML, a file of the return's CSV export, or something else (a caseload as CSV or JSON, other XML).
 * A file named `.csv` that holds XML, or an export saved as `.txt`, is still recognised.
 */

/**
 * The kinds {@link detectSen2} tells apart.
 * @example
 * ```ts
 * const kind: Sen2InputKind = 'sen2-xml';
 * ```
 */
export type Sen2InputKind = 'sen2-xml' | 'sen2-csv' | 'xml' | 'json' | 'csv' | 'unknown';

/**
 * What {@link detectSen2} found, with the reason in words.
 * @example
 * ```ts
 * const found: Sen2Detection = { kind: 'sen2-csv', module: 'requests', reason: 'its header has the column requeststableid' };
 * ```
 */
export interface Sen2Detection {
  readonly kind: Sen2InputKind;
  /** For `sen2-csv`: the module the file holds (`person`, `requests`, `assessment`, `namedplan`, …). */
  readonly module?: string;
  /** Why, for a message. */
  readonly reason: string;
}

/** The export's modules, deepest first (a child's file also names its parent's table id). */
const CSV_MODULES = ['plandetail', 'placementdetail', 'senneed', 'namedplan', 'assessment', 'activeplans', 'requests', 'person', 'sen2'];

/** Enough of a file to tell its kind; the rest is not looked at. */
const HEAD_BYTES = 64 * 1024;

function headText(chunk: string | Uint8Array): string {
  if (typeof chunk === 'string') return chunk.slice(0, HEAD_BYTES);
  const head = chunk.subarray(0, HEAD_BYTES);
  const label = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  // Not fatal: a character cut at the end of the head, or a stray byte, does not change the kind.
  return new TextDecoder(label).decode(head);
}

/**
 * Tells an SEN2 return's XML, a file of its CSV export, and other inputs (a caseload CSV or JSON,
 * other XML) apart by their content: the XML's first element (`Message`) and its `Collection`, the
 * CSV header's table id columns, JSON's opening bracket.
 * @param firstChunk - The start of the file (the first chunk read is enough; 64 KB are looked at).
 * @returns The kind, the CSV export's module where it is one, and the reason.
 * @example
 * ```ts
 * detectSen2('<?xml version="1.0"?><Message><Header>…').kind; // 'sen2-xml'
 * detectSen2('requeststableid,persontableid,receiveddate\n').module; // 'requests'
 * detectSen2('case_id,event,date\n').kind; // 'csv'
 * ```
 */
export function detectSen2(firstChunk: string | Uint8Array): Sen2Detection {
  const text = headText(firstChunk).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return detectXml(text);
  if (text.startsWith('[') || text.startsWith('{')) return { kind: 'json', reason: 'it starts with a JSON bracket' };
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (!firstLine.includes(',')) return { kind: 'unknown', reason: 'it is neither XML, JSON nor a CSV header' };
  const columns = firstLine.split(',').map((c) => c.replace(/^\s*"|"\s*$/g, '').toLowerCase().replace(/[^a-z0-9]/g, ''));
  const module = CSV_MODULES.find((m) => columns.includes(`${m}tableid`));
  if (module !== undefined) return { kind: 'sen2-csv', module, reason: `its header has the column ${module}tableid` };
  return { kind: 'csv', reason: 'it is CSV without the SEN2 export\'s table id columns' };
}

function detectXml(text: string): Sen2Detection {
  // The first element: past the declaration, comments, processing instructions and the doctype.
  const withoutProlog = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(withoutProlog);
  if (root === null) return { kind: 'xml', reason: 'it is XML with no element in its first 64 KB' };
  const name = root[2]!;
  if (name.toLowerCase() !== 'message') return { kind: 'xml', reason: `its first element is <${name}>, where an SEN2 return starts with <Message>` };
  const collection = /<(?:[\w.-]+:)?Collection\s*>\s*([^<\s]*)/i.exec(text)?.[1];
  if (collection !== undefined && collection.toUpperCase() !== 'SEN2') {
    return { kind: 'xml', reason: `its <Collection> is "${collection}", not SEN2` };
  }
  return { kind: 'sen2-xml', reason: collection === undefined ? 'its first element is <Message>' : 'its <Collection> is SEN2' };
}
