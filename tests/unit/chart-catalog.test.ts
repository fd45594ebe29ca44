/**
 * The chart catalogue over the golden fixture: stable, unique, URL-safe ids shared by both languages; every chart
 * drawn once, with sources.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PNG_KINDS, catalogChart, chartCatalog, chartIds } from "../../src/lib/chart-catalog.ts";
import { loadMethod } from "../../src/lib/method.ts";
import { loadGazetteer } from "../../src/lib/places.ts";
import { runPipeline } from "../../src/lib/pipeline.ts";
import { listRawFiles } from "../../src/lib/raw-files.ts";
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
    expect(id.filter((c) => c.kind === "place").map((c) => c.id).sort()).toEqual(d.places.map((p) => chartIds.place(p.slug)).sort());
    const provinces = id.filter((c) => c.kind === "province");
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.map((c) => c.idPath)).toEqual(provinces.map((c) => `/provinsi/${c.id.replace(/^provinsi-|-predikat$/g, "")}/`));
    expect(id.some((c) => c.kind === "indicator")).toBe(true);
  });

  it("render a build-time PNG only for national, province and indicator charts", () => {
    for (const c of id) expect(c.png).toBe(PNG_KINDS.has(c.kind));
    expect(id.filter((c) => c.kind === "place").every((c) => !c.png)).toBe(true);
  });

  it("throw for an id the catalogue does not hold", () => {
    expect(() => catalogChart(d, "id", "daerah-tidak-ada-predikat")).toThrow(/no chart with id daerah-tidak-ada-predikat/);
  });
});

describe("every catalogue chart", () => {
  const sample = [...id.filter((c) => c.kind !== "place"), ...id.filter((c) => c.kind === "place").slice(0, 40)];

  it("is drawn once and then reused", () => {
    const c = catalogChart(d, "en", chartIds.rounds);
    expect(c.published()).toBe(c.published());
  });

  it.each(sample.map((c) => [c.id, c] as const))("%s has sources", (_id, c) => {
    const { sources } = c.published();
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.label.trim()).not.toBe("");
      expect(s.href).toMatch(/^(https?:\/\/|\/)/);
    }
  });
});
