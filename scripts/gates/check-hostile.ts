/**
 * Data can never become markup. Builds the whole site from the golden fixture plus one hostile row (a source URL
 * and a note carrying <script> and onerror=) and checks every page: the hostile strings must appear escaped — as
 * text a reader sees — and never as live markup. Fails if any page renders data with set:html.
 *
 * node scripts/gates/check-hostile.ts  (writes only below a temp folder; never touches data/build or dist)
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), "atlas-hostile-"));
const raw = join(tmp, "raw");
cpSync(join(root, "tests/fixtures/golden/raw"), raw, { recursive: true });
cpSync(join(root, "tests/fixtures/hostile/awards-hostile.csv"), join(raw, "awards", "hostile.csv"));
const buildDir = relative(root, join(tmp, "build"));
const dist = join(tmp, "dist");
const run = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
run(["scripts/build-data.ts", "--raw", raw, "--out", buildDir]);
run([join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", dist], { ATLAS_BUILD_DIR: buildDir, ASTRO_TELEMETRY_DISABLED: "1" });

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const pages = walk(dist).filter((f) => f.endsWith(".html"));
const LIVE = [/<script>alert/i, /<img src=x onerror/i, /"><script/i, /onerror=alert/i];
const problems: string[] = [];
let escapedSeen = 0;
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  for (const re of LIVE) if (re.test(html)) problems.push(`${relative(dist, page)}: hostile data rendered as markup (${re})`);
  if (html.includes("&lt;script&gt;alert(") || html.includes("&lt;img src=x onerror")) escapedSeen++;
}
const place = join(dist, "daerah/kota-surakarta/index.html");
if (!readFileSync(place, "utf8").includes("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;") && !readFileSync(place, "utf8").includes("&lt;script&gt;alert('note')&lt;/script&gt;")) {
  problems.push("daerah/kota-surakarta/index.html: the hostile note is not shown at all, so the gate proves nothing — the page must show a record's notes");
}
for (const p of problems) console.error(p);
console.log(`hostile strings: ${pages.length} pages checked, shown escaped on ${escapedSeen}, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
