/**
 * Finding 3 (issue 16), movement of the predikat between rounds: on a synthetic artefact, the counts, who is left out
 * and why, who fell and who rose two tiers, today's provinces and the Papua-like split, word for word in both
 * languages; on the real data, every figure recomputed here independently and every number in the text one of them.
 */
import { describe, expect, test } from "vitest";
import { PREDIKAT, type AwardRecord, type SiteData } from "../../src/pipeline/artefact.ts";
import { formatFigure } from "../../src/views/findings/figures.ts";
import { LANGS, type Lang } from "../../src/i18n/index.ts";
import { cellText } from "../../src/charts/types.ts";
import {
  movement2022to2023,
  movement2023to2025,
  movementFinding,
  roundMovement,
} from "../../src/views/findings/movement.ts";
import { paragraphText, type Finding } from "../../src/views/findings/finding.ts";
import { syntheticSite } from "./findings-fixtures.ts";
import { buildRawFolder } from "./helpers.ts";

const site = syntheticSite();

describe("roundMovement on a synthetic artefact", () => {
  const m = roundMovement(site, 2022, 2023);
  test("counts up, same and down among places with a stated tier in both rounds", () => {
    expect(m.moves.map((x) => [x.place.code, x.from, x.to, x.steps])).toEqual([
      ["81.01", "Madya", "Pratama", -1],
      ["81.02", "Pratama", "Nindya", 2],
      ["81.71", "Madya", "Madya", 0],
      ["82.04", "Utama", "Pratama", -3],
      ["93.01", "Pratama", "Madya", 1],
    ]);
    expect(m.counts).toEqual({ up: 2, same: 1, down: 2 });
    expect(m.byType).toEqual({ kota: { up: 0, same: 1, down: 0 }, kabupaten: { up: 2, same: 0, down: 2 } });
  });

  test("leaves inferred, conflicting, not-awarded and tier-less records out, each counted by why", () => {
    expect(m.excluded).toEqual({ inferred: 1, conflict: 1, notAwarded: 1, tierUnknown: 1 });
    expect(m.oneRoundOnly).toBe(1);
    expect(m.moves.some((x) => x.place.code === "81.72")).toBe(false);
  });

  test("names who fell (biggest fall first) and who rose two tiers or more", () => {
    expect(m.fell.map((x) => x.place.code)).toEqual(["82.04", "81.01"]);
    expect(m.roseTwoOrMore.map((x) => x.place.code)).toEqual(["81.02"]);
  });

  test("groups by today's province and records who was in another province then", () => {
    expect(m.byProvince.map((p) => [p.province.code, p.up, p.same, p.down])).toEqual([
      ["81", 1, 1, 1],
      ["82", 0, 0, 1],
      ["93", 1, 0, 0],
    ]);
    expect(m.provinceChanged.map((c) => [c.place.code, c.provinceCodeThen])).toEqual([["93.01", "91"]]);
  });

  test("2023→2025 leaves out a tier that is inferred in the later round", () => {
    const later = roundMovement(site, 2023, 2025);
    expect(later.moves).toEqual([]);
    expect(later.excluded.inferred).toBe(1);
  });
});

describe("movementFinding on a synthetic artefact", () => {
  const finding = { id: movementFinding(2022, 2023)(site, "id"), en: movementFinding(2022, 2023)(site, "en") };

  test("words every computed figure, in Indonesian", () => {
    const f = finding.id;
    expect(f.id).toBe("temuan-pergerakan-2022-2023");
    expect(f.paragraphs).toEqual([
      "Dari 5 kabupaten/kota yang predikatnya dinyatakan sumber pada 2022 maupun 2023, 2 naik, 1 tetap dan 2 turun.",
      "Kota: 0 naik, 1 tetap, 0 turun. Kabupaten: 2 naik, 0 tetap, 2 turun.",
      "Yang turun (2): Kabupaten Contoh Delapan (Utama → Pratama) dan Kabupaten Contoh Satu (Madya → Pratama).",
      "Yang naik dua tingkat atau lebih (1): Kabupaten Contoh Dua (Pratama → Nindya).",
      "Penurunan terjadi di 2 provinsi; terbanyak di Provinsi Contoh Barat dan Provinsi Contoh Timur (1).",
    ]);
    expect(f.population).toContain("kedua putaran, 2022 dan 2023: 5.");
    expect(f.population).toContain(
      "hanya disimpulkan: 1; karena sumbernya berbeda: 1; karena tidak meraih penghargaan: 1; karena tingkatnya tidak disebut: 1.",
    );
    expect(f.population).toContain("pada salah satu putaran (1)");
    expect(f.caveats).toContain(
      "Provinsi dihitung menurut wilayahnya sekarang: 1 dari kabupaten/kota ini pada 2022 masih termasuk Provinsi Contoh Induk.",
    );
    expect(f.caveats).toContain(
      "Hanya 5 dari 10 kabupaten/kota punya predikat yang dinyatakan sumber pada kedua putaran; mereka bukan sampel acak.",
    );
  });

  test("words every computed figure, in English", () => {
    const f = finding.en;
    expect(f.paragraphs).toEqual([
      "Of the 5 regencies/cities whose predikat a source states in both 2022 and 2023, 2 moved up, 1 stayed the same and 2 moved down.",
      "Cities: 0 up, 1 same, 0 down. Regencies: 2 up, 0 same, 2 down.",
      "Moved down (2): Kabupaten Contoh Delapan (Utama → Pratama) and Kabupaten Contoh Satu (Madya → Pratama).",
      "Rose two tiers or more (1): Kabupaten Contoh Dua (Pratama → Nindya).",
      "Falls happened in 2 provinces; most in Provinsi Contoh Barat and Provinsi Contoh Timur (1).",
    ]);
    expect(f.population).toContain("because sources disagree: 1");
  });

  test("names the places it names, with the move as the reason, and lists their sources first", () => {
    expect(finding.en.namedPlaces).toEqual([
      { placeCode: "82.04", reason: "Utama 2022 → Pratama 2023" },
      { placeCode: "81.01", reason: "Madya 2022 → Pratama 2023" },
      { placeCode: "81.02", reason: "Pratama 2022 → Nindya 2023" },
    ]);
    expect(finding.en.sources.slice(0, 2).map((s) => s.href)).toEqual([
      "https://example.org/2022/82.04/1",
      "https://example.org/2023/82.04/1",
    ]);
    // Every source of the population's records is either listed or counted: 5 places × 2 rounds.
    // Ten statements, listed or counted, then awards.csv, which carries every record.
    expect(finding.en.sources.length - 1 + finding.en.moreSources).toBe(10);
    expect(finding.en.sources.at(-1)?.label).toBe("awards.csv");
  });

  test("draws one chart row per today's province, with the same counts as the text", () => {
    const chart = finding.en.chart;
    expect(chart.table.rows.map((r) => r.map(cellText))).toEqual([
      ["Provinsi Contoh Barat", "1", "1", "1", "3"],
      ["Provinsi Contoh Timur", "0", "0", "1", "1"],
      ["Provinsi Contoh Baru", "1", "0", "0", "1"],
    ]);
    expect(chart.description).toContain("5 regencies/cities in 3 provinces: 2 up, 1 same, 2 down.");
  });

  test("refuses a round that was not held", () => {
    expect(() => movementFinding(2023, 2024)(site, "id")).toThrow(/2024/);
  });
});

