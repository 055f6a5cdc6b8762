// After tsup: turns the two spreadsheet bundles into what Apps Script and Excel load.
//
// tsup writes each as `var SendTimescales=(()=>{…})();` (an IIFE holding the library, luxon
// included). Apps Script only offers top-level `function` declarations as custom functions, and
// runs every top-level statement of every file on each call, so this script
//   1. wraps the bundle in a lazy loader `sendTimescales_()` (the trailing _ hides it from the
//      Apps Script function list): loading the file defines functions and nothing else;
//   2. appends one global `function SEND_X(…) { return sendTimescales_().SEND_X(…); }` per
//      custom function of src/sheets/functions.ts, with that function's JSDoc (the help Sheets
//      and Excel show);
//   3. for Excel, adds the CustomFunctions.associate calls and generates dist/excel/functions.json
//      from the file itself with custom-functions-metadata (the Office tool), plus functions.html,
//      the add-in manifest (manifest.xml) and the two icons it names.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const SOURCE = 'src/sheets/functions.ts';
const GS = 'dist/sheets/send-timescales.gs.js';
const EXCEL_JS = 'dist/excel/functions.js';
const EXCEL_JSON = 'dist/excel/functions.json';
const EXCEL_HTML = 'dist/excel/functions.html';
const EXCEL_MANIFEST = 'dist/excel/manifest.xml';
const EXCEL_ICONS = [['icon-32.png', 32], ['icon-64.png', 64]];

/**
 * Where the council serves dist/excel/. A placeholder: the manifest is a template the council
 * edits (Office loads add-in files only over https). `.example` is a reserved domain, so a
 * manifest left unedited fails to load instead of reaching someone else's server.
 */
const PLACEHOLDER_BASE = 'https://replace-with-your-host.example/send-timescales/';
/**
 * The add-in's id. Fixed, so that a council updating the files keeps the same add-in in Excel;
 * a council that publishes its own build may give it a new GUID.
 */
const ADDIN_ID = '9290cf42-571c-4989-94d8-99eb80544bdf';

/** The @customfunction functions of the source: name, description, params, returns. */
function customFunctions() {
  const text = readFileSync(SOURCE, 'utf8');
  const file = ts.createSourceFile(SOURCE, text, ts.ScriptTarget.Latest, true);
  const out = [];
  for (const node of file.statements) {
    if (!ts.isFunctionDeclaration(node) || !node.name) continue;
    const doc = node.jsDoc?.at(-1);
    const tags = doc?.tags ?? [];
    if (!tags.some((t) => t.tagName.text.toLowerCase() === 'customfunction')) continue;
    const comment = (c) => (typeof c === 'string' ? c : ts.getTextOfJSDocComment(c) ?? '').replace(/\s+/g, ' ').trim();
    const paramDocs = new Map(tags.filter(ts.isJSDocParameterTag).map((t) => [t.name.getText(), comment(t.comment)]));
    const returns = tags.find((t) => t.tagName.text === 'returns' || t.tagName.text === 'return');
    out.push({
      name: node.name.text,
      description: comment(doc.comment),
      params: node.parameters.map((p) => ({
        name: p.name.getText(),
        optional: p.questionToken !== undefined,
        description: paramDocs.get(p.name.getText()) ?? '',
      })),
      returns: returns ? comment(returns.comment) : '',
    });
  }
  if (out.length === 0) throw new Error(`No @customfunction functions found in ${SOURCE}`);
  for (const f of out) {
    for (const p of f.params) if (!p.description) throw new Error(`${f.name}: @param ${p.name} has no description`);
  }
  return out;
}

