/**
 * Indicator 1 (KLA-K-01, a local regulation or policy on KLA) beyond one place's answer: the share of kab/kota that
 * answer yes in a province and in the country (what stands in for the province and national figure that the percent
 * indicators have), the regulations of a place dated after the last scored year (which no score counts yet, and the
 * profile says so), and how many answers rest on a Perbup/Perwal alone (the method's decision to count a head's
 * regulation as yes, stated on the methodology page). Language-free.
 */
import { max } from "d3-array";
import type { RegulationFact, SiteData } from "../pipeline/artefact.ts";
import { asDeciding, regulationAnswer, type DecidingRegulation } from "../method/regulation-rules.ts";

/** How the kab/kota of an area answer a yes-no indicator in one year; unknown = no answer (never counted as no). */
export interface YesShare {
  yes: number;
  no: number;
  unknown: number;
  /** yes / (yes + no) in percent; null when none is known. */
  percent: number | null;
}

const sharesMemo = new WeakMap<SiteData, Map<string, Map<string, YesShare>>>();

/** Per province code and "ID" (every kab/kota, today's provinces): the answers to `indicatorId` in `year`. */
export function yesShares(d: SiteData, indicatorId: string, year: number): Map<string, YesShare> {
  const byKey = sharesMemo.get(d) ?? new Map<string, Map<string, YesShare>>();
  sharesMemo.set(d, byKey);
  const key = `${indicatorId}|${year}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const answer = new Map<string, number>();
  for (const a of d.achievements)
    if (a.area_level === "kabkota" && a.indicator_id === indicatorId && a.year === year)
      answer.set(a.area_code, a.value);
  const counts = new Map<string, { yes: number; no: number; unknown: number }>();
  for (const p of d.places) {
    for (const area of [p.provinceCode, "ID"]) {
      const c = counts.get(area) ?? { yes: 0, no: 0, unknown: 0 };
      const v = answer.get(p.code);
      if (v === undefined) c.unknown++;
      else if (v === 1) c.yes++;
      else c.no++;
      counts.set(area, c);
    }
  }
  const shares = new Map(
    [...counts].map(([area, c]) => [
      area,
      { ...c, percent: c.yes + c.no === 0 ? null : (100 * c.yes) / (c.yes + c.no) },
    ]),
  );
  byKey.set(key, shares);
  return shares;
}

const lastYearMemo = new WeakMap<SiteData, number | null>();

/** The last year any kab/kota is scored: indicator 1 is answered only for years with kab/kota data. */
export function lastScoredYear(d: SiteData): number | null {
  // Asked by each of the 1,028 profiles: one scan of the scores per artefact.
  if (!lastYearMemo.has(d))
    lastYearMemo.set(d, max(d.scores, (s) => (s.area_level === "kabkota" ? s.year : undefined)) ?? null);
  return lastYearMemo.get(d)!;
}

/**
 * A place's regulation facts that a rule of the method would count but that date from after the last scored year
 * (with the rule's delay): the score is silent about them, so the profile says why. Newest first.
 */
export function regulationsAfterScoredYears(d: SiteData, placeCode: string): DecidingRegulation[] {
  const last = lastScoredYear(d);
  if (last === null) return [];
  return d.regulations
    .filter((f) => f.placeCode === placeCode)
    .filter((f) =>
      d.method.regulationRules.some(
        (r) =>
          r.regulationStatus === f.status && r.kind === f.kind && r.topic === f.topic && f.year + r.delayYears > last,
      ),
    )
    .sort((a, b) => b.year - a.year || (a.rawRef < b.rawRef ? -1 : 1))
    .map(asDeciding);
}

export const HEAD_REGULATION_KINDS: readonly string[] = ["perbup", "perwal"];

/**
 * What counting a Perbup/Perwal as yes changes, in the last scored year: kab/kota answering yes only because of a
 * head's regulation (without those rules they would be no or unknown), and how many yes answers there are in all.
 */
export function headRegulationEffect(d: SiteData): {
  year: number | null;
  yes: number;
  onlyByHeadRegulation: number;
  wouldBeNo: number;
  wouldBeUnknown: number;
} {
  const year = lastScoredYear(d);
  const out = { year, yes: 0, onlyByHeadRegulation: 0, wouldBeNo: 0, wouldBeUnknown: 0 };
  if (year === null) return out;
  const withoutHead = d.method.regulationRules.filter((r) => !HEAD_REGULATION_KINDS.includes(r.kind));
  const byPlace = new Map<string, RegulationFact[]>();
  for (const f of d.regulations) byPlace.set(f.placeCode, [...(byPlace.get(f.placeCode) ?? []), f]);
  const indicatorIds = [...new Set(d.method.regulationRules.map((r) => r.indicatorId))];
  for (const facts of byPlace.values()) {
    for (const id of indicatorIds) {
      const full = regulationAnswer(facts, d.method.regulationRules, id, year);
      if (full?.answer !== true) continue;
      out.yes++;
      const without = regulationAnswer(facts, withoutHead, id, year);
      if (without?.answer === true) continue;
      out.onlyByHeadRegulation++;
      if (without === null) out.wouldBeUnknown++;
      else out.wouldBeNo++;
    }
  }
  return out;
}
