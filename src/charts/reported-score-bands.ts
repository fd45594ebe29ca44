/**
 * Reported total scores against the predikat bands: one row per place and round, the band of the predikat the place
 * received drawn as a coloured bar, each reported score a dot shaped by its stage (self-assessed, verified, final,
 * unclear). A dot outside its row's bar is a score the predikat does not match — the chart shows it, never corrects
 * it. The bands themselves are shaded behind, labelled with their predikat, from the method's bands (data, not code).
 * Stages sharing a row sit a few pixels apart vertically, so equal scores at several stages (Sintang 2025) stay
 * visible instead of hiding one another.
 */
import * as Plot from "@observablehq/plot";
import type { Predikat, ReportedScore } from "../pipeline/artefact.ts";
import { formatNumber } from "../i18n/format.ts";
import { formatScore, groupBand, stageLabel } from "../i18n/profile-text.ts";
import { t } from "../i18n/index.ts";
import { tfm } from "../i18n/pages/findings-movement.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { INK, INK_MUTED, PREDIKAT_COLOR, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";
import { compactPlaceName } from "./province-peers.ts";

type Stage = ReportedScore["stage"];

export interface ScorePoint {
  score: number;
  stage: Stage;
  /** The band the score falls in (null: below the first band). */
  band: Predikat | null;
  /** The band disagrees with the predikat received (the pipeline's flag). */
  mismatch: boolean;
  /** Where the score is printed: the first source's host and address, and how many more sources print it. */
  source: { text: string; href: string; more: number };
}

export interface ScoreBandRow {
  /** Unique: place code and year. */
  key: string;
  /** "Kota Contoh 2021". */
  label: string;
  href?: string;
  received: Predikat | null;
  /** The predikat received rests on inference only. */
  receivedInferred: boolean;
  points: ScorePoint[];
}

/** One predikat band: from (exclusive or inclusive, as the method says) to the next band's start. */
export interface BandRange {
  predikat: Predikat;
  from: number;
  to: number;
  /** As published ("601–700"). */
  label: string;
}

export interface ReportedScoreBandsOptions extends ChartOptions {
  bands: readonly BandRange[];
}

const STAGES: readonly Stage[] = ["self-assessment", "verified", "final", "unclear"];
const STAGE_MARK: Readonly<Record<Stage, { symbol: string; fill: string; stroke: string; dy: number }>> = {
  "self-assessment": { symbol: "circle", fill: "#fff", stroke: INK, dy: -7 },
  verified: { symbol: "circle", fill: INK, stroke: INK, dy: -2 },
  final: { symbol: "diamond", fill: INK, stroke: INK, dy: 3 },
  unclear: { symbol: "square", fill: INK_MUTED, stroke: INK_MUTED, dy: 8 },
};
const STAGE_SWATCH: Readonly<Record<Stage, string>> = {
  "self-assessment": swatch(INK, "hollow-circle"),
  verified: swatch(INK, "circle"),
  final: swatch(INK, "diamond"),
  unclear: swatch(INK_MUTED, "square"),
};
/** Alternating shades behind the bands: the band edges read without a colour that could pass for a tier. */
const BAND_SHADE = ["#f4f4f4", "#e9e9e9"];
const ROW = 30;

interface Dot extends ScorePoint {
  key: string;
}

