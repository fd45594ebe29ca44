/**
 * The value tile map's text alternatives say what the squares show: its classes (with the better end named), the
 * places whose value carries a caveat (sources disagree, doubtful: unranked by the one ranking rule, with the reason)
 * and those without a value, apart from the coloured ones; classes and medians use the clean values only.
 */
import { describe, expect, test } from "vitest";
import { cellText } from "../../../src/charts/types.ts";
import { valueTileMap } from "../../../src/charts/value-tile-map.ts";
import { renderChart } from "./render-all.ts";
import * as f from "./fixtures.ts";

const chart = renderChart("value-tile-map", "en");
const row = (name: string) => chart.table.rows.find((r) => cellText(r[0]!) === name)!;
const col = (key: string) => chart.table.columns.findIndex((c) => c.key === key);

describe("valueTileMap", () => {
  test("names the better end of the scale in the legend: the lowest class when lower is better", () => {
    const labels = chart.legend.map((l) => l.label);
    expect(labels[0]).toMatch(/^below .*\(best\)$/);
    expect(labels.filter((l) => l.endsWith("(worst)"))).toHaveLength(1);
    expect(labels).toContain("Value with a caveat: not coloured, not ranked (doubtful (1); sources differ (1))");
    expect(labels).toContain("No value");
  });

  test("flips the better end when higher is better", () => {
    const up = valueTileMap(f.provinces, f.places, f.placeValues, {
      lang: "en",
      seriesName: "Sanitasi",
      year: 2024,
      layout: f.tileLayout,
      better: "higher",
      unit: "percent",
    });
    expect(up.legend[0]!.label).toMatch(/\(worst\)$/);
    expect(up.subtitle).toContain("higher is better");
  });

  test("counts coloured, caveated and missing places per province, with the median of the clean values", () => {
    expect(cellText(row("Provinsi Contoh Barat")[col("none")]!)).toBe("1");
    expect(cellText(row("Provinsi Contoh Barat")[col("median")]!)).toBe("21.5%");
    expect(cellText(row("Provinsi Contoh Barat")[col("why")]!)).toBe("–");
    expect(cellText(row("Provinsi Contoh Timur")[col("unranked")]!)).toBe("2");
    expect(cellText(row("Provinsi Contoh Timur")[col("why")]!)).toBe("doubtful (1); sources differ (1)");
    // 21.7 alone: the doubtful 40.3 would make it 31.0.
    expect(cellText(row("Provinsi Contoh Timur")[col("median")]!)).toBe("21.7%");
    expect(cellText(row("Provinsi Contoh Timur")[col("places")]!)).toBe("3");
    const classTotal = chart.table.columns
      .map((c, i) => (c.key.startsWith("class-") ? i : -1))
      .filter((i) => i >= 0)
      .reduce((n, i) => n + chart.table.rows.reduce((m, r) => m + Number(cellText(r[i]!)), 0), 0);
    expect(classTotal).toBe(5);
    // The top class ends at the highest clean value (32.4), not at the doubtful 40.3.
    expect(chart.legend.map((l) => l.label).join(" ")).not.toContain("40");
  });

  test("describes the coverage and the spread of provincial medians", () => {
    expect(chart.description).toContain("In 2024, 5 of 8 regencies/cities have a value without a caveat");
    expect(chart.description).toContain("range from 21.5% (Provinsi Contoh Barat) to 21.7% (Provinsi Contoh Timur)");
    expect(chart.description).toContain("The values of 2 regencies/cities carry a caveat");
    expect(chart.description).toContain("1 regencies/cities have no value.");
  });

  test("draws caveated places outlined with the reason and places without a value dashed, never coloured", () => {
    expect(chart.svg).toContain("Kabupaten Timur Satu: 27.0% / 35.2% (not ranked: sources differ)");
    expect(chart.svg).toContain(": 40.3% (not ranked: doubtful)");
    expect(chart.svg).toContain("Kabupaten Contoh Empat: No value");
    expect(chart.svg).toContain('stroke-dasharray="2,1"');
  });
});
