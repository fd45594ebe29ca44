import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { InputError } from "../../src/core/problems.ts";
import {
  achievementFor,
  predikatForScore,
  round2,
  scoreAreas,
  scoreAssessment,
  type Method,
  type MethodIndicator,
} from "../../src/method/score.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const method = loadMethod(join(repo, "data/method"));
const fixtures = join(repo, "tests/fixtures/self-assessment");

type Values = Map<string, number | boolean>;
const best = (i: MethodIndicator) => (i.kind === "yes-no" ? true : i.direction === "higher" ? 100 : 0);
const worst = (i: MethodIndicator) => (i.kind === "yes-no" ? false : i.direction === "higher" ? 0 : 100);
const middle = (i: MethodIndicator) => (i.kind === "yes-no" ? i.number % 2 === 0 : (i.floor! + i.target!) / 2);
const valuesOf = (m: Method, pick: (i: MethodIndicator) => number | boolean): Values =>
  new Map(m.indicators.map((i) => [i.id, pick(i)]));

describe("predikatForScore", () => {
  it.each([
    [500, "Pratama"],
    [600, "Pratama"],
    [600.5, "Madya"],
    [1000, "KLA"],
    [499.99, null],
    [0, null],
    [600.01, "Madya"],
    [700, "Madya"],
    [700.01, "Nindya"],
    [800, "Nindya"],
    [800.01, "Utama"],
    [900, "Utama"],
    [900.01, "KLA"],
  ] as const)("%d → %s with the official bands of bands.csv", (score, expected) => {
    expect(predikatForScore(score, method.bands)).toBe(expected);
  });

  it("bands.csv holds the official edges: ≥500, >600, >700, >800, >900", () => {
    expect(method.bands.map(({ predikat, fromScore, fromRule }) => [predikat, fromScore, fromRule])).toEqual([
      ["Pratama", 500, "at-least"],
      ["Madya", 600, "above"],
      ["Nindya", 700, "above"],
      ["Utama", 800, "above"],
      ["KLA", 900, "above"],
    ]);
  });

  it("refuses scores outside the 0–1000 scale instead of banding them", () => {
    for (const bad of [Number.NaN, -0.01, 1000.01, Number.POSITIVE_INFINITY])
      expect(() => predikatForScore(bad, method.bands)).toThrow(RangeError);
  });
});

describe("round2", () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [0.125, 0.13],
    [1.0049999, 1],
    [33.336, 33.34],
    [685.4215, 685.42],
    [152.0955, 152.1],
    [999.995, 1000],
    [0, 0],
  ])("%d → %d", (x, y) => {
    expect(round2(x)).toBe(y);
  });
});

