/**
 * The KLA scoring engine: value → achievement (0–1) → points → cluster score → total → predikat.
 *
 * Pure on purpose: the browser self-assessment page imports this module, so it must not touch node:fs or any
 * Node-only API. It takes the method as a plain object (loaded by src/pipeline/read-method.ts at build time and
 * shipped as JSON) so the build and the browser run the very same arithmetic and can never disagree.
 *
 * Rounding happens once, in the objects this module returns (`round2`): sums are built from unrounded points so
 * 24 rounding errors cannot pile up across a band edge, and the predikat is looked up on the same rounded total
 * that is shown, so a page can never print "600.00" next to "Madya".
 */
import { InputError, type Problem } from "../core/problems.ts";
import type { CaveatRule } from "./caveats.ts";
import type { DecidingRegulation, RegulationRule } from "./regulation-rules.ts";

/** The predikat ladder, lowest first; none has reached "KLA" up to 2025. */
export const PREDIKAT = ["Pratama", "Madya", "Nindya", "Utama", "KLA"] as const;
export type Predikat = (typeof PREDIKAT)[number];
/** The level of an area that a value or a score describes. */
export type AreaLevel = "national" | "province" | "kabkota";

/** Where a field of the method comes from; see data/method/README.md. */
export const FIELD_STATUSES = ["official", "unverified", "sourced", "assumed"] as const;
export type FieldStatus = (typeof FIELD_STATUSES)[number];
export type IndicatorKind = "percent" | "yes-no";
export type Direction = "higher" | "lower";
/** `at-least`: score ≥ from_score; `above`: score > from_score. */
export type BandRule = "at-least" | "above";

export interface MethodCluster {
  id: string;
  order: number;
  nameId: string;
  nameEn: string;
  status: FieldStatus;
  source: string;
}

export interface MethodIndicator {
  id: string;
  number: number;
  clusterId: string;
  nameId: string;
  nameEn: string;
  identityStatus: FieldStatus;
  identitySource: string;
  kind: IndicatorKind;
  /** Null for yes-no. */
  direction: Direction | null;
  measureStatus: FieldStatus;
  measureSource: string;
  /** Value that earns nothing; above `target` when lower is better. Null for yes-no. */
  floor: number | null;
  floorStatus: FieldStatus | null;
  floorSource: string | null;
  /** Value that earns full points. Null for yes-no. */
  target: number | null;
  targetStatus: FieldStatus | null;
  targetSource: string | null;
  maxPoints: number;
  pointsStatus: FieldStatus;
  pointsSource: string;
  note: string;
}

export interface BandEdge {
  predikat: Predikat;
  fromScore: number;
  fromRule: BandRule;
}
export interface PredikatBand extends BandEdge {
  ruleStatus: FieldStatus;
  publishedBand: string;
  bandStatus: FieldStatus;
  source: string;
  note: string;
}

export interface SeriesLink {
  seriesId: string;
  /** Null for context-only series. */
  indicatorId: string | null;
  subIndicator: string | null;
  relation: "direct" | "proxy" | "context";
  /** Score 100 − value instead of the value (the series measures the opposite of the indicator). */
  inverted: boolean;
  /** Lowest present priority wins; series sharing it are averaged. Null for context. */
  priority: number | null;
  status: FieldStatus;
  note: string;
}

export interface Method {
  version: string;
  /** Sum of all maxPoints (1000); checked when the method is loaded. */
  maxTotal: number;
  clusters: MethodCluster[];
  indicators: MethodIndicator[];
  bands: PredikatBand[];
  series: SeriesLink[];
  /** Whether a value carrying each caveat (conflict, doubtful, survey flags, small sample) is scored (caveats.csv). */
  caveats: CaveatRule[];
  /** Which regulation facts answer a yes-no indicator (KLA-K-01) yes or no, and from when (regulation-rules.csv). */
  regulationRules: RegulationRule[];
}

/**
 * Round half up at `scale` (100 → 2 decimals). Near a tie, toPrecision(15) first drops binary noise
 * (1.005 * 100 = 100.49999…); it is slow, so only values within a hair of a tie take that path.
 */
function roundAt(x: number, scale: number): number {
  const y = x * scale;
  const r = Math.round(y);
  return Math.abs(Math.abs(y - r) - 0.5) > 1e-6 ? r / scale : Math.round(Number(y.toPrecision(15))) / scale;
}
export const round2 = (x: number): number => roundAt(x, 100);
const round4 = (x: number): number => roundAt(x, 10000);

