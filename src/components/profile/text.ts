/**
 * Wording shared by the place and province profiles: status labels, ordinals, what a source says, and one line per
 * use of a source in the numbered list. Build-time only.
 */
import { PREDIKAT, type AwardSource, type Place, type Province, type ReportedScore, type SiteData } from "../../pipeline/artefact.ts";
import { formatList, formatNumber, type RoundStatus } from "../../i18n/format.ts";
import { viewIndex, type SourceEntry, type SourceUse } from "../../views/profile-views.ts";
import { compactPlaceName } from "../../charts/province-peers.ts";
import { localePath, type Lang } from "../../i18n/index.ts";
import { seriesName } from "../../i18n/series.ts";
import { tp } from "../../i18n/pages/profile.ts";

export const placePath = (lang: Lang, place: Place) => localePath(lang, `/daerah/${place.slug}/`);
export const provincePath = (lang: Lang, province: Province) => localePath(lang, `/provinsi/${province.slug}/`);

/** "3rd" / "3" (the Indonesian template writes "ke-{level}"). */
export function ordinal(lang: Lang, n: number): string {
  if (lang === "id") return String(n);
  const suffix = n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
}

export function saysLabel(lang: Lang, says: AwardSource["says"]): string {
  if (says === "awarded") return tp(lang, "says.awarded");
  if (says === "not-awarded") return tp(lang, "says.notAwarded");
  return says;
}

/** Short label for a grid cell (the long ones would make a 5-round table unreadable on a phone). */
export function shortStatus(lang: Lang, status: RoundStatus): string {
  switch (status) {
    case "tier-unknown":
      return tp(lang, "grid.tierUnknown");
    case "conflict":
      return tp(lang, "grid.conflict");
    case "not-awarded":
      return tp(lang, "grid.notAwarded");
    case "unknown":
      return tp(lang, "grid.unknown");
    default:
      return status;
  }
}

/** CSS modifier for a status: the same look everywhere on the profile pages. */
export function statusClass(status: RoundStatus): string {
  if ((PREDIKAT as readonly string[]).includes(status)) return `st st--tier st--${status.toLowerCase()}`;
  return `st st--${status}`;
}

/** The official band of a predikat, "701–800" (from data/method/bands.csv). */
export function bandOf(d: SiteData, predikat: string): string {
  return d.method.bands.find((b) => b.predikat === predikat)?.publishedBand ?? "";
}

export function bandsSentence(lang: Lang, d: SiteData): string {
  return formatList(lang, d.method.bands.map((b) => `${b.predikat} ${b.publishedBand.replace(/(\d)(\d{3})\b/g, lang === "id" ? "$1.$2" : "$1,$2")}`));
}

export function stageLabel(lang: Lang, stage: ReportedScore["stage"]): string {
  return tp(lang, `scores.stage.${stage}`);
}

/** One line per use of a source, grouped by year where a source speaks for many places. */
export function describeUses(lang: Lang, d: SiteData, entry: SourceEntry): string {
  const ix = viewIndex(d);
  const awards = entry.uses.filter((u): u is Extract<SourceUse, { kind: "award" }> => u.kind === "award");
  const parts: string[] = [];
  const years = [...new Set(awards.map((u) => u.year))].sort((a, b) => b - a);
  for (const year of years) {
    const items = awards
      .filter((u) => u.year === year)
      .map((u) => {
        const place = ix.placeByCode.get(u.placeCode);
        const name = place ? compactPlaceName(place.name) : u.placeCode;
        const says = saysLabel(lang, u.says) + (u.inferred ? `, ${tp(lang, "says.inferred")}` : "");
        return `${name} (${says})`;
      });
    parts.push(`${year}: ${items.join(", ")}`);
  }
  const indicators = entry.uses.filter((u): u is Extract<SourceUse, { kind: "indicator" }> => u.kind === "indicator");
  // "Stunting: Nusa Tenggara Timur 2021, 2022; Nasional 2021": per series, per area, its years.
  const bySeries = new Map<string, Map<string, number[]>>();
  for (const u of indicators) {
    const area = u.areaCode === "ID" ? tp(lang, "label.national") : (ix.placeByCode.get(u.areaCode)?.name ?? ix.provinceByCode.get(u.areaCode)?.name ?? u.areaCode);
    const areas = bySeries.get(u.seriesId) ?? new Map<string, number[]>();
    const years = areas.get(area) ?? [];
    if (!years.includes(u.year)) years.push(u.year);
    areas.set(area, years);
    bySeries.set(u.seriesId, areas);
  }
  for (const [seriesId, areas] of bySeries) {
    const items = [...areas].map(([area, ys]) => `${area} ${ys.sort((a, b) => a - b).join(", ")}`);
    parts.push(`${seriesName(lang, seriesId).short}: ${items.join("; ")}`);
  }
  for (const u of entry.uses) {
    if (u.kind === "reported-score") {
      const place = ix.placeByCode.get(u.placeCode);
      parts.push(tp(lang, "src.use.score", { place: place?.name ?? u.placeCode, year: u.year, score: formatNumber(lang, u.score, u.score % 1 === 0 ? 0 : 2) }));
    }
    if (u.kind === "provila") parts.push(tp(lang, "src.use.provila", { year: u.year }));
    if (u.kind === "method") parts.push(tp(lang, "src.use.method"));
    if (u.kind === "bands") parts.push(tp(lang, "src.use.bands"));
  }
  return parts.join("; ");
}

/** Score as printed in sources: integers plain, decimals kept (737,7). */
export function formatScore(lang: Lang, score: number): string {
  return formatNumber(lang, score, score % 1 === 0 ? 0 : Math.min(2, String(score).split(".")[1]?.length ?? 0));
}

/** Year of the data release ("2026.11.0" → "2026") for the citation. */
export function releaseYear(version: string): string {
  return /^\d{4}/.exec(version)?.[0] ?? version;
}
