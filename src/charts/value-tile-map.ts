/**
 * (i) One indicator's kab/kota values on the map without boundary files: the province grid of the predikat tile map
 * (./tile-map.ts, data/site/tile-map.csv), one small square per kab/kota inside its province's tile, coloured by the
 * place's value in a few equal-width classes of one sequential hue (darker = higher; the legend says which end is
 * better, since for stunting the light end is the good one). Purple, not the blues of the predikat ramp, so this map
 * is never read as a predikat map. A place with no value is an empty square with a dashed outline (absence of data,
 * as on the predikat map); a place whose value carries a caveat (sources disagree, doubtful, survey-flagged, small
 * sample) is a white square with a solid outline: it holds values, but by the site's one ranking rule
 * (src/views/rank-rule.ts) none is coloured, put in a class, ranked or counted in a median, and the legend, the
 * square's title and the table say why. Squares within a tile run from the best value to the worst, so a tile also
 * reads as a small ordered strip.
 */
import { median, tickStep } from "d3-array";
import type { Place, Province, TileLayout } from "../pipeline/artefact.ts";
import { formatNumber } from "../i18n/format.ts";
import { t } from "../i18n/index.ts";
import { tv } from "../i18n/pages/value-tile-map.ts";
import { formatValue } from "./indicator-comparison.ts";
import { tileGrid } from "./tile-grid.ts";
import { INK, UNKNOWN_FILL, swatch } from "./palette.ts";
import { valueTileMapSvg, type ValueSquare, type ValueTileDrawing } from "./value-tile-map-svg.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";

export interface PlaceValue {
  placeCode: string;
  /** Every value held for the place in the year: one, or several where sources disagree. */
  values: readonly number[];
  /**
   * Why the ranking rule leaves the value unranked, in words ("doubtful", "sources differ"); null for a clean value.
   * An unranked place is drawn outlined, never coloured, and left out of the classes and medians.
   */
  unranked: string | null;
}

export interface ValueTileMapOptions extends ChartOptions {
  seriesName: string;
  year: number;
  layout: readonly TileLayout[];
  better: "higher" | "lower";
  unit: string;
  provinceHref?: (province: Province) => string;
}

/** ColorBrewer Purples without its near-white step, which would vanish beside the white "no value" squares. */
const RAMP = ["#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"];
const MAX_CLASSES = RAMP.length;

/** Class boundaries at round numbers between the lowest and highest value: at most MAX_CLASSES classes. */
function classBreaks(lo: number, hi: number): number[] {
  if (!(hi > lo)) return [];
  let step = tickStep(lo, hi, 5);
  const inside = (s: number) => {
    const out: number[] = [];
    for (let k = Math.floor(lo / s) + 1; k * s < hi; k++) out.push(+(k * s).toFixed(10));
    return out;
  };
  while (inside(step).length + 1 > MAX_CLASSES) step *= 2;
  return inside(step);
}

