/**
 * Wording shared by the place and province profiles: links to a profile, ordinals, what a source says, short
 * status labels for the round grid, score stages and scores as sources print them. Words only: what is computed
 * from the artefact (bands, the uses of a source) lives in src/views/profile-text.ts. Build-time only.
 */
import type { AwardSource, Place, Province, ReportedScore } from "../pipeline/artefact.ts";
import { formatNumber, type RoundStatus } from "./format.ts";
import { localePath, type Lang } from "./index.ts";
import { tp } from "./pages/profile.ts";

export const placePath = (lang: Lang, place: Place) => localePath(lang, `/daerah/${place.slug}/`);
export const provincePath = (lang: Lang, province: Province) => localePath(lang, `/provinsi/${province.slug}/`);

/** "3rd" / "3" (the Indonesian template writes "ke-{level}"). */
export function ordinal(lang: Lang, n: number): string {
  if (lang === "id") return String(n);
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? "st"
      : n % 10 === 2 && n % 100 !== 12
        ? "nd"
        : n % 10 === 3 && n % 100 !== 13
          ? "rd"
          : "th";
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

export function stageLabel(lang: Lang, stage: ReportedScore["stage"]): string {
  return tp(lang, `scores.stage.${stage}`);
}

/** Score as printed in sources: integers plain, decimals kept (737,7). */
export function formatScore(lang: Lang, score: number): string {
  return formatNumber(lang, score, score % 1 === 0 ? 0 : Math.min(2, String(score).split(".")[1]?.length ?? 0));
}

/** A band as published ("701–1000"), with the thousands grouped the reader's way ("701–1.000" in Indonesian). */
export function groupBand(lang: Lang, band: string): string {
  return band.replace(/(\d)(\d{3})\b/g, lang === "id" ? "$1.$2" : "$1,$2");
}
