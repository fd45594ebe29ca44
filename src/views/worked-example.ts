/**
 * The methodology page's worked example (issue 15): one real kab/kota scored step by step from the published files
 * alone, so a researcher can redo it in a spreadsheet. The place is chosen, not typed: among kab/kota and years, the
 * most indicators scored, then the first place code, then the latest year. For each indicator it gives the rows of
 * indicators.csv (or regulations.csv for indicator 1) that feed it, the method's rule, the arithmetic, and the row of
 * indicator-achievements.csv it must equal; then the rows of scores.csv each cluster sum must equal.
 *
 * Every cell shown is read back from the CSV text the pipeline publishes (DOWNLOADS), not from the artefact's
 * objects, so the page prints exactly what a reader downloads; tests/unit/scores-reproducible.test.ts compares them
 * with the files in data/build/downloads. Numbers in the formulas are written as in the CSV (decimal point), for a
 * spreadsheet. Language-free.
 */
import type { CsvRow } from "../core/csv-read.ts";
import { publishedCsv } from "./published-csv.ts";
import type { SiteData } from "../pipeline/artefact.ts";
import type { MethodIndicator, SeriesLink } from "../method/score.ts";
import type { DecidingRegulation, RegulationRule } from "../method/regulation-rules.ts";

/** Some cells of one row of a published file, by column name, with the row's line in the file (header = line 1). */
export interface CsvExcerpt {
  file: string;
  line: number;
  cells: [column: string, value: string][];
}

export interface WorkedSeries {
  seriesId: string;
  /** The value as published (indicators.csv `value`). */
  value: number;
  link: SeriesLink;
  /** 100 − value when the link is inverted, else the value. */
  scored: number;
}

export interface WorkedIndicator {
  indicator: MethodIndicator;
  /** indicators.csv rows (a percent) or regulations.csv rows (indicator 1) that feed it. */
  inputs: CsvExcerpt[];
  /** Percent: the series used, after inversion. Empty for a yes-no indicator. */
  series: WorkedSeries[];
  /** Yes-no: the deciding fact, and the rule of regulation-rules.csv that reads it. */
  fact: DecidingRegulation | null;
  rule: RegulationRule | null;
  /** Unrounded: the value scored (mean of `series`, or 1/0), achievement and points. */
  value: number;
  achievement: number;
  points: number;
  /** The row of indicator-achievements.csv these must equal. */
  published: CsvExcerpt;
}

export interface WorkedCluster {
  clusterId: string;
  /** Indicators of the cluster present in the example, in the method's order. */
  indicatorIds: string[];
  /** Sum of their unrounded points; null when none is present. */
  sum: number | null;
  max: number;
  total: number;
  published: CsvExcerpt;
}

export interface WorkedExample {
  placeCode: string;
  placeName: string;
  year: number;
  indicators: WorkedIndicator[];
  clusters: WorkedCluster[];
  present: number;
  /** The method's indicator count (24): a total and a predikat need all of them. */
  total: number;
}

type Rows = CsvRow[];

/** The published file's rows, as a reader parses them. */
const published = (d: SiteData, file: string): Rows => publishedCsv(d, file).rows;

const excerpt = (file: string, row: Rows[number], columns: readonly string[]): CsvExcerpt => ({
  file,
  line: row.line,
  cells: columns.map((c) => [c, row.values[c] ?? ""]),
});

export const INPUT_COLUMNS = ["indicator_id", "year", "area_code", "value", "primary_source", "source_url", "scored"];
export const REGULATION_COLUMNS = ["place_code", "status", "kind", "number", "year", "topic", "source_url"];
export const ACHIEVEMENT_COLUMNS = ["area_code", "year", "indicator_id", "value", "achievement", "points", "max"];
export const SCORE_COLUMNS = ["area_code", "year", "cluster", "score", "max", "present", "total"];

/** The example's place and year: most indicators scored, then the first place code, then the latest year. */
export function exampleAreaYear(d: SiteData): { placeCode: string; year: number } | null {
  const count = new Map<string, number>();
  for (const a of d.achievements)
    if (a.area_level === "kabkota")
      count.set(`${a.area_code}|${a.year}`, (count.get(`${a.area_code}|${a.year}`) ?? 0) + 1);
  const best = [...count]
    .map(([k, n]) => ({ placeCode: k.split("|")[0]!, year: Number(k.split("|")[1]), n }))
    .sort(
      (a, b) => b.n - a.n || (a.placeCode < b.placeCode ? -1 : a.placeCode > b.placeCode ? 1 : 0) || b.year - a.year,
    )[0];
  return best ? { placeCode: best.placeCode, year: best.year } : null;
}

