import type { AreaLevel, AreaScore, IndicatorAchievement, Method, Predikat } from "../method/score.ts";

/**
 * The typed build artefact: what `scripts/build-data.ts` writes to `data/build/site.json` and what every
 * Astro page reads (through `src/views/site-data.ts`). Pages never read raw CSV; if a page needs a figure,
 * the pipeline computes it once and puts it here.
 */

// The predikat ladder and the area levels belong to the method (src/method/score.ts); re-exported because every
// layer reads them with the artefact's types.
export { PREDIKAT, type AreaLevel, type Predikat } from "../method/score.ts";

export type PlaceType = "kabupaten" | "kota";

export interface Province {
  /** Kemendagri code, two digits: "53". */
  code: string;
  /** Name as in idn-area-data (Kemendagri 2025). */
  name: string;
  slug: string;
  /** Number of kab/kota in the province today. */
  placeCount: number;
}

export interface Place {
  /** Kemendagri code with dot: "53.71". */
  code: string;
  /** Official name with prefix: "Kota Kupang". */
  name: string;
  /** Name without the type prefix: "Kupang". */
  shortName: string;
  type: PlaceType;
  provinceCode: string;
  provinceName: string;
  slug: string;
  /** Every spelling that means this place in any year (from the alias table: names and printed variants), for search. */
  aliases: string[];
  /** The subset of `aliases` that are names people use (Solo, Tangsel), shown on the place's page. */
  otherNames: string[];
}

/** A published statement about a place in a round, as it was printed. */
export interface AwardSource {
  url: string;
  nameAsPublished: string;
  provinceAsPublished: string;
  /** What this source says: a predikat, "not-awarded", or "awarded" without a tier. */
  says: Predikat | "awarded" | "not-awarded";
  /** Where the fact lives in data/raw, for audit: "data/raw/awards/awards_2023.csv:12". */
  rawRef: string;
  /** True when the fact was inferred (e.g. from a later "still Madya" statement or a Provila award). */
  inferred: boolean;
  note: string;
}

/** Three states, never two: awarded / not awarded are sourced facts; everything else is unknown. */
export type AwardStatus = "awarded" | "not-awarded" | "unknown";

export interface AwardRecord {
  year: number;
  placeCode: string;
  /** The province the place belonged to at the time (Papua split, Nov 2022). */
  provinceCodeAtTime: string;
  status: Exclude<AwardStatus, "unknown">;
  /** Null when awarded but no source states the tier, or when sources conflict on the tier. */
  predikat: Predikat | null;
  /** Sources disagree on this place and round; predikat shown is null unless all agree. */
  conflict: boolean;
  /** What the record shows rests on inference only: every source stating its tier (or, with no tier, every source). */
  inferred: boolean;
  sources: AwardSource[];
}

export interface AwardRound {
  year: number;
  /** False for years with no award ceremony (2016, 2020, 2024). */
  held: boolean;
  /** Announced national counts; null where not published. */
  counts: Record<Predikat, number | null>;
  totalAwarded: number | null;
  /** Kab/kota reported as initiating/entering KLA that year, as printed (may carry a qualifier). */
  entrants: number | null;
  entrantsNote: string;
  provilaCount: number | null;
  sourceUrl: string;
  notes: string;
}

export interface ProvilaRecord {
  year: number;
  provinceCode: string;
  provinceAsPublished: string;
  sourceUrl: string;
}

