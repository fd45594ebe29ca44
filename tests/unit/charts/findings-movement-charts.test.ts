/**
 * The charts of findings 3 and 4 (issue 16): movement per province (diverging bars) and reported scores against the
 * predikat bands (dot plot). A committed SVG snapshot per chart and language, the same bytes on a second render, and
 * text alternatives computed from the same rows as the picture.
 */
import { describe, expect, test } from "vitest";
import { cellText, type ChartResult } from "../../../src/charts/types.ts";
import { movementByProvince, type MovementRow } from "../../../src/charts/movement-by-province.ts";
import { reportedScoreBands, type BandRange, type ScoreBandRow } from "../../../src/charts/reported-score-bands.ts";
import type { Lang } from "../../../src/i18n/index.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

/** Invented provinces and counts ("Contoh…"): the snapshots test drawing, not facts. */
const movement: MovementRow[] = [
  { key: "81", label: "Provinsi Contoh Barat", up: 3, same: 8, down: 1, href: "/provinsi/contoh-barat/" },
  { key: "82", label: "Provinsi Contoh Timur", up: 0, same: 2, down: 4 },
  { key: "83", label: "Provinsi Contoh Utara", up: 4, same: 0, down: 0 },
  { key: "84", label: "Provinsi Contoh Selatan", up: 1, same: 1, down: 1 },
];

const bands: BandRange[] = [
  { predikat: "Pratama", from: 500, to: 600, label: "500–600" },
  { predikat: "Madya", from: 600, to: 700, label: "601–700" },
  { predikat: "Nindya", from: 700, to: 800, label: "701–800" },
  { predikat: "Utama", from: 800, to: 900, label: "801–900" },
  { predikat: "KLA", from: 900, to: 1000, label: "901–1000" },
];
const src = (n: number, more = 0) => ({ text: "example.org", href: `https://example.org/${n}`, more });
const scores: ScoreBandRow[] = [
  {
    key: "81.71|2021",
    label: "Kota Contoh 2021",
    href: "/daerah/kota-contoh/",
    received: "Madya",
    receivedInferred: false,
    points: [
      { score: 990, stage: "self-assessment", band: "KLA", mismatch: true, source: src(1, 1) },
      { score: 650.5, stage: "verified", band: "Madya", mismatch: false, source: src(2) },
    ],
  },
  {
    key: "81.01|2023",
    label: "Kabupaten Contoh 2023",
    received: "Pratama",
    receivedInferred: true,
    points: [{ score: 733.45, stage: "final", band: "Nindya", mismatch: true, source: src(3) }],
  },
  {
    key: "82.01|2025",
    label: "Kabupaten Contoh Timur 2025",
    received: null,
    receivedInferred: false,
    points: [{ score: 470, stage: "unclear", band: null, mismatch: false, source: src(4) }],
  },
];

const movementChart = (lang: Lang) => movementByProvince(movement, { lang, fromYear: 2023, toYear: 2025 });
const bandsChart = (lang: Lang) => reportedScoreBands(scores, { lang, bands });

describe.each([
  ["movement-by-province", movementChart],
  ["reported-score-bands", bandsChart],
] as const)("%s", (name, draw) => {
  test.each(["id", "en"] as const)("matches its snapshot (%s)", (lang) => {
    expectSvgSnapshot(`${name}.${lang}`, draw(lang).svg);
  });

  test("renders the same bytes twice, accessibly, with a table that fits its columns", () => {
    expect(draw("id").svg).toBe(draw("id").svg);
    const chart: ChartResult = draw("en");
    expect(chart.svg.startsWith("<svg ")).toBe(true);
    expect(chart.svg).toContain('role="img"');
    expect(chart.svg).toContain(`aria-label="${chart.title}"`);
    expect(chart.svg).not.toContain("<style");
    expect(chart.description).toMatch(/\.$/);
    for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
  });
});

describe("movementByProvince", () => {
  test("counts in the table and the description are the rows' counts", () => {
    const chart = movementChart("en");
    expect(chart.table.rows.map((r) => r.map(cellText))).toEqual([
      ["Provinsi Contoh Barat", "3", "8", "1", "12"],
      ["Provinsi Contoh Timur", "0", "2", "4", "6"],
      ["Provinsi Contoh Utara", "4", "0", "0", "4"],
      ["Provinsi Contoh Selatan", "1", "1", "1", "3"],
    ]);
    expect(chart.description).toBe(
      "Between 2023 and 2025, 25 regencies/cities in 4 provinces: 8 up, 11 same, 6 down. Most falls: Provinsi Contoh Timur (4). Most rises: Provinsi Contoh Utara (4).",
    );
    expect(chart.table.rows[0]![0]).toEqual({ text: "Provinsi Contoh Barat", href: "/provinsi/contoh-barat/" });
  });

  test("says so when nobody is in the population", () => {
    expect(movementByProvince([], { lang: "id", fromYear: 2022, toYear: 2023 }).description).toBe(
      "Tidak ada kabupaten/kota dengan predikat yang dinyatakan sumber pada 2022 maupun 2023.",
    );
  });
});

describe("reportedScoreBands", () => {
  test("one table row per score, with its band, the predikat received, the mismatch and a source link", () => {
    const chart = bandsChart("id");
    expect(chart.table.rows.map((r) => r.map(cellText))).toEqual([
      ["Kota Contoh 2021", "penilaian mandiri", "990", "KLA", "Madya", "ya", "example.org (+1)"],
      ["Kota Contoh 2021", "setelah verifikasi", "650,5", "Madya", "Madya", "tidak", "example.org"],
      ["Kabupaten Contoh 2023", "akhir", "733,45", "Nindya", "Pratama (disimpulkan)", "ya", "example.org"],
      [
        "Kabupaten Contoh Timur 2025",
        "tahap tidak jelas",
        "470",
        "di bawah Pratama",
        "tidak diketahui",
        "tidak",
        "example.org",
      ],
    ]);
    expect(chart.description).toBe(
      "4 nilai untuk 3 pasangan kabupaten/kota dan putaran; 2 di luar rentang predikat yang diterima. Nilai berkisar dari 470 sampai 990.",
    );
    expect(chart.legend.map((l) => l.label)).toEqual([
      "penilaian mandiri",
      "setelah verifikasi",
      "akhir",
      "tahap tidak jelas",
      "Diterima: Pratama (500–600)",
      "Diterima: Madya (601–700)",
    ]);
  });
});
