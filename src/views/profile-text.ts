/**
 * Sentences of the place and province profiles that are computed from the artefact: the published bands, one line
 * per use of a source in the numbered source list, the release year for the citation. The words come from
 * src/i18n (profile dictionary, src/i18n/profile-text.ts); this file only gathers and orders the data.
 * Build-time only.
 */
import type { SiteData } from "../pipeline/artefact.ts";
import { formatList, formatNumber } from "../i18n/format.ts";
import type { SourceEntry, SourceUse } from "./source-list.ts";
import { viewIndex } from "./view-index.ts";
import { compactPlaceName } from "../charts/province-peers.ts";
import type { Lang } from "../i18n/index.ts";
import { seriesName } from "../i18n/series.ts";
import { tp } from "../i18n/pages/profile.ts";
import { groupBand, saysLabel } from "../i18n/profile-text.ts";

/** The official band of a predikat, "701–800" (from data/method/bands.csv). */
export function bandOf(d: SiteData, predikat: string): string {
  return d.method.bands.find((b) => b.predikat === predikat)?.publishedBand ?? "";
}

export function bandsSentence(lang: Lang, d: SiteData): string {
  return formatList(
    lang,
    d.method.bands.map((b) => `${b.predikat} ${groupBand(lang, b.publishedBand)}`),
  );
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
    const area =
      u.areaCode === "ID"
        ? tp(lang, "label.national")
        : (ix.placeByCode.get(u.areaCode)?.name ?? ix.provinceByCode.get(u.areaCode)?.name ?? u.areaCode);
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
      parts.push(
        tp(lang, "src.use.score", {
          place: place?.name ?? u.placeCode,
          year: u.year,
          score: formatNumber(lang, u.score, u.score % 1 === 0 ? 0 : 2),
        }),
      );
    }
    if (u.kind === "provila") parts.push(tp(lang, "src.use.provila", { year: u.year }));
    if (u.kind === "method") parts.push(tp(lang, "src.use.method"));
    if (u.kind === "bands") parts.push(tp(lang, "src.use.bands"));
  }
  return parts.join("; ");
}

/** Year of the data release ("2026.11.0" → "2026") for the citation. */
export function releaseYear(version: string): string {
  return /^\d{4}/.exec(version)?.[0] ?? version;
}