export function workedExample(d: SiteData): WorkedExample | null {
  const at = exampleAreaYear(d);
  if (at === null) return null;
  const { placeCode, year } = at;
  const y = String(year);
  const achievements = published(d, "indicator-achievements.csv").filter(
    (r) => r.values.area_code === placeCode && r.values.year === y,
  );
  const values = published(d, "indicators.csv").filter(
    (r) =>
      r.values.area_level === "kabkota" &&
      r.values.area_code === placeCode &&
      r.values.year === y &&
      r.values.scored === "true",
  );
  const regulations = published(d, "regulations.csv").filter((r) => r.values.place_code === placeCode);
  const byId = new Map(d.method.indicators.map((i) => [i.id, i]));
  const indicators: WorkedIndicator[] = [];
  for (const row of achievements) {
    const ind = byId.get(row.values.indicator_id!)!;
    const publishedRow = excerpt("indicator-achievements.csv", row, ACHIEVEMENT_COLUMNS);
    if (ind.kind === "yes-no") {
      const fact = d.achievements.find(
        (a) => a.area_code === placeCode && a.year === year && a.indicator_id === ind.id,
      )!.decided_by!;
      const deciding = regulations.filter(
        (r) =>
          r.values.status === fact.status &&
          r.values.kind === fact.kind &&
          r.values.number === fact.number &&
          r.values.year === String(fact.year) &&
          r.values.topic === fact.topic,
      );
      const rule = d.method.regulationRules.find(
        (r) =>
          r.indicatorId === ind.id &&
          r.regulationStatus === fact.status &&
          r.kind === fact.kind &&
          r.topic === fact.topic,
      )!;
      const value = rule.answer ? 1 : 0;
      indicators.push({
        indicator: ind,
        inputs: deciding.map((r) => excerpt("regulations.csv", r, REGULATION_COLUMNS)),
        series: [],
        fact,
        rule,
        value,
        achievement: value,
        points: value * ind.maxPoints,
        published: publishedRow,
      });
      continue;
    }
    const used = row.values.series!.split("+");
    const links = used.map((s) => d.method.series.find((l) => l.seriesId === s)!);
    const inputs = values.filter((r) => used.includes(r.values.indicator_id!));
    const series = links.map((link) => {
      const value = Number(inputs.find((r) => r.values.indicator_id === link.seriesId)!.values.value);
      return { seriesId: link.seriesId, value, link, scored: link.inverted ? 100 - value : value };
    });
    const value = series.reduce((s, x) => s + x.scored, 0) / series.length;
    const achievement = Math.min(1, Math.max(0, (value - ind.floor!) / (ind.target! - ind.floor!)));
    indicators.push({
      indicator: ind,
      inputs: inputs.map((r) => excerpt("indicators.csv", r, INPUT_COLUMNS)),
      series,
      fact: null,
      rule: null,
      value,
      achievement,
      points: achievement * ind.maxPoints,
      published: publishedRow,
    });
  }
  const scoreRows = published(d, "scores.csv").filter((r) => r.values.area_code === placeCode && r.values.year === y);
  const clusters = [...d.method.clusters]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const of = d.method.indicators.filter((i) => i.clusterId === c.id);
      const present = indicators.filter((w) => w.indicator.clusterId === c.id);
      return {
        clusterId: c.id,
        indicatorIds: present.map((w) => w.indicator.id),
        sum: present.length === 0 ? null : present.reduce((s, w) => s + w.points, 0),
        max: of.reduce((s, i) => s + Math.round(i.maxPoints * 100), 0) / 100,
        total: of.length,
        published: excerpt(
          "scores.csv",
          scoreRows.find((r) => r.values.cluster === c.id)!,
          SCORE_COLUMNS,
        ),
      };
    });
  return {
    placeCode,
    placeName: d.places.find((p) => p.code === placeCode)?.name ?? placeCode,
    year,
    indicators,
    clusters,
    present: indicators.length,
    total: d.method.indicators.length,
  };
}

/**
 * A number as a spreadsheet would take it: up to 6 decimals, with "…" when that cut digits off (0.220238…), so the
 * page never shows a rounded intermediate as if it were exact.
 */
export function exact(x: number): string {
  const r = Math.round(x * 1e6) / 1e6;
  return Math.abs(r - x) < 1e-12 ? String(r) : `${r.toFixed(6)}…`;
}
