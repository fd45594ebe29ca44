/**
 * What the national pages show (home, rankings, comparison), computed from the artefact once per build: the pages
 * only render. Pure functions of SiteData, like src/views/place-profile.ts. Nothing here is invented: a place with no
 * sourced row in a round is "unknown", and a national figure comes from an announced count with its source.
 */
import {
  PREDIKAT,
  type AwardRecord,
  type AwardRound,
  type Place,
  type Predikat,
  type Province,
  type SiteData,
} from "../pipeline/artefact.ts";
import { isAwarded, roundStatus, statusRank, type RoundStatus } from "../pipeline/round-status.ts";
import { placeRoundYears } from "./province-rounds.ts";
import { NOT_AWARDED_FILL, PREDIKAT_COLOR, TIER_UNKNOWN_FILL } from "../charts/palette.ts";

/**
 * The national target the home page measures against: KemenPPPA's headline "400 kab/kota developing KLA in 2018".
 * It is not (yet) a row in data/raw, so it lives here with its sources; when data/raw gains a targets file this
 * constant should be read from the artefact instead.
 */
export const KLA_TARGET = {
  value: 400,
  year: 2018,
  sources: [
    "https://m.jpnn.com/amp/news/52-juta-anak-terpapar-masalah-pencegahan-harus-masif",
    "https://antarafoto.com/id/view/770550/target-kota-layak-anak",
  ],
} as const;

/**
 * The figure the project started from ("349 of the 400-kab/kota target") and where the official series of
 * kab/kota initiating KLA was published (the artefact carries the numbers, AwardRound.entrants, but not this URL:
 * the round's sourceUrl is the source of its award counts).
 */
export const SEED_CLAIM = {
  claimed: 349,
  target: KLA_TARGET.value,
  entrantsSource:
    "https://suara.com/news/2018/10/31/161926/4-tahun-jokowi-jk-kementerian-pppa-bangun-389-kota-layak-anak",
} as const;

/** "https://www.viva.co.id/berita/…" → "viva.co.id": a short, honest link text for a source. */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
  } catch {
    return url;
  }
}

/** Total announced as awarded in a round: the published total, else the sum of the published tiers, else null. */
export function announcedTotal(round: AwardRound): number | null {
  if (round.totalAwarded !== null) return round.totalAwarded;
  const known = PREDIKAT.filter((p) => round.counts[p] !== null);
  return known.length === 0 ? null : known.reduce((sum, p) => sum + (round.counts[p] ?? 0), 0);
}

/** The most recent round with an announced national total (2025 in the 2026 data). */
export function latestAnnouncedRound(d: SiteData): AwardRound {
  const held = d.rounds.filter((r) => r.held && announcedTotal(r) !== null).sort((a, b) => a.year - b.year);
  const latest = held[held.length - 1];
  if (latest === undefined) throw new Error("national-views: no award round with an announced total");
  return latest;
}

export interface YearCount {
  year: number;
  total: number;
}

export interface NationalSummary {
  /** All kab/kota today (514). */
  totalPlaces: number;
  latest: AwardRound;
  latestTotal: number;
  /** Announced count per tier in the latest round, highest first (null where not published). */
  latestTiers: { predikat: Predikat; count: number | null }[];
  /** Kab/kota without a predikat in the latest round (all places minus the announced total). */
  latestWithout: number;
  /** First round at or after `fromYear` with an announced total. */
  first: YearCount & { sourceUrl: string };
  /** The round with the most kab/kota awarded (the latest one wins a tie). */
  peak: YearCount & { sourceUrl: string };
  /** True when no round announced a KLA-tier place and no place record holds the KLA predikat. */
  klaNeverReached: boolean;
  /** Published score band of the top predikat ("901–1000") and its source, from the method. */
  klaBand: { band: string; sourceUrl: string } | null;
  /** Years in [fromYear, latest] with no award round (2016, 2020, 2024), with the source that says so. */
  noRoundYears: { year: number; sourceUrl: string }[];
}

