/**
 * View models of the place (/daerah/<slug>/) and province (/provinsi/<slug>/) profiles: everything those pages
 * print, computed from the artefact, so the Astro components only lay it out and translate it: (1) indexes computed
 * once per artefact, so that 1,104 pages do not each scan every award and indicator, (2) the page's numbered source
 * list, (3) the sentences' facts ("one of 5 Nindya among 35 kab/kota; 12 unknown") and (4) the indicators that most
 * need attention. A round's status is src/pipeline/round-status.ts's and a province's kab/kota in a round are the
 * pipeline's province history (SiteData.provinceHistory): asked here, never recomputed.
 *
 * Language-free on purpose: uses of a source are structured (place, year, what it says) and the page words them.
 */
import { group } from "d3-array";
import {
  PREDIKAT,
  type AwardRecord, type AwardSource, type IndicatorValue, type Place, type Province, type ProvilaRecord,
  type Predikat, type ProvinceRoundCoverage, type ReportedScore, type SiteData,
} from "../pipeline/artefact.ts";
import { isAwarded, predikatLevel, roundStatus, type RoundStatus } from "../pipeline/round-status.ts";
import { provinceHistoryLookup, type ProvinceHistoryLookup } from "../pipeline/province-history.ts";
import type { AreaScore, IndicatorAchievement } from "../method/score.ts";

// ---- Indexes, once per artefact ----

interface ViewIndex {
  /** Rounds with any per-place fact, ascending (earlier rounds are known only as national counts). */
  roundYears: number[];
  placeByCode: Map<string, Place>;
  provinceByCode: Map<string, Province>;
  placesByProvince: Map<string, Place[]>;
  /** "<year>|<placeCode>" → record. */
  award: Map<string, AwardRecord>;
  awardsByYear: Map<number, AwardRecord[]>;
  awardsByPlace: Map<string, AwardRecord[]>;
  indicatorsByArea: Map<string, IndicatorValue[]>;
  scoresByArea: Map<string, AreaScore[]>;
  achievementsByArea: Map<string, IndicatorAchievement[]>;
  reportedByPlace: Map<string, ReportedScore[]>;
  provilaByProvince: Map<string, ProvilaRecord[]>;
  coverageByProvince: Map<string, ProvinceRoundCoverage[]>;
  /** The pipeline's province history: which kab/kota were in which province in each round. */
  history: ProvinceHistoryLookup;
  /** Places sharing a short name ("Kupang": Kabupaten Kupang and Kota Kupang). */
  byShortName: Map<string, Place[]>;
  /** Has any place ever been awarded the top predikat, by a per-place row or an announced count? */
  topReached: boolean;
  /** Unit of each indicator series ("percent"), for formatting its values. */
  unitBySeries: Map<string, string>;
  /** Were rounds held before the first round with per-place data (known only as national counts)? */
  earlierHeldRounds: boolean;
}

const memo = new WeakMap<SiteData, ViewIndex>();

export function viewIndex(d: SiteData): ViewIndex {
  const cached = memo.get(d);
  if (cached) return cached;
  const top = PREDIKAT[PREDIKAT.length - 1]!;
  const roundYears = [...new Set(d.awards.map((a) => a.year))].sort((a, b) => a - b);
  const index: ViewIndex = {
    roundYears,
    placeByCode: new Map(d.places.map((p) => [p.code, p])),
    provinceByCode: new Map(d.provinces.map((p) => [p.code, p])),
    placesByProvince: group(d.places, (p) => p.provinceCode),
    award: new Map(d.awards.map((a) => [`${a.year}|${a.placeCode}`, a])),
    awardsByYear: group(d.awards, (a) => a.year),
    awardsByPlace: group(d.awards, (a) => a.placeCode),
    indicatorsByArea: group(d.indicators, (v) => v.areaCode),
    scoresByArea: group(d.scores, (s) => s.area_code),
    achievementsByArea: group(d.achievements, (a) => a.area_code),
    reportedByPlace: group(d.reportedScores, (r) => r.placeCode),
    provilaByProvince: group(d.provila, (p) => p.provinceCode),
    coverageByProvince: group(d.provinceCoverage, (c) => c.provinceCode),
    history: provinceHistoryLookup(d.provinceHistory),
    byShortName: group(d.places, (p) => p.shortName.toLowerCase()),
    topReached: d.awards.some((a) => a.predikat === top) || d.rounds.some((r) => (r.counts[top] ?? 0) > 0),
    unitBySeries: new Map(d.series.map((s) => [s.id, s.unit])),
    earlierHeldRounds: d.rounds.some((r) => r.held && r.year < (roundYears[0] ?? 0)),
  };
  memo.set(d, index);
  return index;
}

