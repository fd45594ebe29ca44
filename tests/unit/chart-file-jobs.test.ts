/**
 * The chart files written beside the Astro build (scripts/render-files.ts, src/publish/chart-file-jobs.ts): an SVG and
 * a CSV for every catalogue chart in both languages, at the addresses the chart's share links and embed page name,
 * each saying what that chart says.
 */
import { describe, expect, it } from "vitest";
import { chartCatalog } from "../../src/publish/chart-catalog.ts";
import { chartFileJobs } from "../../src/publish/chart-file-jobs.ts";
import { chartFilePath, tableCsv } from "../../src/publish/chart-files.ts";
import { withBase } from "../../src/i18n/index.ts";
import { buildRawFolder } from "./helpers.ts";

const d = buildRawFolder("tests/fixtures/golden/raw");
const files = chartFileJobs(d, new URL("https://atlas.example/"));
const byPath = new Map(files.map((f) => [withBase(`/${f.path}`), f.text]));

describe("chart files", () => {
  it("an SVG and a CSV for every catalogue chart in both languages, where its links point, each once", () => {
    expect(byPath.size).toBe(files.length);
    const expected = (["id", "en"] as const).flatMap((lang) =>
      chartCatalog(d, lang).flatMap((c) => [chartFilePath(lang, c.id, "svg"), chartFilePath(lang, c.id, "csv")]),
    );
    expect([...byPath.keys()]).toEqual(expected);
    expect(expected).toContain(withBase("/grafik/daerah-kota-kupang-predikat.svg"));
    expect(expected).toContain(withBase("/en/grafik/daerah-kota-kupang-predikat.csv"));
  });

  it("the SVG stands alone: its own title, the release and the chart's address on the public origin", () => {
    const entry = chartCatalog(d, "en").find((c) => c.id === "daerah-kota-kupang-predikat")!;
    const svg = byPath.get(withBase("/en/grafik/daerah-kota-kupang-predikat.svg"))!;
    expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`data release ${d.version}`);
    expect(svg).toContain("https://atlas.example/");
    expect(svg).toContain(entry.published().chart.title.replace(/&/g, "&amp;"));
  });

  it("the CSV is the chart's table in the file's language", () => {
    for (const lang of ["id", "en"] as const) {
      const entry = chartCatalog(d, lang).find((c) => c.id === "daerah-kota-kupang-predikat")!;
      expect(byPath.get(chartFilePath(lang, entry.id, "csv"))).toBe(tableCsv(entry.published().chart.table));
    }
    expect(byPath.get(withBase("/grafik/daerah-kota-kupang-predikat.csv"))).not.toBe(
      byPath.get(withBase("/en/grafik/daerah-kota-kupang-predikat.csv")),
    );
  });
});
