/**
 * The self-assessment page's reading of a result (browser-safe, shared by the page's script and the tests): which
 * indicators cost the most points, what the indicators present add up to, and the file reader's problems in
 * Bahasa Indonesia. The engine (score.ts) and the reader (self-assessment.ts) stay the single source of the
 * numbers and of the English messages; this module only re-words and orders them.
 */
import type { AssessmentResult, Method } from "../method/score.ts";
import type { Predikat } from "../pipeline/artefact.ts";
import type { Problem } from "../core/problems.ts";

export interface PointsLost {
  id: string;
  number: number;
  clusterId: string;
  points: number;
  max: number;
  /** max − points, rounded to hundredths. */
  lost: number;
}

/**
 * Indicators with a value, by points lost (most first; ties in indicator order). Only those that lose something:
 * an indicator at full points costs nothing. Missing indicators are listed apart: they cost everything, but
 * because nobody answered, not because of the answer.
 */
export function pointsLost(method: Method, result: AssessmentResult): PointsLost[] {
  const byId = new Map(method.indicators.map((i) => [i.id, i]));
  return result.indicators
    .filter((r) => r.points !== null)
    .map((r) => {
      const ind = byId.get(r.id)!;
      return {
        id: r.id,
        number: ind.number,
        clusterId: r.clusterId,
        points: r.points!,
        max: r.max,
        lost: Math.round((r.max - r.points!) * 100) / 100,
      };
    })
    .filter((r) => r.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.number - b.number);
}

/** Points earned by the indicators present, out of the maximum of those indicators (hundredths, exact). */
export function pointsSoFar(result: AssessmentResult): { points: number; max: number } {
  let points = 0;
  let max = 0;
  for (const r of result.indicators) {
    if (r.points === null) continue;
    points += Math.round(r.points * 100);
    max += Math.round(r.max * 100);
  }
  return { points: points / 100, max: max / 100 };
}

/**
 * The next band above a total and the points still needed to reach it, for "how far from the next predikat".
 * Totals are shown in hundredths, so "above 700" is first reached at 700.01. Null at the top band.
 */
export function nextBand(method: Method, total: number): { predikat: Predikat; needed: number } | null {
  const hundredths = Math.round(total * 100);
  for (const band of [...method.bands].sort((a, b) => a.fromScore - b.fromScore)) {
    const first = Math.round(band.fromScore * 100) + (band.fromRule === "above" ? 1 : 0);
    if (first > hundredths) return { predikat: band.predikat, needed: (first - hundredths) / 100 };
  }
  return null;
}

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** The reader's messages (src/method/self-assessment.ts, src/core/csv-read.ts) in Indonesian; anything else stays as is. */
const ID_RULES: Rule[] = [
  [
    /^empty indicator_id, expected one of (\S+) … (\S+) \(see the template\)$/,
    (m) => `indicator_id kosong; isi salah satu dari ${m[1]} … ${m[2]} (lihat templat)`,
  ],
  [
    /^unknown indicator "(.*)", expected one of (\S+) … (\S+) \(see the template\)$/,
    (m) => `indikator "${m[1]}" tidak dikenal; gunakan salah satu dari ${m[2]} … ${m[3]} (lihat templat)`,
  ],
  [
    /^(\S+) appears again \(first on line (\d+)\), expected each indicator once$/,
    (m) => `${m[1]} muncul lagi (pertama di baris ${m[2]}); setiap indikator cukup satu kali`,
  ],
  [
    /^(\S+) value "(.*)" is not yes or no, expected .*$/,
    (m) => `nilai ${m[1]} "${m[2]}" bukan ya atau tidak; isi ya, tidak, yes, no, 1, atau 0`,
  ],
  [
    /^(\S+) value "(.*)" is not a number, expected .*$/,
    (m) => `nilai ${m[1]} "${m[2]}" bukan angka; isi persen 0–100, misalnya 87,5`,
  ],
  [/^(\S+) value (.*) is out of range, expected .*$/, (m) => `nilai ${m[1]} ${m[2]} di luar rentang; isi persen 0–100`],
  [/^broken quoting .*$/, () => `tanda kutip tidak lengkap (ada " pembuka tanpa " penutup)`],
  [
    /^extra fields: (\d+) fields, expected (\d+) \((.*)\)$/,
    (m) => `kolom berlebih: ${m[1]} kolom, seharusnya ${m[2]} (${m[3]})`,
  ],
  [
    /^missing fields: (\d+) fields, expected (\d+) \((.*)\)$/,
    (m) => `kolom kurang: ${m[1]} kolom, seharusnya ${m[2]} (${m[3]})`,
  ],
  [
    /^column "(.*)" appears twice, expected each column once$/,
    (m) => `kolom "${m[1]}" muncul dua kali; setiap kolom cukup satu kali`,
  ],
  [
    /^missing column\(s\) (.*), expected a header with (.*)$/,
    (m) => `kolom ${m[1]} tidak ada; baris pertama harus memuat ${m[2]}`,
  ],
  [/^empty header row, expected .*$/, () => `baris judul kosong; baris pertama harus berisi nama kolom`],
];

export function problemMessage(lang: "id" | "en", message: string): string {
  if (lang === "en") return message;
  for (const [pattern, say] of ID_RULES) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return message;
}

/** "Baris 5: …" / "Line 5: …"; a problem with the whole file (line 0) has no line. */
export function problemLine(lang: "id" | "en", p: Problem): string {
  const text = problemMessage(lang, p.message);
  if (p.line <= 0) return text;
  return `${lang === "id" ? "Baris" : "Line"} ${p.line}: ${text}`;
}
