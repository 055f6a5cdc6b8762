/**
 * The layer check (`npm run check:layers`, .dependency-cruiser.cjs) must fail the build on a
 * violation. Each case lays out a small project in a temporary folder, with the repository's own
 * configuration, and runs dependency-cruiser on it: a clean tree passes, each kind of violation
 * fails with the rule's name.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cruiser = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const config = join(root, '.dependency-cruiser.cjs');

/** Runs the layer check over `files` (path → source) laid out under a temporary `src/`. */
function check(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  try {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(process.execPath, [cruiser, 'src', '--config', config, '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A tree that keeps the direction: day ← calendar ← law ← schema ← engine ← reference ← cli. */
const clean = {
  'src/errors.ts': 'export class LibraryError extends Error {}\n',
  'src/day/iso.ts': "import { LibraryError } from '../errors.js';\nexport const day = (): number => { if (Math.random() > 2) throw new LibraryError(); return 0; };\n",
  'src/calendar/working.ts': "import { day } from '../day/iso.js';\nexport const working = (): number => day();\n",
  'src/law/rules.ts': "import { working } from '../calendar/working.js';\nexport const rule = (): number => working();\n",
  'src/schema/case.ts': "import { rule } from '../law/rules.js';\nexport const schema = (): number => rule();\n",
  'src/engine/deadline.ts': "import { schema } from '../schema/case.js';\nexport const deadline = (): number => schema();\n",
  'src/reference/rules-markdown.ts': "import { deadline } from '../engine/deadline.js';\nexport const markdown = (): string => String(deadline());\n",
  'src/cli/main.ts': "import { markdown } from '../reference/rules-markdown.js';\nexport const main = (): string => markdown();\n",
  'src/index.ts': "export { deadline } from './engine/deadline.js';\nexport { markdown } from './reference/rules-markdown.js';\n",
};

describe('the layer check (docs/architecture.md)', () => {
  it('passes a tree whose imports all point down the layers', { timeout: 60_000 }, () => {
    const { status, output } = check(clean);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it.each([
    ['a lower layer importing a higher one (law → engine)', 'src/law/compare.ts', "import { deadline } from '../engine/deadline.js';\nexport const compare = (): number => deadline();\n", 'law-imports-only-lower-layers'],
    ['a type-only import upward (schema → engine)', 'src/schema/stage.ts', "import type { deadline } from '../engine/deadline.js';\nexport type Stage = typeof deadline;\n", 'schema-imports-only-lower-layers'],
    ['a sibling of the same tier (reference → report)', 'src/reference/table.ts', "import { render } from '../report/render.js';\nexport const table = (): string => render();\n", 'reference-imports-only-lower-layers'],
    ['a leaf utility importing a layer (guard → day)', 'src/guard.ts', "import { day } from './day/iso.js';\nexport const guard = (): number => day();\n", 'leaf-utilities-import-no-layer'],
    ['a module inside the library importing the public surface', 'src/engine/timeline.ts', "import { deadline } from '../index.js';\nexport const timeline = (): number => deadline();\n", 'nothing-imports-the-public-surface'],
    ['a module outside every layer', 'src/helpers/misc.ts', "import { day } from '../day/iso.js';\nexport const misc = (): number => day();\n", 'every-module-in-a-layer'],
  ])('fails on %s', { timeout: 60_000 }, (_what, path, text, rule) => {
    const files: Record<string, string> = { ...clean, [path]: text, 'src/report/render.ts': "import { deadline } from '../engine/deadline.js';\nexport const render = (): string => String(deadline());\n" };
    const { status, output } = check(files);
    expect(output).toContain(rule);
    expect(status).not.toBe(0);
  });

  it('fails on two modules that import each other', { timeout: 60_000 }, () => {
    const { status, output } = check({
      ...clean,
      'src/schema/validate.ts': "import { fast } from './fast-validate.js';\nexport const validate = (): number => fast();\n",
      'src/schema/fast-validate.ts': "import { validate } from './validate.js';\nexport const fast = (): number => validate();\n",
    });
    expect(output).toContain('no-circular');
    expect(status).not.toBe(0);
  });
});
