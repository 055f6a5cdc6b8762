/**
 * The SEN2 return's XML, read as a stream (saxes, an evented parser: no tree of the whole file is
 * ever built), one `Person` at a time. Element names are matched as the specification writes them
 * without regard to case or namespace prefix; repeated elements are kept in file order; elements
 * the reader does not know are counted per path and reported once; a file that is not well-formed,
 * is cut short or is not an SEN2 return is an error naming the line and column, and nothing is
 * returned as if it were complete.
 */

import { SaxesParser, type SaxesStartTag } from 'saxes';
import { SendTimescalesError, type ErrorIssue } from '../../errors.js';
import { SEN2_GROUPS, type Sen2GroupShape } from './elements.js';
import type { Sen2Header, Sen2Person, Sen2Return, Sen2Source, Sen2UnknownElement } from './model.js';
import { textChunks, type Sen2TextInput } from './text-input.js';
import { UnknownElementTally } from './unknown-elements.js';

/**
 * Options of {@link readSen2Xml}.
 * @example
 * ```ts
 * const options: Sen2XmlOptions = { file: 'SEN2_2026_845.xml' };
 * ```
 */
export interface Sen2XmlOptions {
  /** The file's name as the user gave it: put in every `source` and error message. */
  readonly file?: string;
}

/**
 * Options of {@link streamSen2Xml}: where each part goes as it is read.
 * @example
 * ```ts
 * const options: Sen2StreamOptions = { file: 'return.xml', onPerson: (person) => console.log(person.upn) };
 * ```
 */
export interface Sen2StreamOptions extends Sen2XmlOptions {
  /** Called once with the `Header`, when it has been read (the specification puts it before `Persons`). */
  readonly onHeader?: (header: Sen2Header) => void | Promise<void>;
  /** Called with each `Person` in file order, once it is complete; a promise returned is awaited before more is read. */
  readonly onPerson: (person: Sen2Person) => void | Promise<void>;
}

/**
 * What {@link streamSen2Xml} resolves to once the whole file has been read: everything of the
 * return except the persons, who went to `onPerson` one by one.
 * @example
 * ```ts
 * const summary: Sen2StreamSummary = { header: { collection: 'SEN2' }, persons: 2, unknownElements: [], setAside: [] };
 * ```
 */
export interface Sen2StreamSummary {
  readonly header: Sen2Header;
  /** How many persons were handed to `onPerson`. */
  readonly persons: number;
  readonly unknownElements: readonly Sen2UnknownElement[];
  readonly setAside: readonly ErrorIssue[];
}

/** What an open element is to the reader. */
const enum Kind {
  /** A part that holds other elements (`Person`, `Requests`, …). */
  Group,
  /** An element whose text is a value (`ReceivedDate`). */
  Value,
  /** An unknown or set-aside element and everything inside it. */
  Ignored,
}

/** One open element. Frames are reused from depth to depth, so reading allocates one per nesting level, not per element. */
interface Frame {
  kind: Kind;
  /** The specification's name (a known element) or the name as written (an unknown one), for paths and messages. */
  name: string;
  /** The name as the file wrote it, prefix included, for messages about tags. */
  raw: string;
  line: number;
  column: number;
  shape: Sen2GroupShape | undefined;
  /** Where the values go: the model object of a group (the header for `CollectionDetails` and `Source`). */
  target: Record<string, unknown> | undefined;
  /** A value's property on its parent's target. */
  property: string;
  text: string;
  /** The `once` children already read in this group (lower-case names). */
  seen: string[] | undefined;
}

const newFrame = (): Frame => ({
  kind: Kind.Ignored, name: '', raw: '', line: 0, column: 0, shape: undefined, target: undefined, property: '', text: '', seen: undefined,
});

const NON_SPACE = /\S/;

function malformed(file: string | undefined, line: number, column: number, path: string, value: unknown, what: string): SendTimescalesError {
  return SendTimescalesError.fromIssues([{
    code: 'MALFORMED_FILE',
    path,
    value,
    row: line,
    message: `${file ?? 'The file'}, line ${line}, column ${column}: ${what}`,
  }]);
}

/** Builds the return's parts from the parser's events; a new one for each file. */
class Sen2XmlBuilder {
  readonly parser = new SaxesParser({ position: true });
  readonly header: Record<string, unknown> = {};
  readonly pending: Sen2Person[] = [];
  readonly unknown = new UnknownElementTally();
  readonly setAside: ErrorIssue[] = [];
  persons = 0;
  headerDone = false;
  sawRoot = false;
  sawPersons = false;
  private readonly frames: Frame[] = [];
  private depth = 0;

