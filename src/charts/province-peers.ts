/**
 * (c) Where a place stands among its province's kab/kota in one round. Rows are sorted from the highest predikat
 * down; bar length is the tier (Pratama = 1 … KLA = 5), so the distance to the top is visible. Places without a
 * tier get a short marker in their status's treatment and the status in words: "not awarded" (grey) and "unknown"
 * (dashed, empty) never share a look. The profile's own place is highlighted.
 */
import { PREDIKAT, type AwardRecord, type Place } from "../pipeline/artefact.ts";
import { formatList, formatNumber, statusLabel, type RoundStatus } from "../i18n/format.ts";
import { PEERS_MARGIN, PEERS_ROW_HEIGHT, peersSvg, type PeersDrawing } from "./province-peers-svg.ts";
import { t } from "../i18n/index.ts";
import { statusFill, statusSwatch } from "./palette.ts";
import { STATUS_ORDER, isAwarded, roundStatus, statusRank } from "../pipeline/round-status.ts";
import type { Cell, ChartOptions, ChartResult, LegendItem } from "./types.ts";

export interface ProvincePeersOptions extends ChartOptions {
  provinceName: string;
  year: number;
  /** Place code to highlight (the profile being read). */
  highlight?: string;
  /** Link each place's table row to its profile. */
  hrefFor?: (place: Place) => string;
}

interface Row {
  place: Place;
  name: string;
  status: RoundStatus;
  level: number;
}

/**
 * "Kabupaten Tapanuli Tengah" → "Kab. Tapanuli Tengah", "Kabupaten Administrasi Kepulauan Seribu" → "Kab. Adm.
 * Kepulauan Seribu", "Kota Administrasi Jakarta Pusat" → "Kota Adm. Jakarta Pusat" (the abbreviations Indonesian
 * readers use): a chart's left margin is the scarce resource.
 */
export function compactPlaceName(name: string): string {
  return name
    .replace(/^Kabupaten Administrasi /, "Kab. Adm. ")
    .replace(/^Kota Administrasi /, "Kota Adm. ")
    .replace(/^Kabupaten /, "Kab. ");
}

/** `draw` turns the chart's geometry into SVG; the tests pass the Plot specification it reproduces. */
export function provincePeers(
  places: readonly Place[],
  records: readonly AwardRecord[],
  options: ProvincePeersOptions,
  draw: (drawing: PeersDrawing) => string = peersSvg,
): ChartResult {
  const { lang, provinceName, year, highlight, hrefFor, width = 480 } = options;
  const byPlace = new Map(records.filter((r) => r.year === year).map((r) => [r.placeCode, r]));
  const rows: Row[] = places
    .map((place) => {
      const status = roundStatus(byPlace.get(place.code));
      const level = (PREDIKAT as readonly string[]).indexOf(status) + 1;
      return { place, name: compactPlaceName(place.name), status, level };
    })
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name, "id"));

  const tiered = rows.filter((r) => r.level > 0);
  const untiered = rows.filter((r) => r.level === 0);
  const names = rows.map((r) => r.name);
  const focus = rows.filter((r) => r.place.code === highlight);
  const bar = (r: Row) => ({
    name: r.name,
    fill: statusFill(r.status),
    title: `${r.place.name}: ${statusLabel(lang, r.status)}`,
  });
  // Room for the longest name at 13px (~7.6px per character in system sans fonts), within reason on a phone.
  const marginLeft = Math.min(230, Math.max(90, Math.ceil(Math.max(...names.map((n) => n.length)) * 7.6) + 12));
  const svg = draw({
    width,
    height: rows.length * PEERS_ROW_HEIGHT + PEERS_MARGIN.top + PEERS_MARGIN.bottom,
    marginLeft,
    ariaLabel: t(lang, "provincePeers.title", { province: provinceName, year: String(year) }),
    names,
    focus: focus.map((r) => r.name),
    tiered: tiered.map((r) => ({ ...bar(r), level: r.level })),
    markers: untiered.filter((r) => r.status !== "unknown").map(bar),
    unknown: untiered.filter((r) => r.status === "unknown").map((r) => ({ name: r.name, title: bar(r).title })),
    statusText: untiered.map((r) => ({ name: r.name, text: statusLabel(lang, r.status) })),
    labels: rows.filter((r) => r.place.code !== highlight).map((r) => r.name),
    focusLabels: focus.map((r) => r.name),
  });

  const count = (s: RoundStatus) => rows.filter((r) => r.status === s).length;
  const fmt = (n: number) => formatNumber(lang, n);
  const awarded = rows.filter((r) => isAwarded(r.status)).length;
  const parts = [
    t(lang, "provincePeers.desc", {
      n: fmt(rows.length),
      province: provinceName,
      awarded: fmt(awarded),
      year: String(year),
      notAwarded: fmt(count("not-awarded")),
      unknown: fmt(count("unknown")),
    }),
  ];
  // Tiers by name; "tier not stated" and "sources disagree" together as "tier unclear" (a label without a comma,
  // so the list stays readable).
  const unclear = count("tier-unknown") + count("conflict");
  const breakdown = PREDIKAT.filter((p) => count(p) > 0)
    .reverse()
    .map((p) => `${p} ${fmt(count(p))}`);
  if (unclear > 0) breakdown.push(`${t(lang, "placeTimeline.rowTierUnclear").toLowerCase()} ${fmt(unclear)}`);
  if (breakdown.length > 0) parts.push(t(lang, "provincePeers.descBreakdown", { list: formatList(lang, breakdown) }));
  const self = focus[0];
  if (self !== undefined)
    parts.push(t(lang, "provincePeers.descFocus", { place: self.place.name, status: statusLabel(lang, self.status) }));

  const legend: LegendItem[] = STATUS_ORDER.filter((s) => count(s) > 0).map((s) => ({
    label: statusLabel(lang, s),
    swatch: statusSwatch(s),
  }));

  return {
    svg,
    title: t(lang, "provincePeers.title", { province: provinceName, year: String(year) }),
    subtitle: t(lang, "provincePeers.subtitle"),
    description: parts.join(" "),
    legend,
    table: {
      columns: [
        { key: "place", label: t(lang, "col.place") },
        { key: "predikat", label: t(lang, "col.predikat") },
      ],
      rows: rows.map((r): Cell[] => [
        hrefFor === undefined ? r.place.name : { text: r.place.name, href: hrefFor(r.place) },
        { text: statusLabel(lang, r.status), sort: statusRank(r.status) },
      ]),
    },
  };
}
