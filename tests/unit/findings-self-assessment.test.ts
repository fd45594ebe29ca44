/**
 * Finding 4 (issue 16), reported scores against the band of the predikat received: on a synthetic artefact, merging
 * of identical rows, what the predikat received rests on, the mismatches named, the self-assessed/verified pairs, word
 * for word in both languages; on the real data, the pipeline's mismatch flag agrees with the predikat this finding
 * shows, every score shown has a source, and every number in the text is a computed figure or a published band.
 */
import { describe, expect, test } from "vitest";
import type { SiteData } from "../../src/pipeline/artefact.ts";
import { formatFigure } from "../../src/views/findings/figures.ts";
import { LANGS, type Lang } from "../../src/i18n/index.ts";
import { cellText } from "../../src/charts/types.ts";
import {
  bandRanges,
  reportedScoreEntries,
  selfAssessmentBands,
  selfVerifiedPairs,
} from "../../src/views/findings/self-assessment-bands.ts";
import { paragraphText, type Finding } from "../../src/views/findings/finding.ts";
import { syntheticSite } from "./findings-fixtures.ts";
import { buildRawFolder } from "./helpers.ts";

const site = syntheticSite();

describe("reportedScoreEntries on a synthetic artefact", () => {
  const entries = reportedScoreEntries(site);
  test("merges identical rows from different sources into one score with both sources", () => {
    expect(entries.map((e) => [e.year, e.place.code, e.stage, e.score])).toEqual([
      [2021, "81.71", "self-assessment", 990],
      [2021, "81.71", "verified", 650],
      [2025, "81.02", "self-assessment", 610],
      [2025, "81.02", "final", 720.5],
      [2025, "82.71", "unclear", 480],
    ]);
    expect(entries[0]!.sourceUrls).toEqual(["https://example.org/score/1", "https://example.org/score/2"]);
  });

  test("says what the predikat received rests on: a stated record, inference only, or nothing known", () => {
    expect(entries.map((e) => [e.received, e.receivedBasis])).toEqual([
      ["Madya", "record"],
      ["Madya", "record"],
      ["Pratama", "inferred"],
      ["Pratama", "inferred"],
      [null, null],
    ]);
  });

  test("pairs a self-assessed with a verified score of the same place and round", () => {
    expect(selfVerifiedPairs(entries).map((p) => [p.place.code, p.year, p.selfAssessed, p.verified])).toEqual([
      ["81.71", 2021, 990, 650],
    ]);
  });

  test("turns the method's bands into ranges that meet end to start", () => {
    const ranges = bandRanges(site.method);
    expect(ranges[0]).toMatchObject({ predikat: "Pratama", from: 500, to: 600, label: "500–600" });
    expect(ranges.at(-1)).toMatchObject({ predikat: "KLA", from: 900, to: 1000 });
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to);
  });
});

describe("selfAssessmentBands on a synthetic artefact", () => {
  const f = { id: selfAssessmentBands(site, "id"), en: selfAssessmentBands(site, "en") };

  test("words every computed figure, in English", () => {
    expect(f.en.id).toBe("temuan-penilaian-mandiri");
    expect(f.en.paragraphs).toEqual([
      "Sources report 5 total scores for 3 regencies/cities in 2 rounds: 2 self-assessed, 1 verified, 1 final and 1 whose stage is unclear.",
      {
        lead: "Outside the band of the predikat the place received (3):",
        items: [
          "Kota Contoh Tiga 2021: self-assessment 990 (KLA band) — received Madya (601–700)",
          "Kabupaten Contoh Dua 2025: self-assessment 610 (Madya band) — received Pratama (500–600, inferred)",
          "Kabupaten Contoh Dua 2025: final 720.5 (Nindya band) — received Pratama (500–600, inferred)",
        ],
      },
      "Where sources give both a self-assessed and a verified score for the same place and round (n = 1), the verified score is lower in 1 of them, by at most 340 points.",
    ]);
    expect(f.en.population).toContain("(5 after merging identical rows");
    expect(f.en.population).toContain(
      "2 scores are compared with a predikat that is only inferred, and 1 have no known",
    );
  });

  test("words every computed figure, in Indonesian", () => {
    expect(f.id.paragraphs[0]).toBe(
      "Sumber melaporkan 5 nilai total untuk 3 kabupaten/kota dalam 2 putaran: 2 penilaian mandiri, 1 hasil verifikasi, 1 nilai akhir dan 1 yang tahapnya tidak jelas.",
    );
    expect(paragraphText(f.id.paragraphs[1]!)).toContain(
      "Kabupaten Contoh Dua 2025: akhir 720,5 (rentang Nindya) — menerima Pratama",
    );
    expect(f.id.caveats[1]).toContain("KLA 901–1.000");
  });

  test("names each mismatched place once, every mismatch in its reason", () => {
    expect(f.en.namedPlaces).toEqual([
      { placeCode: "81.71", reason: "self-assessment 990 in 2021 (KLA band), received Madya" },
      {
        placeCode: "81.02",
        reason:
          "self-assessment 610 in 2025 (Madya band), received Pratama; final 720.5 in 2025 (Nindya band), received Pratama",
      },
    ]);
  });

  test("lists every score's source, and the chart's table links each score to one", () => {
    expect(
      f.en.sources
        .slice(0, -1)
        .map((s) => s.href)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5].map((n) => `https://example.org/score/${n}`));
    expect(f.en.sources.at(-1)?.href).toBe("/data/reported-scores.csv");
    expect(f.en.moreSources).toBe(0);
    const rows = f.en.chart.table.rows;
    expect(rows).toHaveLength(5);
    const source = f.en.chart.table.columns.findIndex((c) => c.key === "source");
    expect(rows.map((r) => cellText(r[source]!))).toEqual([
      "example.org (+1)",
      "example.org",
      "example.org",
      "example.org",
      "example.org",
    ]);
    expect(rows.every((r) => typeof r[source] === "object" && r[source].href?.startsWith("https://"))).toBe(true);
    expect(f.en.chart.description).toBe(
      "5 scores for 3 pairs of regency/city and round; 3 outside the band of the predikat received. Scores range from 480 to 990.",
    );
  });
});

