/**
 * The public surface is deliberate: the root's exports (main tier and deprecated aliases) and each
 * subpath's exports are exactly the committed lists of test/support/public-surface.ts; every name
 * the root exported in 0.5.0 is still exported from it; each deprecated alias is the same value or
 * type as the name it points to, and the migration guide lists it with that name and subpath.
 * Read with the TypeScript compiler (for types and doc tags) and by importing the sources.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as root from '../../src/index.js';
import * as ages from '../../src/entries/ages.js';
import * as profiles from '../../src/entries/profiles.js';
import * as caseRules from '../../src/entries/case-rules.js';
import * as reference from '../../src/entries/reference.js';
import * as law from '../../src/entries/law.js';
import * as readers from '../../src/entries/readers.js';
import { CONTRACT_TYPES, CONTRACT_VALUES, ROOT_0_5, ROOT_DEPRECATED, ROOT_MAIN, SUBPATHS, type Subpath } from '../support/public-surface.js';

const file = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const entryFile = (subpath: Subpath) => file(`entries/${subpath}.ts`);
const subpaths = Object.keys(SUBPATHS) as Subpath[];
const runtime: Record<Subpath, Record<string, unknown>> = { ages, profiles, 'case-rules': caseRules, reference, law, readers };
const rootRuntime = root as Record<string, unknown>;

const program = ts.createProgram([file('index.ts'), ...subpaths.map(entryFile)], {
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true,
});
const checker = program.getTypeChecker();

interface Exported { readonly name: string; readonly symbol: ts.Symbol; readonly isValue: boolean; readonly deprecated: string | undefined }

function exportsOf(path: string): Exported[] {
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(path)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tag = (symbol.declarations ?? []).flatMap((d) => ts.getJSDocTags(d)).find((t) => t.tagName.text === 'deprecated');
    const deprecated = tag ? ts.getTextOfJSDocComment(tag.comment) ?? '' : undefined;
    return { name: exported.name, symbol, isValue: Boolean(symbol.flags & ts.SymbolFlags.Value), deprecated };
  });
}

const sorted = (names: Iterable<string>) => [...names].sort();
const rootExports = exportsOf(file('index.ts'));
const deprecatedAliases = rootExports.filter((e) => e.deprecated !== undefined);

/** Where a deprecated alias says its name lives now: `Import X from 'send-timescales/sub'`. */
function home(alias: Exported): { name: string; subpath: Subpath } | undefined {
  const m = /^Import (\w+) from 'send-timescales\/([\w-]+)'/.exec(alias.deprecated ?? '');
  return m ? { name: m[1]!, subpath: m[2] as Subpath } : undefined;
}

/** The public names a merged or renamed alias points to: "Use <expression with them>: why". */
function kept(alias: Exported): string[] {
  const use = /^Use ([^:]+)/.exec(alias.deprecated ?? '')?.[1] ?? '';
  const everyHome: readonly string[] = [...ROOT_MAIN, ...Object.values(SUBPATHS).flat()];
  return [...use.matchAll(/\w+/g)].map((m) => m[0]).filter((word) => everyHome.includes(word));
}

describe('the package root', () => {
  it('exports exactly the main tier and the deprecated aliases written down', () => {
    expect(sorted(rootExports.filter((e) => e.deprecated === undefined).map((e) => e.name))).toEqual([...ROOT_MAIN]);
    expect(sorted(deprecatedAliases.map((e) => e.name))).toEqual([...ROOT_DEPRECATED]);
  });

  it('still exports every name it exported in 0.5.0, as a value where it was one, and deprecates only those', () => {
    const now = new Map(rootExports.map((e) => [e.name, e]));
    expect(ROOT_0_5.filter((name) => !now.has(name))).toEqual([]);
    expect(ROOT_DEPRECATED.filter((name) => !(ROOT_0_5 as readonly string[]).includes(name))).toEqual([]);
    // At run time: the values of the main tier and the aliases, and nothing else.
    const values = rootExports.filter((e) => e.isValue).map((e) => e.name);
    expect(sorted(Object.keys(root))).toEqual(sorted(values));
  });

  it('keeps every name of the public contract in the main tier, never deprecated', () => {
    for (const name of [...CONTRACT_VALUES, ...CONTRACT_TYPES]) expect(ROOT_MAIN, name).toContain(name);
    for (const name of CONTRACT_VALUES) expect(rootRuntime[name], name).toBeDefined();
  });

  it('has no internals or generic helpers in its main tier', () => {
    for (const name of ['CoreEntry', 'CheckedOptions', 'CaseContext', 'NormalCase', 'entry', 'eventsOf', 'firstBetween', 'lastBetween', 'rulesMarkdown', 'casesMarkdown', 'profileMarkdown', 'profilesMarkdown']) {
      expect(ROOT_MAIN, name).not.toContain(name);
    }
  });
});

