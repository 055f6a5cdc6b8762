/**
 * Every export of the package root and of each subpath entry is documented with an example.
 * typedoc (`npm run docs`, with `validation.notDocumented` and warnings as errors) fails on an
 * export with no comment at all; typedoc cannot require an `@example`, so this test does, reading
 * the TSDoc of each export of src/index.ts and src/entries/*.ts with the TypeScript compiler.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const subpaths = ['ages', 'profiles', 'case-rules', 'reference', 'law', 'readers'];
const subpathEntry = (name: string) => fileURLToPath(new URL(`../../src/entries/${name}.ts`, import.meta.url));

function exportsWithoutExample(entry: string): { missing: string[]; all: string[] } {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const missing: string[] = [];
  const all: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    all.push(symbol.name);
    const hasExample = (target.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'));
    if (!hasExample) missing.push(symbol.name);
  }
  return { missing, all };
}

describe('API documentation', () => {
  it('every export of the package root has an @example', () => {
    const { missing, all } = exportsWithoutExample(entry);
    expect(all.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  }, 60_000);

  it.each(subpaths)('every export of send-timescales/%s has an @example', (name) => {
    const { missing, all } = exportsWithoutExample(subpathEntry(name));
    expect(all.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  }, 60_000);
});