describe("scoreAssessment", () => {
  it("all-best gives exactly 1000 and KLA, every cluster at its maximum", () => {
    const r = scoreAssessment(method, valuesOf(method, best));
    expect(r.total).toBe(1000);
    expect(r.max).toBe(1000);
    expect(r.predikat).toBe("KLA");
    for (const c of r.clusters) expect(c.score).toBe(c.max);
    expect(r.clusters.map((c) => c.id)).toEqual(["K", "I", "II", "III", "IV", "V"]);
  });

  it("all-worst gives 0 and no predikat", () => {
    const r = scoreAssessment(method, valuesOf(method, worst));
    expect(r.total).toBe(0);
    expect(r.predikat).toBeNull();
    expect(r.coverage).toEqual({ present: 24, total: 24 });
  });

  it("missing indicators: total and predikat null, coverage and per-cluster counts right", () => {
    const ids = method.indicators.map((i) => i.id);
    // Drop every k-th indicator for several k, so each cluster loses some in one case or another.
    for (const k of [1, 2, 3, 5, 7, 24]) {
      const kept = new Map([...valuesOf(method, best)].filter((_, n) => n % k !== 0));
      const r = scoreAssessment(method, kept);
      expect(r.total).toBeNull();
      expect(r.predikat).toBeNull();
      expect(r.coverage).toEqual({ present: kept.size, total: 24 });
      expect(r.missing).toEqual(ids.filter((id) => !kept.has(id)));
      for (const c of r.clusters) {
        const inCluster = method.indicators.filter((i) => i.clusterId === c.id);
        const present = inCluster.filter((i) => kept.has(i.id));
        expect(c.present).toBe(present.length);
        expect(c.total).toBe(inCluster.length);
        expect(c.score).toBe(present.length === 0 ? null : round2(present.reduce((s, i) => s + i.maxPoints, 0)));
      }
    }
  });

  it("an empty assessment scores nothing and says every indicator is missing", () => {
    const r = scoreAssessment(method, new Map());
    expect(r.coverage.present).toBe(0);
    expect(r.clusters.every((c) => c.score === null)).toBe(true);
    expect(r.missing).toHaveLength(24);
  });

  it("rejects unknown indicators and values of the wrong kind", () => {
    expect(() => scoreAssessment(method, new Map([["KLA-X-99", 1]]))).toThrow(/unknown indicator/);
    expect(() => scoreAssessment(method, new Map([["KLA-K-01", 1]]))).toThrow(TypeError);
    expect(() => scoreAssessment(method, new Map([["KLA-I-04", true]]))).toThrow(RangeError);
    expect(() => scoreAssessment(method, new Map([["KLA-I-04", 100.5]]))).toThrow(RangeError);
  });

  it("the total is rounded once from unrounded points, not summed from rounded cluster scores", () => {
    // Fixture complete.csv: clusters round to 83.34 + 116.68 + 125.01 + 152.10 + 127.06 + 81.24 = 685.43, but the
    // exact total is 685.4215 → 685.42.
    const out = runScore(join(fixtures, "complete.csv"));
    const json = JSON.parse(out.stdout);
    expect(json.total).toBe(685.42);
    expect(round2(json.clusters.reduce((s: number, c: { score: number }) => s + c.score, 0))).toBe(685.43);
  });
});

describe("a better value never lowers a score (property, every indicator, several baselines)", () => {
  const baselines = { worst, middle, best };
  const grid = Array.from({ length: 2001 }, (_, k) => k / 20); // 0, 0.05, … 100
  for (const ind of method.indicators) {
    it(`${ind.id} (${ind.kind}${ind.direction ? `, ${ind.direction} is better` : ""})`, () => {
      if (ind.kind === "yes-no") {
        expect(achievementFor(ind, true)).toBe(1);
        expect(achievementFor(ind, false)).toBe(0);
      } else {
        // Worse to better: ascending values when higher is better, descending when lower is better.
        const edges = [ind.floor!, ind.target!]
          .flatMap((e) => [e - 1e-9, e, e + 1e-9])
          .filter((v) => v >= 0 && v <= 100);
        const values = [...grid, ...edges].sort((a, b) => a - b);
        const ordered = ind.direction === "higher" ? values : values.reverse();
        expect(achievementFor(ind, ind.floor!)).toBe(0);
        expect(achievementFor(ind, ind.target!)).toBe(1);
        let previous = -1;
        for (const v of ordered) {
          const a = achievementFor(ind, v);
          expect(a).toBeGreaterThanOrEqual(previous);
          expect(a >= 0 && a <= 1).toBe(true);
          previous = a;
        }
      }
      for (const [name, pick] of Object.entries(baselines)) {
        const candidates: (number | boolean)[] =
          ind.kind === "yes-no"
            ? [false, true]
            : (ind.direction === "higher" ? grid : [...grid].reverse()).filter((_, k) => k % 10 === 0);
        let previousTotal = -1;
        let previousCluster = -1;
        for (const v of candidates) {
          const values = valuesOf(method, pick);
          values.set(ind.id, v);
          const r = scoreAssessment(method, values);
          const cluster = r.clusters.find((c) => c.id === ind.clusterId)!.score!;
          expect(r.total!, `${name} baseline, value ${v}`).toBeGreaterThanOrEqual(previousTotal);
          expect(cluster).toBeGreaterThanOrEqual(previousCluster);
          previousTotal = r.total!;
          previousCluster = cluster;
        }
      }
    });
  }
});

