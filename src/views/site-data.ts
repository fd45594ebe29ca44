/**
 * The one door through which Astro pages reach the data: the typed artefact written by `npm run build:data`,
 * read once per build, with the lookups pages need. Pages never read raw CSV.
 */
import { existsSync, readFileSync } from "node:fs";
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

/**
 * scripts/build.ts starts the Astro shards and the image drawing while the data pipeline is still running (their own
 * start-up and bundling take seconds and read no data) and names, in ATLAS_DATA_READY, a file it writes once the
 * pipeline has finished: "ok", or "failed". Until then whatever reads data/build must wait, or it would read the
 * previous build's artefact. Blocking is right here: the process has nothing else to do until its data is there.
 */
const DATA_READY_TIMEOUT_MS = 10 * 60 * 1000;
let dataReady = false;
export function awaitArtefact(): void {
  const marker = process.env.ATLAS_DATA_READY;
  if (dataReady || !marker) return;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const started = performance.now();
  // An empty marker is one being written (scripts/build.ts renames it into place, but a writer that does not would
  // leave it empty for a moment, and on 2026-12-07 a reader caught that): wait for its word.
  const state = (): string => (existsSync(marker) ? readFileSync(marker, "utf8") : "");
  let word: string;
  while ((word = state()) === "") {
    if (performance.now() - started > DATA_READY_TIMEOUT_MS)
      throw new Error(`site-data: the data pipeline has not finished after 10 minutes (no word in ${marker})`);
    Atomics.wait(sleeper, 0, 0, 20); // sleeps 20 ms; nothing ever notifies
  }
  if (word !== "ok") throw new Error(`site-data: the data pipeline ${word} (${marker}); nothing to build from`);
  dataReady = true;
}

export function siteData(): SiteData & { index: Index } {
  if (cache) return cache;
  awaitArtefact();
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
