// After tsup: writes dist/web/index.html, the offline page: one self-contained file.
//
// esbuild bundles src/web/main.ts for the browser (the library's modules, luxon, zod and the
// readers' parsers with it); GOV.UK Frontend's compiled CSS is inlined without its font (the
// GDS Transport @font-face rules and family name, for gov.uk services only) and without any rule
// that fetches a file (the crown); the script and the styles go into src/web/shell.html. The
// page then fetches nothing: no font, image, script or style, and its Content-Security-Policy
// forbids any request.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** Where the page is written: dist/web/index.html, or the path given (the page's build test writes to a temporary folder). */
const OUT = process.argv[2] ?? 'dist/web/index.html';
const SYSTEM_FONTS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/** GOV.UK Frontend's CSS without the GOV.UK font or any rule that fetches a file. */
function cleanGovukCss(css) {
  let out = css.replace(/@font-face\s*\{[^}]*\}/g, '');
  out = out.replace(/"?GDS Transport"?\s*,\s*arial\s*,\s*sans-serif/gi, SYSTEM_FONTS).replace(/"?GDS Transport"?/g, 'system-ui');
  // A declaration naming a file (the crown's background image) is dropped; data: URLs stay.
  out = out.replace(/[a-z-]+\s*:[^;{}]*url\((?!\s*["']?data:)[^)]*\)[^;{}]*;?/gi, '');
  return out;
}

const govukCss = readFileSync(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8');
const css = `${cleanGovukCss(govukCss)}\n${readFileSync('src/web/app.css', 'utf8')}`;

const bundled = await build({
  entryPoints: ['src/web/main.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  // The readers' CSV parser and the report's CSV writer as the browser builds their packages ship (no Node stream in the page).
  alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync', 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  define: { 'process.env.NODE_ENV': '"production"', __PACKAGE_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
const script = bundled.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
const safeCss = css.replace(/<\/(style)/gi, '<\\/$1');

const shell = readFileSync('src/web/shell.html', 'utf8');
// The version goes into the shell before the script and styles, so that neither is touched.
const html = shell
  .replaceAll('VERSION', () => version)
  .replace('/*STYLES*/', () => safeCss)
  .replace('/*SCRIPT*/', () => script);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
console.log(`${OUT}: ${(html.length / 1024).toFixed(0)} KB`);
