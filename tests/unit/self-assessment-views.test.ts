/**
 * The self-assessment page's reading of results and problems. The Indonesian messages are checked against the
 * reader's real messages (every bad fixture, plus broken CSV), so a reworded message in src/method/self-assessment.ts
 * or src/core/csv-read.ts shows up here instead of reaching a task force in English.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { scoreAssessment } from "../../src/method/score.ts";
import { parseSelfAssessment } from "../../src/method/self-assessment.ts";
import {
  nextBand,
  pointsLost,
  pointsSoFar,
  problemLine,
  problemMessage,
} from "../../src/views/self-assessment-views.ts";
import { ROOT } from "./helpers.ts";

const method = loadMethod(join(ROOT, "data/method"));
const fixture = (name: string) => readFileSync(join(ROOT, "tests/fixtures/self-assessment", name), "utf8");

const BAD: Record<string, string> = {
  "bad-duplicate.csv": "Baris 4: KLA-I-04 muncul lagi (pertama di baris 2); setiap indikator cukup satu kali",
  "bad-missing-column.csv": "Baris 1: kolom value tidak ada; baris pertama harus memuat indicator_id,value",
  "bad-not-a-number.csv": 'Baris 2: nilai KLA-III-12 "n/a" bukan angka; isi persen 0–100, misalnya 87,5',
  "bad-out-of-range.csv": "Baris 3: nilai KLA-I-04 120 di luar rentang; isi persen 0–100",
  "bad-unknown-indicator.csv":
    'Baris 4: indikator "KLA-VI-25" tidak dikenal; gunakan salah satu dari KLA-K-01 … KLA-V-24 (lihat templat)',
  "bad-yes-no.csv": 'Baris 3: nilai KLA-K-01 "mungkin" bukan ya atau tidak; isi ya, tidak, yes, no, 1, atau 0',
};

describe("problems in Bahasa Indonesia", () => {
  for (const [file, expected] of Object.entries(BAD)) {
    it(`${file}`, () => {
      const parsed = parseSelfAssessment(file, fixture(file), method);
      expect(parsed.problems.map((p) => problemLine("id", p))).toEqual([expected]);
    });
  }

  it("covers the CSV reader's own messages", () => {
    const cases: [string, RegExp][] = [
      ['indicator_id,value\nKLA-I-04,"87\n', /^Baris 2: tanda kutip tidak lengkap/],
      ["indicator_id,value\nKLA-I-04,1,2\n", /^Baris 2: kolom berlebih: 3 kolom, seharusnya 2/],
      ["indicator_id,value,catatan\nKLA-I-04,1\n", /^Baris 2: kolom kurang: 2 kolom, seharusnya 3/],
      ["indicator_id,value,value\nKLA-I-04,1,2\n", /^Baris 1: kolom "value" muncul dua kali/],
      ["\nKLA-I-04,1\n", /^Baris 1: baris judul kosong/],
      ["indicator_id,value\n,12\n", /^Baris 2: indicator_id kosong; isi salah satu dari KLA-K-01 … KLA-V-24/],
    ];
    for (const [text, pattern] of cases) {
      const lines = parseSelfAssessment("x.csv", text, method).problems.map((p) => problemLine("id", p));
      expect(
        lines.some((l) => pattern.test(l)),
        `${JSON.stringify(text)} → ${JSON.stringify(lines)}`,
      ).toBe(true);
      // No English message slips through untranslated.
      for (const l of lines) expect(l).not.toMatch(/expected/);
    }
  });

  it("leaves English as written, and an unknown message as it is", () => {
    expect(problemMessage("en", "KLA-I-04 value 120 is out of range, expected a percent 0–100")).toBe(
      "KLA-I-04 value 120 is out of range, expected a percent 0–100",
    );
    expect(problemMessage("id", "something new")).toBe("something new");
    expect(problemLine("en", { path: "a.csv", line: 3, message: "m" })).toBe("Line 3: m");
    expect(problemLine("id", { path: "a.csv", line: 0, message: "m" })).toBe("m");
  });
});

describe("points lost and points so far", () => {
  const parsed = parseSelfAssessment("partial.csv", fixture("partial-semicolon.csv"), method);
  const result = scoreAssessment(method, parsed.values);

  it("orders the indicators that lose points, most first, and leaves out those at full points", () => {
    const lost = pointsLost(method, result);
    expect(lost[0]!.id).toBe("KLA-K-02"); // "tidak": loses all its points
    for (let i = 1; i < lost.length; i++) expect(lost[i - 1]!.lost).toBeGreaterThanOrEqual(lost[i]!.lost);
    expect(lost.every((p) => p.lost > 0)).toBe(true);
    expect(lost.map((p) => p.id)).not.toContain("KLA-K-01");
  });

  it("adds up the points of the indicators present, in exact hundredths", () => {
    const soFar = pointsSoFar(result);
    const present = result.indicators.filter((r) => r.points !== null);
    expect(soFar.max).toBeCloseTo(
      present.reduce((n, r) => n + r.max, 0),
      10,
    );
    expect(soFar.points).toBeCloseTo(
      present.reduce((n, r) => n + r.points!, 0),
      10,
    );
    expect(result.total).toBeNull();
  });
});

describe("nextBand", () => {
  it("says how many points the next predikat needs, to the hundredth", () => {
    expect(nextBand(method, 695.39)).toEqual({ predikat: "Nindya", needed: 4.62 });
    expect(nextBand(method, 700)).toEqual({ predikat: "Nindya", needed: 0.01 });
    expect(nextBand(method, 499.99)).toEqual({ predikat: "Pratama", needed: 0.01 });
    expect(nextBand(method, 0)).toEqual({ predikat: "Pratama", needed: 500 });
    expect(nextBand(method, 900.01)).toBeNull();
  });
});
