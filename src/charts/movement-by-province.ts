/**
 * Movement of the predikat between two rounds, per province: a diverging bar per province, in the manner of a Likert
 * chart. "Same" sits centred on zero (half to each side), "down" extends to the left of it and "up" to the right, so
 * the balance of each province reads at a glance while every place stays in the bar. Orange and purple (ColorBrewer
 * PuOr) are a colour-blind-safe pair and unlike the blue predikat ramp, so a direction is never read as a tier; the
 * counts are printed at the bar ends and in the table, so nothing depends on colour alone.
 */
import * as Plot from "@observablehq/plot";
import { sum } from "d3-array";
import { formatList, formatNumber } from "../i18n/format.ts";
import { t } from "../i18n/index.ts";
import { tfm } from "../i18n/pages/findings-movement.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { INK, INK_MUTED, swatch } from "./palette.ts";
import type { Cell, ChartOptions, ChartResult } from "./types.ts";

/** One province's counts of places that moved up, stayed the same or moved down. */
export interface MovementRow {
  /** Province code: the row's key. */
  key: string;
  label: string;
  up: number;
  same: number;
  down: number;
  href?: string;
}

export interface MovementByProvinceOptions extends ChartOptions {
  fromYear: number;
  toYear: number;
}

const DIRECTIONS = ["down", "same", "up"] as const;
type Direction = (typeof DIRECTIONS)[number];
const FILL: Readonly<Record<Direction, string>> = { down: "#b35806", same: "#d9d9d9", up: "#542788" };
const ROW = 24;

interface Segment {
  key: string;
  direction: Direction;
  x1: number;
  x2: number;
  n: number;
}

export function movementByProvince(rows: readonly MovementRow[], options: MovementByProvinceOptions): ChartResult {
  const { lang, fromYear, toYear, width = 640, idPrefix = "movement-by-province" } = options;
  const fmt = (n: number) => formatNumber(lang, n);
  const label = (d: Direction) => tfm(lang, `moveChart.${d}`);
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  const years = { from: String(fromYear), to: String(toYear) };

  const segments: Segment[] = [];
  for (const r of rows) {
    const half = r.same / 2;
    const add = (direction: Direction, x1: number, x2: number, n: number) => {
      if (n > 0) segments.push({ key: r.key, direction, x1, x2, n });
    };
    add("down", -half - r.down, -half, r.down);
    add("same", -half, half, r.same);
    add("up", half, half + r.up, r.up);
  }
  const reach = Math.max(1, ...rows.map((r) => Math.max(r.down, r.up) + r.same / 2));
  const edge = Math.ceil(reach + 1);
  const ends = rows.flatMap((r) => [
    ...(r.down > 0 ? [{ key: r.key, x: -r.same / 2 - r.down, n: r.down, anchor: "end" as const }] : []),
    ...(r.up > 0 ? [{ key: r.key, x: r.same / 2 + r.up, n: r.up, anchor: "start" as const }] : []),
  ]);
  const title = tfm(lang, "moveChart.title", years);

  const svg = plotToSvg(
    {
      width,
      height: Math.max(1, rows.length) * ROW + 44,
      marginLeft: 220,
      marginRight: 16,
      marginTop: 8,
      marginBottom: 36,
      x: {
        domain: [-edge, edge],
        label: `← ${label("down")} · ${label("up")} →`,
        labelAnchor: "center",
        labelOffset: 32,
        tickFormat: (v: number) => fmt(Math.abs(v)),
        grid: true,
      },
      y: {
        type: "band",
        domain: rows.map((r) => r.key),
        label: null,
        tickSize: 0,
        tickFormat: (k: string) => labels.get(k) ?? k,
        paddingInner: 0.25,
      },
      color: { type: "identity" },
      ariaLabel: title,
      marks: [
        // The zero rule goes under the bars: the count of "same", printed on zero, is never crossed by it.
        Plot.ruleX([0], { stroke: INK }),
        Plot.barX(segments, {
          y: "key",
          x1: "x1",
          x2: "x2",
          fill: (s: Segment) => FILL[s.direction],
          stroke: "#fff",
          strokeWidth: 0.75,
          title: (s: Segment) => `${labels.get(s.key) ?? s.key} · ${label(s.direction)}: ${fmt(s.n)}`,
        }),
        Plot.text(
          segments.filter((s) => s.direction === "same"),
          { y: "key", x: 0, text: (s: Segment) => fmt(s.n), fill: INK },
        ),
        Plot.text(
          ends.filter((e) => e.anchor === "end"),
          { y: "key", x: "x", text: (e: { n: number }) => fmt(e.n), textAnchor: "end", dx: -4, fill: INK_MUTED },
        ),
        Plot.text(
          ends.filter((e) => e.anchor === "start"),
          { y: "key", x: "x", text: (e: { n: number }) => fmt(e.n), textAnchor: "start", dx: 4, fill: INK_MUTED },
        ),
      ],
    },
    { idPrefix },
  );

  const total = (d: Direction) => sum(rows, (r) => r[d]);
  const n = total("up") + total("same") + total("down");
  const parts: string[] = [];
  if (n === 0) parts.push(tfm(lang, "moveChart.descEmpty", years));
  else {
    parts.push(
      tfm(lang, "moveChart.desc", {
        ...years,
        n: fmt(n),
        k: fmt(rows.filter((r) => r.up + r.same + r.down > 0).length),
        up: fmt(total("up")),
        same: fmt(total("same")),
        down: fmt(total("down")),
      }),
    );
    for (const [direction, key] of [
      ["down", "moveChart.descMostDown"],
      ["up", "moveChart.descMostUp"],
    ] as const) {
      const most = Math.max(...rows.map((r) => r[direction]));
      if (most === 0) continue;
      const names = rows.filter((r) => r[direction] === most).map((r) => r.label);
      parts.push(tfm(lang, key, { provinces: formatList(lang, names), n: fmt(most) }));
    }
  }

  const count = (v: number): Cell => ({ text: fmt(v), sort: v });
  return {
    svg,
    title,
    subtitle: tfm(lang, "moveChart.subtitle"),
    description: parts.join(" "),
    legend: DIRECTIONS.map((d) => ({ label: label(d), swatch: swatch(FILL[d]) })),
    wide: true,
    table: {
      columns: [
        { key: "province", label: t(lang, "col.province") },
        { key: "up", label: label("up"), numeric: true },
        { key: "same", label: label("same"), numeric: true },
        { key: "down", label: label("down"), numeric: true },
        { key: "total", label: tfm(lang, "moveChart.total"), numeric: true },
      ],
      rows: rows.map((r): Cell[] => [
        r.href === undefined ? r.label : { text: r.label, href: r.href },
        count(r.up),
        count(r.same),
        count(r.down),
        count(r.up + r.same + r.down),
      ]),
    },
  };
}
