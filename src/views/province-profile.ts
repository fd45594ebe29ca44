/**
 * The view model of a province profile (/provinsi/<slug>/): everything src/components/profile/ProvinceProfile.astro
 * prints, computed from the artefact: its kab/kota (today's and former members) round by round, Provila, coverage,
 * its indicators, what needs attention and its cluster scores, with one numbered source list. Language-free.
 */
import type {
  AwardRecord,
  Place,
  Province,
  ProvilaRecord,
  ProvinceRoundCoverage,
  SiteData,
} from "../pipeline/artefact.ts";
import type { RoundStatus } from "../pipeline/round-status.ts";
import { attentionPoints, type AttentionPoint } from "./attention-points.ts";
import {
  bandSources,
  clusterView,
  seriesIdsOf,
  seriesView,
  type ClusterView,
  type SeriesView,
} from "./profile-sections.ts";
import { latestRoundWithData, peerRows, standing, type PeerRow, type Standing } from "./province-rounds.ts";
import { SourceList, addAwardSources } from "./source-list.ts";
import { viewIndex } from "./view-index.ts";

export interface ProvinceGridRow {
  place: Place;
  /** One cell per round; `member` false where the place was not in this province in that round. */
  cells: { year: number; status: RoundStatus; record: AwardRecord | null; member: boolean }[];
}

export interface ProvinceProfile {
  province: Province;
  /** Every kab/kota that belonged to the province in any round (today's and former members), by name. */
  places: Place[];
  /** The same places in the page's lists: today's kabupaten, today's kota, former members; empty lists left out. */
  placeLists: { kind: "kabupaten" | "kota" | "former"; places: Place[] }[];
  roundYears: number[];
  grid: ProvinceGridRow[];
  /** Per place: its latest round as a member with a sourced fact, or null. */
  latestFact: Map<string, ProvinceGridRow["cells"][number] | null>;
  /** Some grid cell is a round in which the place was not in this province (the legend explains it). */
  hasNonMember: boolean;
  /** First round in which the province existed, when it was formed during the timeline (Papua split); else null. */
  newProvinceYear: number | null;
  /**
   * Coverage rounds whose kab/kota count differs from the grid's members in that round. Empty while coverage and the
   * grid both follow the pipeline's province history; a guard, so a disagreement is said on the page, not hidden.
   */
  formerGap: ProvinceRoundCoverage[];
  /** In some round the province's kab/kota count differed from today's (the coverage table follows the time). */
  boundaryDiffers: boolean;
  /** Years with a Provinsi Layak Anak award, ascending, once each. */
  provilaYears: number[];
  /** A kab/kota code of the province today (the first by name), to show how its codes start. */
  exampleCode: string;
  /** Unit of each indicator series, for formatting values. */
  units: Map<string, string>;
  peers: { year: number; rows: PeerRow[]; standing: Standing; sources: number[] } | null;
  /** Per round: the standing of the whole province (counts by status). */
  roundStandings: Standing[];
  provila: (ProvilaRecord & { n: number })[];
  coverage: ProvinceRoundCoverage[];
  series: SeriesView[];
  attention: AttentionPoint[];
  attentionSources: Map<string, number>;
  clusters: ClusterView | null;
  bandSources: number[];
  /** Award sources of the province's kab/kota, numbered (the grid's cells cite them through the place pages). */
  awardSourceRange: [number, number] | null;
  topReached: boolean;
  sources: SourceList;
  fromYear: number;
  toYear: number;
}

