/**
 * From published statements to one record per place and round. Every statement becomes a claim with its source;
 * claims about the same place and round merge into one record that keeps all of them. Disagreement is recorded
 * as a conflict (predikat left null, every claim kept for the page to show), never settled by picking one.
 */
import type { AwardRecord, AwardSource, Predikat } from "./artefact.ts";
import { clipText, type Problem } from "../core/problems.ts";

export interface AwardClaim {
  year: number;
  placeCode: string;
  provinceCodeAtTime: string;
  source: AwardSource;
  /** Claims from one file about one place and round must agree (a file contradicting itself is an input error). */
  file: string;
  line: number;
}

/** A whole-province statement: a complete list of awardees, or "every kab/kota was awarded" (Provila). */
export interface ProvinceRoundFact {
  year: number;
  provinceCode: string;
  scope: "complete-list" | "all-awarded";
  awardedCount: number | null;
  inferred: boolean;
  url: string;
  provinceAsPublished: string;
  note: string;
  rawRef: string;
}

const key = (year: number, code: string) => `${year}|${code}`;

export function sourceOrder(a: AwardSource, b: AwardSource): number {
  // Direct statements first, then by URL, so the first source is the strongest and output is stable.
  if (a.inferred !== b.inferred) return a.inferred ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : a.rawRef < b.rawRef ? -1 : a.rawRef > b.rawRef ? 1 : 0;
}

/** One file saying two different things about the same place and round is a mistake in that file. */
export function findSelfContradictions(claims: readonly AwardClaim[]): Problem[] {
  const firstByFile = new Map<string, AwardClaim>();
  const problems: Problem[] = [];
  for (const c of claims) {
    const k = `${c.file}|${key(c.year, c.placeCode)}`;
    const first = firstByFile.get(k);
    if (first === undefined) firstByFile.set(k, c);
    else if (first.source.says !== c.source.says) {
      problems.push({
        path: c.file,
        line: c.line,
        message: `${clipText(c.source.nameAsPublished)} (${c.placeCode}) in ${c.year} is "${c.source.says}" here but "${first.source.says}" on line ${first.line}, expected one predikat per place and year in a file (put a disagreeing source in its own file so it is recorded as a conflict)`,
      });
    }
  }
  return problems;
}

/**
 * Province-wide facts speak for the places no other claim mentions: a complete list makes the unnamed places
 * "not awarded"; an all-awarded statement makes them "awarded" with the tier unknown.
 */
export function claimsFromProvinceFacts(
  facts: readonly ProvinceRoundFact[],
  explicit: readonly AwardClaim[],
  placesInProvinceAt: (provinceCode: string, year: number) => { code: string; name: string }[],
): AwardClaim[] {
  const mentioned = new Set(explicit.map((c) => key(c.year, c.placeCode)));
  const derived: AwardClaim[] = [];
  for (const f of facts) {
    for (const place of placesInProvinceAt(f.provinceCode, f.year)) {
      if (mentioned.has(key(f.year, place.code))) continue;
      const says = f.scope === "complete-list" ? "not-awarded" : "awarded";
      const why =
        f.scope === "complete-list"
          ? "Not named in this source's complete list of the province's awardees."
          : "The source says every kab/kota of the province was awarded; it does not give this place's predikat.";
      derived.push({
        year: f.year,
        placeCode: place.code,
        provinceCodeAtTime: f.provinceCode,
        file: f.rawRef,
        line: 0,
        source: {
          url: f.url,
          nameAsPublished: "",
          provinceAsPublished: f.provinceAsPublished,
          says,
          rawRef: f.rawRef,
          inferred: f.scope === "all-awarded" || f.inferred,
          note: [why, f.note].filter(Boolean).join(" "),
        },
      });
    }
  }
  return derived;
}

export function mergeClaims(claims: readonly AwardClaim[]): AwardRecord[] {
  const groups = new Map<string, AwardClaim[]>();
  for (const c of claims) {
    const k = key(c.year, c.placeCode);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  const records: AwardRecord[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const sources = dedupeSources(group.map((c) => c.source)).sort(sourceOrder);
    const tiers = new Set(
      sources.map((s) => s.says).filter((s): s is Predikat => s !== "awarded" && s !== "not-awarded"),
    );
    const saysAwarded = sources.some((s) => s.says !== "not-awarded");
    const saysNotAwarded = sources.some((s) => s.says === "not-awarded");
    const conflict = tiers.size > 1 || (saysAwarded && saysNotAwarded);
    // In an awarded/not-awarded dispute the direct statements decide the status shown; the conflict flag stays.
    const directAwarded = sources.some((s) => !s.inferred && s.says !== "not-awarded");
    const status = saysAwarded && (!saysNotAwarded || directAwarded) ? "awarded" : "not-awarded";
    const predikat = !conflict && tiers.size === 1 ? [...tiers][0]! : null;
    // Inferred when what the record shows rests on inference alone: with a tier, the sources that state that tier
    // (a direct "awarded" under an inferred tier still leaves the tier inferred); without one, all its sources.
    const shownBy = predikat === null ? sources : sources.filter((s) => s.says === predikat);
    records.push({
      year: first.year,
      placeCode: first.placeCode,
      provinceCodeAtTime: first.provinceCodeAtTime,
      status,
      predikat,
      conflict,
      inferred: shownBy.every((s) => s.inferred),
      sources,
    });
  }
  return records.sort(
    (a, b) => a.year - b.year || (a.placeCode < b.placeCode ? -1 : a.placeCode > b.placeCode ? 1 : 0),
  );
}

/** The same statement compiled twice (same URL, same claim) is one source, not two. */
function dedupeSources(sources: AwardSource[]): AwardSource[] {
  const seen = new Map<string, AwardSource>();
  for (const s of sources) {
    const k = `${s.url}|${s.says}`;
    const prev = seen.get(k);
    if (prev === undefined) seen.set(k, s);
    else if (prev.inferred && !s.inferred) seen.set(k, s);
  }
  return [...seen.values()];
}
