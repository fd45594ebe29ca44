/**
 * (f) The latest round on a map without boundary files: each province is a tile on a grid that follows the
 * archipelago (data/site/tile-map.csv), and each tile is a small waffle with one square per kab/kota, coloured by
 * its predikat in the round. Squares are sorted from the highest predikat, so a tile also reads as a small stacked
 * bar. "Unknown" squares are empty with a dashed outline, unlike the solid grey of "not awarded"; a square whose status
 * rests on our own inference (no source states it for that place) carries a white dot, so stated and inferred are
 * never drawn alike. Places are grouped
 * by their province today (after the 2022 Papua split), because the map shows today's 38 provinces.
 */
import { sum } from "d3-array";
import type { AwardRecord, Place, Province, TileLayout } from "../pipeline/artefact.ts";
import { formatList, formatNumber, statusLabel, type RoundStatus } from "../i18n/format.ts";
import { plotToSvg } from "./plot-ssr.ts";
import { gridFrame, squareDots, squareRects, tileGrid, tileLabels } from "./tile-grid.ts";
import { t } from "../i18n/index.ts";
import { INK_MUTED, UNKNOWN_STROKE, statusFill, statusSwatch, swatch } from "./palette.ts";
import { STATUS_ORDER, roundStatus, statusRank } from "../pipeline/round-status.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";

export interface TileMapOptions extends ChartOptions {
  year: number;
  layout: readonly TileLayout[];
  /** Announced number of awarded kab/kota in the round, for the description; null if not announced. */
  announced?: number | null;
  provinceHref?: (province: Province) => string;
}

interface Square {
  x1: number;
  y1: number;
  status: RoundStatus;
  /** The status rests on inference only (AwardRecord.inferred). */
  inferred: boolean;
  title: string;
}

/** Table columns: tiers first, "tier not stated" and conflicts together (on the map they share a colour). */
const COLUMNS: RoundStatus[] = ["KLA", "Utama", "Nindya", "Madya", "Pratama", "tier-unknown", "not-awarded", "unknown"];
const column = (s: RoundStatus): RoundStatus => (s === "conflict" ? "tier-unknown" : s);

export function tileMap(
  provinces: readonly Province[],
  places: readonly Place[],
  records: readonly AwardRecord[],
  options: TileMapOptions,
): ChartResult {
  const { lang, year, layout, announced = null, provinceHref, idPrefix = "tile-map" } = options;
  const byPlace = new Map(records.filter((r) => r.year === year).map((r) => [r.placeCode, r]));
  const grid = tileGrid(provinces, places, layout, options.width);
  const { width } = grid;

  const squares: Square[] = [];
  const counts = new Map<string, Map<RoundStatus, number>>();
  for (const { province, square } of grid.tiles) {
    const members = places
      .filter((p) => p.provinceCode === province.code)
      .map((p) => ({ place: p, status: roundStatus(byPlace.get(p.code)) }))
      .sort((a, b) => statusRank(a.status) - statusRank(b.status) || (a.place.code < b.place.code ? -1 : 1));
    const tally = new Map<RoundStatus, number>();
    members.forEach(({ place, status }, i) => {
      tally.set(column(status), (tally.get(column(status)) ?? 0) + 1);
      const inferred = status !== "unknown" && (byPlace.get(place.code)?.inferred ?? false);
      squares.push({
        ...square(i),
        status,
        inferred,
        title: `${place.name}: ${statusLabel(lang, status)}${inferred ? ` (${t(lang, "predikat.inferred")})` : ""}`,
      });
    });
    counts.set(province.code, tally);
  }

  const known = squares.filter((s) => s.status !== "unknown");
  const svg = plotToSvg(
    {
      ...gridFrame(grid, t(lang, "tileMap.title", { year: String(year) })),
      marks: [
        squareRects(known, { fill: (s: Square) => statusFill(s.status) }),
        squareRects(
          squares.filter((s) => s.status === "unknown"),
          {
            fill: "#fff",
            stroke: UNKNOWN_STROKE,
            strokeWidth: 0.75,
            strokeDasharray: "2,1",
            inset: 0.4,
          },
        ),
        squareDots(squares.filter((s) => s.inferred)),
        tileLabels(grid.labels),
      ],
    },
    { idPrefix, fontSize: 10 },
  );

  const total = (s: RoundStatus) => squares.filter((q) => column(q.status) === s).length;
  const fmt = (n: number) => formatNumber(lang, n);
  const tiers = COLUMNS.slice(0, 5).filter((s) => total(s) > 0);
  const knownTier = sum(tiers, total);
  const breakdown =
    tiers.length === 0
      ? ""
      : ` (${formatList(
          lang,
          tiers.map((s) => `${statusLabel(lang, s)} ${fmt(total(s))}`),
        )})`;
  const inferredCount = squares.filter((s) => s.inferred).length;
  const parts = [
    t(lang, "tileMap.desc", {
      total: fmt(squares.length),
      year: String(year),
      known: fmt(knownTier),
      breakdown,
      tierUnknown: fmt(total("tier-unknown")),
      notAwarded: fmt(total("not-awarded")),
      unknown: fmt(total("unknown")),
    }),
  ];
  if (inferredCount > 0) parts.push(t(lang, "tileMap.descInferred", { n: fmt(inferredCount) }));
  if (announced !== null) parts.push(t(lang, "tileMap.descAnnounced", { n: fmt(announced) }));

  const present = new Set(squares.map((s) => column(s.status)));
  const legend: LegendItem[] = STATUS_ORDER.filter((s) => present.has(s)).map((s) => ({
    label: statusLabel(lang, s),
    swatch: statusSwatch(s),
  }));
  if (inferredCount > 0)
    legend.push({ label: t(lang, "tileMap.inferred"), swatch: swatch(INK_MUTED, "dotted-square") });
  const inferredIn = new Map<string, number>();
  for (const p of places)
    if (byPlace.get(p.code)?.inferred) inferredIn.set(p.provinceCode, (inferredIn.get(p.provinceCode) ?? 0) + 1);

  const tableRows: Cell[][] = [...provinces]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((p) => {
      const tally = counts.get(p.code) ?? new Map<RoundStatus, number>();
      const inProvince = sum(tally.values());
      return [
        provinceHref === undefined ? p.name : { text: p.name, href: provinceHref(p) },
        ...COLUMNS.map((s): Cell => ({ text: fmt(tally.get(s) ?? 0), sort: tally.get(s) ?? 0 })),
        { text: fmt(inferredIn.get(p.code) ?? 0), sort: inferredIn.get(p.code) ?? 0 },
        fmt(inProvince),
      ];
    });

  return {
    svg,
    title: t(lang, "tileMap.title", { year: String(year) }),
    subtitle: t(lang, "tileMap.subtitle"),
    description: parts.join(" "),
    legend,
    // Scaled below ~640 px the squares and labels become unreadable; the full 38-province grid is ~850 px.
    wide: width > 640,
    table: {
      columns: [
        { key: "province", label: t(lang, "col.province") },
        ...COLUMNS.map((s) => ({ key: s, label: statusLabel(lang, s), numeric: true })),
        { key: "inferred", label: t(lang, "tileMap.colInferred"), numeric: true },
        { key: "places", label: t(lang, "col.places"), numeric: true },
      ],
      rows: tableRows,
    },
  };
}
