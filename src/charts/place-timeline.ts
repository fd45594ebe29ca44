/**
 * (b) One place's predikat across award rounds. Rows run from KLA (the top predikat, never reached) down to
 * "unknown", so the reader sees both the trajectory and how far the place is from the top. Every round gets a
 * marker, including the ones we know nothing about: an unknown round is drawn as an empty dashed circle on its own
 * row, never as "not awarded". Inferred rows are hollow; rounds where sources disagree are diamonds. This file
 * decides what is drawn; place-timeline-svg.ts draws it.
 */
import { PREDIKAT, type AwardRecord, type AwardRound } from "../pipeline/artefact.ts";
import { formatList, formatNumber, statusLabel, type RoundStatus } from "../i18n/format.ts";
import { timelineSvg, type TimelineDrawing } from "./place-timeline-svg.ts";
import { t } from "../i18n/index.ts";
import {
  INK_MUTED,
  NOT_AWARDED_FILL,
  TIER_UNKNOWN_FILL,
  UNKNOWN_FILL,
  PREDIKAT_COLOR,
  statusFill,
  swatch,
} from "./palette.ts";
import { roundStatus } from "../pipeline/round-status.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";

export interface PlaceTimelineOptions extends ChartOptions {
  /** Display name of the place, e.g. "Kota Kupang". */
  placeName: string;
  fromYear?: number;
  toYear?: number;
}

type Row = "KLA" | "Utama" | "Nindya" | "Madya" | "Pratama" | "tier" | "not-awarded" | "unknown";

interface Mark {
  year: string;
  row: Row;
  status: RoundStatus;
  inferred: boolean;
  title: string;
}

function rowOf(status: RoundStatus): Row {
  if (status === "tier-unknown" || status === "conflict") return "tier";
  return status;
}