  constructor(private readonly file: string | undefined) {
    this.parser.on('opentagstart', (node) => this.open(node));
    this.parser.on('text', (text) => this.text(text));
    this.parser.on('cdata', (text) => this.text(text));
    this.parser.on('closetag', () => this.close());
    this.parser.on('error', (error) => this.fail(error));
  }

  /** The frame for the next depth, reused when there is one. */
  private push(): Frame {
    let frame = this.frames[this.depth];
    if (frame === undefined) {
      frame = newFrame();
      this.frames.push(frame);
    }
    this.depth++;
    frame.text = '';
    frame.seen = undefined;
    frame.target = undefined;
    frame.shape = undefined;
    return frame;
  }

  private path(upTo: number, last: string): string {
    let path = '';
    for (let i = 0; i < upTo; i++) path += `${this.frames[i]!.name}/`;
    return path + last;
  }

  private source(line: number, column: number): Sen2Source {
    return this.file === undefined ? { line, column } : { file: this.file, line, column };
  }

  /** Reports the element of `frame`, open at `index`, as set aside. */
  private setAsidePart(index: number, frame: Frame, why: string): void {
    const path = this.path(index, frame.name);
    this.setAside.push({
      code: 'MALFORMED_FILE',
      path,
      value: frame.raw,
      row: frame.line,
      message: `${this.file ?? 'The file'}, line ${frame.line}, column ${frame.column}: ${why} It is set aside, not read.`,
    });
  }

  private open(node: SaxesStartTag): void {
    const raw = node.name;
    const colon = raw.indexOf(':');
    const local = colon < 0 ? raw : raw.slice(colon + 1);
    const key = local.toLowerCase();
    const parent = this.depth === 0 ? undefined : this.frames[this.depth - 1]!;
    // The parser has read the name and the character after it: the tag's `<` is that far back.
    const line = this.parser.line;
    const column = this.parser.column - raw.length - 1;
    const frame = this.push();
    frame.raw = raw;
    frame.line = line;
    frame.column = column;

    if (parent === undefined) {
      if (key !== 'message') {
        throw malformed(this.file, line, column, raw, raw,
          `the file's first element is <${raw}>, where an SEN2 return starts with <Message>: this is not an SEN2 return.`);
      }
      this.sawRoot = true;
      frame.kind = Kind.Group;
      frame.name = 'Message';
      frame.shape = SEN2_GROUPS.message;
      return;
    }
    if (parent.kind !== Kind.Group) {
      frame.kind = Kind.Ignored;
      frame.name = local;
      if (parent.kind === Kind.Value) this.unknown.count(this.path(this.depth - 1, local), this.source(line, column));
      return;
    }
    const shape = parent.shape!;
    const property = shape.values[key];
    if (property !== undefined) {
      frame.kind = Kind.Value;
      frame.name = local;
      frame.property = property;
      frame.target = parent.target;
      return;
    }
    const child = shape.children[key];
    if (child === undefined) {
      frame.kind = Kind.Ignored;
      frame.name = local;
      this.unknown.count(this.path(this.depth - 1, local), this.source(line, column));
      return;
    }
    const childShape = SEN2_GROUPS[child.group];
    frame.name = childShape.name;
    frame.shape = childShape;
    frame.kind = Kind.Group;
    if (child.repeat === 'once') {
      const seen = parent.seen ?? (parent.seen = []);
      if (seen.includes(key)) {
        frame.kind = Kind.Ignored;
        this.setAsidePart(this.depth - 1, frame, `a second <${raw}> in one <${parent.raw}>, where the specification allows one; the first is kept.`);
        return;
      }
      seen.push(key);
    }
    switch (child.group) {
      case 'header':
        if (this.sawPersons) {
          frame.kind = Kind.Ignored;
          this.setAsidePart(this.depth - 1, frame, 'the <Header> comes after the <Persons>, where the specification puts it first.');
          return;
        }
        frame.target = this.header;
        return;
      case 'collectionDetails':
      case 'source':
        frame.target = parent.target;
        return;
      case 'persons':
        this.sawPersons = true;
        return;
      default:
        break;
    }
    const target: Record<string, unknown> = this.create(child.group, line, column);
    frame.target = target;
    const owner = parent.target;
    if (owner === undefined) {
      // A person: its own record, handed over when it closes.
      return;
    }
    if (child.repeat === 'list') (owner[child.property] as unknown[]).push(target);
    else owner[child.property] = target;
  }