export function provinceProfile(d: SiteData, provinceCode: string): ProvinceProfile {
  const ix = viewIndex(d);
  const province = ix.provinceByCode.get(provinceCode);
  if (!province) throw new Error(`provinceProfile: unknown province ${provinceCode}`);
  const list = new SourceList();

  const perRound = ix.roundYears.map((year) => ({ year, rows: peerRows(d, provinceCode, year) }));
  const members = new Map<string, Place>();
  for (const p of ix.placesByProvince.get(provinceCode) ?? []) members.set(p.code, p);
  for (const r of perRound) for (const row of r.rows) members.set(row.place.code, row.place);
  const places = [...members.values()].sort((a, b) => a.name.localeCompare(b.name, "id"));

  // Provila first: it is the province's own award.
  const provila = (ix.provilaByProvince.get(provinceCode) ?? []).map((p) => ({
    ...p,
    n: list.add(p.sourceUrl, "provila", { kind: "provila", provinceCode, year: p.year }),
  }));

  const peersYear = latestRoundWithData(d, provinceCode);
  let peers: ProvinceProfile["peers"] = null;
  let first: number | null = null;
  let last: number | null = null;
  const grid: ProvinceGridRow[] = places.map((place) => ({
    place,
    cells: perRound.map(({ year, rows }) => {
      const row = rows.find((r) => r.place.code === place.code);
      return { year, status: row?.status ?? "unknown", record: row?.record ?? null, member: row !== undefined };
    }),
  }));
  // Number award sources newest round first: the latest picture is what readers check first.
  for (const { year, rows } of [...perRound].reverse()) {
    const numbers = new Set<number>();
    for (const r of rows) if (r.record) for (const n of addAwardSources(list, "places", r.record)) numbers.add(n);
    for (const n of numbers) {
      first = first === null ? n : Math.min(first, n);
      last = last === null ? n : Math.max(last, n);
    }
    if (year === peersYear)
      peers = {
        year,
        rows,
        standing: standing(rows, year, provinceCode, null),
        sources: [...numbers].sort((a, b) => a - b),
      };
  }

  const own = ix.indicatorsByArea.get(provinceCode);
  const national = ix.indicatorsByArea.get("ID");
  const series = seriesIdsOf(own).map((id) => seriesView(list, id, [own, national]));
  const attention = attentionPoints(d, provinceCode, null);
  const attentionSources = new Map(
    attention.map((p) => [
      p.seriesId,
      list.number(p.sourceUrl) ??
        list.add(p.sourceUrl, "indicators", {
          kind: "indicator",
          seriesId: p.seriesId,
          areaCode: provinceCode,
          year: p.year,
          survey: "",
        }),
    ]),
  );
  const clusters = clusterView(d, list, provinceCode);
  const bands = bandSources(d, list);
  const years = new Set(ix.roundYears);
  const coverage = (ix.coverageByProvince.get(provinceCode) ?? [])
    .filter((c) => years.has(c.year))
    .sort((a, b) => a.year - b.year);
  const existedFrom = ix.roundYears.find((year) => ix.history.existed(provinceCode, year));
  const today = places.filter((p) => p.provinceCode === provinceCode);
  const placeLists = [
    { kind: "kabupaten" as const, places: today.filter((p) => p.type === "kabupaten") },
    { kind: "kota" as const, places: today.filter((p) => p.type === "kota") },
    { kind: "former" as const, places: places.filter((p) => p.provinceCode !== provinceCode) },
  ].filter((l) => l.places.length > 0);

  return {
    province,
    places,
    placeLists,
    roundYears: ix.roundYears,
    grid,
    peers,
    latestFact: new Map(
      grid.map((g) => [g.place.code, [...g.cells].reverse().find((c) => c.member && c.status !== "unknown") ?? null]),
    ),
    hasNonMember: grid.some((g) => g.cells.some((c) => !c.member)),
    newProvinceYear: existedFrom !== undefined && existedFrom > (ix.roundYears[0] ?? 0) ? existedFrom : null,
    formerGap: coverage.filter(
      (c) => c.places > grid.filter((g) => g.cells.find((x) => x.year === c.year)?.member).length,
    ),
    boundaryDiffers: coverage.some((c) => c.places !== province.placeCount),
    provilaYears: [...new Set(provila.map((p) => p.year))].sort((a, b) => a - b),
    exampleCode: today[0]?.code ?? `${provinceCode}.01`,
    units: ix.unitBySeries,
    roundStandings: perRound.map(({ year, rows }) => standing(rows, year, provinceCode, null)),
    provila,
    coverage,
    series,
    attention,
    attentionSources,
    clusters,
    bandSources: bands,
    awardSourceRange: first === null || last === null ? null : [first, last],
    topReached: ix.topReached,
    sources: list,
    fromYear: ix.roundYears[0] ?? 0,
    toYear: ix.roundYears[ix.roundYears.length - 1] ?? 0,
  };
}
