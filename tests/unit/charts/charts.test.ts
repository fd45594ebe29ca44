/**
 * Every chart: a committed SVG snapshot per language, identical bytes on a second render, and text alternatives
 * (description and table) that say what the fixture data says.
 */
import { describe, expect, test } from "vitest";
import { cellText, type ChartResult } from "../../../src/charts/types.ts";
import { placeTimeline } from "../../../src/charts/place-timeline.ts";
import { CHART_NAMES, renderAll, renderChart } from "./render-all.ts";
import { timelineRounds } from "./fixtures.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

const charts = { id: renderAll("id"), en: renderAll("en") };

describe.each(CHART_NAMES)("%s", (name) => {
  test.each(["id", "en"] as const)("matches its snapshot (%s)", (lang) => {
    expectSvgSnapshot(`${name}.${lang}`, charts[lang][name].svg);
  });

  test("renders the same bytes twice", () => {
    expect(renderChart(name, "id").svg).toBe(charts.id[name].svg);
  });

  test("is an accessible, self-contained SVG", () => {
    const { svg, title } = charts.id[name];
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="${title.replace(/&/g, "&amp;")}"`);
    expect(svg).not.toMatch(/<g[^>]* aria-label=/);
    expect(svg).not.toContain("<style");
    expect(svg).not.toMatch(/plot-(clip|pattern|marker)-\d/);
  });

  test("has a title, subtitle, description and a table whose rows fit its columns", () => {
    for (const lang of ["id", "en"] as const) {
      const chart: ChartResult = charts[lang][name];
      expect(chart.title.length).toBeGreaterThan(0);
      expect(chart.subtitle.length).toBeGreaterThan(0);
      expect(chart.description).toMatch(/\.$/);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    }
  });
});

const column = (chart: ChartResult, key: string) => chart.table.columns.findIndex((c) => c.key === key);
const rowOf = (chart: ChartResult, header: string) => chart.table.rows.find((r) => cellText(r[0]!) === header);

describe("predikatByRound", () => {
  const chart = charts.en["predikat-by-round"];
  test("has a table row for every year in range, gaps included", () => {
    expect(chart.table.rows.map((r) => cellText(r[0]!))).toEqual([
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
    ]);
    expect(cellText(rowOf(chart, "2016")![column(chart, "note")]!)).toBe("no awards");
    expect(cellText(rowOf(chart, "2018")![column(chart, "note")]!)).toBe("counts not published");
  });
  test("splits an incompletely published total into a 'tier not published' part", () => {
    expect(cellText(rowOf(chart, "2017")![column(chart, "unsplit")]!)).toBe("104");
    expect(cellText(rowOf(chart, "2021")![column(chart, "unsplit")]!)).toBe("250");
  });
  test("describes the latest round against the total, and the gaps", () => {
    expect(chart.description).toContain("In 2021, 250 of 260 kab/kota held a predikat (96%); the target is 200.");
    expect(chart.description).toContain("No awards were held in 2016 and 2020.");
    expect(chart.description).toContain("No place has ever reached the top predikat, KLA.");
  });
  test("formats numbers for the Indonesian reader", () => {
    expect(charts.id["predikat-by-round"].description).toContain("(96\u00a0%)");
  });
});

describe("placeTimeline", () => {
  const chart = charts.en["place-timeline"];
  test("lists held rounds only, unknown ones included", () => {
    expect(chart.table.rows.map((r) => `${cellText(r[0]!)} ${cellText(r[1]!)}`)).toEqual([
      "2019 Pratama",
      "2021 Madya (inferred)",
      "2022 Sources disagree",
      "2023 Nindya",
      "2024 Unknown",
    ]);
  });
  test("says how many rounds are sourced and which are unknown", () => {
    expect(chart.description).toContain("a sourced result for 4 of 5 rounds from 2019 to 2024");
    expect(chart.description).toContain("One round is unknown");
  });
  test("says so in one sentence when no round is sourced", () => {
    const none = placeTimeline([], timelineRounds, { lang: "en", placeName: "Kota Contoh" });
    expect(none.description).toBe(
      "No verified source on Kota Contoh's predikat in the rounds 2019–2024 has been found yet: all are unknown.",
    );
    expect(none.table.rows.map((r) => cellText(r[1]!))).toEqual([
      "Unknown",
      "Unknown",
      "Unknown",
      "Unknown",
      "Unknown",
    ]);
  });
  test("legend tells unknown, inferred and conflict apart", () => {
    expect(chart.legend.map((l) => l.label)).toEqual([
      "Pratama",
      "Madya",
      "Nindya",
      "inferred",
      "Sources disagree",
      "Unknown",
    ]);
  });
});

describe("provincePeers", () => {
  const chart = charts.en["province-peers"];
  test("sorts from the highest predikat, unknown last, and links each place", () => {
    expect(chart.table.rows.map((r) => cellText(r[1]!))).toEqual([
      "Nindya",
      "Madya",
      "Awarded, tier not stated",
      "Not awarded",
      "Unknown",
    ]);
    expect(chart.table.rows[0]![0]).toEqual({ text: "Kota Contoh", href: "/daerah/kota-contoh/" });
  });
  test("counts awarded, not awarded and unknown separately", () => {
    expect(chart.description).toContain(
      "Of 5 kab/kota in Provinsi Contoh Barat in 2023: awarded 3, not awarded 1, unknown 1.",
    );
    expect(chart.description).toContain("Kota Contoh: Nindya.");
  });
});

describe("indicatorComparison", () => {
  const chart = charts.id["indicator-comparison"];
  test("has a row per year and a column per area", () => {
    expect(chart.table.rows).toHaveLength(3);
    expect(chart.table.columns.map((c) => c.label)).toEqual([
      "Tahun",
      "Kota Contoh",
      "Provinsi Contoh Barat",
      "Nasional",
    ]);
  });
  test("keeps both values where sources disagree, and says so", () => {
    const row2022 = chart.table.rows.find((r) => cellText(r[0]!) === "2022")!;
    expect(cellText(row2022[2]!)).toBe("29,5\u00a0% / 31,0\u00a0% (sumber berbeda)");
    expect(chart.legend.map((l) => l.label)).toContain("Sumber berbeda");
  });
  test("describes the latest value with its context, in the reader's locale", () => {
    expect(chart.description).toContain("Stunting balita di Kota Contoh pada 2023: 27,1\u00a0%.");
    expect(chart.description).toContain("Provinsi Contoh Barat 30,4\u00a0% dan Nasional 21,5\u00a0%");
  });
});

describe("clusterScores", () => {
  const chart = charts.en["cluster-scores"];
  test("states score, maximum and coverage, and does not invent a score", () => {
    expect(chart.table.rows).toHaveLength(3);
    expect(chart.description).toContain("I Hak sipil: 45.5 of 70 (65%), 2 of 3 indicators.");
    expect(chart.description).toContain("II Lingkungan keluarga: cannot be scored yet, 0 of 4 indicators.");
  });
});

describe("tileMap", () => {
  const chart = charts.en["tile-map"];
  test("has one table row per province and keeps unknown apart from not awarded", () => {
    expect(chart.table.rows).toHaveLength(2);
    const west = rowOf(chart, "Provinsi Contoh Barat")!;
    expect(cellText(west[column(chart, "not-awarded")]!)).toBe("1");
    expect(cellText(west[column(chart, "unknown")]!)).toBe("1");
    expect(cellText(west[column(chart, "places")]!)).toBe("5");
  });
  test("draws one square per kab/kota, unknown ones dashed", () => {
    expect(chart.svg.match(/<rect /g)).toHaveLength(8);
    expect(chart.svg.match(/stroke-dasharray/g)).toHaveLength(1);
  });
  test("marks an inferred status with a white dot, in the legend, the table and the description", () => {
    expect(chart.svg.match(/<circle /g)).toHaveLength(1);
    expect(chart.legend.at(-1)?.label).toBe("White dot: inferred, not stated by a source");
    expect(cellText(rowOf(chart, "Provinsi Contoh Timur")![column(chart, "inferred")]!)).toBe("1");
    expect(cellText(rowOf(chart, "Provinsi Contoh Barat")![column(chart, "inferred")]!)).toBe("0");
    expect(chart.description).toContain("1 of these are inferred");
  });
  test("describes the totals", () => {
    expect(chart.description).toContain("Of 8 kab/kota in 2023: predikat known 4");
    expect(chart.description).toContain("unknown 2.");
    expect(chart.description).toContain("The ministry announced 9 kab/kota as awarded.");
  });
});

describe("coverageByRound", () => {
  const chart = charts.en["coverage-by-round"];
  test("compares rows held with the announced count per round, stated by a source apart from inferred", () => {
    expect(chart.table.rows.map((r) => r.slice(0, 7).map(cellText))).toEqual([
      ["2019", "20", "20", "0", "222", "9%", "9%"],
      ["2021", "34", "4", "30", "250", "14%", "2%"],
      ["2023", "132", "120", "12", "265", "50%", "45%"],
    ]);
    expect(chart.description).toContain("2023: 132 of 265 (50%) — 120 stated by a source (45%), 12 inferred");
    expect(chart.legend.map((l) => l.label)).toEqual(["Announced", "Stated by a source", "Inferred"]);
  });
});