  /** A new model object for a group, with its lists and where it was read. */
  private create(group: string, line: number, column: number): Record<string, unknown> {
    switch (group) {
      case 'person':
        return { position: this.persons + this.pending.length + 1, requests: [], source: this.source(line, column) };
      case 'requests':
        return { assessments: [], source: this.source(line, column) };
      case 'assessment':
        return { source: this.source(line, column) };
      case 'namedPlan':
        return { placements: [], source: this.source(line, column) };
      case 'activePlans':
        return { placements: [], needs: [], source: this.source(line, column) };
      default:
        return {};
    }
  }

  private text(text: string): void {
    if (this.depth === 0) return;
    const frame = this.frames[this.depth - 1]!;
    if (frame.kind === Kind.Value) frame.text += text;
    else if (frame.kind === Kind.Group && NON_SPACE.test(text)) {
      const line = this.parser.line;
      this.setAside.push({
        code: 'MALFORMED_FILE',
        path: this.path(this.depth, '#text'),
        value: text.trim(),
        row: line,
        message: `${this.file ?? 'The file'}, line ${line}: the text ${JSON.stringify(text.trim()).slice(0, 80)} stands inside <${frame.raw}>, where only elements belong. It is set aside, not read.`,
      });
    }
  }

  private close(): void {
    const frame = this.frames[--this.depth]!;
    if (frame.kind === Kind.Value) {
      const target = frame.target!;
      const value = frame.text.trim();
      if (target[frame.property] !== undefined) {
        this.setAsidePart(this.depth, frame, `a second <${frame.raw}> in one <${this.frames[this.depth - 1]!.raw}>, where the specification allows one; the first value is kept.`);
        return;
      }
      target[frame.property] = value;
      if (frame.property === 'collection' && value.toUpperCase() !== 'SEN2') {
        throw malformed(this.file, frame.line, frame.column, this.path(this.depth, frame.name), value,
          `the return's <Collection> is "${value}", not SEN2: this is not an SEN2 return.`);
      }
      return;
    }
    if (frame.kind !== Kind.Group) return;
    if (frame.shape === SEN2_GROUPS.person) this.pending.push(frame.target as unknown as Sen2Person);
    else if (frame.shape === SEN2_GROUPS.header) this.headerDone = true;
  }

  private fail(error: Error): never {
    const line = this.parser.line;
    // The parser has just read the character it objects to (or reached the end of the text).
    const column = Math.max(1, this.parser.column);
    const said = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const open = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    const where = open === undefined ? 'input' : this.path(this.depth - 1, open.name);
    if (!this.sawRoot && /root element/.test(said)) {
      throw malformed(this.file, line, column, 'input', said, 'the file holds no XML element: it is empty, or not XML. An SEN2 return is an XML file that starts with <Message>.');
    }
    if (!this.sawRoot) {
      throw malformed(this.file, line, column, 'input', said,
        `this is not XML (${said}): an SEN2 return is an XML file that starts with <Message>.`);
    }
    const unclosed = /^unclosed tag: (.+)$/.exec(said);
    if (unclosed !== null && open !== undefined) {
      throw malformed(this.file, line, column, where, open.raw,
        `the file ends before <${open.raw}> (opened at line ${open.line}, column ${open.column}) is closed: it is cut short, or not well-formed XML.`);
    }
    if (said === 'unexpected close tag') {
      // The parser has already let the closing tag end the element it does not match: that element is the one left open.
      const unclosedFrame = this.frames[this.depth]!;
      throw malformed(this.file, line, column, this.path(this.depth, unclosedFrame.name), unclosedFrame.raw,
        `<${unclosedFrame.raw}> (opened at line ${unclosedFrame.line}, column ${unclosedFrame.column}) is not closed before the closing tag here: the file is not well-formed XML.`);
    }
    const unmatched = /^unmatched closing tag: (.+)$/.exec(said);
    if (unmatched !== null && open !== undefined) {
      throw malformed(this.file, line, column, where, unmatched[1],
        `</${unmatched[1]}> closes no element that is open (the open one is <${open.raw}>, from line ${open.line}, column ${open.column}): the file is not well-formed XML.`);
    }
    if (said === 'undefined entity') {
      throw malformed(this.file, line, column, where, said,
        'the file is not well-formed XML: an entity XML does not define (an & that does not begin &amp; &lt; &gt; &quot; &apos; or a character reference such as &#233;).');
    }
    throw malformed(this.file, line, column, where, said, `the file is not well-formed XML: ${said}.`);
  }
}