const numbersIn = (text: string) => (text.match(/\d[\d.,]*/g) ?? []).map((n) => n.replace(/[.,]$/, ""));

/** Every number printed is a figure (counts, years, scores, the numbers of a published band), and every figure is printed. */
function expectOnlyFigures(f: Finding, lang: Lang) {
  const allowed = new Set(Object.entries(f.figures).map(([key, v]) => formatFigure(lang, key, v)));
  const texts = [f.title, ...f.paragraphs.map(paragraphText), f.population, ...f.caveats];
  for (const text of texts) for (const n of numbersIn(text)) expect(allowed, `${n} in "${text}"`).toContain(n);
  const printed = texts.flatMap(numbersIn);
  for (const [key, v] of Object.entries(f.figures)) expect(printed, key).toContain(formatFigure(lang, key, v));
}

describe("on the real data", () => {
  const real: SiteData = buildRawFolder("data/raw");
  const entries = reportedScoreEntries(real);

  test("the pipeline's mismatch flag is exactly 'the score's band differs from the predikat shown as received'", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries)
      expect(e.mismatch, `${e.place.name} ${e.year}`).toBe(e.received !== null && e.bandPredikat !== e.received);
  });

  test("no reported score is lost or counted twice by the merge", () => {
    const keys = new Set(real.reportedScores.map((s) => `${s.placeCode}|${s.year}|${s.stage}|${s.score}`));
    expect(entries).toHaveLength(keys.size);
    for (const s of real.reportedScores) {
      const e = entries.find(
        (x) => x.place.code === s.placeCode && x.year === s.year && x.stage === s.stage && x.score === s.score,
      )!;
      expect(e.sourceUrls).toEqual(expect.arrayContaining(s.sourceUrls));
    }
  });

  test.each(LANGS)("the text prints only computed figures, and they are right (%s)", (lang) => {
    const f = selfAssessmentBands(real, lang);
    expect(f.figures["n.scores"]).toBe(entries.length);
    expect(f.figures["n.mismatches"]).toBe(entries.filter((e) => e.mismatch).length);
    expect(f.figures["n.places"]).toBe(new Set(real.reportedScores.map((s) => s.placeCode)).size);
    expectOnlyFigures(f, lang);
    // Every score in the chart has a source link, and every source is listed or counted.
    const source = f.chart.table.columns.findIndex((c) => c.key === "source");
    for (const row of f.chart.table.rows) expect(typeof row[source] === "object" && row[source].href).toBeTruthy();
    const urls = new Set(real.reportedScores.flatMap((s) => s.sourceUrls));
    // Every statement is listed or counted; the source line then ends with reported-scores.csv.
    expect(f.sources.length - 1 + f.moreSources).toBe(urls.size);
    expect(f.sources.at(-1)?.label).toBe("reported-scores.csv");
    // The example: DKI Jakarta 2021, self-assessed in the KLA band, awarded Madya.
    expect(f.namedPlaces.map((p) => p.placeCode)).toEqual(expect.arrayContaining(["31.71"]));
  });
});