describe("scoreAreas (build time)", () => {
  const obs = (
    seriesId: string,
    value: number,
    areaCode = "53",
    year = 2022,
    areaLevel: "province" | "national" | "kabkota" = "province",
  ) => ({ seriesId, value, areaCode, year, areaLevel });

  it("averages same-priority series, falls back by priority, inverts, and notes why", () => {
    const { achievements } = scoreAreas(method, [
      obs("sanitasi_layak_rt", 80),
      obs("air_minum_layak_rt", 90),
      obs("akta_lahir_0_6", 70),
      obs("akta_lahir_0_17", 85),
      obs("persalinan_non_faskes", 12.5),
      obs("sanitasi_layak_rt", 60, "53", 2023),
      obs("akta_lahir_0_6", 70, "53", 2023),
    ]);
    const get = (year: number, id: string) => achievements.find((a) => a.year === year && a.indicator_id === id)!;
    expect(get(2022, "KLA-III-15")).toMatchObject({
      value: 85,
      series: "sanitasi_layak_rt+air_minum_layak_rt",
      note: "",
    });
    expect(get(2022, "KLA-I-04")).toMatchObject({ value: 85, series: "akta_lahir_0_17", relation: "direct" });
    expect(get(2022, "KLA-III-11")).toMatchObject({ value: 87.5, achievement: 0.875, relation: "direct" });
    expect(get(2023, "KLA-III-15").note).toMatch(/^partial: sanitasi_layak_rt alone, air_minum_layak_rt missing/);
    expect(get(2023, "KLA-I-04")).toMatchObject({
      relation: "proxy",
      note: "fallback: akta_lahir_0_6 stands in for missing akta_lahir_0_17",
    });
  });

  it("gives every cluster a row with coverage, sorted by level, code, year, cluster", () => {
    const { scores } = scoreAreas(method, [
      obs("stunting_balita", 21.6, "ID", 2022, "national"),
      obs("stunting_balita", 35.3, "53", 2022),
      obs("stunting_balita", 20, "11", 2023),
      obs("stunting_balita", 24, "11", 2021),
      obs("idl_12_23_bps", 60, "72"),
    ]);
    const keys = scores.map((s) => `${s.area_level}/${s.area_code}/${s.year}/${s.cluster}`);
    expect(keys.filter((k) => k.endsWith("/K"))).toEqual([
      "national/ID/2022/K",
      "province/11/2021/K",
      "province/11/2023/K",
      "province/53/2022/K",
    ]);
    expect(keys.slice(0, 6).map((k) => k.split("/")[3])).toEqual(["K", "I", "II", "III", "IV", "V"]);
    const iii = scores.find((s) => s.area_code === "53" && s.cluster === "III")!;
    expect(iii).toMatchObject({ score: 0, present: 1, total: 6, max: 250.02, method_version: method.version });
    expect(scores.find((s) => s.area_code === "53" && s.cluster === "K")).toMatchObject({
      score: null,
      present: 0,
      total: 3,
    });
    expect(scores.some((s) => s.area_code === "72")).toBe(false); // context series only: not scored
  });

  it("throws on unknown series, out-of-range values and conflicting duplicates, accepts identical duplicates", () => {
    expect(() => scoreAreas(method, [obs("no_such_series", 10)])).toThrow(InputError);
    expect(() => scoreAreas(method, [obs("stunting_balita", 120)])).toThrow(/expected a percent 0–100/);
    expect(() => scoreAreas(method, [obs("stunting_balita", 20), obs("stunting_balita", 21)])).toThrow(/two values/);
    expect(scoreAreas(method, [obs("stunting_balita", 20), obs("stunting_balita", 20)]).achievements).toHaveLength(1);
  });
});

// ---- the CLI, spawned with the same Node that runs the tests ----