/**
 * Checks the first text of a file: an XML file's first character other than white space is `<`.
 * Fails at once for a CSV or JSON file rather than after reading it all.
 * @returns Whether the check is done (false while only white space has been seen).
 */
function startsAsXml(text: string, file: string | undefined): boolean {
  const at = text.search(/[^\s\uFEFF]/);
  if (at < 0) return false;
  if (text[at] === '<') return true;
  const before = text.slice(0, at);
  const line = 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
  const column = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  throw malformed(file, line, column, 'input', text.slice(at, at + 20),
    `this is not XML (it starts with ${JSON.stringify(text.slice(at, at + 20))}): an SEN2 return is an XML file that starts with <Message>.`);
}

/**
 * Reads an SEN2 return's XML one person at a time: `onHeader` receives the `Header`, `onPerson`
 * each `Person` as soon as it is complete, so a return of any size is read in the memory of one
 * person. Resolves, when the whole file has been read, to the header, the number of persons, the
 * unknown elements (each path once, with its count) and the parts set aside.
 *
 * Throws a `SendTimescalesError` (code `MALFORMED_FILE`, with the line and column) if the file is
 * not well-formed XML, is cut short, or is not an SEN2 return; persons already handed over before
 * the fault was found must then be discarded by the caller, as the return is not complete.
 * @param input - The file's text, its bytes, or its chunks as they arrive (e.g. `fs.createReadStream(path)`).
 * @param options - The file's name, and where the header and the persons go.
 * @returns The header, the number of persons, the unknown elements and the parts set aside.
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * let late = 0;
 * const summary = await streamSen2Xml(createReadStream('SEN2_2026.xml'), {
 *   file: 'SEN2_2026.xml',
 *   onPerson: (person) => { if (person.requests.length > 1) late++; },
 * });
 * console.log(summary.persons, summary.unknownElements);
 * ```
 */
export async function streamSen2Xml(input: Sen2TextInput, options: Sen2StreamOptions): Promise<Sen2StreamSummary> {
  const builder = new Sen2XmlBuilder(options.file);
  const { parser } = builder;
  let headerSent = false;
  const flush = async (): Promise<void> => {
    if (!headerSent && (builder.headerDone || builder.sawPersons)) {
      headerSent = true;
      await options.onHeader?.(builder.header as Sen2Header);
    }
    const pending = builder.pending;
    if (pending.length === 0) return;
    const batch = pending.splice(0, pending.length);
    builder.persons += batch.length;
    for (const person of batch) {
      const done = options.onPerson(person);
      if (done !== undefined) await done;
    }
  };
  let started = false;
  for await (const text of textChunks(input, options.file, () => ({ line: parser.line, column: parser.column }))) {
    if (!started) started = startsAsXml(text, options.file);
    parser.write(text);
    await flush();
  }
  // The end of the text, before closing (which starts the parser afresh).
  const end = { line: parser.line, column: Math.max(1, parser.column) };
  parser.close();
  if (!builder.sawPersons) {
    throw malformed(options.file, end.line, end.column, 'Message/Persons', undefined,
      'the return has no <Persons> element: it is not an SEN2 return, or it is empty.');
  }
  await flush();
  return {
    header: builder.header as Sen2Header,
    persons: builder.persons,
    unknownElements: builder.unknown.list(),
    setAside: builder.setAside,
  };
}

/**
 * Reads a whole SEN2 return's XML into memory (small returns, tests, the page); large returns are
 * better streamed with {@link streamSen2Xml}, which this uses.
 * @param input - The file's text, its bytes, or its chunks as they arrive.
 * @param options - The file's name, for sources and messages.
 * @returns The header, every person in file order, the unknown elements and the parts set aside.
 * @example
 * ```ts
 * const sen2 = await readSen2Xml(`<Message><Header><CollectionDetails><Collection>SEN2</Collection></CollectionDetails></Header>
 *   <Persons><Person><UPN>A123456789012</UPN><Requests><ReceivedDate>2025-03-14</ReceivedDate></Requests></Person></Persons></Message>`);
 * sen2.persons[0]?.requests[0]?.receivedDate; // '2025-03-14'
 * ```
 */
export async function readSen2Xml(input: Sen2TextInput, options: Sen2XmlOptions = {}): Promise<Sen2Return> {
  const persons: Sen2Person[] = [];
  const summary = await streamSen2Xml(input, { ...options, onPerson: (person) => { persons.push(person); } });
  return { header: summary.header, persons, unknownElements: summary.unknownElements, setAside: summary.setAside };
}