export interface IndicatorValue {
  /** Open-data series id, e.g. "stunting_balita". */
  seriesId: string;
  year: number;
  areaLevel: AreaLevel;
  /** "ID" for national, province code, or place code. */
  areaCode: string;
  areaNameAsPublished: string;
  value: number;
  unit: string;
  /** Survey or edition when the source names it (SSGI, SKI, Susenas). */
  survey: string;
  sourceTitle: string;
  sourceUrl: string;
  /**
   * Another source gives a different value for the same series, area and year: both are kept and shown; whether either
   * is scored is the method's rule for the `conflict` caveat (data/method/caveats.csv: not scored).
   */
  conflict: boolean;
  // ---- Only on values from the full kab/kota tables (data/raw/indicators/kabkota_*.csv); absent elsewhere. ----
  /** The `source_id` joining kabkota_sources.csv. */
  sourceId?: string;
  /** The official source the figure comes from (publisher, survey, table), as kabkota_sources.csv words it. */
  primarySource?: string;
  /** The official table's address where it was seen (BPS statistics-table); absent when not known. */
  primaryUrl?: string;
  /** The public copy (a repository file pinned to a commit) the value was read from; also `sourceUrl`. */
  carrierUrl?: string;
  /** SKI 2023: the 95 % confidence interval and the number of children weighed, as printed. */
  ciLower?: number;
  ciUpper?: number;
  nWeighed?: number;
  /** The survey's own flags as printed: "RSE>25%" (relative standard error over 25 %), "N<50" (small sample). */
  flags?: SourceFlag[];
  /** The compiler marked the row DOUBTFUL (SSGI 2024 did not publish Papua Tengah and Papua Pegunungan): kept, shown, not scored. */
  doubtful?: boolean;
  /** Births outside a facility of exactly 0.0 or 100.0: a small-sample kab/kota estimate with no published error. */
  smallSample?: boolean;
  /** The row's note as written in data/raw (flags and caveats in words). */
  note?: string;
}

/** Flags a survey prints beside a value (SKI 2023). */
export const SOURCE_FLAGS = ["RSE>25%", "N<50"] as const;
export type SourceFlag = (typeof SOURCE_FLAGS)[number];

export interface IndicatorSeries {
  id: string;
  nameId: string;
  unit: string;
  /** Years with data, ascending. */
  years: number[];
}

export interface ReportedScore {
  year: number;
  placeCode: string;
  nameAsPublished: string;
  score: number;
  stage: "self-assessment" | "verified" | "final" | "unclear";
  predikatReported: Predikat | null;
  /** Band the score falls in by the official bands. */
  bandPredikat: Predikat | null;
  /** The band disagrees with the official predikat of that round (shown, never corrected). */
  mismatch: boolean;
  sourceUrls: string[];
}

/** Checks run at build time whose results pages show (coverage, conflicts). */
export interface RoundCoverage {
  year: number;
  /** Rows we hold per predikat vs the announced count. */
  known: Record<Predikat, number>;
  /** Of the records counted in `known`, those whose predikat rests on inference only (no source states it). */
  knownInferred: number;
  awardedTierUnknown: number;
  /** Of `awardedTierUnknown`, those read from an inference (a Provila award, a deduction by exclusion). */
  awardedTierUnknownInferred: number;
  notAwarded: number;
  /** Of `notAwarded`, those read from an inference (a complete list read as "the others were not awarded"). */
  notAwardedInferred: number;
  announced: Record<Predikat, number | null>;
  totalAnnounced: number | null;
}

/** Per round and province (as it was then): how much of the per-place picture is known. */
export interface ProvinceRoundCoverage {
  year: number;
  provinceCode: string;
  places: number;
  /** Stated and inferred together; the `…Inferred` fields count the part that rests on inference only. */
  awardedPredikatKnown: number;
  awardedPredikatKnownInferred: number;
  awardedPredikatUnknown: number;
  awardedPredikatUnknownInferred: number;
  notAwarded: number;
  notAwardedInferred: number;
  unknown: number;
}

/**
 * Which kab/kota belonged to a province in one held round, as the province was then (data/places/province-history.csv):
 * before the split of November 2022 Papua had 29 kab/kota, from 2023 on 9. Computed once by the pipeline
 * (src/pipeline/province-history.ts); coverage, province pages, peers and cards all use it.
 */
export interface ProvinceRoundMembers {
  year: number;
  provinceCode: string;
  /** Kemendagri codes of its kab/kota in that round, sorted. */
  placeCodes: string[];
}

/** What a source says about a kab/kota's regulation: it exists, it is being drafted (Ranperda), or there is none. */
export const REGULATION_STATUSES = ["enacted", "draft", "none"] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];
/**
 * The type of regulation, never merged: a Perda (Qanun in Aceh) is passed with the DPRD; a Perbup/Perwal is the
 * regent's or mayor's own regulation. A "none" row names the type the source says is missing.
 */
