/**
 * The layers of send-timescales, checked by `npm run check:layers` (the first step of `npm test`).
 *
 * Dependencies point one way, from the top of this list to the bottom (docs/architecture.md):
 *
 *   cli, sheets, web               entry points: the command-line tool, the spreadsheet wrapper, the page
 *   reference, readers, report     docs generated from the law; outside files into cases; rendering results
 *   engine                         applying rule records to triggers and cases
 *   schema                         one schema per outside input
 *   law                            the rules as data, ages and transfers, council profiles
 *   calendar                       which days count
 *   day                            civil dates
 *
 * A layer may import any layer below it, never one above, and never a sibling of its own tier (two
 * entry points share code through a lower layer, not through each other). `errors.ts`, `guard.ts`
 * and `version.ts` are leaf utilities: every layer may import them, and they import no layer.
 * `index.ts` and the subpath entries in `entries/` are the public surface and re-export from any layer below the entry points. Type-only
 * imports count: a type taken from a higher layer ties the two layers together just as a value does.
 */

/** Layers from the bottom up; each entry is one tier. */
const tiers = [
  ['day'],
  ['calendar'],
  ['law'],
  ['schema'],
  ['engine'],
  ['reference', 'readers', 'report'],
  ['cli', 'sheets', 'web'],
];

const LEAF_UTILITIES = '^src/(errors|guard|version)\\.ts$';
/** The public surface: the package root and its subpath entries (send-timescales/ages, …). */
const PUBLIC_SURFACE = '^src/(index\\.ts$|entries/)';
const folder = (name) => `^src/${name}/`;
const anyOf = (names) => `^src/(${names.join('|')})/`;

/** One rule per layer: nothing in it may import a layer of a higher tier or a sibling of its own. */
const upwardRules = tiers.flatMap((tier, level) => {
  const higher = tiers.slice(level + 1).flat();
  return tier.map((layer) => {
    const forbidden = [...higher, ...tier.filter((sibling) => sibling !== layer)];
    return {
      name: `${layer}-imports-only-lower-layers`,
      comment: `src/${layer}/ may import only ${tiers.slice(0, level).flat().join(', ') || 'no other layer'} and the leaf utilities (docs/architecture.md).`,
      severity: 'error',
      from: { path: folder(layer) },
      to: { path: forbidden.length > 0 ? anyOf(forbidden) : '^$' },
    };
  });
});

module.exports = {
  forbidden: [
    ...upwardRules,
    {
      name: 'leaf-utilities-import-no-layer',
      comment: 'errors.ts, guard.ts and version.ts are imported by every layer, so they may import only each other.',
      severity: 'error',
      from: { path: LEAF_UTILITIES },
      to: { path: '^src/', pathNot: LEAF_UTILITIES },
    },
    {
      name: 'public-surface-exports-no-entry-point',
      comment: 'src/index.ts and the subpath entries (src/entries/) re-export the library; the command-line tool, the spreadsheet wrapper and the page are built separately.',
      severity: 'error',
      from: { path: PUBLIC_SURFACE },
      to: { path: anyOf(tiers[tiers.length - 1]) },
    },
    {
      name: 'nothing-imports-the-public-surface',
      comment: 'Inside the library, import the module that defines a name, not src/index.ts or a subpath entry (it would tie every layer to every other).',
      severity: 'error',
      from: { path: '^src/', pathNot: PUBLIC_SURFACE },
      to: { path: PUBLIC_SURFACE },
    },
    {
      name: 'every-module-in-a-layer',
      comment: 'A module outside the known layers has no place in the direction: put it in a layer folder, or add the layer here and to docs/architecture.md.',
      severity: 'error',
      from: { path: '^src/', pathNot: [LEAF_UTILITIES, PUBLIC_SURFACE, anyOf(tiers.flat())] },
      to: {},
    },
    {
      name: 'working-day-core-knows-no-jurisdiction',
      comment: 'The generic working-day calendar serves every calendar; England and Wales is one calendar built on it, so the core takes nothing from it (not even a type).',
      severity: 'error',
      from: { path: '^src/calendar/working-calendar\\.ts$' },
      to: { path: '^src/calendar/england-and-wales' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other (directly or through others) cannot be understood, tested or moved apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a broken build.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages through their "exports" maps as Node does (csv-stringify/sync has no file of that name).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
