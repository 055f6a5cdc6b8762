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
//      from the file itself with custom-functions-metadata (the Office tool), plus functions.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const SOURCE = 'src/sheets/functions.ts';
const GS = 'dist/sheets/send-timescales.gs.js';
const EXCEL_JS = 'dist/excel/functions.js';
const EXCEL_JSON = 'dist/excel/functions.json';
const EXCEL_HTML = 'dist/excel/functions.html';

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

for (const path of [GS, EXCEL_JS, EXCEL_JSON, EXCEL_HTML]) {
  console.log(`${path}  ${(readFileSync(path).length / 1024).toFixed(1)} KiB`);
}
