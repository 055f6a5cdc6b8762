/**
 * Every export of the package root is documented with an example. typedoc (`npm run docs`, with
 * `validation.notDocumented` and warnings as errors) fails on an export with no comment at all;
 * typedoc cannot require an `@example`, so this test does, reading the TSDoc of each export of
 * src/index.ts with the TypeScript compiler.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/**
 * Exports that still lack an `@example`, each owned by work in progress (case timelines, audits,
 * schemas, ages). Remove a name once its example is written; a new export must not be added here.
 */
const PENDING = new Set([
  // src/engine/age.ts
  'SchoolYear', 'YearGroupOptions', 'TransferStage', 'TransferOptions', 'Transfer', 'CompulsorySchoolAgeOptions', 'CompulsorySchoolAge',
  'PlanUpperAgeSetting', 'PlanUpperAgeOptions', 'PlanUpperAge', 'TRANSFER_STAGES', 'DEFAULT_TRANSFER_STAGES',
  // src/engine/timeline.ts, case-rules.ts, case-context.ts, audit.ts
  'timeline', 'TimelineOptions', 'TimelineEntry', 'Timeline', 'statutoryCaseRules', 'onEvent', 'CaseRule', 'EntryStatus', 'CaseContext', 'CoreEntry',
  'audit', 'AuditOptions', 'Audit', 'RuleSummary', 'TwentyWeekMeasure', 'LateCase', 'mostLateFirst',
  // src/schema/
  'caseSchema', 'eventSchema', 'isoDateSchema', 'EVENT_TYPES', 'eventTypes', 'CaseRecord', 'CaseEvent', 'EventType', 'validateCase', 'CaseError', 'Validated',
]);

function exportsWithoutExample(): { missing: string[]; all: string[] } {
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
  it('every export of the package root has an @example (except the pending list)', () => {
    const { missing, all } = exportsWithoutExample();
    expect(all.length).toBeGreaterThan(60);
    expect(missing.filter((name) => !PENDING.has(name))).toEqual([]);
    const done = [...PENDING].filter((name) => all.includes(name) && !missing.includes(name));
    if (done.length) console.info(`These now have examples; remove them from PENDING: ${done.join(', ')}`);
  }, 60_000);
});
