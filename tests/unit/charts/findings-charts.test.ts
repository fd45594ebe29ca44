/**
 * The Findings section's two charts — tierDistribution (an outcome by predikat, kota and kabupaten apart, two
 * rounds) and tierShares (predikat shares per group) — with a committed SVG snapshot per chart and language, like
 * the other charts, and text alternatives that say what the invented data says.
 */
import { describe, expect, test } from "vitest";
import { cellText, type ChartResult } from "../../../src/charts/types.ts";
import { tierDistribution, type TierGroup } from "../../../src/charts/tier-distribution.ts";
import { tierShares, type ShareGroup } from "../../../src/charts/tier-shares.ts";
import type { Lang } from "../../../src/i18n/index.ts";
import type { PlaceType, Predikat } from "../../../src/pipeline/artefact.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

/** Invented places and values ("Contoh…"): the snapshots test drawing, not facts. No randomness. */
function group(year: number, type: PlaceType, predikat: Predikat, base: number, n: number): TierGroup {
  const values = Array.from({ length: n }, (_, i) => Math.round((base + ((i * 7) % 11) - 5 + i * 0.3) * 10) / 10).sort(
    (a, b) => a - b,
  );
  const q = (p: number) => {
    const i = (values.length - 1) * p;
    const lo = Math.floor(i);
    return values[lo]! + (values[Math.min(lo + 1, values.length - 1)]! - values[lo]!) * (i - lo);
  };
  return {
    year,
    type,
    predikat,
    points: values.map((value, i) => ({ code: `${type}-${predikat}-${i}`, label: `Contoh ${i + 1}`, value })),
    median: q(0.5),
    q1: q(0.25),
    q3: q(0.75),
  };
}
const TIERS: Predikat[] = ["Pratama", "Madya", "Nindya", "Utama"];
const groups: TierGroup[] = [2025, 2023].flatMap((year) =>
  (["kota", "kabupaten"] as const).flatMap((type) =>
    TIERS.map((p, i) => group(year, type, p, (type === "kota" ? 18 : 24) - i * 2, type === "kota" ? 6 + i : 14 - i)),
  ),
);
const distribution = (lang: Lang) =>
  tierDistribution(groups, {
    lang,
    seriesName: "Stunting",
    dataYear: 2024,
    unit: "percent",
    better: "lower",
    tiers: TIERS,
    years: [2025, 2023],
    idPrefix: "temuan-contoh",
  });

const shareGroups: ShareGroup[] = [2025, 2023].flatMap((year) =>
  ["Perda KLA", "Perda perlindungan anak", "Tidak diketahui"].map((label, i) => ({
    key: `g${i}`,
    label,
    year,
    counts: { Pratama: 3 + i, Madya: 5 - i, Nindya: 4 + (year === 2025 ? i : 0), Utama: i === 1 ? 0 : 2 },
  })),
);
const shares = (lang: Lang) =>
  tierShares(shareGroups, { lang, title: "Predikat per kelompok", tiers: TIERS, years: [2025, 2023] });

describe.each([
  ["tier-distribution", distribution],
  ["tier-shares", shares],
] as const)("%s", (name, draw) => {
  test.each(["id", "en"] as const)("matches its snapshot (%s)", (lang) => {
    expectSvgSnapshot(`${name}.${lang}`, draw(lang).svg);
  });

  test("renders the same bytes twice, accessibly, with a table whose rows fit its columns", () => {
    expect(draw("id").svg).toBe(draw("id").svg);
    const chart: ChartResult = draw("en");
    expect(chart.svg).toContain('role="img"');
    expect(chart.svg).toContain(`aria-label="${chart.title}"`);
    expect(chart.svg).not.toContain("<style");
    expect(chart.description).toMatch(/\.$/);
    for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
  });
});

describe("tierDistribution", () => {
  test("tabulates every group with its n, median and middle half, newest round first", () => {
    const chart = distribution("en");
    expect(chart.table.rows).toHaveLength(16);
    const first = chart.table.rows[0]!.map(cellText);
    expect(first.slice(0, 3)).toEqual(["Kota (city) · predikat 2025", "Pratama", "6"]);
    expect(first[3]).toBe(`${groups[0]!.median.toFixed(1)}%`);
    expect(chart.description).toContain("Kota (city) Pratama: median");
    expect(chart.description).toContain("Lower is better.");
    expect(chart.legend.map((l) => l.label)).toEqual([...TIERS, "Middle half and median"]);
  });
});

describe("tierShares", () => {
  test("counts each group's stated tiers and gives each tier's share", () => {
    const chart = shares("en");
    const row = chart.table.rows[0]!.map(cellText);
    expect(row).toEqual(["2025", "Perda KLA", "14", "3 (21%)", "5 (36%)", "4 (29%)", "2 (14%)"]);
    expect(chart.description).toContain("Perda KLA (n = 14)");
  });
});
