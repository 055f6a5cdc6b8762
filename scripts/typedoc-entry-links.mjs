// @ts-check
/**
 * TypeDoc plugin: a `{@link Name}` in a comment resolves to the entry that exports `Name`, whichever
 * entry the comment is documented in. The package has one entry per subpath (the root,
 * `send-timescales/ages`, …), and a function of one (say `getProfile`, in
 * `send-timescales/profiles`) links to names of another (`SendTimescalesError`, at the root).
 * TypeDoc looks a bare name up in the comment's own entry only, so such a link would fail (and
 * typedoc runs with warnings as errors). Here, before links are resolved, each link that names no
 * documented export is pointed at the one export of that name, preferring a current name over
 * a deprecated alias. A name no entry exports is left alone, for TypeDoc to report.
 */
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const modules = (project.children ?? []).filter((child) => child.kindOf(ReflectionKind.SomeModule));
    /** @type {Map<string, import('typedoc').Reflection[]>} */
    const exportsByName = new Map();
    for (const reflection of modules.flatMap((m) => m.children ?? [])) {
      exportsByName.set(reflection.name, [...(exportsByName.get(reflection.name) ?? []), reflection]);
    }
    const deprecated = (/** @type {import('typedoc').Reflection} */ r) =>
      Boolean(r.comment?.getTag('@deprecated') ?? ('signatures' in r && Array.isArray(r.signatures) && r.signatures.some((s) => s.comment?.getTag('@deprecated'))));

    /** @param {import('typedoc').CommentDisplayPart[]} parts */
    const fix = (parts) => {
      for (const part of parts) {
        if (part.kind !== 'inline-tag' || part.tag !== '@link' || typeof part.target === 'string' || (part.target && !('fileName' in part.target))) continue;
        // Resolved by TypeScript to a documented export: nothing to do. (A deprecated alias declared
        // as `const x = y` registers y's symbol on its type literal, which is not a page to link to.)
        if (part.target && project.getReflectionsFromSymbolId(part.target).some((r) => r.kindOf(ReflectionKind.SomeExport))) continue;
        const name = /^\s*([\w$]+)\s*$/.exec(part.text)?.[1];
        const candidates = name ? exportsByName.get(name) ?? [] : [];
        const target = candidates.find((r) => !deprecated(r)) ?? candidates[0];
        if (target) part.target = target;
      }
    };
    for (const reflection of Object.values(project.reflections)) {
      const comments = [reflection.comment, ...('signatures' in reflection && Array.isArray(reflection.signatures) ? reflection.signatures.map((s) => s.comment) : [])];
      for (const comment of comments) {
        if (!comment) continue;
        fix(comment.summary);
        for (const tag of comment.blockTags) fix(tag.content);
      }
    }
  });
}