export function nationalSummary(d: SiteData, fromYear = 2015): NationalSummary {
  const latest = latestAnnouncedRound(d);
  const latestTotal = announcedTotal(latest) as number;
  const inRange = d.rounds.filter((r) => r.year >= fromYear && r.year <= latest.year).sort((a, b) => a.year - b.year);
  const totals = inRange
    .filter((r) => r.held)
    .flatMap((r) => {
      const total = announcedTotal(r);
      return total === null ? [] : [{ year: r.year, total, sourceUrl: r.sourceUrl }];
    });
  const first = totals[0] ?? { year: latest.year, total: latestTotal, sourceUrl: latest.sourceUrl };
  const peak = totals.reduce((m, t) => (t.total >= m.total ? t : m), first);
  const klaBandRow = d.method.bands.find((b) => b.predikat === "KLA");
  const klaSource = klaBandRow?.source.split("|")[0]?.trim() ?? "";
  return {
    totalPlaces: d.places.length,
    latest,
    latestTotal,
    latestTiers: [...PREDIKAT].reverse().map((predikat) => ({ predikat, count: latest.counts[predikat] })),
    latestWithout: d.places.length - latestTotal,
    first,
    peak,
    klaNeverReached: d.rounds.every((r) => !r.counts.KLA) && d.awards.every((a) => a.predikat !== "KLA"),
    klaBand: klaBandRow ? { band: klaBandRow.publishedBand, sourceUrl: klaSource } : null,
    noRoundYears: inRange.filter((r) => !r.held).map((r) => ({ year: r.year, sourceUrl: r.sourceUrl })),
  };
}

export interface ProvilaRound {
  year: number;
  /** Number of provinces announced as Provinsi Layak Anak (null when not published). */
  announced: number | null;
  /** Provinces we hold a sourced row for, in province-code order. */
  provinces: { province: Province; sourceUrl: string }[];
  /** Announced provinces we cannot name yet (announced minus named; 0 when the count is unknown). */
  unnamed: number;
  sourceUrl: string;
}

/** Provila per round, for every round that announced a count or has a named province. */
export function provilaByRound(d: SiteData): ProvilaRound[] {
  const provinces = new Map(d.provinces.map((p) => [p.code, p]));
  const years = [
    ...new Set([
      ...d.rounds.filter((r) => r.provilaCount !== null).map((r) => r.year),
      ...d.provila.map((p) => p.year),
    ]),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const round = d.rounds.find((r) => r.year === year);
    const named = d.provila
      .filter((p) => p.year === year)
      .sort((a, b) => (a.provinceCode < b.provinceCode ? -1 : 1))
      .flatMap((p) => {
        const province = provinces.get(p.provinceCode);
        return province ? [{ province, sourceUrl: p.sourceUrl }] : [];
      });
    const announced = round?.provilaCount ?? null;
    return {
      year,
      announced,
      provinces: named,
      unnamed: announced === null ? 0 : Math.max(0, announced - named.length),
      sourceUrl: round?.sourceUrl ?? named[0]?.sourceUrl ?? "",
    };
  });
}

export interface EntrantsYear {
  year: number;
  /** Kab/kota reported as initiating (developing) KLA, as printed. */
  entrants: number;
  /** Qualifier printed with the figure (e.g. "entering the 2024-25 evaluation; not a strict inisiasi count"). */
  note: string;
  /** Kab/kota announced as awarded that year (null: no round or no total). */
  awarded: number | null;
  sourceUrl: string;
}

/** Years with an entrants figure, from 2015 on (the 2012 "menuju KLA" figure is a different count). */
export function entrantsByYear(d: SiteData, fromYear = 2015): EntrantsYear[] {
  return d.rounds
    .filter((r) => r.entrants !== null && r.year >= fromYear)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      entrants: r.entrants as number,
      note: r.entrantsNote,
      awarded: r.held ? announcedTotal(r) : null,
      sourceUrl: r.sourceUrl,
    }));
}

export interface SeedClaimCheck {
  claimed: number;
  target: number;
  /** A strict initiation count equal to the claim was found. */
  found: boolean;
  /**
   * The strict initiation counts (no qualifier printed) that bracket the claim: the largest at or below it and the
   * smallest at or above it, in year order (one of them when the claim lies outside the series, none without data).
   */
  nearest: EntrantsYear[];
}