// ---- Rounds and province history ----

/** Rounds for which we hold any per-place fact, ascending (earlier rounds are known only as national counts). */
export function placeRoundYears(d: SiteData): number[] {
  return viewIndex(d).roundYears;
}

/** The most recent round with a sourced fact about the place (its status is never "unknown"), or null. */
export function latestKnownRound(d: SiteData, placeCode: string): { year: number; status: RoundStatus; record: AwardRecord } | null {
  const ix = viewIndex(d);
  for (const year of [...ix.roundYears].reverse()) {
    const record = ix.award.get(`${year}|${placeCode}`);
    if (record) return { year, status: roundStatus(record), record };
  }
  return null;
}

/** The province a place belonged to in a round, from the pipeline's province history (Papua split, 2022). */
export function provinceAtTime(d: SiteData, placeCode: string, year: number): string {
  const ix = viewIndex(d);
  return ix.history.provinceOf(placeCode, year) ?? ix.placeByCode.get(placeCode)?.provinceCode ?? "";
}

/** Did the province exist in that round? (Papua Selatan, Tengah, Pegunungan and Barat Daya only from 2023.) */
export function provinceExisted(d: SiteData, provinceCode: string, year: number): boolean {
  return viewIndex(d).history.existed(provinceCode, year);
}

/** A province's kab/kota in a round, as the province was then (the pipeline's province history), by code. */
export function placesInProvinceAt(d: SiteData, provinceCode: string, year: number): Place[] {
  const ix = viewIndex(d);
  return ix.history.members(provinceCode, year).flatMap((code) => ix.placeByCode.get(code) ?? []);
}

/** The latest round in which any of the province's kab/kota has a sourced fact; the latest round when none has. */
export function latestRoundWithData(d: SiteData, provinceCode: string): number | null {
  const ix = viewIndex(d);
  for (const year of [...ix.roundYears].reverse()) {
    if ((ix.awardsByYear.get(year) ?? []).some((a) => a.provinceCodeAtTime === provinceCode)) return year;
  }
  return [...ix.roundYears].reverse().find((year) => provinceExisted(d, provinceCode, year)) ?? null;
}

export interface PeerRow {
  place: Place;
  status: RoundStatus;
  record: AwardRecord | null;
}

/** Where one place stands among its province's kab/kota in a round: the facts of the "where it stands" sentence. */
export interface Standing {
  year: number;
  provinceCode: string;
  total: number;
  /** The place's own status (null on a province page). */
  status: RoundStatus | null;
  /** Places with the same status as this one, this one included. */
  same: number;
  /** Places with a higher predikat than this one (only meaningful when this one has a tier). */
  higher: number;
  counts: Record<RoundStatus, number>;
  awarded: number;
}

export function standing(peers: readonly PeerRow[], year: number, provinceCode: string, placeCode: string | null): Standing {
  const counts = { KLA: 0, Utama: 0, Nindya: 0, Madya: 0, Pratama: 0, "tier-unknown": 0, conflict: 0, "not-awarded": 0, unknown: 0 } satisfies Record<RoundStatus, number>;
  for (const p of peers) counts[p.status]++;
  const self = placeCode === null ? undefined : peers.find((p) => p.place.code === placeCode);
  const status = self?.status ?? null;
  const level = status === null ? 0 : predikatLevel(status);
  return {
    year, provinceCode, total: peers.length, status,
    same: status === null ? 0 : counts[status],
    higher: level === 0 ? 0 : peers.filter((p) => predikatLevel(p.status) > level).length,
    counts,
    awarded: peers.filter((p) => isAwarded(p.status)).length,
  };
}

