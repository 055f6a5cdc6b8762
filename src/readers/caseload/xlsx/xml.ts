/**
 * The XML parts of a workbook, read as a stream of tags by saxes (a small, well-kept, conforming
 * parser, no DOM of the part). Element names are taken without their prefix (`x:row` is `row`):
 * workbooks written by other tools prefix the spreadsheet namespace, Excel does not. saxes expands
 * no entity a document declares, so a part cannot grow by entity expansion.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../input-error.js';

export interface XmlHandlers {
  readonly open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads one part's XML, calling the handlers as tags and text arrive. */
export function readXml(bytes: Uint8Array, part: string, workbook: string, on: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  if (on.open) parser.on('opentag', (tag) => on.open!(local(tag.name), tag.attributes as Record<string, string>));
  if (on.close) parser.on('closetag', (tag) => on.close!(local(tag.name)));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  try {
    parser.write(new TextDecoder('utf-8').decode(bytes)).close();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${workbook}: the part ${part} of the workbook is not well-formed XML (${(e as Error).message}).`);
  }
}

/** An attribute by its name without prefix (`r:id` is `id` … but the relationship id keeps its own). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  if (Object.hasOwn(attributes, name)) return attributes[name];
  for (const key of Object.keys(attributes)) if (local(key) === name && key !== 'xmlns') return attributes[key];
  return undefined;
}
