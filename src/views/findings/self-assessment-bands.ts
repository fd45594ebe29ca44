/**
 * Finding 4 of the Findings section (issue 16): the total scores sources report — self-assessed, verified, final, or
 * of unclear stage — against the band of the predikat the place received (DKI Jakarta 2021: self-assessed 960–998,
 * awarded Madya or Nindya). The band and the mismatch flag are the pipeline's (ReportedScore); this module only groups,
 * counts and words them, and says what each comparison rests on.
 *
 * Identical rows from different sources (same place, round, stage and score) are one score with every source kept,
 * so a figure reported twice is not counted twice. The predikat received is the pipeline's: the award record's
 * predikat, else the one the score's own source names; when the award record's predikat is only inferred and the
 * score's source does not name the same one, the comparison is labelled inferred.
 */
import { PREDIKAT, type Place, type Predikat, type ReportedScore, type SiteData } from "../../pipeline/artefact.ts";
import type { Method } from "../../method/score.ts";
import { formatList, formatNumber } from "../../i18n/format.ts";
import { withBase, type Lang } from "../../i18n/index.ts";
import { tfm } from "../../i18n/pages/findings-movement.ts";
import { formatScore, groupBand, placePath, stageLabel } from "../../i18n/profile-text.ts";
import { reportedScoreBands, type BandRange, type ScoreBandRow } from "../../charts/reported-score-bands.ts";
import { hostOf } from "../source-list.ts";
import type { Finding, FindingFn, FindingSource, NamedPlace, Paragraph } from "./finding.ts";

type Stage = ReportedScore["stage"];
export const STAGES: readonly Stage[] = ["self-assessment", "verified", "final", "unclear"];

/** What the predikat received rests on: a stated award record, the score's own source, or inference only. */
export type ReceivedBasis = "record" | "reported" | "inferred";

export interface ScoreEntry {
  place: Place;
  year: number;
  stage: Stage;
  score: number;
  bandPredikat: Predikat | null;
  mismatch: boolean;
  /** Every source printing this score, first use first. */
  sourceUrls: string[];
  received: Predikat | null;
  receivedBasis: ReceivedBasis | null;
}

/** A place and round with exactly one self-assessed and one verified score. */
export interface SelfVerifiedPair {
  place: Place;
  year: number;
  selfAssessed: number;
  verified: number;
}

/** The method's bands as ranges: each runs from its start to the next band's start (the last to the maximum). */
export function bandRanges(method: Pick<Method, "bands" | "maxTotal">): BandRange[] {
  const sorted = [...method.bands].sort((a, b) => a.fromScore - b.fromScore);
  return sorted.map((b, i) => ({
    predikat: b.predikat,
    from: b.fromScore,
    to: sorted[i + 1]?.fromScore ?? method.maxTotal,
    label: b.publishedBand,
  }));
}

/** Reported scores, identical rows merged, with the predikat received; by year, place name, stage, score. */
export function reportedScoreEntries(site: Pick<SiteData, "reportedScores" | "awards" | "places">): ScoreEntry[] {
  const placeByCode = new Map(site.places.map((p) => [p.code, p]));
  const award = new Map(site.awards.map((a) => [`${a.year}|${a.placeCode}`, a]));
  const merged = new Map<string, ScoreEntry>();
  for (const s of site.reportedScores) {
    const place = placeByCode.get(s.placeCode);
    if (place === undefined) continue;
    const key = `${s.placeCode}|${s.year}|${s.stage}|${s.score}`;
    const known = merged.get(key);
    if (known !== undefined) {
      for (const url of s.sourceUrls) if (!known.sourceUrls.includes(url)) known.sourceUrls.push(url);
      continue;
    }
    // The same rule as the pipeline's mismatch flag (buildReportedScores): the record's predikat, else the reported one.
    const record = award.get(`${s.year}|${s.placeCode}`);
    const received = record?.predikat ?? s.predikatReported;
    const basis: ReceivedBasis | null =
      received === null
        ? null
        : record?.predikat == null
          ? "reported"
          : !record.inferred
            ? "record"
            : s.predikatReported === record.predikat
              ? "reported"
              : "inferred";
    merged.set(key, {
      place,
      year: s.year,
      stage: s.stage,
      score: s.score,
      bandPredikat: s.bandPredikat,
      mismatch: s.mismatch,
      sourceUrls: [...s.sourceUrls],
      received,
      receivedBasis: basis,
    });
  }
  return [...merged.values()].sort(
    (a, b) =>
      a.year - b.year ||
      (a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0) ||
      STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
      a.score - b.score,
  );
}

