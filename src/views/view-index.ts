/**
 * Indexes of the artefact computed once per artefact (memoised on the SiteData object), so that the 1,104 place and
 * province pages do not each scan every award and indicator: places and provinces by code, awards by round and by
 * place, indicator values and scores by area, the pipeline's province history, namesakes, and a few facts every
 * profile asks (has the top predikat ever been reached, were rounds held before the first one with per-place data).
 */
import { group } from "d3-array";
import {
  PREDIKAT,
  type AwardRecord,
  type IndicatorValue,
  type Place,
  type Province,
  type ProvilaRecord,
  type ProvinceRoundCoverage,
  type ReportedScore,
  type SiteData,
} from "../pipeline/artefact.ts";
import { provinceHistoryLookup, type ProvinceHistoryLookup } from "../pipeline/province-history.ts";
import type { AreaScore, IndicatorAchievement } from "../method/score.ts";

export interface ViewIndex {
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
