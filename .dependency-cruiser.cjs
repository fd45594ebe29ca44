/**
 * The layers of src/ and the one direction their imports run (docs/ARCHITECTURE.md draws them). `npm test` runs
 * `npm run -s deps`, so an import against the grain fails the build the moment it is written, not in a review.
 *
 *   core ← method ← pipeline ← i18n, charts ← views ← publish ← components, pages, layouts
 *                                          client (browser) takes core, method and browser-safe views
 *
 * Why each rule: the pipeline and the method run outside Astro (CLIs, tests, the browser's self-assessment), so they
 * must not pull in page text, chart drawing or publishing; charts are pure functions of data handed to them, so
 * they never reach for a view or a publishing step; the browser bundle must never carry Node-only modules.
 */
const layer = (name) => `^src/${name}/`;
const forbid = (name, from, to, comment) => ({
  name,
  comment,
  severity: "error",
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid(
      "core-imports-nothing",
      layer("core"),
      "^src/(?!core/)",
      "src/core is the ground both the pipeline and the browser stand on: it imports no other layer",
    ),
    forbid(
      "method-stays-pure",
      layer("method"),
      "^src/(?!core/|method/)",
      "the scoring engine runs in the browser too: core and itself only",
    ),
    forbid(
      "pipeline-below-the-site",
      layer("pipeline"),
      "^src/(views|publish|charts|client|i18n|components|pages|layouts)/",
      "raw → artefact needs no page text, chart or publishing step",
    ),
    forbid(
      "i18n-below-views",
      layer("i18n"),
      "^src/(views|publish|charts|client|components|pages|layouts)/",
      "dictionaries and number formats serve every layer above them",
    ),
    forbid(
      "charts-are-pure",
      layer("charts"),
      "^src/(views|publish|client|components|pages|layouts)/",
      "a chart is a function of the data handed to it",
    ),
    forbid(
      "views-below-publish",
      layer("views"),
      "^src/(publish|client|components|pages|layouts)/",
      "a view says what a page prints; publishing and pages sit above it",
    ),
    forbid(
      "publish-below-pages",
      layer("publish"),
      "^src/(client|components|pages|layouts)/",
      "chart files, images and the data package are built from views, never from pages",
    ),
    forbid(
      "client-is-browser-code",
      layer("client"),
      "^src/(pipeline|publish|components|pages|layouts)/",
      "the browser bundle takes core, method and browser-safe views only",
    ),
    {
      ...forbid("client-no-node", layer("client"), "", "no Node built-in in the browser bundle"),
      to: { dependencyTypes: ["core"] },
    },
    forbid("scripts-not-imported", "^src/", "^scripts/", "src/ never imports a CLI or a gate"),
    {
      name: "no-circular",
      comment: "a cycle makes the layer order meaningless",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    // "astro" resolves only through Astro's own loader (types and virtual modules), never through Node's resolution.
    {
      name: "not-to-unresolvable",
      comment: "an import that resolves to nothing",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^astro(/|$)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js"] },
  },
};
