/**
 * The public CSV downloads (dist/data/*.csv), one function per file. Their names and columns are public URLs
 * that researchers link to: add columns at the end, never rename or remove one without a release note.
 */
import { PREDIKAT, type AwardRecord, type Place, type SiteData } from "./artefact.ts";
import { toCsv, type Cell } from "./csv-write.ts";
import { isScoredValue, valueCaveats } from "./indicators.ts";

const joinUrls = (urls: string[]) => [...new Set(urls)].join(" | ");

function awardClaims(a: AwardRecord): string {
  return a.sources.map((s) => `${s.says}${s.inferred ? " (inferred)" : ""}: ${s.url}`).join(" | ");
}

export function placesCsv(d: SiteData): string {
  return toCsv(
    ["code", "name", "short_name", "type", "province_code", "province_name", "slug", "aliases"],
    d.places.map((p) => [
      p.code,
      p.name,
      p.shortName,
      p.type,
      p.provinceCode,
      p.provinceName,
      p.slug,
      p.aliases.join(" | "),
    ]),
  );
}

export function provincesCsv(d: SiteData): string {
  return toCsv(
    ["code", "name", "slug", "place_count"],
    d.provinces.map((p) => [p.code, p.name, p.slug, p.placeCount]),
  );
}

export function awardsCsv(d: SiteData): string {
  const places = new Map(d.places.map((p) => [p.code, p]));
  const provinces = new Map(d.provinces.map((p) => [p.code, p.name]));
  return toCsv(
    [
      "year",
      "place_code",
      "place_name",
      "type",
      "province_code",
      "province_name",
      "province_code_at_time",
      "province_name_at_time",
      "status",
      "predikat",
      "conflict",
      "inferred",
      "source_url",
      "source_count",
      "all_sources",
      "claims",
      "names_as_published",
    ],
    d.awards.map((a) => {
      const p = places.get(a.placeCode) as Place;
      return [
        a.year,
        a.placeCode,
        p.name,
        p.type,
        p.provinceCode,
        p.provinceName,
        a.provinceCodeAtTime,
        provinces.get(a.provinceCodeAtTime) ?? "",
        a.status,
        a.predikat,
        a.conflict,
        a.inferred,
        a.sources[0]!.url,
        a.sources.length,
        joinUrls(a.sources.map((s) => s.url)),
        awardClaims(a),
        [...new Set(a.sources.map((s) => s.nameAsPublished).filter(Boolean))].join(" | "),
      ];
    }),
  );
}

/** Long format: one row per source statement, for anyone auditing a record. */
export function awardSourcesCsv(d: SiteData): string {
  const rows: Cell[][] = [];
  for (const a of d.awards) {
    for (const s of a.sources)
      rows.push([
        a.year,
        a.placeCode,
        s.says,
        s.inferred,
        s.url,
        s.nameAsPublished,
        s.provinceAsPublished,
        s.note,
        s.rawRef,
      ]);
  }
  return toCsv(
    [
      "year",
      "place_code",
      "says",
      "inferred",
      "source_url",
      "name_as_published",
      "province_as_published",
      "note",
      "raw_ref",
    ],
    rows,
  );
}

export function awardRoundsCsv(d: SiteData): string {
  const known = new Map(d.coverage.map((c) => [c.year, c]));
  return toCsv(
    [
      "year",
      "held",
      ...PREDIKAT.map((p) => p.toLowerCase()),
      "total_awarded",
      "entrants",
      "entrants_note",
      "provila_count",
      "known_predikat_rows",
      "known_awarded_tier_unknown",
      "known_not_awarded",
      "source_url",
      "notes",
      "known_predikat_rows_inferred",
      "known_awarded_tier_unknown_inferred",
      "known_not_awarded_inferred",
    ],
    d.rounds.map((r) => {
      const c = known.get(r.year);
      const knownTier = c ? PREDIKAT.reduce((n, p) => n + c.known[p], 0) : null;
      return [
        r.year,
        r.held,
        ...PREDIKAT.map((p) => r.counts[p]),
        r.totalAwarded,
        r.entrants,
        r.entrantsNote,
        r.provilaCount,
        knownTier,
        c?.awardedTierUnknown,
        c?.notAwarded,
        r.sourceUrl,
        r.notes,
        c?.knownInferred,
        c?.awardedTierUnknownInferred,
        c?.notAwardedInferred,
      ];
    }),
  );
}