/** The IIFE tsup wrote, as the body of a lazy loader. */
function lazyLoader(path) {
  const bundle = readFileSync(path, 'utf8').replace(/^"use strict";/, '').trim();
  if (!/^var SendTimescales\s*=/.test(bundle)) throw new Error(`${path} does not start with var SendTimescales=: not the expected IIFE bundle`);
  if (/\b(?:require\(|import\s*\(|import\.meta|export\s)/.test(bundle.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""'))) {
    throw new Error(`${path} still contains require/import/export`);
  }
  return [
    '/** Loads the library once per execution, on the first call (the trailing _ keeps it out of the function list). */',
    'function sendTimescales_() {',
    '  if (!sendTimescales_.lib) {',
    bundle,
    '    sendTimescales_.lib = SendTimescales;',
    '  }',
    '  return sendTimescales_.lib;',
    '}',
  ].join('\n');
}

function header(host) {
  return [
    `/* send-timescales ${version}: the statutory deadlines of England's SEND system as ${host} custom functions.`,
    ' * MIT licence. Built from src/sheets/ by npm run build; do not edit (rebuild instead).',
    ' * Includes luxon (MIT licence, Copyright 2019 JS Foundation and other contributors).',
    ' * Docs: docs/spreadsheets.md in the package. */',
  ].join('\n');
}

function wrapper(f, type) {
  const lines = ['/**', ` * ${f.description}`];
  for (const p of f.params) lines.push(` * @param {${type}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`);
  lines.push(` * @returns {${type}} ${f.returns}`, ' * @customfunction', ' */');
  const args = f.params.map((p) => p.name).join(', ');
  lines.push(`function ${f.name}(${args}) {`, `  return sendTimescales_().${f.name}(${args});`, '}');
  return lines.join('\n');
}

const functions = customFunctions();

// Google Sheets: one file to paste into Apps Script.
writeFileSync(
  GS,
  [header('Google Sheets'), lazyLoader(GS), ...functions.map((f) => wrapper(f, 'any'))].join('\n\n') + '\n',
);

// Excel: the same functions taking and returning 2-D arrays (Excel passes a cell as [[value]]).
writeFileSync(
  EXCEL_JS,
  [
    header('Excel'),
    lazyLoader(EXCEL_JS),
    ...functions.map((f) => wrapper(f, 'any[][]')),
    [
      '// Registers the functions with Excel (the ids are those of functions.json).',
      "if (typeof CustomFunctions !== 'undefined' && CustomFunctions && typeof CustomFunctions.associate === 'function') {",
      ...functions.map((f) => `  CustomFunctions.associate(${JSON.stringify(f.name)}, ${f.name});`),
      '}',
    ].join('\n'),
  ].join('\n\n') + '\n',
);

const { generateCustomFunctionsMetadata } = require('custom-functions-metadata/lib/generate.js');
const result = await generateCustomFunctionsMetadata(EXCEL_JS);
if (result.errors.length > 0) {
  throw new Error(`custom-functions-metadata found errors in ${EXCEL_JS}:\n${result.errors.join('\n')}`);
}
const metadata = JSON.parse(result.metadataJson);
const names = metadata.functions.map((f) => f.name).sort().join(',');
const expected = functions.map((f) => f.name).sort().join(',');
if (names !== expected) throw new Error(`functions.json lists ${names}, expected ${expected}`);
writeFileSync(EXCEL_JSON, JSON.stringify(metadata, null, 2) + '\n');

writeFileSync(
  EXCEL_HTML,
  [
    '<!doctype html>',
    '<html>',
    '<head>',
    '  <meta charset="utf-8">',
    `  <title>send-timescales ${version} custom functions</title>`,
    '  <!-- The page an Excel add-in manifest names for its custom functions runtime. -->',
    '  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"></script>',
    '  <script src="functions.js"></script>',
    '</head>',
    '<body></body>',
    '</html>',
    '',
  ].join('\n'),
);

// The add-in-only XML manifest for custom functions (classic JavaScript runtime: the page above
// loads custom-functions-runtime.js). Excel requires the four-part version number.
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const url = (file) => `${PLACEHOLDER_BASE}${file}`;
writeFileSync(
  EXCEL_MANIFEST,
  `<?xml version="1.0" encoding="UTF-8"?>
<!--
  send-timescales ${version}: the Excel custom-functions add-in manifest.
  BEFORE USE: replace every ${PLACEHOLDER_BASE} below with the https address where you serve
  the files of this folder (functions.js, functions.json, functions.html, icon-32.png,
  icon-64.png), and the AppDomain with that address's origin. Office loads add-in files only
  over https. See docs/spreadsheets.md in the package.
-->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
           xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${version.split(/[-+]/)[0]}.0</Version>
  <ProviderName>send-timescales</ProviderName>
  <DefaultLocale>en-GB</DefaultLocale>
  <DisplayName DefaultValue="send-timescales"/>
  <Description DefaultValue="${xml("Statutory deadlines of England's SEND system (EHC needs assessments and plans) as Excel functions: SEND_DEADLINE, SEND_EXPLAIN, SEND_RULES and working days.")}"/>
  <IconUrl DefaultValue="${url('icon-32.png')}"/>
  <HighResolutionIconUrl DefaultValue="${url('icon-64.png')}"/>
  <AppDomains>
    <AppDomain>${new URL(PLACEHOLDER_BASE).origin}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url('functions.html')}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Functions.Page.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
      </Host>
    </Hosts>
    <Resources>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url('functions.js')}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url('functions.json')}"/>
        <bt:Url id="Functions.Page.Url" DefaultValue="${url('functions.html')}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="ST"/>
      </bt:ShortStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`,
);

/** A square PNG of one colour with a lighter border: the add-in's icon, made here (no image files in the source). */
function icon(size) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const border = Math.max(1, Math.round(size / 16));
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter: none
    for (let x = 0; x < size; x++) {
      const edge = x < border || y < border || x >= size - border || y >= size - border;
      row.push(...(edge ? [0x9f, 0xc5, 0xe8] : [0x1d, 0x4f, 0x91]));
    }
    rows.push(Buffer.from(row));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
for (const [name, size] of EXCEL_ICONS) writeFileSync(`dist/excel/${name}`, icon(size));

for (const path of [GS, EXCEL_JS, EXCEL_JSON, EXCEL_HTML, EXCEL_MANIFEST, ...EXCEL_ICONS.map(([name]) => `dist/excel/${name}`)]) {
  console.log(`${path}  ${(readFileSync(path).length / 1024).toFixed(1)} KiB`);
}
