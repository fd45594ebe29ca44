/**
 * Village-scale benchmark: every village in idn-area-data (83,762) × the 24 indicators ≈ 2 M rows of
 * self-assessment, through read → validate → score, against a bare papaparse parse of the same file.
 *
 *   npm run bench                  full run (3 rounds of each path, interleaved)
 *   npm run bench -- --limit 5000  first 5,000 villages only, for a quick check
 *
 * The values are synthetic (a seeded PRNG, so every run scores the same file) and are written to a fresh temp
 * directory that is deleted afterwards: never to dist/ or the repo, never published. Each measured run is its own
 * child process so its peak RSS belongs to that path alone. The file is written the Indonesian-Excel way (BOM,
 * `;`, decimal commas, CRLF, some empty cells) so the slowest reading rules are the ones timed.
 *
 * The reader is the streaming `createAreaAssessmentReader` (src/method/self-assessment.ts), not the shared parseCsv:
 * parseCsv keeps every row as an object, and at this scale read → validate → score through it measured 3.3–4.0 s
 * and ≈ 1.03 GB peak RSS, over the 1 GB budget. Exit 1 when a target is missed or the counts do not add up.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "d3-array";
import { format } from "d3-format";
import Papa from "papaparse";
import { loadMethod } from "../src/pipeline/read-method.ts";
import { formatProblem } from "../src/core/problems.ts";
import { scoreAssessment } from "../src/method/score.ts";
import { createAreaAssessmentReader } from "../src/method/self-assessment.ts";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const VILLAGES = join(REPO, "node_modules/idn-area-data/data/villages.csv");
const SEED = 20251123;
const ROUNDS = 3;
const CHUNK_BYTES = 1 << 20;
const TARGET = { seconds: 10, rssMB: 1024, ratio: 3 };

interface RunResult {
  seconds: number;
  peakRssMB: number;
  rows: number;
  areas?: number;
  problems?: number;
  bands?: Record<string, number>;
}

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeSyntheticFile(path: string, limit: number): number {
  const method = loadMethod(join(REPO, "data/method"));
  const villages = Papa.parse<{ code: string }>(readFileSync(VILLAGES, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data.slice(0, limit);
  const random = seededRandom(SEED);
  const yes = ["ya", "Ya", "yes", "1"];
  const no = ["tidak", "Tidak", "no", "0"];
  const fd = openSync(path, "w");
  let rows = 0;
  let buffer = "\uFEFFarea_code;indicator_id;value\r\n";
  for (const { code } of villages) {
    for (const ind of method.indicators) {
      const r = random();
      let value = "";
      if (r >= 0.03) {
        // 3 % of cells left empty, as real assessments are incomplete; values spread over the whole range.
        if (ind.kind === "yes-no") value = (random() < 0.7 ? yes : no)[Math.floor(random() * 4)]!;
        else value = (Math.round(random() * 1000) / 10).toFixed(1).replace(".", ",");
      }
      buffer += `${code};${ind.id};${value}\r\n`;
      rows++;
    }
    if (buffer.length > CHUNK_BYTES) {
      writeSync(fd, buffer);
      buffer = "";
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
  return rows;
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
}

/** The reference: read the file and let papaparse split it, nothing else. */
function runBare(path: string): RunResult {
  const start = performance.now();
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(readFileSync(path)), { delimiter: ";" });
  const seconds = (performance.now() - start) / 1000;
  const trailingEmpty = parsed.data.at(-1)?.join("") === "" ? 1 : 0; // the file ends with a line break
  return { seconds, peakRssMB: peakRssMB(), rows: parsed.data.length - 1 - trailingEmpty };
}

