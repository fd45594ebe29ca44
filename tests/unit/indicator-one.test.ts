/**
 * Indicator 1 (KLA-K-01) on the profile and the methodology page, on the real data: the deciding regulation carried
 * as fields and worded per language (the download's note keeps its English shorthand, as the codebook says); the
 * share of the province's and all kab/kota answering yes, recounted here from the achievements; a regulation dated
 * after the last scored year named with why it does not count; and the number of yes answers that rest on a
 * Perbup/Perwal alone, recounted from the facts without the head-regulation rules.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RegulationFact, SiteData } from "../../src/pipeline/artefact.ts";
import { decidingRegulationText } from "../../src/i18n/regulation-text.ts";
import { ti } from "../../src/i18n/pages/indicator-one.ts";
import { regulationAnswer } from "../../src/method/regulation-rules.ts";
import { CODEBOOK } from "../../src/publish/codebook.ts";
import { headRegulationEffect, lastScoredYear, yesShares } from "../../src/views/indicator-one.ts";
import { scoredIndicators } from "../../src/views/scored-indicators.ts";
import { SourceList } from "../../src/views/source-list.ts";
import { buildRawFolder, ROOT } from "./helpers.ts";

const real = buildRawFolder("data/raw");
const MATARAM = "52.71";

describe("the deciding regulation", () => {
  it("travels as fields from the pipeline and is worded per language, never the English note", () => {
    const k01 = scoredIndicators(real, new SourceList(), MATARAM, "52").scored.find(
      (s) => s.indicatorId === "KLA-K-01",
    )!;
    expect(decidingRegulationText("id", k01.decidedBy!)).toBe("Perda Nomor 8 Tahun 2023 tentang KLA");
    expect(decidingRegulationText("en", k01.decidedBy!)).toBe("Perda No. 8 of 2023 on KLA");
    const none = { status: "none", kind: "perda", number: "", year: 2025, topic: "child-protection", rawRef: "" };
    expect(decidingRegulationText("id", none)).toBe(
      "pernyataan sumber (2025) bahwa belum ada Perda tentang perlindungan anak",
    );
    expect(decidingRegulationText("en", none)).toBe(
      "a source's statement (2025) that there is no Perda on child protection",
    );
  });

  it("is the fact the download's English note names, for every answer", () => {
    const k01 = real.achievements.filter((a) => a.indicator_id === "KLA-K-01");
    expect(k01.length).toBeGreaterThan(500);
    for (const a of k01) {
      const f = a.decided_by!;
      expect(a.note, `${a.area_code} ${a.year}`).toContain(`[${f.rawRef}]`);
      expect(a.note.startsWith(f.status === "none" ? `none ${f.kind}` : `${f.kind} `)).toBe(true);
    }
  });

  it("is said to be English in the codebook's note column of indicator-achievements.csv", () => {
    const note = CODEBOOK.find((f) => f.file === "indicator-achievements.csv")!.columns.find((c) => c.name === "note")!;
    expect(note.description.en).toMatch(/English/);
    expect(note.description.id).toMatch(/bahasa Inggris/);
  });
});

describe("the province and national comparison of indicator 1", () => {
  const year = lastScoredYear(real)!;
  const answers = new Map(
    real.achievements
      .filter((a) => a.indicator_id === "KLA-K-01" && a.year === year && a.area_level === "kabkota")
      .map((a) => [a.area_code, a.value]),
  );
  const count = (codes: string[]) => ({
    yes: codes.filter((c) => answers.get(c) === 1).length,
    no: codes.filter((c) => answers.get(c) === 0).length,
    unknown: codes.filter((c) => !answers.has(c)).length,
  });

  it("counts yes, no and unknown among the province's and all kab/kota, and the share of yes among the known", () => {
    const shares = yesShares(real, "KLA-K-01", year);
    const ntb = real.places.filter((p) => p.provinceCode === "52").map((p) => p.code);
    expect(shares.get("52")).toMatchObject(count(ntb));
    const all = count(real.places.map((p) => p.code));
    expect(shares.get("ID")).toMatchObject(all);
    expect(all.yes + all.no + all.unknown).toBe(514);
    expect(shares.get("ID")!.percent).toBeCloseTo((100 * all.yes) / (all.yes + all.no), 10);
  });

  it("is on the profile row of indicator 1, for its year", () => {
    const k01 = scoredIndicators(real, new SourceList(), MATARAM, "52").scored.find(
      (s) => s.indicatorId === "KLA-K-01",
    )!;
    expect(k01.year).toBe(year);
    expect(k01.provinceShare).toEqual(yesShares(real, "KLA-K-01", year).get("52"));
    expect(k01.nationalShare!.yes + k01.nationalShare!.no + k01.nationalShare!.unknown).toBe(514);
  });
});

describe("a regulation after the last scored year", () => {
  const last = lastScoredYear(real)!;
  // Synthetic (tests only): Mataram's Perda as if enacted the year after the last scored year.
  const later: RegulationFact = {
    ...real.regulations.find((f) => f.placeCode === MATARAM && f.status === "enacted")!,
    number: "3",
    year: last + 1,
    rawRef: "test:1",
  };
  const d: SiteData = { ...real, regulations: [...real.regulations, later] };

  it("counts for no scored year, and the profile names it with why", () => {
    const view = scoredIndicators(d, new SourceList(), MATARAM, "52");
    expect(view.lastYear).toBe(last);
    expect(view.later).toEqual([
      { status: "enacted", kind: "perda", number: "3", year: last + 1, topic: "kla", rawRef: "test:1" },
    ]);
    expect(regulationAnswer([later], d.method.regulationRules, "KLA-K-01", last)).toBeNull();
    const text = ti("en", "later", { regulation: decidingRegulationText("en", later), year: later.year, last });
    expect(text).toBe(
      `Perda No. 3 of ${last + 1} on KLA dates from ${last + 1}, after ${last}, the last year scored, so it does not count for indicator 1 in any year shown here. A regulation counts from the year it was enacted.`,
    );
  });

  it("is not there on the real data for a place whose facts all fall within the scored years", () => {
    expect(scoredIndicators(real, new SourceList(), MATARAM, "52").later).toEqual([]);
    // Drafts never count, so the real 2026 drafts (Karimun, Ambon …) are not listed as 'after the last year'.
    for (const f of real.regulations.filter((x) => x.year > last)) expect(f.status).toBe("draft");
  });
});

describe("a Perbup/Perwal counts as yes", () => {
  it("is a rule of data/method/regulation-rules.csv for both topics", () => {
    const csv = readFileSync(join(ROOT, "data/method/regulation-rules.csv"), "utf8");
    for (const kind of ["perbup", "perwal"])
      for (const topic of ["kla", "child-protection"])
        expect(csv).toContain(`KLA-K-01,enacted,${kind},${topic},yes,0,`);
  });

  it("affects the count the methodology page and data/method/README.md print", () => {
    const e = headRegulationEffect(real);
    // Recount from the achievements: yes answers whose deciding fact is a Perbup/Perwal and whose place holds no
    // counting Perda/Qanun of the same year or before.
    const yes = real.achievements.filter((a) => a.indicator_id === "KLA-K-01" && a.year === e.year && a.value === 1);
    expect(e.yes).toBe(yes.length);
    const headOnly = yes.filter(
      (a) =>
        ["perbup", "perwal"].includes(a.decided_by!.kind) &&
        !real.regulations.some(
          (f) =>
            f.placeCode === a.area_code &&
            f.status === "enacted" &&
            ["perda", "qanun"].includes(f.kind) &&
            f.year <= e.year!,
        ),
    );
    expect(e.onlyByHeadRegulation).toBe(headOnly.length);
    expect(e.onlyByHeadRegulation).toBeGreaterThan(0);
    expect(e.wouldBeNo + e.wouldBeUnknown).toBe(e.onlyByHeadRegulation);
    const readme = readFileSync(join(ROOT, "data/method/README.md"), "utf8");
    expect(readme).toContain(
      `In ${e.year}, ${e.onlyByHeadRegulation} of the ${e.yes} kab/kota answering yes do so only because of a Perbup/Perwal`,
    );
    expect(readme).toContain(`${e.wouldBeUnknown} would be unknown and ${e.wouldBeNo} would answer no`);
  });
});