/** Is "349 of 400" in the sources? Compared only with strict initiation counts (no qualifier printed). */
export function checkSeedClaim(d: SiteData, claimed: number = SEED_CLAIM.claimed): SeedClaimCheck {
  const strict = entrantsByYear(d).filter((e) => e.note === "");
  const below = strict
    .filter((e) => e.entrants <= claimed)
    .sort((a, b) => b.entrants - a.entrants || a.year - b.year)[0];
  const above = strict
    .filter((e) => e.entrants >= claimed)
    .sort((a, b) => a.entrants - b.entrants || a.year - b.year)[0];
  const nearest = [...new Set([below, above])]
    .filter((e): e is EntrantsYear => e !== undefined)
    .sort((a, b) => a.year - b.year);
  return { claimed, target: SEED_CLAIM.target, found: strict.some((e) => e.entrants === claimed), nearest };
}

// ---------------------------------------------------------------------------------------------------------------
// Home page

/** One segment of the home page's hero bar (the latest round as one bar of all kab/kota); `x` is its start. */
export type HeroSegment = { n: number; x: number; fill: string } & (
  { kind: "tier"; predikat: Predikat } | { kind: "tier-not-published" } | { kind: "without" }
);

export interface HomeView {
  summary: NationalSummary;
  /** Announced tiers (count > 0), highest first; then the awarded total the tiers do not split; then the rest. */
  heroBar: HeroSegment[];
  provila: ProvilaRound[];
  /** The latest round that announced a Provila count, if any. */
  latestProvila: ProvilaRound | null;
  /** Rounds whose announced Provila provinces we cannot all name yet. */
  provilaGapYears: number[];
  seed: SeedClaimCheck;
  /** The initiation counts from `fromYear` up to the target year, and the range they span. */
  seedRows: EntrantsYear[];
  seedFrom: number;
  seedTo: number;
  /** Of those, the years with an awarded total (cited beside the counts). */
  seedAwarded: EntrantsYear[];
}

