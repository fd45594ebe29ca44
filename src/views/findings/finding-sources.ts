/**
 * A finding's source line: the statements most cited by the rows behind its figures (most used first, ties by URL),
 * then the project's downloads that carry every row. An embedded chart has no numbered source list to point into,
 * so, like the catalogue's charts, a finding carries its own.
 */
import { ascending, rollup } from "d3-array";
import { withBase } from "../../i18n/index.ts";
import { hostOf } from "../source-list.ts";
import type { FindingSource } from "./finding.ts";

/** How many statements the source line names; the rest are counted in `moreSources`. */
const SHOWN = 3;

export function findingSources(
  urls: readonly string[],
  downloads: readonly string[],
): { sources: FindingSource[]; moreSources: number } {
  const ranked = [
    ...rollup(
      urls,
      (uses) => uses.length,
      (url) => url,
    ),
  ].sort((a, b) => b[1] - a[1] || ascending(a[0], b[0]));
  return {
    sources: [
      ...ranked.slice(0, SHOWN).map(([url]) => ({ label: hostOf(url), href: url })),
      ...downloads.map((file) => ({ label: file, href: withBase(`/data/${file}`) })),
    ],
    moreSources: Math.max(0, ranked.length - SHOWN),
  };
}
