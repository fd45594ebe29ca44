/**
 * The chart catalogue over the golden fixture: stable, unique, URL-safe ids shared by both languages; every chart
 * drawn once, with sources, and a CSV that is its table; snippets that escape what they carry and pin the release.
 */
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/charts/types.ts";
import { PNG_KINDS, catalogChart, chartCatalog, chartIds } from "../../src/publish/chart-catalog.ts";
import {
  assertReleaseVersion,
  chartFilePath,
  embedHeight,
  embedPath,
  embedSnippet,
  pinnedEmbedPath,
  tableCsv,
  wrapText,
} from "../../src/publish/chart-files.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { seriesSummaries } from "../../src/views/indicator-views.ts";
import { rankedSeries, rankingYearsOf } from "../../src/views/kabkota-rankings.ts";
import { ROOT } from "./helpers.ts";

const build = () =>
  runPipeline({
    files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
    gazetteer: loadGazetteer(ROOT),
    method: loadMethod(join(ROOT, "data/method")),
    version: "2026.11.0",
  }).data!;
const d = build();
const id = chartCatalog(d, "id");
const en = chartCatalog(d, "en");

describe("chart catalogue ids", () => {
  it("are unique, URL-safe, and the same list in both languages", () => {
    const ids = id.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of ids) expect(i).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(en.map((c) => c.id)).toEqual(ids);
  });

  it("are stable: the same ids, in the same order, from a fresh artefact", () => {
    expect(chartCatalog(build(), "id").map((c) => c.id)).toEqual(id.map((c) => c.id));
    // Ids readers have pasted into other sites: changing one breaks their embeds.
    expect(id.slice(0, 3).map((c) => c.id)).toEqual(["predikat-per-putaran", "cakupan-per-putaran", "peta-predikat"]);
    expect(catalogChart(d, "id", "daerah-kota-kupang-predikat").idPath).toBe("/daerah/kota-kupang/");
    expect(catalogChart(d, "id", "provinsi-jawa-timur-predikat").idPath).toBe("/provinsi/jawa-timur/");
    expect(chartIds.indicator("stunting_balita", "kabkota")).toBe("indikator-stunting-balita-kabkota");
  });

  it("publish every place's predikat over the rounds, and a chart for every province with per-place data", () => {
    expect(
      id
        .filter((c) => c.kind === "place")
        .map((c) => c.id)
        .sort(),
    ).toEqual(d.places.map((p) => chartIds.place(p.slug)).sort());
    const provinces = id.filter((c) => c.kind === "province");
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.map((c) => c.idPath)).toEqual(
      provinces.map((c) => `/provinsi/${c.id.replace(/^provinsi-|-predikat$/g, "")}/`),
    );
    expect(id.some((c) => c.kind === "indicator")).toBe(true);
  });

  it("publish a value tile map for exactly the series with kab/kota values, on the series' page", () => {
    const withKabkota = seriesSummaries(d).filter((x) => x.levels.includes("kabkota"));
    expect(withKabkota.length).toBeGreaterThan(0);
    const maps = id.filter((c) => c.id.endsWith("-peta") && c.kind === "indicator");
    expect(maps.map((c) => c.id)).toEqual(withKabkota.map((x) => chartIds.indicatorMap(x.id)));
    expect(maps.map((c) => c.idPath)).toEqual(withKabkota.map((x) => `/indikator/${x.id}/`));
    expect(chartIds.indicatorMap("stunting_balita")).toBe("indikator-stunting-balita-peta");
    for (const c of maps) expect(c.published().chart.svg).toContain('role="img"');
  });

  it("publish each other year's kab/kota distribution of a ranked series on that year's ranking page", () => {
    const years = id.filter((c) => /-kabkota-\d{4}$/.test(c.id));
    const expected = rankedSeries(d).flatMap((s) => {
      const { years: all, main } = rankingYearsOf(s);
      return all.filter((y) => y !== main).map((y) => ({ id: chartIds.indicatorYear(s.id, y), s, y }));
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(years.map((c) => c.id)).toEqual(expected.map((e) => e.id));
    for (const { id: chartId, s, y } of expected) {
      const c = catalogChart(d, "id", chartId);
      expect(c.idPath).toBe(`/peringkat/indikator/${s.id}/${y}/`);
      expect(c.anchor).toBe("dist-kabkota");
      expect(c.published().chart.title).toContain(String(y));
    }
    expect(chartIds.indicatorYear("stunting_balita", 2021)).toBe("indikator-stunting-balita-kabkota-2021");
  });

  it("render a build-time PNG only for national, province and indicator charts", () => {
    for (const c of id) expect(c.png).toBe(PNG_KINDS.has(c.kind));
    expect(id.filter((c) => c.kind === "place").every((c) => !c.png)).toBe(true);
  });

  it("throw for an id the catalogue does not hold", () => {
    expect(() => catalogChart(d, "id", "daerah-tidak-ada-predikat")).toThrow(
      /no chart with id daerah-tidak-ada-predikat/,
    );
  });
});

