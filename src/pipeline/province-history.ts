/**
 * Province history: which kab/kota belonged to which province in each award round, as the provinces were then. The
 * one home of this rule. The pipeline computes it once from the gazetteer (data/places/province-history.csv: before
 * the split of November 2022, Papua's 29 kab/kota included today's Papua Selatan, Tengah and Pegunungan) and stores
 * it in the artefact (SiteData.provinceHistory); coverage, complete-list inference, province pages, peers and cards
 * all read that, through the lookup below, instead of re-deriving membership from award records.
 */
import type { Place, ProvinceRoundMembers } from "./artefact.ts";

/**
 * One entry per round and province that existed in it (had at least one kab/kota), sorted by year then province
 * code; place codes sorted. `provinceAt` is the gazetteer's rule (places.ts), asked here and nowhere else for rounds.
 */
export function buildProvinceHistory(
  places: readonly Place[],
  years: readonly number[],
  provinceAt: (placeCode: string, year: number) => string,
): ProvinceRoundMembers[] {
  const out: ProvinceRoundMembers[] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const byProvince = new Map<string, string[]>();
    for (const place of places) {
      const code = provinceAt(place.code, year);
      const list = byProvince.get(code);
      if (list) list.push(place.code);
      else byProvince.set(code, [place.code]);
    }
    for (const provinceCode of [...byProvince.keys()].sort()) {
      out.push({ year, provinceCode, placeCodes: byProvince.get(provinceCode)!.sort() });
    }
  }
  return out;
}

/** Questions asked of the stored history; built once per artefact (views memoise it with their other indexes). */
export interface ProvinceHistoryLookup {
  /** Codes of the province's kab/kota in that round, sorted; [] when the province did not exist (or no such round). */
  members(provinceCode: string, year: number): readonly string[];
  /** Did the province exist in that round? (Papua Selatan, Tengah, Pegunungan and Barat Daya only from 2023.) */
  existed(provinceCode: string, year: number): boolean;
  /** The province a place belonged to in that round; undefined for a round the history does not cover. */
  provinceOf(placeCode: string, year: number): string | undefined;
}

export function provinceHistoryLookup(history: readonly ProvinceRoundMembers[]): ProvinceHistoryLookup {
  const members = new Map<string, readonly string[]>();
  const provinceOf = new Map<string, string>();
  for (const entry of history) {
    members.set(`${entry.year}|${entry.provinceCode}`, entry.placeCodes);
    for (const code of entry.placeCodes) provinceOf.set(`${entry.year}|${code}`, entry.provinceCode);
  }
  return {
    members: (provinceCode, year) => members.get(`${year}|${provinceCode}`) ?? [],
    existed: (provinceCode, year) => members.has(`${year}|${provinceCode}`),
    provinceOf: (placeCode, year) => provinceOf.get(`${year}|${placeCode}`),
  };
}