function runScore(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repo, "scripts/score.ts"), ...args], { encoding: "utf8", cwd: repo });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run score", () => {
  const tmp = mkdtempSync(join(tmpdir(), "kla-score-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("scores a complete comma file to the exact JSON shape", () => {
    const r = runScore(join(fixtures, "complete.csv"));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      total: 685.42,
      max: 1000,
      predikat: "Madya",
      coverage: { present: 24, total: 24 },
      clusters: [
        { id: "K", score: 83.34, max: 125.01, present: 3, total: 3 },
        { id: "I", score: 116.68, max: 125.01, present: 3, total: 3 },
        { id: "II", score: 125.01, max: 166.68, present: 4, total: 4 },
        { id: "III", score: 152.1, max: 250.02, present: 6, total: 6 },
        { id: "IV", score: 127.06, max: 166.64, present: 4, total: 4 },
        { id: "V", score: 81.24, max: 166.64, present: 4, total: 4 },
      ],
    });
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["total", "max", "predikat", "coverage", "clusters"]);
  });

  it("reads `;`, decimal commas, a BOM, CRLF, blank lines and extra columns; partial → total null", () => {
    const r = runScore(join(fixtures, "partial-semicolon.csv"));
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ total: null, predikat: null, coverage: { present: 6, total: 24 } });
    expect(json.clusters.map((c: { score: number | null }) => c.score)).toEqual([
      41.67,
      36.46,
      41.67,
      61.42,
      null,
      null,
    ]);
  });

  it("gives the same result for the same answers written the Indonesian-Excel way", () => {
    const rows = Papa.parse<string[]>(readFileSync(join(fixtures, "complete.csv"), "utf8").trim()).data;
    const withDecimalCommas = rows.map((cells) => cells.map((cell, k) => (k === 5 ? cell.replace(".", ",") : cell)));
    const excel = "\uFEFF" + Papa.unparse(withDecimalCommas, { delimiter: ";", newline: "\r\n" }) + "\r\n";
    expect(excel).toContain(";18,2\r\n");
    const path = join(tmp, "excel.csv");
    writeFileSync(path, excel);
    expect(runScore(path).stdout).toBe(runScore(join(fixtures, "complete.csv")).stdout);
  });

  it.each([
    ["bad-unknown-indicator.csv", 4, 'unknown indicator "KLA-VI-25", expected one of'],
    ["bad-out-of-range.csv", 3, "KLA-I-04 value 120 is out of range, expected a percent 0–100"],
    ["bad-yes-no.csv", 3, 'KLA-K-01 value "mungkin" is not yes or no, expected ya, tidak, yes, no, 1 or 0'],
    ["bad-duplicate.csv", 4, "KLA-I-04 appears again (first on line 2), expected each indicator once"],
    ["bad-missing-column.csv", 1, "missing column(s) value, expected a header with indicator_id,value"],
    ["bad-not-a-number.csv", 2, 'KLA-III-12 value "n/a" is not a number, expected a percent 0–100'],
  ])("%s → exit 1 with path:%d: message", (file, line, message) => {
    const path = join(fixtures, file);
    const r = runScore(path);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${path}:${line}: ${message}`);
  });

  it("counts physical lines through CRLF and blank lines in a `;` file", () => {
    const path = join(tmp, "bad-semicolon.csv");
    writeFileSync(path, "\uFEFFindicator_id;value\r\nKLA-I-04;87,5\r\n\r\nKLA-II-07;101,5\r\n");
    const r = runScore(path);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`${path}:4: KLA-II-07 value 101,5 is out of range, expected a percent 0–100`);
  });

  it("a missing file is exit 1 with the path; wrong usage is exit 2", () => {
    expect(runScore(join(tmp, "nope.csv"))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("nope.csv: cannot read the file (ENOENT)"),
    });
    expect(runScore().status).toBe(2);
  });

  it("--template prints the 24-row template", () => {
    const r = runScore("--template");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("indicator_id,cluster,indicator_name,kind,direction,value");
    expect(r.stdout.trim().split("\n")).toHaveLength(25);
  });
});