describe("every catalogue chart", () => {
  const sample = [...id.filter((c) => c.kind !== "place"), ...id.filter((c) => c.kind === "place").slice(0, 40)];

  it("is drawn once and then reused", () => {
    const c = catalogChart(d, "en", chartIds.rounds);
    expect(c.published()).toBe(c.published());
  });

  it.each(sample.map((c) => [c.id, c] as const))("%s has sources and a CSV that is its table", (_id, c) => {
    const { chart, sources } = c.published();
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.label.trim()).not.toBe("");
      expect(s.href).toMatch(/^(https?:\/\/|\/)/);
    }
    const csv = tableCsv(chart.table);
    expect(csv.endsWith("\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false }).data;
    expect(parsed[0]).toEqual(chart.table.columns.map((col) => col.label));
    expect(parsed.slice(1)).toEqual(chart.table.rows.map((row) => row.map(cellText)));
    expect(tableCsv(chart.table)).toBe(csv);
  });
});

describe("files and snippets", () => {
  it("put the language in the path and the release in the pinned URL", () => {
    expect(chartFilePath("id", "peta-predikat", "svg")).toBe("/grafik/peta-predikat.svg");
    expect(chartFilePath("en", "peta-predikat", "png")).toBe("/en/grafik/peta-predikat.png");
    expect(embedPath("en", "peta-predikat")).toBe("/en/embed/peta-predikat/");
    expect(pinnedEmbedPath("id", "2026.11.0", "peta-predikat")).toBe("/v/2026.11.0/embed/peta-predikat/");
    expect(pinnedEmbedPath("en", "2026.11.0", "peta-predikat")).toBe("/v/2026.11.0/en/embed/peta-predikat/");
    expect(() => assertReleaseVersion("../2026")).toThrow(/cannot be part of a URL/);
    expect(() => assertReleaseVersion("2026 11")).toThrow(/cannot be part of a URL/);
  });

  const options = {
    lang: "id" as const,
    sources: [
      { label: `kompas.com "<b>"`, href: "https://example.org/a?x=1&y=2" },
      { label: "awards.csv", href: "/data/awards.csv" },
    ],
    moreSources: 2,
    version: "2026.11.0",
    pageUrl: "https://atlas.example/daerah/kota-a/#timeline",
    absolute: (path: string) => new URL(path, "https://atlas.example").href,
    title: `Kota "A" <script>alert(1)</script> & B`,
    height: 620,
  };

  it("escape the title and every source, so the pasted HTML carries no markup of the data", () => {
    const html = embedSnippet({
      ...options,
      src: "https://atlas.example/embed/daerah-kota-a-predikat/",
      pinned: false,
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain(`title="Kota &quot;A&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; B"`);
    expect(html).toContain(`href="https://example.org/a?x=1&amp;y=2"`);
    expect(html).toContain(`kompas.com &quot;&lt;b&gt;&quot;`);
  });

  it("give the iframe a title, full width, a height and lazy loading, and a plain credit with absolute links below it", () => {
    const html = embedSnippet({
      ...options,
      src: "https://atlas.example/v/2026.11.0/embed/daerah-kota-a-predikat/",
      pinned: true,
    });
    const [iframe, credit] = html.split("\n");
    expect(iframe).toMatch(
      /^<iframe src="https:\/\/atlas\.example\/v\/2026\.11\.0\/embed\/daerah-kota-a-predikat\/" title="[^"]+" width="100%" height="620" loading="lazy"/,
    );
    expect(credit).toMatch(/^<p>Sumber: /);
    expect(credit).toContain(`<a href="https://atlas.example/data/awards.csv">awards.csv</a>`);
    expect(credit).toContain(`<a href="https://atlas.example/daerah/kota-a/#timeline">`);
    expect(credit).toContain("dikunci pada rilis data 2026.11.0");
    expect(credit).toContain("(dan 2 sumber lain di halaman grafik)");
  });

  it("size the frame from the chart", () => {
    const { chart } = catalogChart(d, "id", chartIds.rounds).published();
    expect(embedHeight(chart) % 10).toBe(0);
    expect(embedHeight(chart)).toBeGreaterThan(600);
  });

  it("wrap long SVG text at word boundaries", () => {
    // 60 px at 10 px × 0.5 em: 12 characters a line; a longer word keeps a line of its own, never split.
    expect(wrapText("satu dua tiga empat lima enam", 60, 10, 0.5)).toEqual(["satu dua", "tiga empat", "lima enam"]);
    expect(wrapText("a kabupatenkotalayakanak b", 60, 10, 0.5)).toEqual(["a", "kabupatenkotalayakanak", "b"]);
    expect(wrapText("", 100, 10)).toEqual([]);
  });
});