export const REGULATION_KINDS = ["perda", "qanun", "perbup", "perwal"] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];
/** KLA itself, or child protection ("perlindungan anak", "penyelenggaraan perlindungan anak"). */
export const REGULATION_TOPICS = ["kla", "child-protection"] as const;
export type RegulationTopic = (typeof REGULATION_TOPICS)[number];

/** One source's statement about one regulation of one place (data/raw/regulations.csv, one row). */
export interface RegulationFact {
  placeCode: string;
  status: RegulationStatus;
  kind: RegulationKind;
  topic: RegulationTopic;
  /** As printed ("05"); empty when the source gives none. */
  number: string;
  /** Year of the regulation; for "none" and "draft", the year of the statement. */
  year: number;
  title: string;
  sourceUrl: string;
  nameAsPublished: string;
  provinceAsPublished: string;
  note: string;
  rawRef: string;
  /** "listed": known only from its title in another document's related-documents list (weaker evidence). */
  evidence: "" | "listed";
  /** Shared by the facts whose sources describe one regulation but disagree on its number or year; "" otherwise. */
  conflict: string;
}

/**
 * Where a place stands on the first KLA indicator, from the newest facts: a Perda/Qanun on KLA; else one on child
 * protection; else a source saying there is none; else only a Perbup/Perwal; places with no fact are unknown.
 */
export const PLACE_REGULATION_STATES = [
  "perda-kla",
  "perda-child-protection",
  "none",
  "head-regulation",
  "unknown",
] as const;
export type PlaceRegulationState = (typeof PLACE_REGULATION_STATES)[number];

export interface PlaceRegulationSummary {
  placeCode: string;
  state: PlaceRegulationState;
  /** Year of the fact that decides the state (null when unknown). */
  year: number | null;
}

/** Per province (and "ID" for the whole country): how many places are in each state, today's boundaries. */
export interface RegulationCoverage {
  areaCode: string;
  places: number;
  counts: Record<PlaceRegulationState, number>;
}

/** Where a province's tile sits on the tile map (data/site/tile-map.csv, src/pipeline/tile-layout.ts). */
export interface TileLayout {
  provinceCode: string;
  /** Grid column, 0 = westmost. */
  col: number;
  /** Grid row, 0 = northmost. */
  row: number;
  /** Short label printed on the tile ("Jatim"); the full name is in the tile's tooltip and the table. */
  abbr: string;
}

export interface FileAccounting {
  path: string;
  read: number;
  accepted: number;
  rejected: number;
}

export interface SiteData {
  /** Data release version, e.g. "2026.11.0" (from data/release.json, never the clock). */
  version: string;
  provinces: Province[];
  places: Place[];
  /** Sorted by year, then place code. Only places and rounds with a sourced fact; the rest is unknown. */
  awards: AwardRecord[];
  rounds: AwardRound[];
  provila: ProvilaRecord[];
  indicators: IndicatorValue[];
  series: IndicatorSeries[];
  reportedScores: ReportedScore[];
  coverage: RoundCoverage[];
  provinceCoverage: ProvinceRoundCoverage[];
  /**
   * Province history: one entry per held round and province that existed in it, sorted by year then province code.
   * The one answer to "which kab/kota were in this province that round"; read it through provinceHistoryLookup.
   */
  provinceHistory: ProvinceRoundMembers[];
  /** The KLA method as loaded from data/method (also what the browser self-assessment scores with). */
  method: Method;
  /** Per area and year with indicator data: each indicator's achievement, and partial cluster scores. */
  achievements: IndicatorAchievement[];
  scores: AreaScore[];
  /** Sorted by place code, year, kind, number, source. */
  regulations: RegulationFact[];
  /** One per place with at least one regulation fact, sorted by place code; absent = unknown. */
  regulationStates: PlaceRegulationSummary[];
  /** National first ("ID"), then provinces by code. */
  regulationCoverage: RegulationCoverage[];
  /** Every province's tile on the tile map, in the file's order (the order the map draws them). */
  tileLayout: TileLayout[];
  accounting: FileAccounting[];
}
