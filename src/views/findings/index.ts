/**
 * The Findings section's list: every finding, in the order the page prints them. Adding a finding is one line in
 * FINDINGS. `findings()` computes them once per artefact and language (the page, its embed pages, the chart files
 * and 514 place profiles all ask), and `findingsNaming()` answers "which findings name this place" for a profile.
 */
import type { SiteData } from "../../pipeline/artefact.ts";
import type { Lang } from "../../i18n/index.ts";
import type { Finding, FindingFn } from "./finding.ts";
import { OUTCOME_SPECS, outcomeFinding } from "./awards-outcomes.ts";
import { regulationPredikatFinding } from "./regulation-predikat.ts";
import { movement2022to2023, movement2023to2025 } from "./movement.ts";
import { selfAssessmentBands } from "./self-assessment-bands.ts";

export const FINDINGS: readonly FindingFn[] = [
  ...OUTCOME_SPECS.map(outcomeFinding),
  regulationPredikatFinding,
  movement2022to2023,
  movement2023to2025,
  selfAssessmentBands,
];

export interface FindingMention {
  finding: Finding;
  /** Why the finding names the place, in the finding's language. */
  reason: string;
}

interface Computed {
  list: Finding[];
  byPlace: Map<string, FindingMention[]>;
}

const memo = new WeakMap<SiteData, Partial<Record<Lang, Computed>>>();

function compute(site: SiteData, lang: Lang): Computed {
  let perLang = memo.get(site);
  if (perLang === undefined) memo.set(site, (perLang = {}));
  const held = perLang[lang];
  if (held !== undefined) return held;
  const list = FINDINGS.map((fn) => fn(site, lang));
  const ids = new Set<string>();
  const byPlace = new Map<string, FindingMention[]>();
  for (const finding of list) {
    if (ids.has(finding.id)) throw new Error(`findings: two findings share the id ${finding.id}`);
    ids.add(finding.id);
    for (const named of finding.namedPlaces) {
      const mentions = byPlace.get(named.placeCode) ?? [];
      if (!mentions.some((m) => m.finding === finding)) mentions.push({ finding, reason: named.reason });
      byPlace.set(named.placeCode, mentions);
    }
  }
  return (perLang[lang] = { list, byPlace });
}

/** Every finding in `lang`, in page order; computed once per artefact and language. */
export function findings(site: SiteData, lang: Lang): readonly Finding[] {
  return compute(site, lang).list;
}

/** The findings that name a place (an outlier, a place that moved…), in page order; empty for most places. */
export function findingsNaming(site: SiteData, lang: Lang, placeCode: string): readonly FindingMention[] {
  return compute(site, lang).byPlace.get(placeCode) ?? [];
}
