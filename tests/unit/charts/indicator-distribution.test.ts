/**
 * indicatorDistribution in both of its shapes (labelled rows for provinces, a dot histogram for kab/kota), with a
 * committed SVG snapshot per shape and language, like the other charts (charts.test.ts).
 */
import { describe, expect, test } from "vitest";
import { cellText } from "../../../src/charts/types.ts";
import { indicatorDistribution, ROWS_MAX, type DistributionPoint } from "../../../src/charts/indicator-distribution.ts";
import type { Lang } from "../../../src/i18n/index.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

/** Why an area is not ranked, as the indicator chart's caller words it (src/publish/published-charts.ts). */
const DIFFER: Record<Lang, string> = { id: "nilai bertentangan", en: "conflicting values" };

/** Invented provinces and values ("Contoh…"): the snapshot tests drawing, not facts. */
const provinces = (lang: Lang): DistributionPoint[] => [
  { code: "81", label: "Provinsi Contoh Barat", value: 30.4, unranked: null },
  { code: "82", label: "Provinsi Contoh Timur", value: 18.2, unranked: null },
  { code: "83", label: "Provinsi Contoh Utara", value: 24.9, unranked: null },
  { code: "84", label: "Provinsi Contoh Selatan", value: 35.2, unranked: DIFFER[lang] },
  { code: "84", label: "Provinsi Contoh Selatan", value: 30.4, unranked: DIFFER[lang] },
  { code: "85", label: "Provinsi Contoh Tengah", value: 12.5, unranked: null },
  // A single value with a caveat (a survey flag): shown, hollow, never the best or worst.
  { code: "86", label: "Provinsi Contoh Pesisir", value: 9.1, unranked: "RSE>25%" },
];

/** 80 kab/kota with a deterministic spread (no randomness: the same bytes on every run). */
const places = (lang: Lang): DistributionPoint[] =>
  Array.from({ length: 80 }, (_, i) => ({
    code: `81.${String(i + 1).padStart(2, "0")}`,
    label: `Kabupaten Contoh ${i + 1}`,
    value: Math.round((12 + ((i * 37) % 29) + ((i * 7) % 5) * 0.3) * 10) / 10,
    unranked: i === 5 ? DIFFER[lang] : null,
  }));

const rows = (lang: Lang) =>
  indicatorDistribution(provinces(lang), {
    lang,
    seriesName: "Stunting",
    year: 2022,
    level: "province",
    better: "lower",
    unit: "percent",
    references: [
      { kind: "national", label: lang === "id" ? "Nasional 2022" : "National 2022", value: 21.6 },
      { kind: "target", label: "Target", value: 14 },
    ],
  });
const strip = (lang: Lang) =>
  indicatorDistribution(places(lang), {
    lang,
    seriesName: "Stunting",
    year: 2022,
    level: "kabkota",
    better: "lower",
    unit: "percent",
    references: [{ kind: "median", label: "Median", value: 25 }],
    idPrefix: "dist-kabkota",
  });

describe("indicatorDistribution", () => {
  test.each(["id", "en"] as const)("matches its snapshots (%s)", (lang) => {
    expectSvgSnapshot(`indicator-distribution-rows.${lang}`, rows(lang).svg);
    expectSvgSnapshot(`indicator-distribution-strip.${lang}`, strip(lang).svg);
  });

  test("renders the same bytes twice, accessibly", () => {
    expect(rows("id").svg).toBe(rows("id").svg);
    expect(strip("en").svg).toBe(strip("en").svg);
    for (const chart of [rows("id"), strip("en")]) {
      expect(chart.svg).toContain('role="img"');
      expect(chart.svg).toContain(`aria-label="${chart.title}"`);
      expect(chart.svg).not.toContain("<style");
      expect(chart.description).toMatch(/\.$/);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    }
  });

  test("draws labelled rows for provinces, best first, disputed values last and hollow", () => {
    const chart = rows("en");
    expect(provinces("en").length).toBeLessThanOrEqual(ROWS_MAX);
    expect(chart.table.rows.map((r) => cellText(r[0]!))).toEqual([
      "Provinsi Contoh Tengah",
      "Provinsi Contoh Timur",
      "Provinsi Contoh Utara",
      "Provinsi Contoh Barat",
      "Provinsi Contoh Selatan",
      "Provinsi Contoh Selatan",
      "Provinsi Contoh Pesisir",
    ]);
    expect(cellText(chart.table.rows[6]![1]!)).toBe("9.1% (RSE>25%)");
    expect(chart.legend.map((l) => l.label)).toEqual([
      "National 2022 (21.6%)",
      "Target (14.0%)",
      "Value with a caveat (not ranked)",
    ]);
    // The flagged 9.1 % would be the best value: it is not named best, as it has no rank.
    expect(chart.description).toContain("from 12.5% (Provinsi Contoh Tengah) to 30.4% (Provinsi Contoh Barat)");
    expect(chart.description).toContain("Against National 2022 (21.6%): 2 better, 2 worse.");
    expect(chart.description).toContain("The values of 2 of the provinces carry a caveat");
  });

  test("stacks many kab/kota into a dot histogram whose table counts every one", () => {
    const chart = strip("id");
    const total = chart.table.rows.reduce((n, r) => n + Number(cellText(r[1]!)), 0);
    expect(total).toBe(places("id").length);
    expect(chart.subtitle).toContain("rentang 1 poin persen");
    expect(chart.description).toContain("Pada 2022, 79 kabupaten/kota diurutkan");
  });
});
