/**
 * Page goldens, in the manner of Observable Framework's build tests: the site is built from the golden fixture
 * (tests/fixtures/golden/raw, the pipeline golden's input) and a handful of its pages must be, byte for byte, the
 * committed files in tests/fixtures/pages/expected/. The pipeline golden pins the artefact; these pin what the views,
 * components and layouts make of it, so a refactor that meant to change nothing can prove it in `npm test` without a
 * full build of the real data.
 *
 * The build runs in a copy of the project (scripts/gates/project-copy.ts, as the hostile gate does) whose data/raw is
 * the fixture: `build-data` then one plain `astro build`. Pagefind, the pinned embeds and the PNGs are left out: they
 * only add files beside the pages, so a full `npm run build` of the fixture gives these pages the same bytes. The
 * environment is fixed (pageBuildEnv in page-goldens.ts): TZ=UTC, the default SITE_URL and BASE_PATH, no shard — the
 * pages print the site's address and the release of data/release.json, so those must be the same on every machine.
 *
 * On a mismatch the built page is written beside its expected file as `<name>-changed.html` (git-ignored) and the
 * test fails naming the page and where the first difference is. `npm run test:update-goldens` (UPDATE_GOLDEN=1)
 * accepts every change, here and in the pipeline golden. A missing expected file is written and passes locally, but
 * fails under CI, so a page golden nobody committed cannot pass silently.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../../scripts/gates/project-copy.ts";
import { checkSitemap } from "../../scripts/gates/sitemap-check.ts";
import { ROOT, tempDir } from "./helpers.ts";
import { firstDifference, pageBuildEnv } from "./page-goldens.ts";

const EXPECTED = join(ROOT, "tests/fixtures/pages/expected");
/**
 * Golden file → the built page it pins. One of each kind of page: both homes; Kota Pasuruan, the fixture's place
 * with two rounds, one of them a conflict between two sources; its province, Jawa Timur (awarded places, a conflict,
 * a regulation marked "none"); the rankings; Pasuruan's chart embed; the methodology.
 */
const PAGES: Record<string, string> = {
  "home.html": "index.html",
  "home-en.html": "en/index.html",
  "place-kota-pasuruan.html": "daerah/kota-pasuruan/index.html",
  "province-jawa-timur.html": "provinsi/jawa-timur/index.html",
  "rankings.html": "peringkat/index.html",
  "embed-daerah-kota-pasuruan-predikat.html": "embed/daerah-kota-pasuruan-predikat/index.html",
  "methodology.html": "metodologi/index.html",
};
/** The fixture build takes ~20 s on an idle 2-core machine; leave room for a busy one. */
const BUILD_TIMEOUT_MS = 240_000;

const run = promisify(execFile);
const tmp = tempDir("page-goldens");
const dist = join(tmp, "project", "dist");

beforeAll(async () => {
  const copy = copyProject(ROOT, join(tmp, "project"));
  rmSync(join(copy, "data/raw"), { recursive: true, force: true });
  cpSync(join(ROOT, "tests/fixtures/golden/raw"), join(copy, "data/raw"), { recursive: true });
  const env = pageBuildEnv(process.env);
  // process.execPath: the project's Node 24, the one running the tests. maxBuffer: Astro lists every page it writes.
  const options = { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 };
  await run(process.execPath, [join("scripts", "build-data.ts")], options);
  await run(process.execPath, [join("node_modules", "astro", "bin", "astro.mjs"), "build"], options);
}, BUILD_TIMEOUT_MS);