/** `draw` turns the chart's geometry into SVG; the tests pass the Plot specification it reproduces. */
export function placeTimeline(
  records: readonly AwardRecord[],
  rounds: readonly AwardRound[],
  options: PlaceTimelineOptions,
  draw: (drawing: TimelineDrawing) => string = timelineSvg,
): ChartResult {
  const { lang, placeName, width = 480 } = options;
  const from = options.fromYear ?? Math.min(...rounds.map((r) => r.year));
  const to = options.toYear ?? Math.max(...rounds.map((r) => r.year));
  const held = new Set(rounds.filter((r) => r.held).map((r) => r.year));
  const byYear = new Map(records.map((r) => [r.year, r]));
  const inferredLabel = t(lang, "predikat.inferred");

  const years: string[] = [];
  const marks: Mark[] = [];
  const gaps: string[] = [];
  const rows: Cell[][] = [];
  for (let year = from; year <= to; year++) {
    const y = String(year);
    years.push(y);
    if (!held.has(year)) {
      gaps.push(y);
      continue;
    }
    const record = byYear.get(year);
    const status = roundStatus(record);
    const inferred = record?.inferred ?? false;
    const label = statusLabel(lang, status) + (inferred ? ` (${inferredLabel})` : "");
    marks.push({ year: y, row: rowOf(status), status, inferred, title: `${y}: ${label}` });
    const first = record?.sources[0];
    const sourceCell: Cell =
      first === undefined
        ? "–"
        : {
            text: t(lang, "placeTimeline.sources", { n: formatNumber(lang, record?.sources.length ?? 0) }),
            href: first.url,
          };
    rows.push([y, label, sourceCell]);
  }

  const rowLabels: Record<Row, string> = {
    KLA: "KLA",
    Utama: "Utama",
    Nindya: "Nindya",
    Madya: "Madya",
    Pratama: "Pratama",
    tier: t(lang, "placeTimeline.rowTierUnclear"),
    "not-awarded": t(lang, "placeTimeline.rowNotAwarded"),
    unknown: t(lang, "placeTimeline.rowUnknown"),
  };
  const rowOrder: Row[] = ["KLA", "Utama", "Nindya", "Madya", "Pratama", "tier", "not-awarded", "unknown"];
  const isSourced = (m: Mark) => m.status !== "unknown" && m.status !== "conflict" && !m.inferred;
  // Link consecutive rounds only when both have a tier: a line across an unknown round would invent continuity.
  const links: { x1: string; y1: Row; x2: string; y2: Row }[] = [];
  for (let i = 1; i < marks.length; i++) {
    const a = marks[i - 1]!;
    const b = marks[i]!;
    const tiered = (m: Mark) => (PREDIKAT as readonly string[]).includes(m.row);
    if (tiered(a) && tiered(b)) links.push({ x1: a.year, y1: a.row, x2: b.year, y2: b.row });
  }
  const dots = (f: (m: Mark) => boolean) =>
    marks.filter(f).map((m) => ({ year: m.year, row: m.row, color: statusFill(m.status), title: m.title }));

  const svg = draw({
    width,
    ariaLabel: t(lang, "placeTimeline.title", { place: placeName }),
    years,
    rows: rowOrder.map((key) => ({ key, label: rowLabels[key] })),
    links,
    gaps,
    gapRow: "Pratama",
    gapText: t(lang, "predikat.noRound"),
    sourced: dots(isSourced),
    inferred: dots((m) => m.inferred && m.status !== "conflict"),
    conflicts: dots((m) => m.status === "conflict"),
    unknown: dots((m) => m.status === "unknown"),
  });

  const known = marks.filter((m) => m.status !== "unknown");
  // Mid-sentence, "Unknown"/"Tidak diketahui" reads better in lower case; predikat names stay capitalised.
  const list = marks.map((m) => {
    const label = statusLabel(lang, m.status) + (m.inferred ? ` (${inferredLabel})` : "");
    return `${m.year} ${(PREDIKAT as readonly string[]).includes(m.status) ? label : label.toLowerCase()}`;
  });
  const unknownCount = marks.length - known.length;
  const description: string[] = [];
  if (known.length === 0) {
    // Nothing sourced: listing "unknown" five times says less than one sentence.
    description.push(t(lang, "placeTimeline.descNone", { place: placeName, from: String(from), to: String(to) }));
  } else {
    description.push(
      t(lang, "placeTimeline.descKnown", {
        place: placeName,
        k: formatNumber(lang, known.length),
        n: formatNumber(lang, marks.length),
        from: String(from),
        to: String(to),
        list: formatList(lang, list),
      }),
    );
    if (unknownCount === 1) description.push(t(lang, "placeTimeline.descUnknownOne"));
    if (unknownCount > 1)
      description.push(t(lang, "placeTimeline.descUnknown", { n: formatNumber(lang, unknownCount) }));
  }

  const statuses = new Set(marks.map((m) => m.status));
  const legend: LegendItem[] = [];
  for (const p of PREDIKAT) if (statuses.has(p)) legend.push({ label: p, swatch: swatch(PREDIKAT_COLOR[p], "circle") });
  if (statuses.has("tier-unknown"))
    legend.push({ label: statusLabel(lang, "tier-unknown"), swatch: swatch(TIER_UNKNOWN_FILL, "circle") });
  if (statuses.has("not-awarded"))
    legend.push({ label: statusLabel(lang, "not-awarded"), swatch: swatch(NOT_AWARDED_FILL, "circle") });
  if (marks.some((m) => m.inferred)) legend.push({ label: inferredLabel, swatch: swatch(INK_MUTED, "hollow-circle") });
  if (statuses.has("conflict"))
    legend.push({ label: statusLabel(lang, "conflict"), swatch: swatch(TIER_UNKNOWN_FILL, "diamond") });
  if (statuses.has("unknown"))
    legend.push({ label: statusLabel(lang, "unknown"), swatch: swatch(UNKNOWN_FILL, "circle") });

  return {
    svg,
    title: t(lang, "placeTimeline.title", { place: placeName }),
    subtitle: t(lang, "placeTimeline.subtitle", { from: String(from), to: String(to) }),
    description: description.join(" "),
    legend,
    table: {
      columns: [
        { key: "year", label: t(lang, "col.year") },
        { key: "status", label: t(lang, "col.predikat") },
        { key: "source", label: t(lang, "chart.source") },
      ],
      rows,
    },
  };
}
