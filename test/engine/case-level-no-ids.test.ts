/**
 * The case-level engine names no rule: which events trigger and complete which rule, the review
 * cycle's rules and the audit's national measure are law data (src/law/case-rules.ts,
 * src/law/measures.ts). This scans the code of the case-level engine files (comments stripped:
 * ids in doc-comment examples are fine) for any rule id of the rule table, statutory or local,
 * and for instrument names and regulation references, whose wording belongs to the law.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { rules } from '../../src/index.js';

const engine = (name: string) => fileURLToPath(new URL(`../../src/engine/${name}`, import.meta.url));

/** The case-level engine: timeline, audit, worklist and the case rules they apply. */
const FILES = [
  'case-rules.ts', 'case-context.ts', 'timeline.ts', 'audit.ts', 'worklist.ts', 'options.ts', 'profile-case-rules.ts', 'case-helpers.ts',
  'on-event.ts', 'before-rules.ts', 'review-cycle.ts', 'phase-transfers.ts',
];

/** Every text the code holds (string and template literals), without comments: the TypeScript parser drops them. */
function codeTexts(source: string): string[] {
  const file = ts.createSourceFile('scanned.ts', source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const ids = [...new Set(rules.map((r) => r.id))];
const instruments = [...new Set(rules.map((r) => r.citation.instrument))];

/** The rule ids a text names: a hyphenated id as a whole word of ids; a one-word id ("appeal") only quoted or as the whole text. */
function idsIn(text: string): string[] {
  return ids.filter((id) => id.includes('-')
    ? new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text)
    : text === id || text.includes(`"${id}"`) || text.includes(`'${id}'`));
}

/** Regulation wording: an instrument's name, "reg 13(2)", "regs 34", "s44(1)", "SI 2020/471", "HESC r21". */
function lawIn(text: string): string[] {
  const found = instruments.filter((name) => text.includes(name));
  const reference = /\b(regs? \d+|s\d+\(|SI \d{4}\/\d+|HESC r\d+|Regulations 20\d\d|Act 2014)/.exec(text);
  return reference ? [...found, reference[0]] : found;
}

function scan(source: string): { ids: string[]; law: string[] } {
  const texts = codeTexts(source);
  return { ids: [...new Set(texts.flatMap(idsIn))], law: [...new Set(texts.flatMap(lawIn))] };
}

describe('the case-level engine names no rule id, instrument or provision (design.md: "never decides by a rule\'s id or wording")', () => {
  it.each(FILES)('%s', (name) => {
    expect(scan(readFileSync(engine(name), 'utf8'))).toEqual({ ids: [], law: [] });
  });

  it('the scan sees an id or a provision in code, and not in a comment', () => {
    // The scanner itself must be able to fail: the same names, once in code and once in comments.
    const inCode = "const a = e.ruleId === 'final-plan'; const b = `late (${'x'}) reg 13(2)`; const c = 'appeal';";
    const inComments = "/** e.g. 'final-plan' (reg 13(2)) */ const a = 1; // 'appeal', 'dorset-final-plan'";
    expect(scan(inCode)).toEqual({ ids: ['final-plan', 'appeal'], law: ['reg 13'] });
    expect(scan(inComments)).toEqual({ ids: [], law: [] });
    // An event type that contains an id ('final-plan-issued') is not that id.
    expect(scan("const t = 'final-plan-issued';").ids).toEqual([]);
    // Local ids are in the table too.
    expect(scan("const t = 'dorset-final-plan';").ids).toEqual(['dorset-final-plan']);
  });
});
