/**
 * npm run gate:hostile — data can never become markup. Builds the data and the whole site from the golden fixture
 * plus tests/fixtures/hostile/raw (free-text fields carrying <script>, on…= handlers, quote breaks and closing
 * tags) and reads every page with a tokenizer (src/lib/markup-scan.ts), the way a browser would split it:
 * - fails if any page has a <script> whose code came from data, an element with an on…= attribute (the site has
 *   none of its own), or an attribute value that holds only part of a hostile string (a quote broke out of it);
 * - fails, too, if a hostile string is not shown anywhere as text a reader sees, or the hostile source URL is not
 *   a link target on its place's page: a gate that never sees the strings proves nothing.
 * A string matched as text is not evidence of danger: "&lt;script&gt;" in a page is exactly the escaped form.
 * So `set:html={note}` in any component makes it fail; Astro's {note} does not.
 *
 * Writes only below a temp folder (removed afterwards unless KEEP_TEMP=1): never touches data/build or dist.
 * Pagefind is not run: the search page builds its results as text nodes in the browser (see search e2e).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { decodeEntities, scanMarkup } from "../../src/lib/markup-scan.ts";

/** Every hostile string the fixture carries, as the pipeline keeps it (a reader must see each of them). */
const HOSTILE = {
  awardUrl: `https://example.org/berita?x="><script>alert('url')</script>`,
  awardNote: `<script>alert('note')</script> <img src=x onerror=alert('img')> Hostile fixture for the escaping gate; never published.`,
  statusNote: `</span></li></ul><script>alert('status')</script><svg onload=alert('svg')>`,
  indicatorTitle: `Judul <script>alert('title')</script> & <b onmouseover=alert('b')>sumber</b>`,
  indicatorUrl: `https://example.org/data?t='><svg/onload=alert('t')>`,
};
const ALL = Object.values(HOSTILE);
/** Text a reader sees for a string is the string itself, whitespace aside. */
const squash = (s: string) => s.replace(/\s+/g, " ");

const root = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), "atlas-hostile-"));
const problems: string[] = [];
let pages: string[] = [];
const seenAsText = new Set<string>();
let carrying = 0;
try {
  const raw = join(tmp, "raw");
  cpSync(join(root, "tests/fixtures/golden/raw"), raw, { recursive: true });
  cpSync(join(root, "tests/fixtures/hostile/raw"), raw, { recursive: true });
  const build = join(tmp, "build");
  const dist = join(tmp, "dist");
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  run(["scripts/build-data.ts", "--raw", raw, "--out", build]);
  run([join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", dist], { ATLAS_BUILD_DIR: build, ASTRO_TELEMETRY_DISABLED: "1" });

  const walk = (d: string): string[] => readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  pages = walk(dist).filter((f) => f.endsWith(".html"));
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    // Every hostile string contains "alert(", escaped or not: a page without it carries none of them.
    if (!html.includes("alert(")) continue;
    carrying++;
    const page = relative(dist, file);
    const scan = scanMarkup(html);
    for (const tag of scan.tags) {
      if (tag.name === "script" && (tag.rawText ?? "").includes("alert(")) problems.push(`${page}: a <script> made of data: ${JSON.stringify((tag.rawText ?? "").slice(0, 80))}`);
      for (const a of tag.attributes) {
        if (a.name.startsWith("on")) problems.push(`${page}: <${tag.name} ${a.name}=…> — an event handler made of data`);
        const value = a.value === null ? "" : decodeEntities(a.value);
        if (value.includes("alert(") && !ALL.some((h) => value.includes(h))) problems.push(`${page}: <${tag.name} ${a.name}="${value.slice(0, 60)}"> holds part of a hostile string: a quote broke out of the attribute`);
      }
    }
    const text = squash(decodeEntities(scan.texts.map((t) => t.text).join("")));
    for (const h of ALL) if (text.includes(squash(h))) seenAsText.add(h);
    if (page === "daerah/kota-surakarta/index.html" && !scan.tags.some((t) => t.name === "a" && t.attributes.some((a) => a.name === "href" && a.value !== null && decodeEntities(a.value) === HOSTILE.awardUrl))) {
      problems.push(`${page}: the hostile source URL is not a link target here, so the gate cannot tell whether hrefs are escaped`);
    }
  }
  for (const [name, h] of Object.entries(HOSTILE)) {
    if (!seenAsText.has(h)) problems.push(`hostile ${name} is shown as text on no page, so the gate proves nothing for it (fixture or page changed?)`);
  }
} finally {
  if (process.env.KEEP_TEMP === "1") console.log(`hostile: build kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
for (const p of problems.slice(0, 40)) console.error(p);
if (problems.length > 40) console.error(`… and ${problems.length - 40} more`);
console.log(`hostile strings: ${pages.length} pages built from the hostile fixture, ${carrying} carry its strings, ${seenAsText.size} of ${ALL.length} strings shown as text; ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 || pages.length === 0 ? 1 : 0;