/**
 * The predikat band a total score falls in; null below the first band. Bands must be ascending. The bands are
 * always passed in (from data/method/bands.csv): the method lives in data, not in code.
 */
export function predikatForScore(score: number, bands: readonly BandEdge[]): Predikat | null {
  if (!Number.isFinite(score) || score < 0 || score > 1000) throw new RangeError(`score ${score} is outside 0–1000`);
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i]!;
    if (band.fromRule === "at-least" ? score >= band.fromScore : score > band.fromScore) return band.predikat;
  }
  return null;
}

/** Achievement 0–1: linear from floor (0) to target (1), clamped; yes = 1, no = 0. */
export function achievementFor(indicator: MethodIndicator, value: number | boolean): number {
  if (indicator.kind === "yes-no") {
    if (typeof value !== "boolean") throw new TypeError(`${indicator.id} is yes-no, got ${value}`);
    return value ? 1 : 0;
  }
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${indicator.id} is a percent 0–100, got ${value}`);
  }
  const { floor, target } = indicator;
  if (floor === null || target === null) throw new TypeError(`${indicator.id} has no floor/target`);
  return Math.min(1, Math.max(0, (value - floor) / (target - floor)));
}

export interface IndicatorResult {
  id: string;
  clusterId: string;
  value: number | boolean | null;
  achievement: number | null;
  points: number | null;
  max: number;
}
export interface ClusterScore {
  id: string;
  score: number | null;
  max: number;
  present: number;
  total: number;
}
export interface AssessmentResult {
  /** Null unless all indicators are present. */
  total: number | null;
  max: number;
  predikat: Predikat | null;
  coverage: { present: number; total: number };
  /** Score is null for a cluster with no indicator present (unknown, not zero). */
  clusters: ClusterScore[];
  indicators: IndicatorResult[];
  /** Ids of indicators without a value, in method order. */
  missing: string[];
  methodVersion: string;
}

interface ClusterSum {
  raw: number;
  max: number;
  present: number;
  total: number;
}

function sumByCluster(method: Method, pointsById: ReadonlyMap<string, number>): Map<string, ClusterSum> {
  const sums = new Map<string, ClusterSum>();
  for (const c of method.clusters) sums.set(c.id, { raw: 0, max: 0, present: 0, total: 0 });
  for (const ind of method.indicators) {
    const sum = sums.get(ind.clusterId)!;
    sum.max += ind.maxPoints;
    sum.total++;
    const points = pointsById.get(ind.id);
    if (points !== undefined) {
      sum.raw += points;
      sum.present++;
    }
  }
  return sums;
}

function clusterScores(method: Method, sums: Map<string, ClusterSum>): ClusterScore[] {
  return [...method.clusters]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const s = sums.get(c.id)!;
      return {
        id: c.id,
        score: s.present === 0 ? null : round2(s.raw),
        max: round2(s.max),
        present: s.present,
        total: s.total,
      };
    });
}

/**
 * Score one self-assessment. Values are keyed by indicator id: numbers for percents, booleans for yes-no; an
 * absent key is a missing indicator. Invalid values throw: user input is checked (with line numbers) by
 * self-assessment.ts before it reaches the engine.
 */
export function scoreAssessment(method: Method, values: ReadonlyMap<string, number | boolean>): AssessmentResult {
  const byId = new Map(method.indicators.map((i) => [i.id, i]));
  for (const id of values.keys()) if (!byId.has(id)) throw new RangeError(`unknown indicator ${id}`);
  const pointsById = new Map<string, number>();
  const indicators: IndicatorResult[] = method.indicators.map((ind) => {
    const value = values.get(ind.id);
    if (value === undefined)
      return { id: ind.id, clusterId: ind.clusterId, value: null, achievement: null, points: null, max: ind.maxPoints };
    const achievement = achievementFor(ind, value);
    pointsById.set(ind.id, achievement * ind.maxPoints);
    return {
      id: ind.id,
      clusterId: ind.clusterId,
      value,
      achievement: round4(achievement),
      points: round2(achievement * ind.maxPoints),
      max: ind.maxPoints,
    };
  });
  const sums = sumByCluster(method, pointsById);
  const complete = pointsById.size === method.indicators.length;
  let raw = 0;
  for (const s of sums.values()) raw += s.raw;
  const total = complete ? round2(raw) : null;
  return {
    total,
    max: round2(method.maxTotal),
    predikat: total === null ? null : predikatForScore(total, method.bands),
    coverage: { present: pointsById.size, total: method.indicators.length },
    clusters: clusterScores(method, sums),
    indicators,
    missing: indicators.filter((i) => i.value === null).map((i) => i.id),
    methodVersion: method.version,
  };
}

// ---- Build time: open-data series per area and year → indicator achievements and partial cluster scores ----

/** One published figure (the shape of IndicatorValue in artefact.ts, so the pipeline can pass those directly). */
export interface SeriesObservation {
  seriesId: string;
  year: number;
  areaLevel: AreaLevel;
  areaCode: string;
  value: number;
}
/** A yes-no indicator answered for an area and year (KLA-K-01 from the regulations), with the fact that decides it. */
export interface YesNoObservation {
  indicatorId: string;
  year: number;
  areaLevel: AreaLevel;
  areaCode: string;
  value: boolean;
  basis: string;
  /** The deciding fact as fields, for pages to word per language; absent for answers not drawn from a fact. */
  decidedBy?: DecidingRegulation;
}

export interface IndicatorAchievement {
  area_code: string;
  area_level: AreaLevel;
  year: number;
  indicator_id: string;
  cluster: string;
  /** The value scored: after inversion and averaging; 1 (yes) or 0 (no) for a yes-no indicator. */
  value: number;
  achievement: number;
  points: number;
  max: number;
  /** Series used, joined with "+"; "regulations" for a yes-no indicator answered from data/raw/regulations.csv. */
  series: string;
  relation: "direct" | "proxy";
  /**
   * Why the value is partial or a fallback; empty when it is the full measure. For yes-no: the deciding fact, in
   * English shorthand ("perda 8/2023 (kla) [data/raw/regulations.csv:236]"), as the download prints it.
   */
  note: string;
  method_version: string;
  /** For a yes-no indicator answered from a fact: that fact as fields (not a download column; pages word it). */
  decided_by?: DecidingRegulation;
}

export interface AreaScore {
  area_code: string;
  area_level: AreaLevel;
  year: number;
  cluster: string;
  /** Points from the indicators present; null when none is. */
  score: number | null;
  /** The cluster's full maximum, not just of the indicators present. */
  max: number;
  present: number;
  total: number;
  method_version: string;
}

const LEVEL_ORDER: Record<AreaLevel, number> = { national: 0, province: 1, kabkota: 2 };

/**
 * Achievements and partial cluster scores for every area and year with data. Rule for several series feeding one
 * indicator: among the series present for that area and year, the lowest priority number wins; series sharing it
 * are averaged (water + sanitation), and a lone one stands in with a note. Output is sorted by area level, area
 * code, year, then indicator number / cluster order. Throws InputError on unknown series, values outside 0–100
 * and conflicting duplicates.
 */
export function scoreAreas(
  method: Method,
  observations: readonly SeriesObservation[],
  answers: readonly YesNoObservation[] = [],
): { achievements: IndicatorAchievement[]; scores: AreaScore[] } {
  const links = new Map(method.series.map((s) => [s.seriesId, s]));
  const problems: Problem[] = [];
  type Area = {
    level: AreaLevel;
    code: string;
    year: number;
    values: Map<string, number>;
    answers: Map<string, YesNoObservation>;
  };
  const areas = new Map<string, Area>();
  const areaOf = (o: { areaLevel: AreaLevel; areaCode: string; year: number }): Area => {
    const key = `${o.areaLevel}\u0000${o.areaCode}\u0000${o.year}`;
    const area = areas.get(key) ?? {
      level: o.areaLevel,
      code: o.areaCode,
      year: o.year,
      values: new Map<string, number>(),
      answers: new Map<string, YesNoObservation>(),
    };
    areas.set(key, area);
    return area;
  };
  const yesNo = new Set(method.indicators.filter((i) => i.kind === "yes-no").map((i) => i.id));
  for (const a of answers) {
    const where = `${a.indicatorId} ${a.areaLevel} ${a.areaCode} ${a.year}`;
    if (!yesNo.has(a.indicatorId))
      problems.push({
        path: "answers",
        line: 0,
        message: `${where}: not a yes-no indicator of the method, expected one marked yes-no in data/method/indicators.csv`,
      });
    else if (areaOf(a).answers.has(a.indicatorId))
      problems.push({
        path: "answers",
        line: 0,
        message: `${where}: answered twice, expected one answer per indicator, area and year`,
      });
    else areaOf(a).answers.set(a.indicatorId, a);
  }
  for (const o of observations) {
    const where = `${o.seriesId} ${o.areaLevel} ${o.areaCode} ${o.year}`;
    if (!links.has(o.seriesId))
      problems.push({
        path: "observations",
        line: 0,
        message: `${where}: unknown series, expected one listed in data/method/series.csv`,
      });
    else if (!(o.value >= 0 && o.value <= 100))
      problems.push({ path: "observations", line: 0, message: `${where}: value ${o.value}, expected a percent 0–100` });
    else {
      const area = areaOf(o);
      const seen = area.values.get(o.seriesId);
      if (seen !== undefined && seen !== o.value)
        problems.push({
          path: "observations",
          line: 0,
          message: `${where}: two values (${seen} and ${o.value}), expected one per series, area and year`,
        });
      area.values.set(o.seriesId, o.value);
    }
  }
  if (problems.length > 0) throw new InputError(problems);

  const ordered = [...areas.values()].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      a.year - b.year,
  );
  const indicators = [...method.indicators].sort((a, b) => a.number - b.number);
  const achievements: IndicatorAchievement[] = [];
  const scores: AreaScore[] = [];
  for (const area of ordered) {
    const pointsById = new Map<string, number>();
    for (const ind of indicators) {
      const answer = area.answers.get(ind.id);
      if (answer !== undefined) {
        const achievement = achievementFor(ind, answer.value);
        pointsById.set(ind.id, achievement * ind.maxPoints);
        achievements.push({
          area_code: area.code,
          area_level: area.level,
          year: area.year,
          indicator_id: ind.id,
          cluster: ind.clusterId,
          value: answer.value ? 1 : 0,
          achievement,
          points: round2(achievement * ind.maxPoints),
          max: ind.maxPoints,
          series: "regulations",
          relation: "direct",
          note: answer.basis,
          method_version: method.version,
          ...(answer.decidedBy ? { decided_by: answer.decidedBy } : {}),
        });
        continue;
      }
      const feeding = method.series.filter((s) => s.indicatorId === ind.id && s.priority !== null);
      const present = feeding.filter((s) => area.values.has(s.seriesId));
      if (present.length === 0) continue;
      const best = Math.min(...present.map((s) => s.priority!));
      const used = present.filter((s) => s.priority === best);
      const value =
        used.reduce(
          (sum, s) => sum + (s.inverted ? 100 - area.values.get(s.seriesId)! : area.values.get(s.seriesId)!),
          0,
        ) / used.length;
      const achievement = achievementFor(ind, value);
      pointsById.set(ind.id, achievement * ind.maxPoints);
      achievements.push({
        area_code: area.code,
        area_level: area.level,
        year: area.year,
        indicator_id: ind.id,
        cluster: ind.clusterId,
        value: round2(value),
        achievement: round4(achievement),
        points: round2(achievement * ind.maxPoints),
        max: ind.maxPoints,
        series: used.map((s) => s.seriesId).join("+"),
        relation: used.some((s) => s.relation === "proxy") ? "proxy" : "direct",
        note: sourceNote(feeding, used, best),
        method_version: method.version,
      });
    }
    if (pointsById.size === 0) continue; // only context series for this area and year
    for (const c of clusterScores(method, sumByCluster(method, pointsById))) {
      scores.push({
        area_code: area.code,
        area_level: area.level,
        year: area.year,
        cluster: c.id,
        score: c.score,
        max: c.max,
        present: c.present,
        total: c.total,
        method_version: method.version,
      });
    }
  }
  return { achievements, scores };
}

function sourceNote(feeding: SeriesLink[], used: SeriesLink[], best: number): string {
  const usedIds = used.map((s) => s.seriesId).join("+");
  const preferred = feeding.filter((s) => s.priority! < best).map((s) => s.seriesId);
  if (preferred.length > 0) return `fallback: ${usedIds} stands in for missing ${preferred.join("+")}`;
  const partners = feeding.filter((s) => s.priority === best && !used.includes(s)).map((s) => s.seriesId);
  if (partners.length > 0) return `partial: ${usedIds} alone, ${partners.join("+")} missing`;
  return "";
}
