/**
 * Build-time checks that compare what we hold with what was announced. A failure here means a compiled
 * fact contradicts an official count or a complete list, so the build stops and says which.
 */
import {
  PREDIKAT,
  type AwardRecord,
  type AwardRound,
  type Predikat,
  type Province,
  type ProvinceRoundCoverage,
  type RoundCoverage,
} from "./artefact.ts";
import type { ProvinceRoundFact } from "./awards.ts";
import type { Problem } from "../core/problems.ts";

const zeroCounts = (): Record<Predikat, number> => ({ Pratama: 0, Madya: 0, Nindya: 0, Utama: 0, KLA: 0 });

export function roundCoverage(records: readonly AwardRecord[], rounds: readonly AwardRound[]): RoundCoverage[] {
  return rounds
    .filter((r) => r.held)
    .map((round) => {
      const known = zeroCounts();
      const c = {
        knownInferred: 0,
        awardedTierUnknown: 0,
        awardedTierUnknownInferred: 0,
        notAwarded: 0,
        notAwardedInferred: 0,
      };
      for (const rec of records) {
        if (rec.year !== round.year) continue;
        const inferred = rec.inferred ? 1 : 0;
        if (rec.status === "not-awarded") {
          c.notAwarded++;
          c.notAwardedInferred += inferred;
        } else if (rec.predikat) {
          known[rec.predikat]++;
          c.knownInferred += inferred;
        } else {
          c.awardedTierUnknown++;
          c.awardedTierUnknownInferred += inferred;
        }
      }
      return { year: round.year, known, ...c, announced: round.counts, totalAnnounced: round.totalAwarded };
    });
}

/** We can never know more places at a predikat than the ministry announced for that round. */
export function checkAgainstAnnounced(coverage: readonly RoundCoverage[], countsPath: string): Problem[] {
  const problems: Problem[] = [];
  for (const c of coverage) {
    for (const p of PREDIKAT) {
      const announced = c.announced[p];
      if (announced !== null && c.known[p] > announced) {
        problems.push({
          path: countsPath,
          line: 0,
          message: `${c.year}: ${c.known[p]} places hold ${p} in the compiled rows but ${announced} were announced, expected at most ${announced}`,
        });
      }
    }
    const awarded = PREDIKAT.reduce((n, p) => n + c.known[p], 0) + c.awardedTierUnknown;
    if (c.totalAnnounced !== null && awarded > c.totalAnnounced) {
      problems.push({
        path: countsPath,
        line: 0,
        message: `${c.year}: ${awarded} places are awarded in the compiled rows but ${c.totalAnnounced} were announced, expected at most ${c.totalAnnounced}`,
      });
    }
  }
  return problems;
}

/** A "complete list" must really be complete: the named awardees we hold must number what it says. */
export function checkCompleteLists(facts: readonly ProvinceRoundFact[], records: readonly AwardRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of facts) {
    if (f.scope !== "complete-list" || f.awardedCount === null) continue;
    const named = records.filter(
      (r) =>
        r.year === f.year &&
        r.provinceCodeAtTime === f.provinceCode &&
        r.status === "awarded" &&
        r.sources.some((s) => s.nameAsPublished !== ""),
    ).length;
    if (named !== f.awardedCount) {
      const [path, line] = splitRef(f.rawRef);
      problems.push({
        path,
        line,
        message: `${f.year} ${f.provinceAsPublished}: the complete list has ${f.awardedCount} awardees but ${named} are compiled, expected every awardee of a complete list to have a row`,
      });
    }
  }
  return problems;
}

export function splitRef(ref: string): [string, number] {
  const i = ref.lastIndexOf(":");
  return i === -1 ? [ref, 0] : [ref.slice(0, i), Number(ref.slice(i + 1)) || 0];
}

export function provinceCoverage(
  records: readonly AwardRecord[],
  rounds: readonly AwardRound[],
  provinces: readonly Province[],
  placesInProvinceAt: (provinceCode: string, year: number) => { code: string }[],
): ProvinceRoundCoverage[] {
  const out: ProvinceRoundCoverage[] = [];
  for (const round of rounds.filter((r) => r.held)) {
    const byPlace = new Map(records.filter((r) => r.year === round.year).map((r) => [r.placeCode, r]));
    for (const prov of provinces) {
      const places = placesInProvinceAt(prov.code, round.year);
      if (places.length === 0) continue; // the province did not exist yet (Papua split, 2022)
      const c = {
        year: round.year,
        provinceCode: prov.code,
        places: places.length,
        awardedPredikatKnown: 0,
        awardedPredikatKnownInferred: 0,
        awardedPredikatUnknown: 0,
        awardedPredikatUnknownInferred: 0,
        notAwarded: 0,
        notAwardedInferred: 0,
        unknown: 0,
      };
      for (const p of places) {
        const r = byPlace.get(p.code);
        if (!r) {
          c.unknown++;
          continue;
        }
        const inferred = r.inferred ? 1 : 0;
        if (r.status === "not-awarded") {
          c.notAwarded++;
          c.notAwardedInferred += inferred;
        } else if (r.predikat) {
          c.awardedPredikatKnown++;
          c.awardedPredikatKnownInferred += inferred;
        } else {
          c.awardedPredikatUnknown++;
          c.awardedPredikatUnknownInferred += inferred;
        }
      }
      out.push(c);
    }
  }
  return out;
}
