/**
 * (e) Score per cluster as a share of that cluster's maximum, because clusters carry different maximum points and
 * raw scores would not compare. Each cluster is three lines (name; bar on a grey track of the full maximum;
 * score/max and how many of the cluster's indicators had data), so long Indonesian cluster names never collide with
 * the figures on a phone: a high share from 1 of 7 indicators is not the same finding as
 * from 7 of 7. A cluster that cannot be scored shows an empty track with words, not a zero-length bar.
 */
import * as Plot from "@observablehq/plot";
import type { ClusterScore } from "../method/score.ts";
import { formatNumber, formatShare } from "../i18n/format.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { t } from "../i18n/index.ts";
import { INK, INK_MUTED } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

/** The scoring engine's cluster result (score null when no indicator has data; present/total indicators with
 * data), with the cluster's name in the reader's language. */
export type LabelledClusterScore = ClusterScore & { label: string };

const BAR = "#0b57a4";
const TRACK = "#e8e8e8";
/** Row height: name line, bar, value line. */
const ROW = 66;

export function clusterScores(clusters: readonly LabelledClusterScore[], options: ChartOptions): ChartResult {
  const { lang, width = 480, idPrefix = "cluster-scores" } = options;
  const fmt = (n: number) => formatNumber(lang, n);
  const coverage = (c: LabelledClusterScore) =>
    t(lang, "clusterScores.coverage", { present: fmt(c.present), total: fmt(c.total) });
  const share = (c: LabelledClusterScore) => (c.score === null || c.max === 0 ? 0 : (c.score / c.max) * 100);
  const valueText = (c: LabelledClusterScore) =>
    c.score === null
      ? `${t(lang, "clusterScores.noScore")} · ${coverage(c)}`
      : `${fmt(c.score)}/${fmt(c.max)} (${formatShare(lang, c.score, c.max)}) · ${coverage(c)}`;
  const ids = clusters.map((c) => c.id);
  const scored = clusters.filter((c) => c.score !== null);

  const svg = plotToSvg(
    {
      width,
      height: clusters.length * ROW + 24,
      marginLeft: 8,
      marginRight: 16,
      marginTop: 4,
      marginBottom: 20,
      x: {
        domain: [0, 100],
        label: null,
        ticks: [0, 25, 50, 75, 100],
        tickFormat: (v: number) => formatNumber(lang, v),
        grid: true,
      },
      y: { type: "band", domain: ids, axis: null, paddingInner: 0 },
      ariaLabel: t(lang, "clusterScores.title"),
      marks: [
        Plot.barX(clusters, { y: "id", x1: 0, x2: 100, fill: TRACK, insetTop: 22, insetBottom: 28 }),
        Plot.barX(scored, {
          y: "id",
          x1: 0,
          x2: share,
          fill: BAR,
          insetTop: 22,
          insetBottom: 28,
          title: (c: LabelledClusterScore) => `${c.label}: ${valueText(c)}`,
        }),
        Plot.text(clusters, {
          y: "id",
          x: 0,
          text: "label",
          textAnchor: "start",
          dy: -ROW / 2 + 12,
          fill: INK,
          fontWeight: "bold",
        }),
        Plot.text(clusters, { y: "id", x: 0, text: valueText, textAnchor: "start", dy: ROW / 2 - 16, fill: INK_MUTED }),
        Plot.ruleX([0], { stroke: INK }),
      ],
    },
    { idPrefix },
  );

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