/** The province's kab/kota in a round (as the province was then), with their records. */
export function peerRows(d: SiteData, provinceCode: string, year: number): PeerRow[] {
  const ix = viewIndex(d);
  return placesInProvinceAt(d, provinceCode, year).map((place) => {
    const record = ix.award.get(`${year}|${place.code}`) ?? null;
    return { place, status: roundStatus(record), record };
  });
}

// ---- Sources: one numbered list per page ----

export type SourceGroup = "predikat" | "peers" | "places" | "provila" | "indicators" | "scores" | "method";

export type SourceUse =
  | { kind: "award"; placeCode: string; year: number; says: AwardSource["says"]; inferred: boolean }
  | { kind: "indicator"; seriesId: string; areaCode: string; year: number; survey: string }
  | { kind: "reported-score"; placeCode: string; year: number; score: number }
  | { kind: "provila"; provinceCode: string; year: number }
  | { kind: "method" }
  | { kind: "bands" };

export interface SourceEntry {
  /** 1-based number shown on the page and used as the anchor (#src-n). */
  n: number;
  url: string;
  /** Title the source was cited with, or its host name. */
  title: string;
  group: SourceGroup;
  uses: SourceUse[];
}

/** "https://www.kompas.com/read/…" → "kompas.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export class SourceList {
  readonly entries: SourceEntry[] = [];
  private readonly byUrl = new Map<string, SourceEntry>();

  /** Register a use of `url`; the first use decides its number and group. Returns the number. */
  add(url: string, group: SourceGroup, use: SourceUse, title = ""): number {
    let entry = this.byUrl.get(url);
    if (!entry) {
      entry = { n: this.entries.length + 1, url, title: title || hostOf(url), group, uses: [] };
      this.entries.push(entry);
      this.byUrl.set(url, entry);
    } else if (title && entry.title === hostOf(url)) {
      entry.title = title;
    }
    if (!entry.uses.some((u) => JSON.stringify(u) === JSON.stringify(use))) entry.uses.push(use);
    return entry.n;
  }

  number(url: string): number | undefined {
    return this.byUrl.get(url)?.n;
  }

  /** Consecutive runs of one group, in number order (each becomes a headed `<ol start>` on the page). */
  groups(): { group: SourceGroup; entries: SourceEntry[] }[] {
    const out: { group: SourceGroup; entries: SourceEntry[] }[] = [];
    for (const e of this.entries) {
      const last = out[out.length - 1];
      if (last && last.group === e.group) last.entries.push(e);
      else out.push({ group: e.group, entries: [e] });
    }
    return out;
  }
}

function addAwardSources(list: SourceList, group: SourceGroup, record: AwardRecord): number[] {
  return record.sources.map((s) =>
    list.add(s.url, group, { kind: "award", placeCode: record.placeCode, year: record.year, says: s.says, inferred: s.inferred }),
  );
}

function addIndicatorSource(list: SourceList, v: IndicatorValue): number {
  return list.add(v.sourceUrl, "indicators", { kind: "indicator", seriesId: v.seriesId, areaCode: v.areaCode, year: v.year, survey: v.survey }, v.sourceTitle);
}

// ---- Indicators ----

export interface SeriesView {
  seriesId: string;
  /** Values of the focus area, its province (for a place) and the nation: what indicatorComparison draws. */
  values: IndicatorValue[];
  /** Source numbers of those values, in list order. */
  sources: number[];
  conflict: boolean;
}

/** A province-level series shown on a place page as context (the place itself has no figure for it). */
export interface ContextRow {
  seriesId: string;
  /** The series' unit, for formatting the values. */
  unit: string;
  year: number;
  province: IndicatorValue[];
  national: IndicatorValue[];
  sources: number[];
}

function seriesView(list: SourceList, seriesId: string, areas: (IndicatorValue[] | undefined)[]): SeriesView {
  const values = areas.flatMap((vs) => (vs ?? []).filter((v) => v.seriesId === seriesId));
  const sources = [...new Set(values.map((v) => addIndicatorSource(list, v)))].sort((a, b) => a - b);
  return { seriesId, values, sources, conflict: values.some((v) => v.conflict) };
}