/** `draw` turns the chart's geometry into SVG; the tests pass the Plot specification it reproduces. */
export function valueTileMap(
  provinces: readonly Province[],
  places: readonly Place[],
  values: readonly PlaceValue[],
  options: ValueTileMapOptions,
  draw: (drawing: ValueTileDrawing) => string = valueTileMapSvg,
): ChartResult {
  const { lang, seriesName, year, layout, better, unit, provinceHref } = options;
  const fmt = (v: number) => formatValue(lang, v, unit);
  const unitLabel = unit === "percent" || unit === "%" ? "%" : unit;
  const byPlace = new Map(values.map((v) => [v.placeCode, v]));
  const single = (p: Place): number | null => {
    const v = byPlace.get(p.code);
    return v === undefined || v.unranked !== null || v.values.length !== 1 ? null : v.values[0]!;
  };
  const known = places.map(single).filter((v): v is number => v !== null);
  const breaks = classBreaks(Math.min(...known), Math.max(...known));
  const classCount = breaks.length + 1;
  const classOf = (v: number) => breaks.filter((b) => v >= b).length;
  const colourOf = (c: number) =>
    RAMP[classCount === 1 ? RAMP.length - 1 : Math.round((c * (RAMP.length - 1)) / (classCount - 1))]!;
  const sign = better === "higher" ? -1 : 1;

  const grid = tileGrid(provinces, places, layout, options.width);
  const { width } = grid;

  const squares: ValueSquare[] = [];
  for (const { province, square } of grid.tiles) {
    // Best value first, then places with a caveated value, then places without a value; ties in code order.
    const rank = (p: Place) => (single(p) !== null ? 0 : byPlace.has(p.code) ? 1 : 2);
    const members = places
      .filter((p) => p.provinceCode === province.code)
      .sort((a, b) => rank(a) - rank(b) || sign * ((single(a) ?? 0) - (single(b) ?? 0)) || (a.code < b.code ? -1 : 1));
    members.forEach((place, i) => {
      const v = single(place);
      const held = byPlace.get(place.code);
      const kind: ValueSquare["kind"] = v !== null ? "value" : held !== undefined ? "unranked" : "none";
      const said =
        kind === "value"
          ? fmt(v!)
          : kind === "unranked"
            ? `${held!.values.map(fmt).join(" / ")} (${tv(lang, "unrankedTitle", { why: held!.unranked ?? "" })})`
            : tv(lang, "noValue");
      squares.push({
        ...square(i),
        kind,
        fill: v === null ? UNKNOWN_FILL : colourOf(classOf(v)),
        title: `${place.name}: ${said}`,
      });
    });
  }

  const title = tv(lang, "title", { series: seriesName, year: String(year) });
  const svg = draw({ width, height: grid.height, ariaLabel: title, squares, labels: grid.labels });

  // Legend: the classes from low to high, the better end named, then the two states that carry no colour.
  const classLabel = (c: number) =>
    classCount === 1
      ? fmt(known[0] ?? 0)
      : c === 0
        ? tv(lang, "classFirst", { to: fmt(breaks[0]!) })
        : c === classCount - 1
          ? tv(lang, "classLast", { from: fmt(breaks[c - 1]!) })
          : tv(lang, "classMiddle", { from: fmt(breaks[c - 1]!), to: fmt(breaks[c]!) });
  const bestClass = better === "higher" ? classCount - 1 : 0;
  const worstClass = better === "higher" ? 0 : classCount - 1;
  const legend: LegendItem[] = [];
  if (known.length > 0)
    for (let c = 0; c < classCount; c++) {
      const end = classCount > 1 && c === bestClass ? ` (${tv(lang, "best")})` : "";
      const other = classCount > 1 && c === worstClass ? ` (${tv(lang, "worst")})` : "";
      legend.push({ label: `${classLabel(c)}${end}${other}`, swatch: swatch(colourOf(c)) });
    }
  // Why values are unranked, each reason with how many places it holds for, most first: the legend names them.
  const reasonCounts = (held: readonly PlaceValue[]): string => {
    const counts = new Map<string, number>();
    for (const h of held) if (h.unranked !== null) counts.set(h.unranked, (counts.get(h.unranked) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([why, n]) => `${why} (${formatNumber(lang, n)})`)
      .join("; ");
  };
  const unrankedHeld = places.flatMap((p) => {
    const held = byPlace.get(p.code);
    return held !== undefined && single(p) === null ? [held] : [];
  });
  const unrankedCount = squares.filter((s) => s.kind === "unranked").length;
  const noneCount = squares.filter((s) => s.kind === "none").length;
  if (unrankedCount > 0)
    legend.push({
      label: tv(lang, "unranked", { why: reasonCounts(unrankedHeld) }),
      swatch: `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><rect x="1" y="1" width="12" height="12" fill="#fff" stroke="${INK}" stroke-width="2"/></svg>`,
    });
  if (noneCount > 0) legend.push({ label: tv(lang, "noValue"), swatch: swatch(UNKNOWN_FILL) });

  // Table: per province, how many places fall in each class, are unranked (and why) or have no value, and the median
  // of the clean values.
  const perProvince = [...provinces]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((p) => {
      const members = places.filter((pl) => pl.provinceCode === p.code);
      const vals = members.map(single).filter((v): v is number => v !== null);
      return { province: p, members, vals, median: vals.length === 0 ? null : median(vals)! };
    });
  const count = (n: number): Cell => ({ text: formatNumber(lang, n), sort: n });
  const rows: Cell[][] = perProvince.map(({ province, members, vals, median: m }) => [
    provinceHref === undefined ? province.name : { text: province.name, href: provinceHref(province) },
    ...Array.from({ length: known.length > 0 ? classCount : 0 }, (_, c) =>
      count(vals.filter((v) => classOf(v) === c).length),
    ),
    count(members.filter((pl) => byPlace.get(pl.code) !== undefined && single(pl) === null).length),
    reasonCounts(members.flatMap((pl) => (single(pl) === null ? (byPlace.get(pl.code) ?? []) : []))) || "–",
    count(members.filter((pl) => !byPlace.has(pl.code)).length),
    m === null ? "–" : { text: fmt(m), sort: m },
    count(members.length),
  ]);

  const medians = perProvince.filter((p) => p.median !== null).sort((a, b) => a.median! - b.median!);
  const parts: string[] = [];
  const lowest = medians[0];
  const highest = medians[medians.length - 1];
  if (lowest !== undefined && highest !== undefined)
    parts.push(
      tv(lang, "desc", {
        year: String(year),
        n: formatNumber(lang, known.length),
        total: formatNumber(lang, squares.length),
        lowest: fmt(lowest.median!),
        lowestName: lowest.province.name,
        highest: fmt(highest.median!),
        highestName: highest.province.name,
      }),
    );
  if (unrankedCount > 0) parts.push(tv(lang, "descUnranked", { n: formatNumber(lang, unrankedCount) }));
  if (noneCount > 0) parts.push(tv(lang, "descNone", { n: formatNumber(lang, noneCount) }));

  return {
    svg,
    title,
    subtitle: tv(lang, "subtitle", { better: tv(lang, better), unit: unitLabel }),
    description: parts.join(" "),
    legend,
    wide: width > 640,
    table: {
      columns: [
        { key: "province", label: t(lang, "col.province") },
        ...Array.from({ length: known.length > 0 ? classCount : 0 }, (_, c) => ({
          key: `class-${c}`,
          label: classLabel(c),
          numeric: true,
        })),
        { key: "unranked", label: tv(lang, "colUnranked"), numeric: true },
        { key: "why", label: tv(lang, "colWhy") },
        { key: "none", label: tv(lang, "noValue"), numeric: true },
        { key: "median", label: tv(lang, "colMedian"), numeric: true },
        { key: "places", label: tv(lang, "colPlaces"), numeric: true },
      ],
      rows,
    },
  };
}
