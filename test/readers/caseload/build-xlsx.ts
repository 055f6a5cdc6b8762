/**
 * Builds small .xlsx workbooks for the tests, part by part as the Office Open XML (ECMA-376)
 * SpreadsheetML format lays them out: [Content_Types].xml, the package relationships, the workbook
 * with its sheets and date system, its relationships, the shared strings and one part per sheet,
 * zipped with fflate. Text cells go into the shared strings (as Excel writes them) unless asked
 * inline; numbers are number cells (a date is its serial, as Excel stores it).
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: text (a shared string), a number, an inline string, a date written as ISO text (t="d"), or nothing. */
export type TestCell = string | number | { inline: string } | { isoDate: string } | null;

export interface TestSheet {
  readonly name: string;
  /** Rows by their row number in the sheet (1-based): a gap is a blank row the workbook leaves out. */
  readonly rows: readonly (readonly TestCell[] | undefined)[];
  readonly hidden?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function buildXlsx(sheets: readonly TestSheet[], options: { date1904?: boolean; prefix?: string } = {}): Uint8Array {
  const shared: string[] = [];
  const sharedAt = new Map<string, number>();
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const sheetXml = (sheet: TestSheet) => {
    const rows = sheet.rows.map((cells, r) => {
      if (cells === undefined) return '';
      const xml = cells.map((cell, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (cell === null) return '';
        if (typeof cell === 'number') return `<${p}c r="${ref}"><${p}v>${cell}</${p}v></${p}c>`;
        if (typeof cell === 'object' && 'inline' in cell) return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${escape(cell.inline)}</${p}t></${p}is></${p}c>`;
        if (typeof cell === 'object') return `<${p}c r="${ref}" t="d"><${p}v>${cell.isoDate}</${p}v></${p}c>`;
        let at = sharedAt.get(cell);
        if (at === undefined) {
          at = shared.push(cell) - 1;
          sharedAt.set(cell, at);
        }
        return `<${p}c r="${ref}" t="s"><${p}v>${at}</${p}v></${p}c>`;
      }).join('');
      return `<${p}row r="${r + 1}">${xml}</${p}row>`;
    }).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet));
  });
  files['[Content_Types].xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}workbookPr${options.date1904 ? ' date1904="1"' : ''}/><${p}sheets>${sheets.map((s, i) => `<${p}sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`);
  return zipSync(files);
}
