/**
 * What the methodology page's list of disagreements (src/components/method/MethodConflicts.astro) prints: each
 * conflict of src/views/method-views.ts with the name of the area it is about and the link to that area's page
 * (none when the area has no page: the nation, or a code the register does not know). Build-time only.
 */
import type { AreaLevel } from "../method/score.ts";
import type { SiteData } from "../pipeline/artefact.ts";
import { localePath, type Lang } from "../i18n/index.ts";
import { awardConflicts, indicatorConflicts, roundConflicts, scoreMismatches } from "./method-views.ts";
import type { Index } from "./site-data.ts";

/** An area's name, and its page when it has one. */
export interface AreaLink {
  name: string;
  href: string | null;
}

/** The register lookups an area's name and page need. */
type Register = { index: Pick<Index, "placeByCode" | "provinceByCode"> };

/** A kab/kota's page, or null when the code is not in the register. */
function placeLink(d: Register, lang: Lang, code: string): AreaLink | null {
  const place = d.index.placeByCode.get(code);
  return place ? { name: place.name, href: localePath(lang, `/daerah/${place.slug}/`) } : null;
}

/** Any area of an indicator value: the nation has no page; an unknown code stands for its own name. */
export function areaLink(d: Register, lang: Lang, level: AreaLevel, code: string): AreaLink {
  if (level === "national") return { name: "Indonesia", href: null };
  if (level === "province") {
    const province = d.index.provinceByCode.get(code);
    return province
      ? { name: province.name, href: localePath(lang, `/provinsi/${province.slug}/`) }
      : { name: code, href: null };
  }
  return placeLink(d, lang, code) ?? { name: code, href: null };
}

export function methodConflicts(d: SiteData & Register, lang: Lang) {
  return {
    awards: awardConflicts(d).map((record) => ({ record, place: placeLink(d, lang, record.placeCode) })),
    values: indicatorConflicts(d).map((group) => ({ group, area: areaLink(d, lang, group.areaLevel, group.areaCode) })),
    scores: scoreMismatches(d).map((score) => ({ score, place: placeLink(d, lang, score.placeCode) })),
    rounds: roundConflicts(d.rounds),
  };
}
