/**
 * npm run gate:hostile — data can never become markup. Runs `npm run build` in a copy of the project
 * (project-copy.ts) whose data/raw is the golden fixture plus tests/fixtures/hostile/raw (free-text fields carrying
 * <script>, on…= handlers, quote breaks and closing tags), so every build step that writes pages is covered, and
 * reads every page with a tokenizer (scripts/gates/markup-scan.ts), the way a browser would split it:
 * - fails if any page has a <script> whose code came from data, an element with an on…= attribute (the site has
 *   none of its own), or an attribute value that holds only part of a hostile string (a quote broke out of it);
 * - fails, too, if a hostile string is not shown anywhere as text a reader sees, or the hostile source URL is not
 *   a link target on its place's page: a gate that never sees the strings proves nothing.
 * A string matched as text is not evidence of danger: "&lt;script&gt;" in a page is exactly the escaped form.
 * So `set:html={note}` in any component makes it fail; Astro's {note} does not.
 * The fixture holds only strings validation allows: a cell a spreadsheet would run (`=…`, `+…`, `-…`, `@…`) or one
 * with a control character (NUL, C1…) is rejected when the raw rows are read (src/core/cell-safety.ts,
 * tests/unit/unsafe-input.test.ts), so it can never reach a page; markup, quotes and bidi marks can, and are tested here.
 *
 * Writes only below a temp folder (removed afterwards unless KEEP_TEMP=1): never touches data/build or dist. It
 * shares the social-card cache, which is keyed by each card's SVG, so hostile cards can never be served for real
 * ones. The search index is built but not read: the search page turns results into text nodes in the browser.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { attributeOf, decodeEntities, scanMarkup } from "./markup-scan.ts";
import { copyProject, npmBuild } from "./project-copy.ts";

/** Every hostile string the fixture carries, as the pipeline keeps it (a reader must see each of them). */
const HOSTILE = {
  awardUrl: `https://example.org/berita?x="><script>alert('url')</script>`,
  // A right-to-left override (U+202E) and mark (U+200F) are allowed text, not control characters: shown, never obeyed.
  awardNote: `<script>alert('note')</script> <img src=x onerror=alert('img')> Hostile fixture for the escaping gate; never published. \u202Efdp.exe\u202C \u200F"quoted" 'single'`,
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
let pages: string[];
const seenAsText = new Set<string>();
let carrying = 0;
try {
  const copy = copyProject(root, join(tmp, "project"));
  const raw = join(copy, "data/raw");
  rmSync(raw, { recursive: true, force: true });
  cpSync(join(root, "tests/fixtures/golden/raw"), raw, { recursive: true });
  cpSync(join(root, "tests/fixtures/hostile/raw"), raw, { recursive: true });
  npmBuild(copy, process.env);
  const dist = join(copy, "dist");

  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  pages = walk(dist).filter((f) => f.endsWith(".html"));
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    // Every hostile string contains "alert(", escaped or not: a page without it carries none of them.
    if (!html.includes("alert(")) continue;
    carrying++;
    const page = relative(dist, file);
    const scan = scanMarkup(html);
    for (const tag of scan.tags) {
      if (tag.name === "script" && (tag.rawText ?? "").includes("alert("))
        problems.push(`${page}: a <script> made of data: ${JSON.stringify((tag.rawText ?? "").slice(0, 80))}`);
      for (const a of tag.attributes) {
        if (a.name.startsWith("on"))
          problems.push(`${page}: <${tag.name} ${a.name}=…> — an event handler made of data`);
        const value = a.value === null ? "" : decodeEntities(a.value);
        if (value.includes("alert(") && !ALL.some((h) => value.includes(h)))
          problems.push(
            `${page}: <${tag.name} ${a.name}="${value.slice(0, 60)}"> holds part of a hostile string: a quote broke out of the attribute`,
          );
      }
    }
    const text = squash(decodeEntities(scan.texts.map((t) => t.text).join("")));
    for (const h of ALL) if (text.includes(squash(h))) seenAsText.add(h);
    if (
      page === "daerah/kota-surakarta/index.html" &&
      !scan.tags.some((t) => t.name === "a" && attributeOf(t, "href") === HOSTILE.awardUrl)
    ) {
      problems.push(
        `${page}: the hostile source URL is not a link target here, so the gate cannot tell whether hrefs are escaped`,
      );
    }
  }
  for (const [name, h] of Object.entries(HOSTILE)) {
    if (!seenAsText.has(h))
      problems.push(
        `hostile ${name} is shown as text on no page, so the gate proves nothing for it (fixture or page changed?)`,
      );
  }
} finally {
  if (process.env.KEEP_TEMP === "1") console.log(`hostile: build kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
for (const p of problems.slice(0, 40)) console.error(p);
if (problems.length > 40) console.error(`… and ${problems.length - 40} more`);
console.log(
  `hostile strings: ${pages.length} pages built from the hostile fixture, ${carrying} carry its strings, ${seenAsText.size} of ${ALL.length} strings shown as text; ${problems.length} problem(s)`,
);
process.exitCode = problems.length > 0 || pages.length === 0 ? 1 : 0;
