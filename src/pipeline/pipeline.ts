/**
 * raw facts → typed site data. Pure apart from its inputs: the caller hands in the files (path + bytes) and the
 * gazetteer, and gets back the artefact or every problem found. Nothing is written here (see write-build.ts),
 * so a failed run leaves no half-written output.
 */
import {
  PREDIKAT,
  type AwardRound,
  type AwardSource,
  type Predikat,
  type ProvilaRecord,
  type ReportedScore,
  type SiteData,
} from "./artefact.ts";
import {
  claimsFromProvinceFacts,
  findSelfContradictions,
  mergeClaims,
  type AwardClaim,
  type ProvinceRoundFact,
} from "./awards.ts";
import { checkAgainstAnnounced, checkCompleteLists, provinceCoverage, roundCoverage } from "./audit.ts";
import type { FormatId, RowOf } from "./raw-formats.ts";
import { resolvePlace, resolveProvince } from "./names.ts";
import type { Gazetteer } from "./places.ts";
import { buildIndicators, isScoredValue, seriesOf } from "./indicators.ts";
import type { Problem } from "../core/problems.ts";
import { readFactFile, type FactFile, type Located } from "./read-facts.ts";
import { buildRegulations, regulationCoverage, regulationStates } from "./regulations.ts";
import { buildProvinceHistory, provinceHistoryLookup } from "./province-history.ts";
import { regulationAnswers } from "./regulation-answers.ts";
import { predikatForScore, scoreAreas, type Method } from "../method/score.ts";

export interface RawFile {
  path: string;
  bytes: Uint8Array;
}

export interface PipelineInput {
  files: RawFile[];
  gazetteer: Gazetteer;
  version: string;
  /** The KLA method (data/method), loaded by the caller so this module stays free of file I/O. */
  method: Method;
  /**
   * Year of the data release (data/release.json's date): nothing can be dated after it. Defaults to the year a
   * release version starts with ("2026.11.0"); when neither is known the check is skipped.
   */
  releaseYear?: number;
}

export interface PipelineResult {
  data: SiteData | null;
  problems: Problem[];
  /** Per file: read = accepted + rejected, given on failure too so nothing goes unaccounted. */
  accounting: SiteData["accounting"];
}

type RowsOf<F extends FormatId> = Located<RowOf<F>>[];

class Context {
  readonly problems: Problem[] = [];
  readonly rejected = new Map<string, Set<number>>();
  readonly g: Gazetteer;
  constructor(g: Gazetteer) {
    this.g = g;
  }

  reject(path: string, line: number, message: string): void {
    this.problems.push({ path, line, message });
    let lines = this.rejected.get(path);
    if (!lines) this.rejected.set(path, (lines = new Set()));
    lines.add(line);
  }

  place(r: Located<{ year: number; name_as_published: string; province_as_published: string }>): string | null {
    const res = resolvePlace(this.g, this.g.aliases, r.row.name_as_published, r.row.province_as_published, r.row.year);
    if (res.ok) return res.code;
    const closest = res.candidates.length ? `; closest: ${res.candidates.join("; ")}` : "";
    this.reject(r.path, r.line, `place not resolved: ${res.reason}${closest}`);
    return null;
  }

  province(path: string, line: number, name: string): string | null {
    const res = resolveProvince(this.g, this.g.aliases.provinces, name);
    if (res.ok) return res.code;
    const closest = res.candidates.length ? `; closest: ${res.candidates.join("; ")}` : "";
    this.reject(path, line, `province not resolved: ${res.reason}${closest}`);
    return null;
  }
}

function collect<F extends FormatId>(files: FactFile[], format: F): RowsOf<F> {
  return files.filter((f) => f.format === format).flatMap((f) => f.rows as RowsOf<F>);
}

const ref = (r: { path: string; line: number }) => `${r.path}:${r.line}`;

