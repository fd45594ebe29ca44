/**
 * What the page-golden test (page-goldens.test.ts) needs besides the build itself: the fixed environment the
 * fixture site is built in, and a failure message that finds the first difference in a page whose lines run to
 * tens of thousands of characters (Astro's compressHTML keeps most of a page on a handful of lines).
 */

/** Variables a build may see from the caller: where programs and temp files live, nothing that shapes a page. */
const PASSED_THROUGH = ["PATH", "HOME", "TMPDIR", "TMP", "TEMP", "SYSTEMROOT"];

/**
 * The environment of a page-golden build: the same on every machine and in CI. Only PASSED_THROUGH comes from
 * `from`; everything else a page could print is left at its default or fixed — SITE_URL and BASE_PATH unset (the
 * default local address, src/core/site-location.ts), no ATLAS_SHARD/ATLAS_OUT_DIR/ATLAS_BUILD_DIR (one plain build
 * of every page into dist/ from data/build), no NODE_ENV (vitest sets "test"; `npm run build` sets none), no
 * locale variables (the ICU default), TZ=UTC.
 */
export function pageBuildEnv(from: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of PASSED_THROUGH) if (from[name] !== undefined) env[name] = from[name];
  return { ...env, TZ: "UTC", ASTRO_TELEMETRY_DISABLED: "1" };
}

/** Characters shown either side of the first difference. */
const CONTEXT = 60;

/**
 * Where two texts first differ, as `line L, column C` with a short excerpt of each around that point, or null when
 * they are equal. Lines and columns count from 1, as an editor does.
 */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const before = expected.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  const start = Math.max(0, at - CONTEXT, before.lastIndexOf("\n") + 1);
  const excerpt = (text: string) => {
    const lineEnd = text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at);
    const end = Math.min(at + 1 + CONTEXT, lineEnd);
    const cutBefore = start > 0 && text[start - 1] !== "\n" ? "…" : "";
    const cutAfter = end < lineEnd ? "…" : at >= text.length ? " (text ends here)" : "";
    return `${cutBefore}${JSON.stringify(text.slice(start, end))}${cutAfter}`;
  };
  const where = `first difference at line ${line}, column ${column}`;
  return `${where}\n  expected: ${excerpt(expected)}\n  actual:   ${excerpt(actual)}`;
}
