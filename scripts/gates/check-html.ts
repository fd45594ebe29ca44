/**
 * npm run gate:html [-- dist] — every built page through html-validate with .htmlvalidate.mjs: valid HTML, the
 * recommended and whole-document rules, and the site's Content-Security-Policy rules (CSP meta, no inline
 * handlers, scripts only from this site). Every page, not a sample: markup depends on data (an empty list, a
 * missing value), so one profile being valid says little about the other 513.
 * html-validate needs ~50 ms for a 50 KB page, ~1 min for the site on one core, so pages are split over worker
 * threads (one per core, at most 4). Exit 1 listing each problem as `dist/PAGE:LINE:COL rule: message`.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { rollup } from "d3-array";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import config from "../../.htmlvalidate.mjs";

interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

async function validate(files: string[]): Promise<Finding[]> {
  // The project's config, loaded explicitly: a build checked outside the repository (a temp folder) gets the same
  // rules instead of whatever html-validate finds, or does not find, above that folder.
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const findings: Finding[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) {
      for (const m of r.messages)
        findings.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
    }
  }
  return findings;
}

if (!isMainThread) {
  parentPort!.postMessage(await validate(workerData as string[]));
} else {
  const dist = process.argv[2] ?? "dist";
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const pages = walk(dist)
    .filter((f) => f.endsWith(".html"))
    .map((f) => resolve(f));
  const workers = Math.max(1, Math.min(4, availableParallelism(), Math.ceil(pages.length / 50)));
  // Interleaved, not in blocks: big pages (rankings, indicators) sit together in the tree.
  const chunks = Array.from({ length: workers }, (_, w) => pages.filter((_, i) => i % workers === w));
  const started = performance.now();
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Finding[]>((done, fail) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: chunk });
          worker.once("message", done);
          worker.once("error", fail);
          worker.once("exit", (code) => code !== 0 && fail(new Error(`html-validate worker exited with ${code}`)));
        }),
    ),
  );
  const findings = results
    .flat()
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const LIMIT = 60;
  for (const f of findings.slice(0, LIMIT))
    console.error(`${relative(process.cwd(), f.file)}:${f.line}:${f.column} ${f.rule}: ${f.message}`);
  if (findings.length > LIMIT) console.error(`… and ${findings.length - LIMIT} more`);
  const byRule = rollup(
    findings,
    (fs) => fs.length,
    (f) => f.rule,
  );
  const rules = [...byRule]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ×${n}`)
    .join(", ");
  const badPages = new Set(findings.map((f) => f.file)).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `html: ${pages.length} pages validated (html-validate recommended + document + CSP rules, ${workers} workers, ${seconds} s), ${findings.length} problem(s) on ${badPages} page(s)${rules ? `: ${rules}` : ""}`,
  );
  process.exitCode = findings.length > 0 || pages.length === 0 ? 1 : 0;
}
