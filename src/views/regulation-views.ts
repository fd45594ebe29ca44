/**
 * What the place, province and data pages show about regulations on KLA (the first KLA indicator). The pipeline
 * computed the states and counts (src/pipeline/regulations.ts); these functions only select and order them.
 */
import type {
  Place,
  PlaceRegulationState,
  RegulationCoverage,
  RegulationFact,
  SiteData,
} from "../pipeline/artefact.ts";
import { HAS_PERDA } from "../pipeline/regulations.ts";

type Data = Pick<SiteData, "regulations" | "regulationStates" | "regulationCoverage" | "places">;

export interface PlaceRegulationView {
  state: PlaceRegulationState;
  /** Year of the fact that decides the state; null when unknown. */
  year: number | null;
  /** Every statement about the place, newest first: the history behind the state. */
  facts: RegulationFact[];
  /** The newest draft when the place is otherwise unknown (a Ranperda is reported, nothing enacted yet). */
  draft: RegulationFact | null;
  /** The statement that decides the state (an enacted regulation, or a source saying there is none); null when unknown. */
  deciding: RegulationFact | null;
}

const newestFirst = (a: RegulationFact, b: RegulationFact) => b.year - a.year || (a.rawRef < b.rawRef ? -1 : 1);

export function placeRegulations(d: Data, code: string): PlaceRegulationView {
  const summary = d.regulationStates.find((s) => s.placeCode === code);
  const facts = d.regulations.filter((f) => f.placeCode === code).sort(newestFirst);
  const state = summary?.state ?? "unknown";
  const year = summary?.year ?? null;
  const deciding =
    facts.find((f) => f.year === year && (state === "none" ? f.status === "none" : f.status === "enacted")) ?? null;
  return {
    state,
    year,
    facts,
    draft: state === "unknown" ? (facts.find((f) => f.status === "draft") ?? null) : null,
    deciding,
  };
}

export interface ProvinceRegulationRow {
  place: Place;
  state: PlaceRegulationState;
  year: number | null;
  /** The newest statement about the place (what the list shows beside its name). */
  latest: RegulationFact;
}

export interface ProvinceRegulationView {
  coverage: RegulationCoverage;
  /** Places of the province with a known state (or a draft), by state order then name. */
  known: ProvinceRegulationRow[];
  /** Places with no statement at all. */
  unknown: Place[];
  has: number;
}

const STATE_ORDER: readonly PlaceRegulationState[] = [
  "perda-kla",
  "perda-child-protection",
  "head-regulation",
  "none",
  "unknown",
];

export function provinceRegulations(d: Data, provinceCode: string): ProvinceRegulationView {
  const coverage = d.regulationCoverage.find((c) => c.areaCode === provinceCode);
  if (!coverage) throw new Error(`regulationCoverage has no row for province ${provinceCode}`);
  const places = d.places.filter((p) => p.provinceCode === provinceCode);
  const known: ProvinceRegulationRow[] = [];
  const unknown: Place[] = [];
  for (const place of places) {
    const v = placeRegulations(d, place.code);
    if (v.facts.length === 0) unknown.push(place);
    else known.push({ place, state: v.state, year: v.year, latest: v.facts[0]! });
  }
  known.sort(
    (a, b) =>
      STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || a.place.name.localeCompare(b.place.name, "id"),
  );
  return { coverage, known, unknown, has: hasPerda(coverage) };
}

/** Places known to have a Perda/Qanun on KLA or on child protection. */
export function hasPerda(c: RegulationCoverage): number {
  return HAS_PERDA.reduce((n, s) => n + c.counts[s], 0);
}

/** The national row, and how many places and provinces the statements cover (drafts included). */
export function nationalRegulations(d: Data): {
  coverage: RegulationCoverage;
  has: number;
  places: number;
  provinces: number;
} {
  const coverage = d.regulationCoverage.find((c) => c.areaCode === "ID");
  if (!coverage) throw new Error("regulationCoverage has no national row");
  const provinceOf = new Map(d.places.map((p) => [p.code, p.provinceCode]));
  const provinces = new Set(d.regulationStates.map((s) => provinceOf.get(s.placeCode))).size;
  return { coverage, has: hasPerda(coverage), places: d.regulationStates.length, provinces };
}