const seriesIdsOf = (values: readonly IndicatorValue[] | undefined) => [...new Set((values ?? []).map((v) => v.seriesId))].sort();

// ---- Cluster scores ----

export interface ClusterView {
  year: number;
  clusters: AreaScore[];
  /** The indicators that fed the scores, with the series they came from. */
  achievements: IndicatorAchievement[];
  sources: number[];
  /** Indicators with data, and of how many (the method's 24 when the clusters count none): the caveat's figures. */
  indicatorsPresent: number;
  indicatorsTotal: number;
}

function clusterView(d: SiteData, list: SourceList, areaCode: string): ClusterView | null {
  const ix = viewIndex(d);
  const rows = ix.scoresByArea.get(areaCode) ?? [];
  if (rows.length === 0) return null;
  const year = Math.max(...rows.map((r) => r.year));
  const order = new Map(d.method.clusters.map((c) => [c.id, c.order]));
  const clusters = rows.filter((r) => r.year === year).sort((a, b) => (order.get(a.cluster) ?? 0) - (order.get(b.cluster) ?? 0));
  const achievements = (ix.achievementsByArea.get(areaCode) ?? []).filter((a) => a.year === year);
  const sources = new Set<number>();
  const values = ix.indicatorsByArea.get(areaCode) ?? [];
  for (const a of achievements) {
    for (const seriesId of a.series.split("+")) {
      for (const v of values) if (v.seriesId === seriesId && v.year === year && !v.conflict) sources.add(addIndicatorSource(list, v));
    }
  }
  for (const n of methodSources(d, list)) sources.add(n);
  return {
    year, clusters, achievements, sources: [...sources].sort((a, b) => a - b),
    indicatorsPresent: clusters.reduce((n, c) => n + c.present, 0),
    indicatorsTotal: clusters.reduce((n, c) => n + c.total, 0) || d.method.indicators.length,
  };
}

/** Where the clusters and the 24 indicators are defined (cited by the cluster chart). */
function methodSources(d: SiteData, list: SourceList): number[] {
  return [...new Set(d.method.clusters.flatMap((c) => splitUrls(c.source)).map((url) => list.add(url, "method", { kind: "method" })))];
}

/** Where the predikat score bands are published (cited by the predikat's meaning and the reported scores). */
function bandSources(d: SiteData, list: SourceList): number[] {
  return [...new Set(d.method.bands.flatMap((b) => splitUrls(b.source)).map((url) => list.add(url, "method", { kind: "bands" })))].sort((a, b) => a - b);
}