export function provilaCsv(d: SiteData): string {
  const names = new Map(d.provinces.map((p) => [p.code, p.name]));
  return toCsv(
    ["year", "province_code", "province_name", "province_as_published", "source_url"],
    d.provila.map((p) => [p.year, p.provinceCode, names.get(p.provinceCode), p.provinceAsPublished, p.sourceUrl]),
  );
}

/** Every value with its sources and caveats; `scored` says whether the method scores it (reproducible from this file). */
export function indicatorsCsv(d: SiteData): string {
  const linked = new Set(
    d.method.series.filter((s) => s.indicatorId !== null && s.priority !== null).map((s) => s.seriesId),
  );
  const names = new Map<string, string>([
    ["ID", "Indonesia"],
    ...d.provinces.map((p) => [p.code, p.name] as [string, string]),
    ...d.places.map((p) => [p.code, p.name] as [string, string]),
  ]);
  return toCsv(
    [
      "indicator_id",
      "year",
      "area_level",
      "area_code",
      "area_name",
      "value",
      "unit",
      "survey",
      "area_name_as_published",
      "source_title",
      "source_url",
      "conflict",
      "source_id",
      "primary_source",
      "primary_url",
      "carrier_url",
      "ci_lower",
      "ci_upper",
      "n_weighed",
      "flags",
      "doubtful",
      "small_sample",
      "caveats",
      "scored",
    ],
    d.indicators.map((v) => [
      v.seriesId,
      v.year,
      v.areaLevel,
      v.areaCode,
      names.get(v.areaCode),
      v.value,
      v.unit,
      v.survey,
      v.areaNameAsPublished,
      v.sourceTitle,
      v.sourceUrl,
      v.conflict,
      v.sourceId,
      v.primarySource,
      v.primaryUrl,
      v.carrierUrl,
      v.ciLower,
      v.ciUpper,
      v.nWeighed,
      (v.flags ?? []).join(" | "),
      v.doubtful ?? false,
      v.smallSample ?? false,
      valueCaveats(v).join(" | "),
      linked.has(v.seriesId) && isScoredValue(v, d.method.caveats),
    ]),
  );
}

export function reportedScoresCsv(d: SiteData): string {
  return toCsv(
    [
      "year",
      "place_code",
      "name_as_published",
      "score",
      "stage",
      "predikat_reported",
      "band_predikat",
      "band_mismatch",
      "source_urls",
    ],
    d.reportedScores.map((s) => [
      s.year,
      s.placeCode,
      s.nameAsPublished,
      s.score,
      s.stage,
      s.predikatReported,
      s.bandPredikat,
      s.mismatch,
      s.sourceUrls.join(" | "),
    ]),
  );
}

/** Per round and province (as it was then): how much of the per-place picture is known. */
export function coverageCsv(d: SiteData): string {
  const names = new Map(d.provinces.map((p) => [p.code, p.name]));
  return toCsv(
    [
      "year",
      "province_code",
      "province_name",
      "places",
      "awarded_predikat_known",
      "awarded_predikat_unknown",
      "not_awarded",
      "unknown",
      "awarded_predikat_known_inferred",
      "awarded_predikat_unknown_inferred",
      "not_awarded_inferred",
    ],
    d.provinceCoverage.map((c) => [
      c.year,
      c.provinceCode,
      names.get(c.provinceCode),
      c.places,
      c.awardedPredikatKnown,
      c.awardedPredikatUnknown,
      c.notAwarded,
      c.unknown,
      c.awardedPredikatKnownInferred,
      c.awardedPredikatUnknownInferred,
      c.notAwardedInferred,
    ]),
  );
}

