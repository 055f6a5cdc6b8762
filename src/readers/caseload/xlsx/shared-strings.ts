/**
 * A workbook's shared strings: most text cells hold only the position of their text in this table.
 * An entry is plain (`<t>`) or rich text (runs, each with its `<t>`); phonetic guides (`<rPh>`,
 * readings of East Asian text) are not part of the text.
 */
import { readXml } from './xml.js';

export function readSharedStrings(bytes: Uint8Array | undefined, part: string, name: string): string[] {
  const strings: string[] = [];
  if (bytes === undefined) return strings;
  let current = '';
  let inEntry = false;
  let inText = false;
  let phonetic = 0;
  readXml(bytes, part, name, {
    open: (tag) => {
      if (tag === 'si') {
        inEntry = true;
        current = '';
      } else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && inEntry && phonetic === 0) inText = true;
    },
    close: (tag) => {
      if (tag === 'si') {
        strings.push(current);
        inEntry = false;
      } else if (tag === 'rPh') phonetic--;
      else if (tag === 't') inText = false;
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}
