/**
 * (e) Score per cluster as a share of that cluster's maximum, because clusters carry different maximum points and
 * raw scores would not compare. Each cluster is three lines (name; bar on a grey track of the full maximum;
 * score/max and how many of the cluster's indicators had data), so long Indonesian cluster names never collide with
 * the figures on a phone: a high share from 1 of 7 indicators is not the same finding as
 * from 7 of 7. A cluster that cannot be scored shows an empty track with words, not a zero-length bar.
 */
import type { ClusterScore } from "../method/score.ts";
import { formatNumber, formatShare } from "../i18n/format.ts";
import { clusterSvg, type ClusterDrawing } from "./cluster-scores-svg.ts";
import { t } from "../i18n/index.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

/** The scoring engine's cluster result (score null when no indicator has data; present/total indicators with
 * data), with the cluster's name in the reader's language. */
export type LabelledClusterScore = ClusterScore & { label: string };

/** `draw` turns the chart's geometry into SVG; the tests pass the Plot specification it reproduces. */
export function clusterScores(
  clusters: readonly LabelledClusterScore[],
  options: ChartOptions,
  draw: (drawing: ClusterDrawing) => string = clusterSvg,
): ChartResult {
  const { lang, width = 480 } = options;
  const fmt = (n: number) => formatNumber(lang, n);
  const coverage = (c: LabelledClusterScore) =>
    t(lang, "clusterScores.coverage", { present: fmt(c.present), total: fmt(c.total) });
  const share = (c: LabelledClusterScore) => (c.score === null || c.max === 0 ? 0 : (c.score / c.max) * 100);
  const valueText = (c: LabelledClusterScore) =>
    c.score === null
      ? `${t(lang, "clusterScores.noScore")} · ${coverage(c)}`
      : `${fmt(c.score)}/${fmt(c.max)} (${formatShare(lang, c.score, c.max)}) · ${coverage(c)}`;
  const svg = draw({
    width,
    ariaLabel: t(lang, "clusterScores.title"),
    tickLabel: (v) => formatNumber(lang, v),
    rows: clusters.map((c) => ({
      id: c.id,
      label: c.label,
      value: valueText(c),
      // A cluster that cannot be scored keeps its empty track: no zero-length bar that would read as a score of 0.
      bar: c.score === null ? null : { share: share(c), title: `${c.label}: ${valueText(c)}` },
    })),
  });

  const description = clusters
    .map((c) =>
      c.score === null
        ? t(lang, "clusterScores.descNoScore", { label: c.label, coverage: coverage(c) })
        : t(lang, "clusterScores.desc", {
            label: c.label,
            score: fmt(c.score),
            max: fmt(c.max),
            share: formatShare(lang, c.score, c.max),
            coverage: coverage(c),
          }),
    )
    .join(" ");

  return {
    svg,
    title: t(lang, "clusterScores.title"),
    subtitle: t(lang, "clusterScores.subtitle"),
    description,
    legend: [],
    table: {
      columns: [
        { key: "cluster", label: t(lang, "col.cluster") },
        { key: "score", label: t(lang, "col.score"), numeric: true },
        { key: "max", label: t(lang, "col.max"), numeric: true },
        { key: "share", label: t(lang, "col.shareOfMax"), numeric: true },
        { key: "coverage", label: t(lang, "col.coverage") },
      ],
      rows: clusters.map((c): Cell[] => [
        c.label,
        c.score === null ? "–" : { text: fmt(c.score), sort: c.score },
        fmt(c.max),
        c.score === null ? "–" : { text: formatShare(lang, c.score, c.max), sort: share(c) },
        coverage(c),
      ]),
    },
  };
}