/** Partial cluster scores per area and year, from the open-data series the method links to its indicators. */
export function scoresCsv(d: SiteData): string {
  return toCsv(
    ["area_code", "area_level", "year", "cluster", "score", "max", "present", "total", "method_version"],
    d.scores.map((s) => [
      s.area_code,
      s.area_level,
      s.year,
      s.cluster,
      s.score,
      s.max,
      s.present,
      s.total,
      s.method_version,
    ]),
  );
}

/** Each indicator's value as scored (after inversion/averaging), its achievement 0–1 and points. */
export function indicatorAchievementsCsv(d: SiteData): string {
  return toCsv(
    [
      "area_code",
      "area_level",
      "year",
      "indicator_id",
      "cluster",
      "value",
      "achievement",
      "points",
      "max",
      "series",
      "relation",
      "note",
      "method_version",
    ],
    d.achievements.map((a) => [
      a.area_code,
      a.area_level,
      a.year,
      a.indicator_id,
      a.cluster,
      a.value,
      a.achievement,
      a.points,
      a.max,
      a.series,
      a.relation,
      a.note,
      a.method_version,
    ]),
  );
}

/**
 * Regulations on KLA or child protection, one row per source statement (a Perda and its amendment, a "none" and the
 * later Perda are all rows); the place's state is on its page. Sorted by place code, year, kind, number, source.
 */
export function regulationsCsv(d: SiteData): string {
  const places = new Map(d.places.map((p) => [p.code, p]));
  return toCsv(
    [
      "place_code",
      "place_name",
      "province_code",
      "status",
      "kind",
      "number",
      "year",
      "title",
      "source_url",
      "topic",
      "name_as_published",
      "note",
      "evidence",
      "conflict",
    ],
    d.regulations.map((r) => {
      const p = places.get(r.placeCode) as Place;
      return [
        r.placeCode,
        p.name,
        p.provinceCode,
        r.status,
        r.kind,
        r.number,
        r.year,
        r.title,
        r.sourceUrl,
        r.topic,
        r.nameAsPublished,
        r.note,
        r.evidence,
        r.conflict,
      ];
    }),
  );
}

/** The register of sources: every URL the data cites, what it is cited for and how often. */
export function sourcesCsv(d: SiteData): string {
  const reg = new Map<string, { kinds: Set<string>; years: Set<number>; uses: number }>();
  const use = (url: string, kind: string, year: number) => {
    const r = reg.get(url) ?? { kinds: new Set<string>(), years: new Set<number>(), uses: 0 };
    r.kinds.add(kind);
    r.years.add(year);
    r.uses++;
    reg.set(url, r);
  };
  for (const a of d.awards) for (const s of a.sources) use(s.url, "award", a.year);
  for (const r of d.rounds) use(r.sourceUrl, "round", r.year);
  for (const p of d.provila) use(p.sourceUrl, "provila", p.year);
  for (const v of d.indicators) {
    use(v.sourceUrl, `indicator:${v.seriesId}`, v.year);
    if (v.primaryUrl) use(v.primaryUrl, `indicator:${v.seriesId}`, v.year);
  }
  for (const s of d.reportedScores) for (const u of s.sourceUrls) use(u, "reported-score", s.year);
  for (const r of d.regulations) use(r.sourceUrl, "regulation", r.year);
  const rows = [...reg.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, r]) => [
      url,
      new URL(url).hostname.replace(/^www\./, ""),
      [...r.kinds].sort().join(" | "),
      [...r.years].sort().join(" | "),
      r.uses,
    ]);
  return toCsv(["source_url", "domain", "cited_for", "years", "citations"], rows);
}

export const DOWNLOADS: Record<string, (d: SiteData) => string> = {
  "places.csv": placesCsv,
  "provinces.csv": provincesCsv,
  "awards.csv": awardsCsv,
  "award-sources.csv": awardSourcesCsv,
  "award-rounds.csv": awardRoundsCsv,
  "provila.csv": provilaCsv,
  "indicators.csv": indicatorsCsv,
  "reported-scores.csv": reportedScoresCsv,
  "coverage.csv": coverageCsv,
  "sources.csv": sourcesCsv,
  "scores.csv": scoresCsv,
  "indicator-achievements.csv": indicatorAchievementsCsv,
  "regulations.csv": regulationsCsv,
};
