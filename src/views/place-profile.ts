/**
 * The view model of a place profile (/daerah/<slug>/): everything src/components/profile/PlaceProfile.astro prints,
 * computed from the artefact so the component only lays it out and translates it: its rounds with numbered sources,
 * its standing among its province's kab/kota, its indicators with their context, what needs attention, its cluster
 * scores and reported totals. Language-free.
 */
import {
  PREDIKAT,
  type AwardRecord,
  type AwardSource,
  type Place,
  type Predikat,
  type Province,
  type ReportedScore,
  type SiteData,
} from "../pipeline/artefact.ts";
import { predikatLevel, roundStatus, type RoundStatus } from "../pipeline/round-status.ts";
import { attentionPoints, type AttentionPoint } from "./attention-points.ts";
import { scoredIndicators, type ScoredIndicatorsView } from "./scored-indicators.ts";
import {
  bandSources,
  clusterView,
  seriesIdsOf,
  seriesView,
  type ClusterView,
  type ContextRow,
  type SeriesView,
} from "./profile-sections.ts";
import {
  latestRoundWithData,
  peerRows,
  provinceAtTime,
  standing,
  type PeerRow,
  type Standing,
} from "./province-rounds.ts";
import { SourceList, addAwardSources, addIndicatorSource } from "./source-list.ts";
import { viewIndex } from "./view-index.ts";

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
  /** Each indicator scored at its latest year, with its source and caveats; held values not scored; what is missing. */
  indicators: ScoredIndicatorsView;
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
      year,
      status: roundStatus(record),
      record,
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
    for (const r of rows)
      if (r.record && r.place.code !== placeCode)
        for (const n of addAwardSources(list, "peers", r.record)) sources.add(n);
    const own = rows.find((r) => r.place.code === placeCode)?.record;
    if (own) for (const n of addAwardSources(list, "predikat", own)) sources.add(n);
    peers = {
      year: peerYear,
      provinceCode,
      rows,
      standing: standing(rows, peerYear, provinceCode, placeCode),
      sources: [...sources].sort((a, b) => a - b),
    };
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
    provinceContext.push({
      seriesId,
      unit: ix.unitBySeries.get(seriesId) ?? "",
      year,
      province: prov,
      national: nat,
      sources,
    });
  }
  const attention = attentionPoints(d, placeCode, place.provinceCode);
  const attentionSources = new Map(
    attention.map((p) => [
      p.seriesId,
      list.number(p.sourceUrl) ??
        list.add(p.sourceUrl, "indicators", {
          kind: "indicator",
          seriesId: p.seriesId,
          areaCode: placeCode,
          year: p.year,
          survey: "",
        }),
    ]),
  );

  // 4. Cluster scores, the score bands, and reported totals.
  const clusters = clusterView(d, list, placeCode);
  const indicators = scoredIndicators(d, list, placeCode, place.provinceCode);
  const bands = bandSources(d, list);
  const reported = (ix.reportedByPlace.get(placeCode) ?? [])
    .slice()
    .sort((a, b) => a.year - b.year || a.score - b.score)
    .map((r) => ({
      ...r,
      sources: r.sourceUrls.map((url) =>
        list.add(url, "scores", { kind: "reported-score", placeCode, year: r.year, score: r.score }),
      ),
    }));

  const namesakes = (ix.byShortName.get(place.shortName.toLowerCase()) ?? []).filter((p) => p.code !== placeCode);
  const latestRound = rounds[rounds.length - 1] ?? null;
  const latestTier =
    latestKnown !== null && predikatLevel(latestKnown.status) > 0 ? (latestKnown.status as Predikat) : null;
  const fromYear = ix.roundYears[0] ?? 0;
  const existedFrom = ix.roundYears.find((year) => ix.history.existed(place.provinceCode, year));
  return {
    place,
    province,
    rounds,
    latestKnown,
    latestRound,
    latestTier,
    stepsToTop: latestTier === null ? 0 : PREDIKAT.length - predikatLevel(latestTier),
    unknownSince:
      latestKnown !== null &&
      latestRound !== null &&
      latestRound.status === "unknown" &&
      latestRound.year > latestKnown.year,
    lastUnknown: [...rounds].reverse().find((r) => r.status === "unknown") ?? null,
    timelineSources: [...new Set(rounds.flatMap((r) => r.sources.map((s) => s.n)))].sort((a, b) => a - b),
    earlierRounds: ix.earlierHeldRounds,
    newProvinceYear: existedFrom !== undefined && existedFrom > fromYear ? existedFrom : null,
    printedAs: place.aliases.filter((a) => !place.otherNames.includes(a)),
    units: ix.unitBySeries,
    topReached: ix.topReached,
    namesakes,
    peers,
    series,
    provinceContext,
    attention,
    attentionSources,
    clusters,
    indicators,
    bandSources: bands,
    reported,
    sources: list,
    fromYear: ix.roundYears[0] ?? 0,
    toYear: ix.roundYears[ix.roundYears.length - 1] ?? 0,
  };
}