// Removing the copied project (node_modules links, a built site) took over vitest's default 10 s on a loaded
// 2-core machine, failing a run whose comparisons had all passed.
afterAll(() => {
  if (process.env.KEEP_TEMP === "1") console.log(`page goldens: build kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}, 120_000);

describe("page goldens (golden fixture → built pages)", () => {
  it("has an expected file for every page and no stale one", () => {
    mkdirSync(EXPECTED, { recursive: true });
    const stale = readdirSync(EXPECTED).filter((n) => !n.includes("-changed") && !(n in PAGES));
    // Accepting every change includes dropping the goldens of pages no longer pinned.
    if (process.env.UPDATE_GOLDEN) for (const n of stale.splice(0)) rmSync(join(EXPECTED, n));
    expect(stale, `stale page goldens in ${EXPECTED}: delete them or add them to PAGES`).toEqual([]);
  });

  for (const [name, page] of Object.entries(PAGES)) {
    it(`${page} matches ${name}`, () => {
      const built = join(dist, page);
      expect(existsSync(built), `the fixture build has no ${page}: pick a page the golden fixture builds`).toBe(true);
      const actual = readFileSync(built);
      const expectedPath = join(EXPECTED, name);
      const changedPath = join(EXPECTED, name.replace(/\.html$/, "-changed.html"));
      const missing = !existsSync(expectedPath);
      if (process.env.UPDATE_GOLDEN || (missing && !process.env.CI)) writeFileSync(expectedPath, actual);
      else if (missing)
        expect.fail(`missing page golden ${expectedPath}; run \`npm run test:update-goldens\` and commit it`);
      const expected = readFileSync(expectedPath);
      if (actual.equals(expected)) {
        rmSync(changedPath, { force: true });
        return;
      }
      writeFileSync(changedPath, actual);
      const where = firstDifference(expected.toString("utf8"), actual.toString("utf8"));
      expect.fail(
        `${page} differs from ${name} — ${where}\nsee ${changedPath}; ` +
          "if the change is intended, run `npm run test:update-goldens` and commit the result",
      );
    });
  }
});

describe("the sitemap of the fixture build", () => {
  // scripts/write-sitemap.ts over a real build: every URL it lists is a built page at its canonical URL, and every
  // built canonical page is listed (the sitemap gate's check, scripts/gates/sitemap-check.ts).
  it("lists exactly the built canonical pages", async () => {
    const copy = join(tmp, "project");
    const options = { cwd: copy, env: pageBuildEnv(process.env) };
    const { stdout } = await run(process.execPath, [join("scripts", "write-sitemap.ts"), "dist"], options);
    expect(stdout).toMatch(/^write-sitemap: \d+ canonical pages in sitemap\.xml, sitemap-id\.xml, sitemap-en\.xml/);
    const documents = new Map<string, string>();
    for (const f of readdirSync(dist, { recursive: true, encoding: "utf8" }).map((n) => n.split("\\").join("/")))
      if (f.endsWith(".html") || /^sitemap[\w-]*\.xml$/.test(f) || f === "robots.txt")
        documents.set(f, readFileSync(join(dist, f), "utf8"));
    const result = checkSitemap(documents, { origin: "http://localhost:4321", base: "/" });
    expect(result.problems).toEqual([]);
    expect(result.listed.id).toBeGreaterThan(10);
    expect(result.listed.en).toBe(result.listed.id);
    expect(result.noindex).toBeGreaterThan(0);
  }, 60_000);
});

describe("page goldens: helpers", () => {
  it("names the line, column and both sides of the first difference", () => {
    expect(firstDifference("a\nb", "a\nb")).toBeNull();
    expect(firstDifference("<p>one</p>\n<p>two</p>", "<p>one</p>\n<p>too</p>")).toBe(
      `first difference at line 2, column 5\n  expected: "<p>two</p>"\n  actual:   "<p>too</p>"`,
    );
    expect(firstDifference("abc", "abcd")).toBe(
      `first difference at line 1, column 4\n  expected: "abc" (text ends here)\n  actual:   "abcd"`,
    );
    // On a long line only 60 characters either side are shown, with … where the line goes on.
    const x60 = "x".repeat(60);
    const long = "x".repeat(500);
    expect(firstDifference(`${long}A${long}`, `${long}B${long}`)).toBe(
      `first difference at line 1, column 501\n  expected: …"${x60}A${x60}"…\n  actual:   …"${x60}B${x60}"…`,
    );
  });

  it("builds in a fixed environment whatever the caller's", () => {
    const caller = { PATH: "/bin", SITE_URL: "https://example.org", BASE_PATH: "/atlas/", ATLAS_SHARD: "1/2" };
    const env = pageBuildEnv({
      ...caller,
      ATLAS_BUILD_DIR: "x",
      NODE_ENV: "test",
      TZ: "Asia/Jakarta",
      LANG: "id_ID.UTF-8",
    });
    expect(env).toEqual({ PATH: "/bin", TZ: "UTC", ASTRO_TELEMETRY_DISABLED: "1" });
  });
});