export function reportedScoreBands(rows: readonly ScoreBandRow[], options: ReportedScoreBandsOptions): ChartResult {
  const { lang, bands, width = 640, idPrefix = "reported-score-bands" } = options;
  const score = (v: number) => formatScore(lang, v);
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  const bandOf = new Map(bands.map((b) => [b.predikat, b]));
  const dots: Dot[] = rows.flatMap((r) => r.points.map((p) => ({ ...p, key: r.key })));
  const scores = dots.map((d) => d.score);
  const top = Math.max(...bands.map((b) => b.to), ...scores);
  const bottom = Math.floor(Math.min(...bands.map((b) => b.from), ...scores) / 100) * 100;
  const receivedBars = rows.flatMap((r) => {
    const band = r.received === null ? undefined : bandOf.get(r.received);
    return band === undefined ? [] : [{ key: r.key, from: band.from, to: band.to, predikat: band.predikat }];
  });
  const title = tfm(lang, "bandsChart.title");
  const bandText = (p: Predikat | null) =>
    p === null ? tfm(lang, "band.below", { predikat: bands[0]?.predikat ?? "" }) : p;

  const svg = plotToSvg(
    {
      width,
      height: Math.max(1, rows.length) * ROW + 56,
      marginLeft: 300,
      marginRight: 24,
      marginTop: 28,
      marginBottom: 28,
      x: { domain: [bottom, top], label: null, tickFormat: (v: number) => formatNumber(lang, v), ticks: 6 },
      y: {
        type: "band",
        domain: rows.map((r) => r.key),
        label: null,
        tickSize: 0,
        tickFormat: (k: string) => compactPlaceName(labels.get(k) ?? k),
        padding: 0.2,
      },
      ariaLabel: title,
      marks: [
        Plot.rectX(bands, {
          x1: "from",
          x2: "to",
          fill: (_b: BandRange, i: number) => BAND_SHADE[i % 2],
        }),
        Plot.text(bands, {
          x: (b: BandRange) => (b.from + b.to) / 2,
          frameAnchor: "top",
          dy: -16,
          text: "predikat",
          fill: INK,
        }),
        Plot.barX(receivedBars, {
          y: "key",
          x1: "from",
          x2: "to",
          fill: (b: { predikat: Predikat }) => PREDIKAT_COLOR[b.predikat],
          fillOpacity: 0.45,
        }),
        ...STAGES.map((stage) =>
          Plot.dot(
            dots.filter((d) => d.stage === stage),
            {
              x: "score",
              y: "key",
              dy: STAGE_MARK[stage].dy,
              r: 4.5,
              symbol: STAGE_MARK[stage].symbol,
              fill: STAGE_MARK[stage].fill,
              stroke: STAGE_MARK[stage].stroke,
              strokeWidth: 1.5,
              title: (d: Dot) => `${labels.get(d.key) ?? d.key} · ${stageLabel(lang, d.stage)}: ${score(d.score)}`,
            },
          ),
        ),
      ],
    },
    { idPrefix },
  );

  const mismatches = dots.filter((d) => d.mismatch).length;
  const fmt = (n: number) => formatNumber(lang, n);
  const description =
    dots.length === 0
      ? tfm(lang, "bandsChart.descEmpty")
      : [
          tfm(lang, "bandsChart.desc", { n: fmt(dots.length), rows: fmt(rows.length), m: fmt(mismatches) }),
          tfm(lang, "bandsChart.descRange", { min: score(Math.min(...scores)), max: score(Math.max(...scores)) }),
        ].join(" ");

  const presentStages = STAGES.filter((s) => dots.some((d) => d.stage === s));
  const receivedPresent = bands.filter((b) => receivedBars.some((r) => r.predikat === b.predikat));
  const legend: LegendItem[] = [
    ...presentStages.map((s) => ({ label: stageLabel(lang, s), swatch: STAGE_SWATCH[s] })),
    ...receivedPresent.map((b) => ({
      label: tfm(lang, "bandsChart.received", { predikat: b.predikat, range: groupBand(lang, b.label) }),
      swatch: swatch(PREDIKAT_COLOR[b.predikat]),
    })),
  ];

  const receivedText = (r: ScoreBandRow) =>
    r.received === null
      ? tfm(lang, "unknown")
      : r.receivedInferred
        ? tfm(lang, "inferred", { predikat: r.received })
        : r.received;
  return {
    svg,
    title,
    subtitle: tfm(lang, "bandsChart.subtitle"),
    description,
    legend,
    wide: true,
    table: {
      columns: [
        { key: "placeRound", label: tfm(lang, "col.placeRound") },
        { key: "stage", label: tfm(lang, "col.stage") },
        { key: "score", label: t(lang, "col.score"), numeric: true },
        { key: "band", label: tfm(lang, "col.band") },
        { key: "received", label: tfm(lang, "col.received") },
        { key: "mismatch", label: tfm(lang, "col.mismatch") },
        { key: "source", label: tfm(lang, "col.source") },
      ],
      rows: rows.flatMap((r) =>
        r.points.map((p): Cell[] => [
          r.href === undefined ? r.label : { text: r.label, href: r.href },
          stageLabel(lang, p.stage),
          { text: score(p.score), sort: p.score },
          bandText(p.band),
          receivedText(r),
          tfm(lang, p.mismatch ? "yes" : "no"),
          {
            text:
              p.source.more > 0
                ? tfm(lang, "moreSources", { host: p.source.text, n: fmt(p.source.more) })
                : p.source.text,
            href: p.source.href,
          },
        ]),
      ),
    },
  };
}