describe('the subpaths', () => {
  it.each(subpaths)('send-timescales/%s exports exactly its list', (subpath) => {
    expect(sorted(exportsOf(entryFile(subpath)).map((e) => e.name))).toEqual([...SUBPATHS[subpath]]);
    expect(sorted(Object.keys(runtime[subpath]))).toEqual(sorted(exportsOf(entryFile(subpath)).filter((e) => e.isValue).map((e) => e.name)));
  });

  it('give each name one home: no name is in two subpaths, or in a subpath and the main tier', () => {
    const homes = [ROOT_MAIN, ...Object.values(SUBPATHS)].flat();
    expect(homes.filter((name, i) => homes.indexOf(name) !== i)).toEqual([]);
  });
});

describe('the deprecated aliases', () => {
  it('each says where its name lives now, and that subpath exports it', () => {
    for (const alias of deprecatedAliases) {
      const target = home(alias);
      if (target) {
        expect(SUBPATHS[target.subpath], alias.name).toContain(target.name);
      } else {
        // A merged or renamed name: "Use <the kept name>…", a name of the main tier or a subpath.
        expect(kept(alias), `${alias.name}: ${alias.deprecated}`).not.toEqual([]);
      }
    }
  });

  it('are the very values of their homes (same object, so instanceof, caches and identity hold)', () => {
    for (const alias of deprecatedAliases.filter((a) => a.isValue)) {
      const target = home(alias);
      if (target) expect(rootRuntime[alias.name], alias.name).toBe(runtime[target.subpath][target.name]);
    }
  });

  it('are the same types as their homes (assignable both ways)', () => {
    const typeOf = (e: Exported) => checker.getDeclaredTypeOfSymbol(e.symbol);
    const homesByName = new Map(subpaths.flatMap((s) => exportsOf(entryFile(s)).map((e) => [`${s}:${e.name}`, e] as const)));
    const mainByName = new Map(rootExports.filter((e) => e.deprecated === undefined).map((e) => [e.name, e]));
    for (const alias of deprecatedAliases.filter((a) => !a.isValue)) {
      const target = home(alias);
      const same = target ? homesByName.get(`${target.subpath}:${target.name}`) : mainByName.get(kept(alias)[0]!);
      expect(same, alias.name).toBeDefined();
      const [a, b] = [typeOf(alias), typeOf(same!)];
      expect(checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a), alias.name).toBe(true);
    }
  });

  // The merged and renamed names: the migration guide's claims, checked.
  it('TRANSFER_STAGES is ALL_TRANSFER_STAGES: every stage, in date order, not the default', () => {
    expect(root.TRANSFER_STAGES).toBe(ages.ALL_TRANSFER_STAGES);
    expect(ages.ALL_TRANSFER_STAGES).toEqual(['reception', 'year3', 'year5', 'year7', 'year9', 'year12']);
    expect(ages.ALL_TRANSFER_STAGES).not.toEqual(ages.DEFAULT_TRANSFER_STAGES);
  });

  it('planUpperAge(dob, options) is planUpperAgeDetail(dob, options).lastDay (CFA 2014 s46; reg 46(1))', () => {
    // Born 15 Mar 2001: 25 on 15 Mar 2026, in the further education year ending 31 Jul 2026 (reg 46(1)(a)).
    expect(root.planUpperAge('2001-03-15')).toBe('2026-07-31');
    const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2015, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 800 }), fc.constantFrom('further-education', 'apprenticeship', 'other'), (dob, later, setting) => {
      // An end date on or after the 25th birthday (reg 46(1)(b)-(c) measure from the course the young person is on then).
      const options = setting === 'further-education' ? {} : { setting, endsOn: root.addDays(ages.attainsAge(dob, 25), later) };
      expect(root.planUpperAge(dob, options)).toBe(ages.planUpperAgeDetail(dob, options).lastDay);
    }));
  });

  it('eventTypes is Object.keys(EVENT_TYPES), in order', () => {
    expect(root.eventTypes).toEqual(Object.keys(root.EVENT_TYPES));
  });

  it('LAST_ANNOUNCED_YEAR is englandAndWales.lastAnnouncedYear', () => {
    expect(root.LAST_ANNOUNCED_YEAR).toBe(root.englandAndWales.lastAnnouncedYear);
  });

  it('are all in the migration guide, each with its new name and subpath', () => {
    const guide = readFileSync(fileURLToPath(new URL('../../docs/migration-0.6.md', import.meta.url)), 'utf8');
    const rows = new Map([...guide.matchAll(/^\| `(\w+)(?:\([^`]*\))?` \| (.+?) \|/gm)].map((m) => [m[1]!, m[2]!]));
    expect(sorted(rows.keys())).toEqual([...ROOT_DEPRECATED]);
    for (const alias of deprecatedAliases) {
      const target = home(alias);
      if (target) expect(rows.get(alias.name), alias.name).toBe(`\`${target.name}\` from \`send-timescales/${target.subpath}\``);
      else for (const name of kept(alias)) expect(rows.get(alias.name), alias.name).toContain(name);
    }
  });
});
