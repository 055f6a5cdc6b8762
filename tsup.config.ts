import { readFileSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Clean dist/ once, before every config builds. (tsup's per-config `clean` runs while the other
// configs are already writing, and its dts step deletes every .d.ts in dist/, including those
// another config has just written: a race that loses files.)
rmSync('dist', { recursive: true, force: true });

/**
 * The package's entries: the root and one per subpath (package.json `exports` maps
 * `send-timescales/<name>` to `dist/entries/<name>.*`).
 */
const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(['ages', 'profiles', 'case-rules', 'reference', 'law', 'readers'].map((name) => [`entries/${name}`, `src/entries/${name}.ts`])),
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __PACKAGE_VERSION__: JSON.stringify(version) };

/**
 * The spreadsheet bundles: one script each, everything (luxon included) inside, no
 * import/require/export. scripts/build-sheets.mjs then wraps each in a lazy loader and adds the
 * global functions (with their JSDoc), and for Excel the metadata.
 */
const spreadsheet = (host: 'google-sheets' | 'excel', out: string, ext: string) => ({
  entry: { [out]: 'src/sheets/functions.ts' },
  format: ['iife' as const],
  globalName: 'SendTimescales',
  platform: 'browser' as const,
  target: 'es2019',
  outDir: 'dist',
  noExternal: [/.*/],
  minify: true,
  outExtension: () => ({ js: ext }),
  define: { ...define, __SHEETS_HOST__: JSON.stringify(host) },
});

export default defineConfig([
  {
    // The library, CommonJS: one file per entry with its types. luxon and zod stay external (they
    // are dependencies). Code the entries share is split into shared chunks rather than copied into
    // each, so that the root and a subpath hold the same rule table, caches and error class.
    entry: entries,
    format: ['cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    define,
  },
  {
    // The library, ESM: one file per module (not bundled), so that with `sideEffects: false` a
    // bundler drops every module an import does not reach (a one-function import leaves out the
    // rule table; scripts/check-size.mjs checks it).
    entry: ['src/**/*.ts', '!src/cli/**', '!src/sheets/**'],
    bundle: false,
    format: ['esm'],
    dts: { entry: entries },
    sourcemap: true,
    target: 'node20',
    outDir: 'dist',
    define,
  },
  {
    // The command line: one ESM file with its shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
  // Google Sheets (Apps Script) and Excel (custom-functions add-in); scripts/build-sheets.mjs then
  // adds the global functions and the Excel metadata.
  spreadsheet('google-sheets', 'sheets/send-timescales', '.gs.js'),
  spreadsheet('excel', 'excel/functions', '.js'),
]);
