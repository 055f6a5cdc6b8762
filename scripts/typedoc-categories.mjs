// @ts-check
/**
 * TypeDoc plugin: groups the API reference by task. Each root export gets the `@category` of the
 * module it is declared in, from the one table below, so a new export lands in its task's group
 * without anyone remembering a tag. An export declared in a module the table does not place
 * stops the docs build (typedoc runs with warnings as errors), so nothing drifts into "Other".
 * A `@category` written in an export's own comment wins over the table, except on a deprecated
 * alias: those are grouped together.
 */
import { relative } from 'node:path';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Where the root's deprecated aliases are declared. */
const DEPRECATED_ALIASES = 'src/entries/deprecated.ts';

/** Module path prefix (relative to the project root, first match wins) → category. */
const CATEGORY_BY_MODULE = [
  // The 0.5 names kept at the root until 1.0, each pointing to its new home.
  [DEPRECATED_ALIASES, 'Deprecated'],
  ['src/entries/ages.ts', 'Ages, school years and transfers'],
  ['src/engine/deadline.ts', 'Deadlines'],
  ['src/engine/explain.ts', 'Deadlines'],
  ['src/engine/result.ts', 'Deadlines'],
  ['src/engine/trigger.ts', 'Deadlines'],
  ['src/engine/options.ts', 'Deadlines'],
  ['src/law/profiles/', 'Local profiles'],
  ['src/reference/profile-comparison.ts', 'Local profiles'],
  ['src/engine/profile-case-rules.ts', 'Local profiles'],
  ['src/law/age/', 'Ages, school years and transfers'],
  ['src/law/', 'Deadlines'],
  ['src/version.ts', 'Deadlines'],
  ['src/engine/', 'Cases and audits'],
  ['src/schema/', 'Cases and audits'],
  ['src/calendar/terms.ts', 'School terms'],
  ['src/calendar/', 'Working days'],
  ['src/day/serial.ts', 'Dates and serials'],
  ['src/day/', 'Dates and serials'],
  ['src/sheets/', 'Spreadsheets'],
  ['src/errors.ts', 'Errors'],
  ['src/reference/', 'Reference documents'],
  ['src/readers/', 'Caseload files'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const root = process.cwd();
    // Each entry point (the root and every subpath) is a module; its exports are the module's
    // children. (With one entry point the project itself would hold them.)
    const exported = (project.children ?? []).flatMap((child) => (child.kindOf(ReflectionKind.SomeModule) ? child.children ?? [] : [child]));
    for (const reflection of exported) {
      const symbolId = project.getSymbolIdFromReflection(reflection);
      const file = symbolId ? relative(root, symbolId.fileName).split('\\').join('/') : undefined;
      // A deprecated alias goes with the others, whatever category the name it aliases has.
      // (TypeDoc also reads a category from the signatures of a variable's function type.)
      if (file === DEPRECATED_ALIASES) {
        const type = 'type' in reflection ? reflection.type : undefined;
        const signatures = type?.type === 'reflection' ? type.declaration.signatures ?? [] : [];
        for (const comment of [reflection.comment, ...signatures.map((signature) => signature.comment)]) comment?.removeTags('@category');
      }
      if (reflection.comment?.getTag('@category')) continue;
      const category = file && CATEGORY_BY_MODULE.find(([prefix]) => file.startsWith(prefix))?.[1];
      if (!category) {
        app.logger.warn(`No API category for ${ReflectionKind.singularString(reflection.kind)} ${reflection.name} (declared in ${file ?? 'an unknown module'}): add its module to scripts/typedoc-categories.mjs`);
        continue;
      }
      reflection.comment ??= new Comment();
      reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
    }
    // The guides and generated references (the `@document` tags of src/index.ts) form one group.
    // Each is listed under its own first heading rather than its file name.
    const modules = (project.children ?? []).filter((child) => child.kindOf(ReflectionKind.SomeModule));
    for (const document of [project, ...modules].flatMap((owner) => owner.documents ?? [])) {
      document.frontmatter.category ??= 'Guides and references';
      const text = document.content.map((part) => part.text).join('');
      const heading = /^# (.+)$/m.exec(text)?.[1]?.trim();
      if (heading) document.name = heading;
    }
  });
}