/** Digit runs in a text ("1.234", "21,6", "2022"), without a trailing separator. */
const numbersIn = (text: string) => (text.match(/\d[\d.,]*/g) ?? []).map((n) => n.replace(/[.,]$/, ""));

/** Every number the finding prints must be one of its figures (formatted in the reader's locale). */
function expectOnlyFigures(f: Finding, lang: Lang) {
  const allowed = new Set(Object.entries(f.figures).map(([k, v]) => formatFigure(lang, k, v)));
  for (const text of [...f.paragraphs.map(paragraphText), f.population, ...f.caveats, f.title])
    for (const n of numbersIn(text)) expect(allowed, `${n} in "${text}"`).toContain(n);
  // And every figure is printed somewhere.
  const all = [...f.paragraphs.map(paragraphText), f.population, ...f.caveats].join(" ");
  for (const [key, v] of Object.entries(f.figures)) expect(numbersIn(all), key).toContain(formatFigure(lang, key, v));
}

describe("on the real data", () => {
  const real: SiteData = buildRawFolder("data/raw");
  const stated = (a: AwardRecord | undefined) =>
    a !== undefined && a.status === "awarded" && !a.conflict && !a.inferred && a.predikat !== null ? a.predikat : null;

  test.each([
    [2022, 2023, movement2022to2023],
    [2023, 2025, movement2023to2025],
  ] as const)("%i→%i: the figures are recomputed independently, and the text prints only them", (from, to, fn) => {
    // An independent count: a plain loop over the records, no code shared with the view.
    const key = (a: AwardRecord) => a.placeCode;
    const before = new Map(real.awards.filter((a) => a.year === from).map((a) => [key(a), a]));
    const after = new Map(real.awards.filter((a) => a.year === to).map((a) => [key(a), a]));
    let up = 0;
    let same = 0;
    let down = 0;
    let both = 0;
    for (const [code, a] of before) {
      const b = after.get(code);
      if (b === undefined) continue;
      both++;
      const p = stated(a);
      const q = stated(b);
      if (p === null || q === null) continue;
      const d = PREDIKAT.indexOf(q) - PREDIKAT.indexOf(p);
      if (d > 0) up++;
      else if (d < 0) down++;
      else same++;
    }
    for (const lang of LANGS) {
      const f = fn(real, lang);
      expect(f.figures).toMatchObject({ "n.up": up, "n.same": same, "n.down": down, "n.places": up + same + down });
      const excluded = ["inferred", "conflict", "notAwarded", "tierUnknown"].reduce(
        (s, e) => s + f.figures[`n.excluded.${e}`]!,
        0,
      );
      expect(f.figures["n.places"]! + excluded).toBe(both);
      expect(f.figures["n.fell"]).toBe(down);
      expect(f.namedPlaces.length).toBe(f.figures["n.fell"]! + f.figures["n.roseTwoOrMore"]!);
      expectOnlyFigures(f, lang);
      // The chart's table adds up to the same counts as the text.
      const col = (k: string) => f.chart.table.columns.findIndex((c) => c.key === k);
      const total = (k: string) => f.chart.table.rows.reduce((s, r) => s + Number(cellText(r[col(k)]!)), 0);
      expect([total("up"), total("same"), total("down")]).toEqual([up, same, down]);
    }
  });
});