export function runPipeline(input: PipelineInput): PipelineResult {
  const ctx = new Context(input.gazetteer);
  const files: FactFile[] = [];
  const reads = new Map<string, { read: number; rejected: number }>();
  for (const f of input.files) {
    const r = readFactFile(f.path, f.bytes);
    ctx.problems.push(...r.problems);
    reads.set(f.path, { read: r.read, rejected: r.rejected });
    if (r.file) files.push(r.file);
  }

  const rounds = buildRounds(ctx, collect(files, "rounds"), collect(files, "awardCounts"));
  const heldYears = new Set(rounds.filter((r) => r.held).map((r) => r.year));
  const inRound = <T extends { year: number }>(r: Located<T>): boolean => {
    if (heldYears.has(r.row.year)) return true;
    ctx.reject(
      r.path,
      r.line,
      `year ${r.row.year} has no award round, expected one of ${[...heldYears].sort().join(", ")}`,
    );
    return false;
  };

  const inferredBasis = new Map<string, { basis: string; used: boolean; at: string }>();
  for (const r of collect(files, "inferredAwards")) {
    const code = ctx.place(r);
    if (code && inRound(r)) inferredBasis.set(`${r.row.year}|${code}`, { basis: r.row.basis, used: false, at: ref(r) });
  }

  const claims: AwardClaim[] = [];
  const claim = (
    r: Located<{ year: number; name_as_published: string; province_as_published: string }>,
    code: string,
    source: Omit<AwardSource, "nameAsPublished" | "provinceAsPublished" | "rawRef">,
  ) =>
    claims.push({
      year: r.row.year,
      placeCode: code,
      provinceCodeAtTime: input.gazetteer.provinceAt(code, r.row.year),
      file: r.path,
      line: r.line,
      source: {
        ...source,
        nameAsPublished: r.row.name_as_published,
        provinceAsPublished: r.row.province_as_published,
        rawRef: ref(r),
      },
    });
  for (const r of collect(files, "awards")) {
    const code = ctx.place(r);
    if (!code || !inRound(r)) continue;
    const basis = inferredBasis.get(`${r.row.year}|${code}`);
    if (basis) basis.used = true;
    const note = [
      r.row.source_url.note,
      r.row.note,
      basis?.basis,
      r.row.source_url.homepageOnly ? "Source is a site's front page; the exact article is not known." : "",
    ];
    claim(r, code, {
      url: r.row.source_url.url,
      says: r.row.predikat,
      inferred: r.row.inferred || basis !== undefined,
      note: note.filter(Boolean).join(" "),
    });
  }
  for (const [k, b] of inferredBasis) {
    if (!b.used)
      ctx.problems.push({
        path: b.at.slice(0, b.at.lastIndexOf(":")),
        line: Number(b.at.slice(b.at.lastIndexOf(":") + 1)),
        message: `no award row for ${k.replace("|", " ")} to annotate, expected a row in data/raw/awards for that place and year`,
      });
  }
  for (const r of collect(files, "awardStatus")) {
    const code = ctx.place(r);
    if (code && inRound(r))
      claim(r, code, {
        url: r.row.source_url.url,
        says: r.row.status,
        inferred: r.row.inferred,
        note: [r.row.source_url.note, r.row.note].filter(Boolean).join(" "),
      });
  }
  ctx.problems.push(...findSelfContradictions(claims));

  const provinceFacts: ProvinceRoundFact[] = [];
  for (const r of collect(files, "provinceRounds")) {
    const code = ctx.province(r.path, r.line, r.row.province_as_published);
    if (!code || !inRound(r)) continue;
    provinceFacts.push({
      year: r.row.year,
      provinceCode: code,
      scope: r.row.scope,
      awardedCount: r.row.awarded_count,
      inferred: r.row.inferred,
      url: r.row.source_url.url,
      provinceAsPublished: r.row.province_as_published,
      note: r.row.note,
      rawRef: ref(r),
    });
  }
  // Which kab/kota belonged to which province in each held round: computed once, used for complete lists and
  // coverage here, and stored for every page.
  const provinceHistory = buildProvinceHistory(input.gazetteer.places, [...heldYears], (code, year) =>
    input.gazetteer.provinceAt(code, year),
  );
  const history = provinceHistoryLookup(provinceHistory);
  const placesInProvinceAt = (provinceCode: string, year: number) =>
    history.members(provinceCode, year).map((code) => input.gazetteer.placeByCode.get(code)!);
  const awards = mergeClaims([...claims, ...claimsFromProvinceFacts(provinceFacts, claims, placesInProvinceAt)]);

  const coverage = roundCoverage(awards, rounds);
  const countsFile = files.find((f) => f.format === "awardCounts")?.path ?? "data/raw/award-counts.csv";
  ctx.problems.push(...checkAgainstAnnounced(coverage, countsFile), ...checkCompleteLists(provinceFacts, awards));

  const provila: ProvilaRecord[] = [];
  for (const r of collect(files, "provila")) {
    const code = ctx.province(r.path, r.line, r.row.province);
    if (code && inRound(r))
      provila.push({
        year: r.row.year,
        provinceCode: code,
        provinceAsPublished: r.row.province,
        sourceUrl: r.row.source_url.url,
      });
  }
  provila.sort((a, b) => a.year - b.year || (a.provinceCode < b.provinceCode ? -1 : 1));

  const indicators = buildIndicators(
    {
      g: ctx.g,
      reject: (path, line, message) => ctx.reject(path, line, message),
      province: (path, line, name) => ctx.province(path, line, name),
      series: new Set(input.method.series.map((s) => s.seriesId)),
    },
    {
      provinceIndicators: collect(files, "provinceIndicators"),
      stuntingKabkota: collect(files, "stuntingKabkota"),
      kabkotaIndicators: collect(files, "kabkotaIndicators"),
      kabkotaSki: collect(files, "kabkotaSki"),
      kabkotaSources: collect(files, "kabkotaSources"),
    },
  );
  const reportedScores = buildReportedScores(
    ctx,
    collect(files, "reportedScores"),
    awards,
    (score) => predikatForScore(score, input.method.bands),
    inRound,
  );

  const releaseYear =
    input.releaseYear ?? (/^(\d{4})\./.test(input.version) ? Number(input.version.slice(0, 4)) : null);
  const placeName = (c: string) => input.gazetteer.places.find((p) => p.code === c)?.name ?? c;
  const regulations = buildRegulations(collect(files, "regulations"), {
    place: (r) => ctx.place(r),
    reject: (path, line, message) => ctx.reject(path, line, message),
    placeName,
    releaseYear,
  });
  const states = regulationStates(regulations);

  // Every value is shown; the method's caveat rules (data/method/caveats.csv) say which are scored — conflicting and
  // doubtful values are not: scoring one would settle a disagreement silently, or rest a score on an unknown origin.
  // Indicator 1 is answered from the regulations for the years that have kab/kota indicator data.
  const scorable = indicators.filter((v) => isScoredValue(v, input.method.caveats));
  const kabkotaYears = [...new Set(scorable.filter((v) => v.areaLevel === "kabkota").map((v) => v.year))];
  const scored = scoreAreas(input.method, scorable, regulationAnswers(input.method, regulations, kabkotaYears));

  const accounting = [...reads.entries()]
    .map(([path, r]) => {
      const rejected = r.rejected + (ctx.rejected.get(path)?.size ?? 0);
      return { path, read: r.read, accepted: r.read - rejected, rejected };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));

  if (ctx.problems.length > 0) return { data: null, problems: ctx.problems, accounting };
  return {
    problems: [],
    accounting,
    data: {
      version: input.version,
      provinces: input.gazetteer.provinces,
      places: input.gazetteer.places,
      awards,
      rounds,
      provila,
      indicators,
      series: seriesOf(indicators),
      reportedScores,
      coverage,
      accounting,
      provinceCoverage: provinceCoverage(awards, rounds, input.gazetteer.provinces, placesInProvinceAt),
      provinceHistory,
      method: input.method,
      achievements: scored.achievements,
      scores: scored.scores,
      regulations,
      regulationStates: states,
      regulationCoverage: regulationCoverage(states, input.gazetteer.places, input.gazetteer.provinces),
      tileLayout: input.gazetteer.tileLayout,
    },
  };
}

