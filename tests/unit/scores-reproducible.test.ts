/**
 * Every kab/kota score is reproducible from the published files alone: indicators.csv (value, scored), the method
 * files (method/series.csv, method/indicators.csv, method/regulation-rules.csv) and regulations.csv → value scored →
 * achievement → points → cluster score, compared with indicator-achievements.csv and scores.csv. The files are the
 * ones `npm run build:data` writes from the real data/raw (run here with --out into a temporary folder, so the test
 * reads a downloads folder exactly as dist/data/ serves it). The arithmetic is written out again on purpose (not
 * imported from src/method/score.ts), so a bug in the engine cannot pass by agreeing with itself. Only the regulation
 * rules' reading of the facts is imported. Then the methodology page's worked example (src/views/worked-example.ts):
 * every cell it prints equals the row of the published file it names, and its arithmetic gives those rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsvText } from "../../src/core/csv-read.ts";
import { regulationAnswer, type RegulationRule } from "../../src/method/regulation-rules.ts";
import type { SiteData } from "../../src/pipeline/artefact.ts";
import { exact, workedExample, type CsvExcerpt } from "../../src/views/worked-example.ts";
import { buildRawFolder, runScript, tempDir } from "./helpers.ts";

type Row = Record<string, string>;
const downloads = join(tempDir("reproducible"), "build");
const text = (name: string) => readFileSync(join(downloads, "downloads", name), "utf8");
const rowsOf = (name: string): Row[] => parseCsvText(name, text(name)).table!.rows.map((r) => r.values as Row);
const method = (name: string): Row[] => rowsOf(`method/${name}`);
const round = (x: number, scale: number) => Math.round(Number((x * scale).toPrecision(15))) / scale;

let published: Record<string, Row[]>;
beforeAll(() => {
  const r = runScript("build-data.ts", ["--out", downloads]);
  expect(r.status, r.stderr).toBe(0);
  published = Object.fromEntries(
    ["indicators.csv", "indicator-achievements.csv", "scores.csv", "regulations.csv"].map((n) => [n, rowsOf(n)]),
  );
}, 120_000);

describe("kab/kota scores recomputed from the published CSVs", () => {
  it("value → achievement → points for every percent indicator, and value → points for indicator 1", () => {
    const indicators = new Map(method("indicators.csv").map((i) => [i.indicator_id!, i]));
    const links = method("series.csv").filter((s) => s.indicator_id !== "" && s.priority !== "");
    // series value per area and year, from the rows marked scored (two sources with equal values count once)
    const values = new Map<string, number>();
    for (const v of published["indicators.csv"]!) {
      if (v.area_level === "kabkota" && v.scored === "true")
        values.set(`${v.area_code}|${v.year}|${v.indicator_id}`, Number(v.value));
    }
    const expected = new Map<string, { value: number; points: number; achievement: number }>();
    const areaYears = new Set([...values.keys()].map((k) => k.split("|").slice(0, 2).join("|")));
    for (const ay of areaYears) {
      for (const [id, ind] of indicators) {
        const present = links.filter((l) => l.indicator_id === id && values.has(`${ay}|${l.series_id}`));
        if (present.length === 0) continue;
        const best = Math.min(...present.map((l) => Number(l.priority)));
        const used = present.filter((l) => Number(l.priority) === best);
        const value =
          used.reduce(
            (s, l) =>
              s +
              (l.inverted === "yes" ? 100 - values.get(`${ay}|${l.series_id}`)! : values.get(`${ay}|${l.series_id}`)!),
            0,
          ) / used.length;
        const floor = Number(ind.floor),
          target = Number(ind.target);
        const achievement = Math.min(1, Math.max(0, (value - floor) / (target - floor)));
        expected.set(`${ay}|${id}`, { value, achievement, points: achievement * Number(ind.max_points) });
      }
    }
    // Indicator 1 from regulations.csv through the method's rules, for the years that hold kab/kota data.
    const rules: RegulationRule[] = method("regulation-rules.csv").map((r) => ({
      indicatorId: r.indicator_id!,
      regulationStatus: r.regulation_status!,
      kind: r.kind!,
      topic: r.topic!,
      answer: r.answer === "yes",
      delayYears: Number(r.delay_years),
      status: "assumed",
      note: "",
    }));
    const years = [...new Set([...areaYears].map((ay) => Number(ay.split("|")[1])))];
    const facts = new Map<
      string,
      { status: string; kind: string; topic: string; year: number; number: string; rawRef: string }[]
    >();
    for (const r of published["regulations.csv"]!)
      facts.set(r.place_code!, [
        ...(facts.get(r.place_code!) ?? []),
        { status: r.status!, kind: r.kind!, topic: r.topic!, year: Number(r.year), number: r.number!, rawRef: "" },
      ]);
    for (const [place, fs] of facts) {
      for (const year of years) {
        const a = regulationAnswer(fs, rules, "KLA-K-01", year);
        if (a)
          expected.set(`${place}|${year}|KLA-K-01`, {
            value: a.answer ? 1 : 0,
            achievement: a.answer ? 1 : 0,
            points: a.answer ? Number(indicators.get("KLA-K-01")!.max_points) : 0,
          });
      }
    }

    const achievements = published["indicator-achievements.csv"]!.filter((a) => a.area_level === "kabkota");
    expect(achievements.map((a) => `${a.area_code}|${a.year}|${a.indicator_id}`).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const a of achievements) {
      const e = expected.get(`${a.area_code}|${a.year}|${a.indicator_id}`)!;
      expect(
        [Number(a.value), Number(a.achievement), Number(a.points)],
        `${a.area_code} ${a.year} ${a.indicator_id}`,
      ).toEqual([round(e.value, 100), round(e.achievement, 10000), round(e.points, 100)]);
    }

    // points → cluster score: the sum of unrounded points, rounded once; present and max from the method
    const clusterOf = new Map([...indicators].map(([id, i]) => [id, i.cluster_id!]));
    const sums = new Map<string, { score: number; present: number }>();
    for (const [k, e] of expected) {
      const [place, year, id] = k.split("|");
      const key = `${place}|${year}|${clusterOf.get(id!)}`;
      const s = sums.get(key) ?? { score: 0, present: 0 };
      sums.set(key, { score: s.score + e.points, present: s.present + 1 });
    }
    const scores = published["scores.csv"]!.filter((s) => s.area_level === "kabkota");
    expect(scores.length).toBeGreaterThan(2000);
    for (const s of scores) {
      const e = sums.get(`${s.area_code}|${s.year}|${s.cluster}`);
      const max = [...indicators.values()]
        .filter((i) => i.cluster_id === s.cluster)
        .reduce((m, i) => m + Number(i.max_points), 0);
      expect(
        [s.score === "" ? null : Number(s.score), Number(s.present), Number(s.max)],
        `${s.area_code} ${s.year} ${s.cluster}`,
      ).toEqual([e ? round(e.score, 100) : null, e?.present ?? 0, round(max, 100)]);
    }
  });

  it("cover at least 500 kab/kota with three or more indicators scored from their latest data, and never score the context series", () => {
    const latest = new Map<string, Set<string>>();
    for (const a of published["indicator-achievements.csv"]!) {
      if (a.area_level === "kabkota")
        latest.set(a.area_code!, (latest.get(a.area_code!) ?? new Set()).add(a.indicator_id!));
    }
    expect([...latest.values()].filter((ids) => ids.size >= 3).length).toBeGreaterThanOrEqual(500);
    const series = published["indicator-achievements.csv"]!.flatMap((a) => a.series!.split("+"));
    for (const context of ["melahirkan_pertama_bawah_20", "wasting_balita", "underweight_balita"])
      expect(series).not.toContain(context);
    expect(
      published["indicator-achievements.csv"]!.filter((a) => a.indicator_id === "KLA-II-07").every(
        (a) => a.series === "perkawinan_anak_sdg531",
      ),
    ).toBe(true);
  });

  it("keep the 16 doubtful SSGI 2024 rows and the conflicting values, shown and not scored", () => {
    const rows = published["indicators.csv"]!;
    const doubtful = rows.filter((v) => v.doubtful === "true");
    expect(doubtful).toHaveLength(16);
    expect(
      doubtful.every(
        (v) =>
          v.indicator_id === "stunting_balita" &&
          v.year === "2024" &&
          ["94", "95"].includes(v.area_code!.slice(0, 2)) &&
          v.scored === "false",
      ),
    ).toBe(true);
    const mataram = rows.filter(
      (v) => v.indicator_id === "stunting_balita" && v.year === "2024" && v.area_code === "52.71",
    );
    expect(mataram.map((v) => [v.value, v.conflict, v.scored]).sort()).toEqual([
      ["23.3", "true", "false"],
      ["23.5", "true", "false"],
    ]);
    const muaroJambi2023 = rows
      .filter((v) => v.indicator_id === "stunting_balita" && v.year === "2023" && v.area_code === "15.05")
      .map((v) => v.value)
      .sort();
    expect(muaroJambi2023).toEqual(["12", "12.5"]);
  });
});

describe("the methodology page's worked example", () => {
  let d: SiteData;
  beforeAll(() => {
    d = buildRawFolder("data/raw");
  }, 120_000);
  /** The published file's row at the excerpt's line, by column: what a reader finds opening the file. */
  const tables = new Map<string, Map<number, Row>>();
  const lineOf = (e: CsvExcerpt): Row => {
    const byLine =
      tables.get(e.file) ??
      new Map(parseCsvText(e.file, text(e.file)).table!.rows.map((r) => [r.line, r.values as Row]));
    tables.set(e.file, byLine);
    return byLine.get(e.line)!;
  };
  const cell = (e: CsvExcerpt, column: string) => e.cells.find(([c]) => c === column)![1];

  it("is the kab/kota and year with the most indicators scored (first code, then latest year), with indicator 1", () => {
    const ex = workedExample(d)!;
    const count = new Map<string, number>();
    for (const a of published["indicator-achievements.csv"]!)
      if (a.area_level === "kabkota")
        count.set(`${a.area_code}|${a.year}`, (count.get(`${a.area_code}|${a.year}`) ?? 0) + 1);
    const most = Math.max(...count.values());
    const first = [...count]
      .filter(([, n]) => n === most)
      .map(([k]) => k)
      .sort()[0]!
      .split("|")[0];
    const years = [...count]
      .filter(([k, n]) => n === most && k.startsWith(`${first}|`))
      .map(([k]) => Number(k.split("|")[1]));
    expect([ex.placeCode, ex.year, ex.present]).toEqual([first, Math.max(...years), most]);
    expect(ex.present).toBeGreaterThanOrEqual(3);
    expect(ex.indicators.map((w) => w.indicator.id)).toContain("KLA-K-01");
  });

  it("prints cells that equal the rows of the files it names, at the lines it names", () => {
    const ex = workedExample(d)!;
    const excerpts = [
      ...ex.indicators.flatMap((w) => [...w.inputs, w.published]),
      ...ex.clusters.map((c) => c.published),
    ];
    expect(excerpts.length).toBeGreaterThan(ex.present * 2);
    for (const e of excerpts) {
      const row = lineOf(e);
      for (const [column, value] of e.cells) expect(value, `${e.file}:${e.line} ${column}`).toBe(row[column]);
      expect(row.area_code ?? row.place_code).toBe(ex.placeCode);
    }
  });

  it("redoes each step: value as published → value scored → achievement → points → cluster score, as the CSV rounds them", () => {
    const ex = workedExample(d)!;
    for (const w of ex.indicators) {
      for (const s of w.series) {
        const input = w.inputs.find((i) => cell(i, "indicator_id") === s.seriesId)!;
        expect(String(s.value)).toBe(cell(input, "value"));
        expect(s.scored).toBe(s.link.inverted ? 100 - s.value : s.value);
      }
      expect(round(w.value, 100)).toBe(Number(cell(w.published, "value")));
      expect(round(w.achievement, 10000)).toBe(Number(cell(w.published, "achievement")));
      expect(round(w.points, 100)).toBe(Number(cell(w.published, "points")));
      expect(String(w.indicator.maxPoints)).toBe(cell(w.published, "max"));
    }
    for (const c of ex.clusters) {
      const score = cell(c.published, "score");
      expect(c.sum === null ? "" : String(round(c.sum, 100))).toBe(score);
      expect([String(c.max), String(c.indicatorIds.length), String(c.total)]).toEqual([
        cell(c.published, "max"),
        cell(c.published, "present"),
        cell(c.published, "total"),
      ]);
    }
    // The inverted series and the averaged pair are in the example, so the page shows both rules at work.
    expect(ex.indicators.some((w) => w.series.some((s) => s.link.inverted))).toBe(true);
    expect(ex.indicators.some((w) => w.series.length > 1)).toBe(true);
  });

  it("writes numbers for a spreadsheet: exact when short, cut with an ellipsis otherwise", () => {
    expect(exact(95.2)).toBe("95.2");
    expect(exact(3.7 / 16.8)).toBe("0.220238…");
    expect(exact(41.67)).toBe("41.67");
  });
});
