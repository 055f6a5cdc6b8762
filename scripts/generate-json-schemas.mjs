// npm run docs:schemas: writes the JSON Schema files of schemas/ (case.schema.json,
// profile.schema.json, column-map.schema.json) from the zod schemas of src/schema/. The sources are bundled on the fly
// with esbuild, so the files follow the source without a build; test/schema/json-schema.test.ts
// fails when a committed file differs from a fresh generation.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'send-timescales-schemas-'));
try {
  const bundle = join(dir, 'json-schema.mjs');
  await build({
    entryPoints: [new URL('../src/schema/json-schema.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'warning',
    define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  });
  const { JSON_SCHEMA_FILES, jsonSchemaText } = await import(pathToFileURL(bundle).href);
  const out = new URL('../schemas/', import.meta.url);
  mkdirSync(out, { recursive: true });
  for (const name of Object.keys(JSON_SCHEMA_FILES)) {
    writeFileSync(new URL(name, out), jsonSchemaText(name));
    console.log(`schemas/${name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