/** Places and rounds where a source gives one self-assessed and one verified score. */
export function selfVerifiedPairs(entries: readonly ScoreEntry[]): SelfVerifiedPair[] {
  const groups = new Map<string, ScoreEntry[]>();
  for (const e of entries) {
    const key = `${e.year}|${e.place.code}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const pairs: SelfVerifiedPair[] = [];
  for (const group of groups.values()) {
    const self = group.filter((e) => e.stage === "self-assessment");
    const verified = group.filter((e) => e.stage === "verified");
    // Two different self-assessed (or verified) scores for one round: which pairs with which is not known; skipped.
    if (self.length === 1 && verified.length === 1)
      pairs.push({
        place: group[0]!.place,
        year: group[0]!.year,
        selfAssessed: self[0]!.score,
        verified: verified[0]!.score,
      });
  }
  return pairs;
}

const SOURCES_SHOWN = 24;

export const selfAssessmentBands: FindingFn = (site: SiteData, lang: Lang): Finding => {
  const entries = reportedScoreEntries(site);
  const bands = bandRanges(site.method);
  const bandOf = new Map(bands.map((b) => [b.predikat, b]));
  const fmt = (n: number) => formatNumber(lang, n);
  const score = (v: number) => formatScore(lang, v);
  const bandText = (p: Predikat | null) =>
    p ?? tfm(lang, "band.below", { predikat: bands[0]?.predikat ?? PREDIKAT[0] });
  const stageCount = (s: Stage) => entries.filter((e) => e.stage === s).length;
  const places = new Set(entries.map((e) => e.place.code)).size;
  const rounds = new Set(entries.map((e) => e.year)).size;
  const mismatches = entries.filter((e) => e.mismatch && e.received !== null);

  const paragraphs: Paragraph[] = [
    tfm(lang, "bands.counts", {
      n: fmt(entries.length),
      places: fmt(places),
      rounds: fmt(rounds),
      self: fmt(stageCount("self-assessment")),
      verified: fmt(stageCount("verified")),
      final: fmt(stageCount("final")),
      unclear: fmt(stageCount("unclear")),
    }),
  ];
  const mismatchItem = (e: ScoreEntry) =>
    tfm(lang, e.receivedBasis === "inferred" ? "bands.itemInferred" : "bands.item", {
      place: e.place.name,
      year: String(e.year),
      stage: stageLabel(lang, e.stage),
      score: score(e.score),
      band: bandText(e.bandPredikat),
      predikat: e.received!,
      range: groupBand(lang, bandOf.get(e.received!)?.label ?? ""),
    });
  paragraphs.push(
    mismatches.length === 0
      ? tfm(lang, "bands.mismatchNone")
      : { lead: tfm(lang, "bands.mismatch", { m: fmt(mismatches.length) }), items: mismatches.map(mismatchItem) },
  );
  const pairs = selfVerifiedPairs(entries);
  const lower = pairs.filter((p) => p.verified < p.selfAssessed);
  const maxDrop = Math.max(0, ...lower.map((p) => p.selfAssessed - p.verified));
  if (pairs.length > 0)
    paragraphs.push(
      lower.length === 0
        ? tfm(lang, "bands.pairsNotLower", { k: fmt(pairs.length) })
        : tfm(lang, "bands.pairs", {
            k: fmt(pairs.length),
            lower: fmt(lower.length),
            maxDrop: score(roundDrop(maxDrop)),
          }),
    );

  const namedReasons = new Map<string, string[]>();
  for (const e of mismatches) {
    const reason = tfm(lang, "bands.reason", {
      stage: stageLabel(lang, e.stage),
      score: score(e.score),
      year: String(e.year),
      band: bandText(e.bandPredikat),
      predikat: e.received!,
    });
    namedReasons.set(e.place.code, [...(namedReasons.get(e.place.code) ?? []), reason]);
  }
  const namedPlaces: NamedPlace[] = [...namedReasons].map(([placeCode, reasons]) => ({
    placeCode,
    reason: reasons.join("; "),
  }));

  const sources: FindingSource[] = [];
  const seen = new Set<string>();
  for (const e of [...mismatches, ...entries])
    for (const url of e.sourceUrls) {
      if (seen.has(url)) continue;
      seen.add(url);
      if (sources.length < SOURCES_SHOWN)
        sources.push({
          label: tfm(lang, "bands.source", {
            place: e.place.name,
            year: String(e.year),
            stage: stageLabel(lang, e.stage),
            host: hostOf(url),
          }),
          href: url,
        });
    }

  const rows: ScoreBandRow[] = [];
  for (const e of entries) {
    const key = `${e.place.code}|${e.year}`;
    let row = rows.find((r) => r.key === key);
    if (row === undefined) {
      row = {
        key,
        label: `${e.place.name} ${e.year}`,
        href: placePath(lang, e.place),
        received: e.received,
        receivedInferred: e.receivedBasis === "inferred",
        points: [],
      };
      rows.push(row);
    }
    row.points.push({
      score: e.score,
      stage: e.stage,
      band: e.bandPredikat,
      mismatch: e.mismatch,
      source: { text: hostOf(e.sourceUrls[0]!), href: e.sourceUrls[0]!, more: e.sourceUrls.length - 1 },
    });
  }

  // Names follow figures.ts: `n.*` a count, `year.*` a year, `score.*` a score as the site prints scores.
  const figures: Record<string, number> = {
    "n.scores": entries.length,
    "n.places": places,
    "n.rounds": rounds,
    "n.mismatches": mismatches.length,
    "n.receivedInferred": entries.filter((e) => e.receivedBasis === "inferred").length,
    "n.receivedUnknown": entries.filter((e) => e.received === null).length,
  };
  for (const s of STAGES) figures[`n.stage.${s}`] = stageCount(s);
  // The bands as published ("601–700"), which a caveat lists and each mismatch quotes: their numbers are figures too.
  for (const b of bands) b.label.split("–").forEach((n, end) => (figures[`n.band.${b.predikat}.${end}`] = Number(n)));
  mismatches.forEach((e, i) => {
    figures[`year.mismatch.${i}`] = e.year;
    figures[`score.mismatch.${i}`] = e.score;
  });
  if (pairs.length > 0) {
    figures["n.pairs"] = pairs.length;
    if (lower.length > 0) {
      figures["n.pairsLower"] = lower.length;
      figures["score.maxDrop"] = roundDrop(maxDrop);
    }
  }

  return {
    id: "temuan-penilaian-mandiri",
    title: tfm(lang, "bands.title"),
    paragraphs,
    population: tfm(lang, "bands.population", {
      n: fmt(entries.length),
      inferred: fmt(figures["n.receivedInferred"]!),
      none: fmt(figures["n.receivedUnknown"]!),
    }),
    caveats: [
      tfm(lang, "bands.caveatSelf"),
      tfm(lang, "bands.caveatBands", {
        bands: formatList(
          lang,
          bands.map((b) => `${b.predikat} ${groupBand(lang, b.label)}`),
        ),
      }),
      tfm(lang, "bands.caveatFew", { places: fmt(places) }),
    ],
    chart: reportedScoreBands(rows, { lang, bands, idPrefix: "temuan-penilaian-mandiri" }),
    // reported-scores.csv carries every score with its sources, as the other findings end their source lines.
    sources: [...sources, { label: "reported-scores.csv", href: withBase("/data/reported-scores.csv") }],
    moreSources: seen.size - sources.length,
    namedPlaces,
    figures,
  };
};

/** A difference of two scores with two decimals, without binary noise (878.95 − 735.7 = 143.25). */
function roundDrop(x: number): number {
  return Math.round(x * 100) / 100;
}
