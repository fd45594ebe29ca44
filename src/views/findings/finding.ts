/**
 * One finding of the Findings section (/temuan/, /en/findings/): a question asked across places, answered from the
 * artefact at build time. Everything a finding prints — its chart, the numbers in its text, the population it
 * covers, its caveats and sources — is computed here from `SiteData`, so a changed row changes the text with it and
 * no sentence is kept by hand (tests recompute each number and compare it with the text).
 *
 * A finding is one anchored section of the Findings page, and its chart is catalogued like every other chart (id
 * `temuan-<slug>`: embed page, SVG, CSV, PNG), so the publish layer turns a `Finding` into a `PublishedChart`.
 */
import type { ChartResult } from "../../charts/types.ts";
import type { Lang } from "../../i18n/index.ts";
import type { SiteData } from "../../pipeline/artefact.ts";

/** A place a finding names (an outlier, a place that fell two tiers…): its profile links back to the finding. */
export interface NamedPlace {
  placeCode: string;
  /** Why it is named, in the finding's language ("farthest above the Madya median", "Utama 2023 → Pratama 2025"). */
  reason: string;
}

export interface FindingSource {
  label: string;
  href: string;
}

/** A paragraph, or one that leads into a list (a dozen places read better one per line than as one sentence). */
export type Paragraph = string | { lead: string; items: string[] };

/** A paragraph as running text ("lead item; item"), for tests and anything that wants plain text. */
export function paragraphText(p: Paragraph): string {
  return typeof p === "string" ? p : `${p.lead} ${p.items.join("; ")}`;
}

export interface Finding {
  /** Stable, URL-safe, Indonesian, the same in both languages: the chart id and the section anchor. */
  id: `temuan-${string}`;
  title: string;
  /** The short text, as paragraphs of plain text; every figure in it is computed from the artefact. */
  paragraphs: Paragraph[];
  /** Which places are in and why (stated tiers only; inferred ones left out or shown apart, and how many). */
  population: string;
  /** Caveats: association is not causation; kota and kabupaten differ; coverage. */
  caveats: string[];
  chart: ChartResult;
  sources: FindingSource[];
  /** Sources behind the figures that `sources` leaves out. */
  moreSources: number;
  /** Places the text or the chart names, each linked from its profile ("appears in: …"). */
  namedPlaces: NamedPlace[];
  /**
   * Every number the text prints, by name, as computed (for the test that re-reads the text): e.g.
   * `{ "n.kota.Madya": 31, "median.kota.Madya": 21.4 }`. Values are the unformatted numbers.
   */
  figures: Record<string, number>;
}

/** A finding is a pure function of the artefact and the language. */
export type FindingFn = (site: SiteData, lang: Lang) => Finding;