function buildRounds(ctx: Context, roundRows: RowsOf<"rounds">, countRows: RowsOf<"awardCounts">): AwardRound[] {
  const counts = new Map<number, Located<RowOf<"awardCounts">>>();
  for (const c of countRows) {
    if (counts.has(c.row.year))
      ctx.reject(c.path, c.line, `year ${c.row.year} appears twice, expected one row per round`);
    else counts.set(c.row.year, c);
  }
  const seen = new Set<number>();
  const rounds: AwardRound[] = [];
  for (const r of roundRows) {
    if (seen.has(r.row.year)) {
      ctx.reject(r.path, r.line, `year ${r.row.year} appears twice, expected one row per year`);
      continue;
    }
    seen.add(r.row.year);
    const c = counts.get(r.row.year)?.row;
    const tier = (p: Predikat) => (c ? c[p.toLowerCase() as Lowercase<Predikat>].value : null);
    const qualifiers = c
      ? PREDIKAT.map((p) => [p, c[p.toLowerCase() as Lowercase<Predikat>].qualifier] as const)
          .filter(([, q]) => q !== "")
          .map(([p, q]) => `${p}: ${q}.`)
      : [];
    rounds.push({
      year: r.row.year,
      held: r.row.held,
      counts: Object.fromEntries(PREDIKAT.map((p) => [p, tier(p)])) as Record<Predikat, number | null>,
      totalAwarded: c?.total_awarded.value ?? null,
      entrants: c?.inisiasi.value ?? null,
      entrantsNote: c?.inisiasi.qualifier ?? "",
      provilaCount: c?.provila_count.value ?? null,
      sourceUrl: c?.source_url.url ?? r.row.source_url.url,
      notes: [...qualifiers, c?.notes ?? "", r.row.note].filter(Boolean).join(" "),
    });
  }
  for (const [year, c] of counts)
    if (!seen.has(year))
      ctx.reject(c.path, c.line, `year ${year} is not in rounds.csv, expected every counted year to be a known round`);
  return rounds.sort((a, b) => a.year - b.year);
}

function buildReportedScores(
  ctx: Context,
  rows: RowsOf<"reportedScores">,
  awards: SiteData["awards"],
  bandFor: (s: number) => Predikat | null,
  inRound: (r: Located<{ year: number }>) => boolean,
): ReportedScore[] {
  const out: ReportedScore[] = [];
  for (const r of rows) {
    const code = ctx.place(r);
    if (!code || !inRound(r)) continue;
    const official = awards.find((a) => a.year === r.row.year && a.placeCode === code)?.predikat ?? r.row.predikat;
    const band = bandFor(r.row.score);
    out.push({
      year: r.row.year,
      placeCode: code,
      nameAsPublished: r.row.name_as_published,
      score: r.row.score,
      stage: r.row.stage,
      predikatReported: r.row.predikat,
      bandPredikat: band,
      mismatch: official !== null && band !== official,
      sourceUrls: r.row.source_url,
    });
  }
  return out.sort(
    (a, b) =>
      a.placeCode.localeCompare(b.placeCode, "en") ||
      a.year - b.year ||
      a.stage.localeCompare(b.stage, "en") ||
      a.score - b.score,
  );
}