/** Method files list several sources in one field, separated by " | ". */
const splitUrls = (field: string) => field.split("|").map((s) => s.trim()).filter((s) => /^https?:\/\//.test(s));

// ---- Place profile ----

export interface RoundView {
  year: number;
  status: RoundStatus;
  record: AwardRecord | null;
  /** Province code at the time when it differs from today's (Papua split); null otherwise. */
  provinceAtTime: string | null;
  /** Source numbers, one per statement, in the record's order. */
  sources: { n: number; source: AwardSource }[];
}

export interface PlaceProfile {
  place: Place;
  province: Province;
  rounds: RoundView[];
  /** The most recent round with a sourced fact, or null. */
  latestKnown: RoundView | null;
  /** The most recent round of all (2025): unknown there is worth saying even when an older fact exists. */
  latestRound: RoundView | null;
  /** The predikat of the latest known round, or null when that round has no tier (or nothing is known). */
  latestTier: Predikat | null;
  /** How many predikat steps lie above `latestTier` (0 at the top or without a tier). */
  stepsToTop: number;
  /** The latest round is unknown although an earlier one is known ("unknown since"). */
  unknownSince: boolean;
  /** The most recent round that is unknown, or null (what a correction most likely adds). */
  lastUnknown: RoundView | null;
  /** Source numbers of the place's own rounds, ascending: what the timeline chart cites. */
  timelineSources: number[];
  /** Rounds were held before `fromYear` (known only as national counts). */
  earlierRounds: boolean;
  /** First round of the place's province as it is today, when it was formed during the timeline (Papua split); else null. */
  newProvinceYear: number | null;
  /** Spellings sources printed that are not names people use (shown as "printed as"). */
  printedAs: string[];
  /** Unit of each indicator series, for formatting values. */
  units: Map<string, string>;
  topReached: boolean;
  /** Other places with the same short name, to tell "Kota Kupang" from "Kabupaten Kupang". */
  namesakes: Place[];
  peers: { year: number; provinceCode: string; rows: PeerRow[]; standing: Standing; sources: number[] } | null;
  /** Series with a figure for the place itself (today: stunting). */
  series: SeriesView[];
  /** The province's other series, as province-level context. */
  provinceContext: ContextRow[];
  attention: AttentionPoint[];
  attentionSources: Map<string, number>;
  clusters: ClusterView | null;
  /** Sources of the official score bands (the predikat's meaning, the reported scores' bands). */
  bandSources: number[];
  reported: (ReportedScore & { sources: number[] })[];
  sources: SourceList;
  /** First and last round of the timeline (the citation's range). */
  fromYear: number;
  toYear: number;
}

export function placeProfile(d: SiteData, placeCode: string): PlaceProfile {
  const ix = viewIndex(d);
  const place = ix.placeByCode.get(placeCode);
  if (!place) throw new Error(`placeProfile: unknown place ${placeCode}`);
  const province = ix.provinceByCode.get(place.provinceCode);
  if (!province) throw new Error(`placeProfile: unknown province ${place.provinceCode}`);
  const list = new SourceList();

  // 1. Own rounds (sources numbered first: they are what the page is about).
  const rounds: RoundView[] = ix.roundYears.map((year) => {
    const record = ix.award.get(`${year}|${placeCode}`) ?? null;
    const numbers = record ? addAwardSources(list, "predikat", record) : [];
    const atTime = record?.provinceCodeAtTime ?? place.provinceCode;
    return {
      year, status: roundStatus(record), record,
      provinceAtTime: atTime === place.provinceCode ? null : atTime,
      sources: record ? record.sources.map((source, i) => ({ n: numbers[i]!, source })) : [],
    };
  });
  const latestKnown = [...rounds].reverse().find((r) => r.status !== "unknown") ?? null;

  // 2. Peers in the latest round with per-place data for the province the place was in then.
  const peerYear = latestRoundWithData(d, place.provinceCode);
  let peers: PlaceProfile["peers"] = null;
  if (peerYear !== null) {
    const provinceCode = provinceAtTime(d, placeCode, peerYear);
    const rows = peerRows(d, provinceCode, peerYear);
    const sources = new Set<number>();
    for (const r of rows) if (r.record && r.place.code !== placeCode) for (const n of addAwardSources(list, "peers", r.record)) sources.add(n);
    const own = rows.find((r) => r.place.code === placeCode)?.record;
    if (own) for (const n of addAwardSources(list, "predikat", own)) sources.add(n);
    peers = { year: peerYear, provinceCode, rows, standing: standing(rows, peerYear, provinceCode, placeCode), sources: [...sources].sort((a, b) => a - b) };
  }

  // 3. Indicators: the place's own series with province and national context; the province's others as context.
  const own = ix.indicatorsByArea.get(placeCode);
  const provinceValues = ix.indicatorsByArea.get(place.provinceCode);
  const national = ix.indicatorsByArea.get("ID");
  const ownIds = seriesIdsOf(own);
  const series = ownIds.map((id) => seriesView(list, id, [own, provinceValues, national]));
  const provinceContext: ContextRow[] = [];
  for (const seriesId of seriesIdsOf(provinceValues)) {
    if (ownIds.includes(seriesId)) continue;
    const values = (provinceValues ?? []).filter((v) => v.seriesId === seriesId);
    const year = Math.max(...values.map((v) => v.year));
    const prov = values.filter((v) => v.year === year);
    const nat = (national ?? []).filter((v) => v.seriesId === seriesId && v.year === year);
    const sources = [...new Set([...prov, ...nat].map((v) => addIndicatorSource(list, v)))].sort((a, b) => a - b);
    provinceContext.push({ seriesId, unit: ix.unitBySeries.get(seriesId) ?? "", year, province: prov, national: nat, sources });
  }
  const attention = attentionPoints(d, placeCode, place.provinceCode);
  const attentionSources = new Map(attention.map((p) => [p.seriesId, list.number(p.sourceUrl) ?? list.add(p.sourceUrl, "indicators", { kind: "indicator", seriesId: p.seriesId, areaCode: placeCode, year: p.year, survey: "" })]));

  // 4. Cluster scores, the score bands, and reported totals.
  const clusters = clusterView(d, list, placeCode);
  const bands = bandSources(d, list);
  const reported = (ix.reportedByPlace.get(placeCode) ?? [])
    .slice()
    .sort((a, b) => a.year - b.year || a.score - b.score)
    .map((r) => ({ ...r, sources: r.sourceUrls.map((url) => list.add(url, "scores", { kind: "reported-score", placeCode, year: r.year, score: r.score })) }));

  const namesakes = (ix.byShortName.get(place.shortName.toLowerCase()) ?? []).filter((p) => p.code !== placeCode);
  const latestRound = rounds[rounds.length - 1] ?? null;
  const latestTier = latestKnown !== null && predikatLevel(latestKnown.status) > 0 ? (latestKnown.status as Predikat) : null;
  const fromYear = ix.roundYears[0] ?? 0;
  const existedFrom = ix.roundYears.find((year) => ix.history.existed(place.provinceCode, year));
  return {
    place, province, rounds, latestKnown, latestRound, latestTier,
    stepsToTop: latestTier === null ? 0 : PREDIKAT.length - predikatLevel(latestTier),
    unknownSince: latestKnown !== null && latestRound !== null && latestRound.status === "unknown" && latestRound.year > latestKnown.year,
    lastUnknown: [...rounds].reverse().find((r) => r.status === "unknown") ?? null,
    timelineSources: [...new Set(rounds.flatMap((r) => r.sources.map((s) => s.n)))].sort((a, b) => a - b),
    earlierRounds: ix.earlierHeldRounds,
    newProvinceYear: existedFrom !== undefined && existedFrom > fromYear ? existedFrom : null,
    printedAs: place.aliases.filter((a) => !place.otherNames.includes(a)),
    units: ix.unitBySeries,
    topReached: ix.topReached, namesakes,
    peers, series, provinceContext, attention, attentionSources, clusters, bandSources: bands, reported, sources: list,
    fromYear: ix.roundYears[0] ?? 0, toYear: ix.roundYears[ix.roundYears.length - 1] ?? 0,
  };
}

// ---- Province profile ----

export interface ProvinceGridRow {
  place: Place;
  /** One cell per round; `member` false where the place was not in this province in that round. */
  cells: { year: number; status: RoundStatus; record: AwardRecord | null; member: boolean }[];
}

export interface ProvinceProfile {
  province: Province;
  /** Every kab/kota that belonged to the province in any round (today's and former members), by name. */
  places: Place[];
  /** The same places in the page's lists: today's kabupaten, today's kota, former members; empty lists left out. */
  placeLists: { kind: "kabupaten" | "kota" | "former"; places: Place[] }[];
  roundYears: number[];
  grid: ProvinceGridRow[];
  /** Per place: its latest round as a member with a sourced fact, or null. */
  latestFact: Map<string, ProvinceGridRow["cells"][number] | null>;
  /** Some grid cell is a round in which the place was not in this province (the legend explains it). */
  hasNonMember: boolean;
  /** First round in which the province existed, when it was formed during the timeline (Papua split); else null. */
  newProvinceYear: number | null;
  /**
   * Coverage rounds whose kab/kota count differs from the grid's members in that round. Empty while coverage and the
   * grid both follow the pipeline's province history; a guard, so a disagreement is said on the page, not hidden.
   */
  formerGap: ProvinceRoundCoverage[];
  /** In some round the province's kab/kota count differed from today's (the coverage table follows the time). */
  boundaryDiffers: boolean;
  /** Years with a Provinsi Layak Anak award, ascending, once each. */
  provilaYears: number[];
  /** A kab/kota code of the province today (the first by name), to show how its codes start. */
  exampleCode: string;
  /** Unit of each indicator series, for formatting values. */
  units: Map<string, string>;
  peers: { year: number; rows: PeerRow[]; standing: Standing; sources: number[] } | null;
  /** Per round: the standing of the whole province (counts by status). */
  roundStandings: Standing[];
  provila: (ProvilaRecord & { n: number })[];
  coverage: ProvinceRoundCoverage[];
  series: SeriesView[];
  attention: AttentionPoint[];
  attentionSources: Map<string, number>;
  clusters: ClusterView | null;
  bandSources: number[];
  /** Award sources of the province's kab/kota, numbered (the grid's cells cite them through the place pages). */
  awardSourceRange: [number, number] | null;
  topReached: boolean;
  sources: SourceList;
  fromYear: number;
  toYear: number;
}

export function provinceProfile(d: SiteData, provinceCode: string): ProvinceProfile {
  const ix = viewIndex(d);
  const province = ix.provinceByCode.get(provinceCode);
  if (!province) throw new Error(`provinceProfile: unknown province ${provinceCode}`);
  const list = new SourceList();

  const perRound = ix.roundYears.map((year) => ({ year, rows: peerRows(d, provinceCode, year) }));
  const members = new Map<string, Place>();
  for (const p of ix.placesByProvince.get(provinceCode) ?? []) members.set(p.code, p);
  for (const r of perRound) for (const row of r.rows) members.set(row.place.code, row.place);
  const places = [...members.values()].sort((a, b) => a.name.localeCompare(b.name, "id"));

  // Provila first: it is the province's own award.
  const provila = (ix.provilaByProvince.get(provinceCode) ?? []).map((p) => ({
    ...p, n: list.add(p.sourceUrl, "provila", { kind: "provila", provinceCode, year: p.year }),
  }));

  const peersYear = latestRoundWithData(d, provinceCode);
  let peers: ProvinceProfile["peers"] = null;
  let first: number | null = null;
  let last: number | null = null;
  const grid: ProvinceGridRow[] = places.map((place) => ({
    place,
    cells: perRound.map(({ year, rows }) => {
      const row = rows.find((r) => r.place.code === place.code);
      return { year, status: row?.status ?? "unknown", record: row?.record ?? null, member: row !== undefined };
    }),
  }));
  // Number award sources newest round first: the latest picture is what readers check first.
  for (const { year, rows } of [...perRound].reverse()) {
    const numbers = new Set<number>();
    for (const r of rows) if (r.record) for (const n of addAwardSources(list, "places", r.record)) numbers.add(n);
    for (const n of numbers) {
      first = first === null ? n : Math.min(first, n);
      last = last === null ? n : Math.max(last, n);
    }
    if (year === peersYear) peers = { year, rows, standing: standing(rows, year, provinceCode, null), sources: [...numbers].sort((a, b) => a - b) };
  }

  const own = ix.indicatorsByArea.get(provinceCode);
  const national = ix.indicatorsByArea.get("ID");
  const series = seriesIdsOf(own).map((id) => seriesView(list, id, [own, national]));
  const attention = attentionPoints(d, provinceCode, null);
  const attentionSources = new Map(attention.map((p) => [p.seriesId, list.number(p.sourceUrl) ?? list.add(p.sourceUrl, "indicators", { kind: "indicator", seriesId: p.seriesId, areaCode: provinceCode, year: p.year, survey: "" })]));
  const clusters = clusterView(d, list, provinceCode);
  const bands = bandSources(d, list);
  const years = new Set(ix.roundYears);
  const coverage = (ix.coverageByProvince.get(provinceCode) ?? []).filter((c) => years.has(c.year)).sort((a, b) => a.year - b.year);
  const existedFrom = ix.roundYears.find((year) => ix.history.existed(provinceCode, year));
  const today = places.filter((p) => p.provinceCode === provinceCode);
  const placeLists = [
    { kind: "kabupaten" as const, places: today.filter((p) => p.type === "kabupaten") },
    { kind: "kota" as const, places: today.filter((p) => p.type === "kota") },
    { kind: "former" as const, places: places.filter((p) => p.provinceCode !== provinceCode) },
  ].filter((l) => l.places.length > 0);

  return {
    province, places, placeLists, roundYears: ix.roundYears, grid, peers,
    latestFact: new Map(grid.map((g) => [g.place.code, [...g.cells].reverse().find((c) => c.member && c.status !== "unknown") ?? null])),
    hasNonMember: grid.some((g) => g.cells.some((c) => !c.member)),
    newProvinceYear: existedFrom !== undefined && existedFrom > (ix.roundYears[0] ?? 0) ? existedFrom : null,
    formerGap: coverage.filter((c) => c.places > grid.filter((g) => g.cells.find((x) => x.year === c.year)?.member).length),
    boundaryDiffers: coverage.some((c) => c.places !== province.placeCount),
    provilaYears: [...new Set(provila.map((p) => p.year))].sort((a, b) => a - b),
    exampleCode: today[0]?.code ?? `${provinceCode}.01`,
    units: ix.unitBySeries,
    roundStandings: perRound.map(({ year, rows }) => standing(rows, year, provinceCode, null)),
    provila,
    coverage,
    series, attention, attentionSources, clusters, bandSources: bands,
    awardSourceRange: first === null || last === null ? null : [first, last],
    topReached: ix.topReached, sources: list,
    fromYear: ix.roundYears[0] ?? 0, toYear: ix.roundYears[ix.roundYears.length - 1] ?? 0,
  };
}

// ---- What needs attention ----

/** Which way is better for a series: its indicator's direction, flipped when the series measures the opposite. */
export function seriesDirection(d: SiteData, seriesId: string): "higher" | "lower" | null {
  const link = d.method.series.find((s) => s.seriesId === seriesId);
  const indicator = link?.indicatorId ? d.method.indicators.find((i) => i.id === link.indicatorId) : undefined;
  if (!link || !indicator?.direction) return null;
  if (!link.inverted) return indicator.direction;
  return indicator.direction === "higher" ? "lower" : "higher";
}

export interface AttentionPoint {
  seriesId: string;
  year: number;
  value: number;
  direction: "higher" | "lower";
  provinceValue: number | null;
  nationalValue: number | null;
  /** How much worse than the national figure, in percentage points (positive = worse); null without a national figure. */
  gapToNational: number | null;
  sourceUrl: string;
}

/**
 * "Let the data set the priorities": for each series of an area (a place, or a province with `provinceCode` null),
 * its latest non-conflicting value against its province and the nation in the same year, sorted with the largest
 * shortfall against the national figure first.
 */
export function attentionPoints(d: SiteData, areaCode: string, provinceCode: string | null): AttentionPoint[] {
  const ix = viewIndex(d);
  const area = ix.indicatorsByArea.get(areaCode) ?? [];
  const province = provinceCode === null ? [] : (ix.indicatorsByArea.get(provinceCode) ?? []);
  const national = ix.indicatorsByArea.get("ID") ?? [];
  const points: AttentionPoint[] = [];
  for (const seriesId of seriesIdsOf(area)) {
    const direction = seriesDirection(d, seriesId);
    const latest = area.filter((v) => v.seriesId === seriesId && !v.conflict).sort((a, b) => b.year - a.year)[0];
    if (!direction || !latest) continue;
    const sameYear = (list: IndicatorValue[]) => list.find((v) => v.seriesId === seriesId && v.year === latest.year && !v.conflict)?.value ?? null;
    const nationalValue = sameYear(national);
    const worseBy = (other: number | null) => (other === null ? null : direction === "lower" ? latest.value - other : other - latest.value);
    points.push({
      seriesId, year: latest.year, value: latest.value, direction,
      provinceValue: sameYear(province), nationalValue, gapToNational: worseBy(nationalValue), sourceUrl: latest.sourceUrl,
    });
  }
  return points.sort((a, b) => (b.gapToNational ?? -Infinity) - (a.gapToNational ?? -Infinity) || a.seriesId.localeCompare(b.seriesId, "en"));
}