/** What a bulk upload costs: load the method, stream-read and validate every cell, score every village. */
function runFull(path: string): RunResult {
  const start = performance.now();
  const method = loadMethod(join(REPO, "data/method"));
  const reader = createAreaAssessmentReader(path, method);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const fd = openSync(path, "r");
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk))
    reader.push(decoder.decode(chunk.subarray(0, n), { stream: true }));
  closeSync(fd);
  reader.push(decoder.decode());
  const { areas, problems, rowsRead } = reader.end();
  const bands: Record<string, number> = {};
  for (const values of areas.values()) {
    const result = scoreAssessment(method, values);
    const band = result.total === null ? "incomplete" : (result.predikat ?? "none");
    bands[band] = (bands[band] ?? 0) + 1;
  }
  const seconds = (performance.now() - start) / 1000;
  for (const p of problems.slice(0, 5)) process.stderr.write(formatProblem(p) + "\n");
  return { seconds, peakRssMB: peakRssMB(), rows: rowsRead, areas: areas.size, problems: problems.length, bands };
}

function measure(mode: "bare" | "full", path: string): RunResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--run", mode, path], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${mode} run failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout) as RunResult;
}

/** 1234.5 → "1,234.50": thousands grouped, a fixed number of decimals (the numbers are never negative). */
const fmt = (n: number, digits = 2) => format(`,.${digits}f`)(n);

function main(args: string[]): number {
  if (args[0] === "--run") {
    const result = args[1] === "bare" ? runBare(args[2]!) : runFull(args[2]!);
    process.stdout.write(JSON.stringify(result));
    return 0;
  }
  const limitAt = args.indexOf("--limit");
  const limit = limitAt === -1 ? Number.POSITIVE_INFINITY : Number(args[limitAt + 1]);
  const dir = mkdtempSync(join(tmpdir(), "kla-bench-"));
  try {
    const path = join(dir, "villages-self-assessment.csv");
    const rows = writeSyntheticFile(path, limit);
    const runs = { bare: [] as RunResult[], full: [] as RunResult[] };
    for (let round = 0; round < ROUNDS; round++) {
      runs.bare.push(measure("bare", path));
      runs.full.push(measure("full", path));
    }
    const full = runs.full[0]!;
    if (full.rows !== rows || full.problems !== 0 || runs.bare.some((r) => r.rows !== rows)) {
      process.stderr.write(
        `rows or problems do not match the generated file: generated ${rows}, read ${full.rows}, problems ${full.problems}\n`,
      );
      return 1;
    }
    const line = (name: string, rs: RunResult[]) => {
      const secs = rs.map((r) => r.seconds);
      return `${name.padEnd(24)}${fmt(median(secs)!).padStart(8)} s  (${fmt(Math.min(...secs))}–${fmt(Math.max(...secs))})${fmt(Math.max(...rs.map((r) => r.peakRssMB)), 0).padStart(8)} MB`;
    };
    const fullSeconds = median(runs.full, (r) => r.seconds)!;
    const ratio = fullSeconds / median(runs.bare, (r) => r.seconds)!;
    const fullRss = Math.max(...runs.full.map((r) => r.peakRssMB));
    const mark = (ok: boolean) => (ok ? "met" : "MISSED");
    process.stdout.write(
      [
        `KLA self-assessment benchmark: ${fmt(full.areas!, 0)} villages × 24 indicators, seed ${SEED}, median of ${ROUNDS} runs each`,
        `file: ${fmt(rows, 0)} rows, ${fmt(statSync(path).size / 1e6, 1)} MB (BOM, ';', decimal commas, CRLF; temp, deleted after)`,
        `${"".padEnd(24)}  median   (min–max)     peak RSS`,
        line("bare papaparse parse", runs.bare),
        line("read → validate → score", runs.full),
        `ratio to bare parse: ${fmt(ratio)}×`,
        Number.isFinite(limit)
          ? "targets: not judged on a --limit run (fixed costs such as loading the method dominate small files)"
          : `targets: ≤ ${TARGET.seconds} s ${mark(fullSeconds <= TARGET.seconds)}, ≤ 1 GB ${mark(fullRss <= TARGET.rssMB)}, ≤ ${TARGET.ratio}× ${mark(ratio <= TARGET.ratio)}`,
        `villages by band: ${Object.entries(full.bands!)
          .sort()
          .map(([k, v]) => `${k} ${fmt(v, 0)}`)
          .join(", ")}`,
        "",
      ].join("\n"),
    );
    const met = fullSeconds <= TARGET.seconds && fullRss <= TARGET.rssMB && ratio <= TARGET.ratio;
    return met || Number.isFinite(limit) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