/** Everything the home page prints apart from the catalogue's charts. */
export function homeView(d: SiteData, fromYear: number): HomeView {
  const summary = nationalSummary(d, fromYear);
  const tiers = summary.latestTiers.filter((tier) => tier.count !== null && tier.count > 0);
  const unsplit = summary.latestTotal - tiers.reduce((sum, tier) => sum + (tier.count ?? 0), 0);
  const parts: Omit<HeroSegment, "x">[] = [
    ...tiers.map((tier) => ({
      kind: "tier" as const,
      predikat: tier.predikat,
      n: tier.count as number,
      fill: PREDIKAT_COLOR[tier.predikat],
    })),
    ...(unsplit > 0 ? [{ kind: "tier-not-published" as const, n: unsplit, fill: TIER_UNKNOWN_FILL }] : []),
    { kind: "without" as const, n: summary.latestWithout, fill: NOT_AWARDED_FILL },
  ];
  let x = 0;
  const heroBar = parts.map((seg) => {
    const out = { ...seg, x } as HeroSegment;
    x += seg.n;
    return out;
  });
  const provila = provilaByRound(d);
  const seedRows = entrantsByYear(d, fromYear).filter((e) => e.year <= KLA_TARGET.year);
  return {
    summary,
    heroBar,
    provila,
    latestProvila: [...provila].reverse().find((p) => p.announced !== null) ?? null,
    provilaGapYears: provila.filter((p) => p.unnamed > 0).map((p) => p.year),
    seed: checkSeedClaim(d),
    seedRows,
    seedFrom: seedRows[0]?.year ?? fromYear,
    seedTo: seedRows[seedRows.length - 1]?.year ?? KLA_TARGET.year,
    seedAwarded: seedRows.filter((e) => e.awarded !== null),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rankings

/** Rounds with per-place rows, newest first: the rankings pages (the newest is /peringkat/ itself). */
export function rankingYears(d: SiteData): number[] {
  return [...placeRoundYears(d)].reverse();
}

export interface LatestFact {
  year: number;
  status: RoundStatus;
  inferred: boolean;
}

export interface RankingRow {
  place: Place;
  /** The status in the round of the table. */
  status: RoundStatus;
  /** The status rests on an inference only (e.g. a Provila award implies every kab/kota was awarded). */
  inferred: boolean;
  /** Sources behind the round's record (0 when unknown). */
  sourceCount: number;
  /** When the round is unknown: the most recent earlier round with a fact, if any. */
  earlier: LatestFact | null;
}

/**
 * Every kab/kota in one round: its status (three states, never two), how many sources say so, and — where the
 * round is unknown — the last earlier fact. Sorted by province name, then place name (the order without JS).
 */
export function rankingRows(d: SiteData, year: number): RankingRow[] {
  const byPlace = new Map<string, AwardRecord[]>();
  for (const a of d.awards) {
    if (a.year > year) continue;
    const list = byPlace.get(a.placeCode);
    if (list) list.push(a);
    else byPlace.set(a.placeCode, [a]);
  }
  return d.places
    .map((place): RankingRow => {
      const records = (byPlace.get(place.code) ?? []).sort((a, b) => b.year - a.year);
      const record = records[0]?.year === year ? records[0] : undefined;
      const before = record === undefined ? records[0] : undefined;
      return {
        place,
        status: roundStatus(record),
        inferred: record?.inferred ?? false,
        sourceCount: record?.sources.length ?? 0,
        earlier:
          before === undefined ? null : { year: before.year, status: roundStatus(before), inferred: before.inferred },
      };
    })
    .sort(
      (a, b) =>
        a.place.provinceName.localeCompare(b.place.provinceName, "id") ||
        a.place.name.localeCompare(b.place.name, "id"),
    );
}

export interface RankingView {
  /** Rounds with a rankings page, newest first; the newest is /peringkat/ itself. */
  years: number[];
  rows: RankingRow[];
  /** How many rows hold each status (statusCounts). */
  counts: { status: RoundStatus; count: number }[];
  /** The round itself (its announced total and source), null if the year is no round. */
  round: AwardRound | null;
  /** Rows awarded in the round, with or without a known tier. */
  knownAwarded: number;
  unknown: number;
  /** Provinces by name, for the province filter. */
  provinces: Province[];
  provinceSlug: Map<string, string>;
}

/** Everything one rankings page prints. */
export function rankingView(d: SiteData, year: number): RankingView {
  const rows = rankingRows(d, year);
  const counts = statusCounts(rows);
  return {
    years: rankingYears(d),
    rows,
    counts,
    round: d.rounds.find((r) => r.year === year) ?? null,
    knownAwarded: rows.filter((r) => isAwarded(r.status)).length,
    unknown: counts.find((c) => c.status === "unknown")?.count ?? 0,
    provinces: [...d.provinces].sort((a, b) => a.name.localeCompare(b.name, "id")),
    provinceSlug: new Map(d.provinces.map((p) => [p.code, p.slug])),
  };
}

/** How many rows hold each status, in STATUS_ORDER (highest first), statuses with no row left out. */
export function statusCounts(rows: readonly { status: RoundStatus }[]): { status: RoundStatus; count: number }[] {
  const counts = new Map<RoundStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => statusRank(a[0]) - statusRank(b[0]))
    .map(([status, count]) => ({ status, count }));
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

/** One letter per status in the comparison payload; "*" after it marks an inferred row. */
export const STATUS_CODE: Readonly<Record<RoundStatus, string>> = {
  KLA: "K",
  Utama: "U",
  Nindya: "N",
  Madya: "M",
  Pratama: "P",
  "tier-unknown": "t",
  conflict: "c",
  "not-awarded": "x",
  unknown: "?",
};

export interface CompareRow {
  place: Place;
  /** Status code per round of `rounds` (STATUS_CODE, "*" if inferred). */
  codes: string[];
}

/**
 * Each place's status per round, for the comparison page (compare-payload.ts adds the indicator values and
 * serialises it compactly).
 */
export function compareRows(d: SiteData): { rounds: number[]; rows: CompareRow[] } {
  const rounds = placeRoundYears(d);
  const records = new Map(d.awards.map((a) => [`${a.placeCode}|${a.year}`, a]));
  const rows = d.places.map((place) => {
    const own = rounds.map((year) => records.get(`${place.code}|${year}`));
    return { place, codes: own.map((r) => STATUS_CODE[roundStatus(r)] + (r?.inferred ? "*" : "")) };
  });
  return { rounds, rows };
}
