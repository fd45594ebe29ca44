/**
 * The one door through which Astro pages reach the data: the typed artefact written by `npm run build:data`,
 * read once per build, with the lookups pages need. Pages never read raw CSV.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { group } from "d3-array";
import type { AwardRecord, IndicatorValue, Place, Province, SiteData } from "../pipeline/artefact.ts";

/**
 * Where `npm run build:data` wrote the artefact. ATLAS_BUILD_DIR points a build at another artefact (the quality
 * gates: the hostile-strings build, and the second build of the reproducibility check); absolute or relative to the
 * working directory.
 */
export const BUILD_DIR = resolve(process.cwd(), process.env.ATLAS_BUILD_DIR || "data/build");
const ARTEFACT = join(BUILD_DIR, "site.json");

let cache: (SiteData & { index: Index }) | null = null;

export interface Index {
  placeByCode: Map<string, Place>;
  placeBySlug: Map<string, Place>;
  provinceByCode: Map<string, Province>;
  provinceBySlug: Map<string, Province>;
  awardsByPlace: Map<string, AwardRecord[]>;
  indicatorsByArea: Map<string, IndicatorValue[]>;
}

export function siteData(): SiteData & { index: Index } {
  if (cache) return cache;
  let text: string;
  try {
    text = readFileSync(ARTEFACT, "utf8");
  } catch {
    throw new Error(`${ARTEFACT} not found: run \`npm run build:data\` first (npm run build does it for you)`);
  }
  const d = JSON.parse(text) as SiteData;
  cache = {
    ...d,
    index: {
      placeByCode: new Map(d.places.map((p) => [p.code, p])),
      placeBySlug: new Map(d.places.map((p) => [p.slug, p])),
      provinceByCode: new Map(d.provinces.map((p) => [p.code, p])),
      provinceBySlug: new Map(d.provinces.map((p) => [p.slug, p])),
      awardsByPlace: group(d.awards, (a) => a.placeCode),
      indicatorsByArea: group(d.indicators, (v) => v.areaCode),
    },
  };
  return cache;
}
