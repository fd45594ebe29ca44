/**
 * The PNGs drawn beside the Astro build (scripts/render-files.ts): one card per place and province plus the
 * national one, and a print PNG for exactly the catalogue charts that offer one, at the URLs the pages link to.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartCatalog } from "../../src/publish/chart-catalog.ts";
import { chartFilePath } from "../../src/publish/chart-files.ts";
import { cardFile, nationalCard } from "../../src/publish/cards.ts";
import { imageJobs } from "../../src/publish/image-jobs.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { withBase } from "../../src/i18n/index.ts";
import { ROOT } from "./helpers.ts";

const d = runPipeline({
  files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
  gazetteer: loadGazetteer(ROOT),
  method: loadMethod(join(ROOT, "data/method")),
  version: "2026.11.0",
}).data!;
const jobs = imageJobs(d, new URL("https://atlas.example/"));
const paths = jobs.map((j) => j.path);

describe("image jobs", () => {
  it("give every page its card: the national one, each place and each province, once", () => {
    expect(new Set(paths).size).toBe(paths.length);
    const cards = jobs.filter((j) => j.cache === "cards").map((j) => j.path);
    expect(cards).toEqual([cardFile.national, ...d.places.map(cardFile.place), ...d.provinces.map(cardFile.province)]);
    expect(cards).toContain("kartu/daerah/kota-kupang.png");
  });

  it("draw a PNG for exactly the catalogue charts that offer one, where their pages link it, at 2×", () => {
    for (const lang of ["id", "en"] as const) {
      const expected = chartCatalog(d, lang)
        .filter((c) => c.png)
        .map((c) => chartFilePath(lang, c.id, "png"));
      const drawn = jobs
        .filter((j) => j.cache === "charts" && j.path.startsWith(lang === "en" ? "en/" : "grafik/"))
        .map((j) => withBase(`/${j.path}`));
      expect(drawn).toEqual(expected);
      expect(drawn.length).toBeGreaterThan(0);
    }
    expect(paths.some((p) => /grafik\/daerah-/.test(p))).toBe(false);
    for (const j of jobs.filter((x) => x.cache === "charts"))
      expect(j.width).toBe(2 * Number(/width="([\d.]+)"/.exec(j.svg)![1]));
  });

  it("print the chart's address on its PNG, on the public origin", () => {
    const rounds = jobs.find((j) => j.path === "grafik/predikat-per-putaran.png")!;
    expect(rounds.svg).toContain("https://atlas.example/");
  });

  it("the national card states the latest announced round's count", () => {
    const latest = d.rounds
      .filter((r) => r.held && r.totalAwarded !== null)
      .sort((a, b) => a.year - b.year)
      .at(-1)!;
    expect(nationalCard(d).status).toBe(
      `KLA ${latest.year}: ${latest.totalAwarded} dari ${d.places.length} meraih predikat · ${latest.totalAwarded} of ${d.places.length} awarded`,
    );
  });
});
