/**
 * The numbered list of sources of one profile page: every URL a page cites gets one number (its first use decides
 * the number and the group it is listed under), and each use is kept structured (place, year, what it says) so the
 * page words it in its language. Language-free.
 */
import type { AwardRecord, AwardSource, IndicatorValue } from "../pipeline/artefact.ts";

export type SourceGroup = "predikat" | "peers" | "places" | "provila" | "indicators" | "scores" | "method";

export type SourceUse =
  | { kind: "award"; placeCode: string; year: number; says: AwardSource["says"]; inferred: boolean }
  | { kind: "indicator"; seriesId: string; areaCode: string; year: number; survey: string }
  | { kind: "reported-score"; placeCode: string; year: number; score: number }
  | { kind: "provila"; provinceCode: string; year: number }
  | { kind: "method" }
  | { kind: "bands" };

export interface SourceEntry {
  /** 1-based number shown on the page and used as the anchor (#src-n). */
  n: number;
  url: string;
  /** Title the source was cited with, or its host name. */
  title: string;
  group: SourceGroup;
  uses: SourceUse[];
}

/** "https://www.kompas.com/read/…" → "kompas.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export class SourceList {
  readonly entries: SourceEntry[] = [];
  private readonly byUrl = new Map<string, SourceEntry>();

  /** Register a use of `url`; the first use decides its number and group. Returns the number. */
  add(url: string, group: SourceGroup, use: SourceUse, title = ""): number {
    let entry = this.byUrl.get(url);
    if (!entry) {
      entry = { n: this.entries.length + 1, url, title: title || hostOf(url), group, uses: [] };
      this.entries.push(entry);
      this.byUrl.set(url, entry);
    } else if (title && entry.title === hostOf(url)) {
      entry.title = title;
    }
    if (!entry.uses.some((u) => JSON.stringify(u) === JSON.stringify(use))) entry.uses.push(use);
    return entry.n;
  }

  number(url: string): number | undefined {
    return this.byUrl.get(url)?.n;
  }

  /** Consecutive runs of one group, in number order (each becomes a headed `<ol start>` on the page). */
  groups(): { group: SourceGroup; entries: SourceEntry[] }[] {
    const out: { group: SourceGroup; entries: SourceEntry[] }[] = [];
    for (const e of this.entries) {
      const last = out[out.length - 1];
      if (last && last.group === e.group) last.entries.push(e);
      else out.push({ group: e.group, entries: [e] });
    }
    return out;
  }
}

/** Number the sources of an award record (one per statement, in the record's order). */
export function addAwardSources(list: SourceList, group: SourceGroup, record: AwardRecord): number[] {
  return record.sources.map((s) =>
    list.add(s.url, group, {
      kind: "award",
      placeCode: record.placeCode,
      year: record.year,
      says: s.says,
      inferred: s.inferred,
    }),
  );
}

/** Number the source of an indicator value. */
export function addIndicatorSource(list: SourceList, v: IndicatorValue): number {
  return list.add(
    v.sourceUrl,
    "indicators",
    { kind: "indicator", seriesId: v.seriesId, areaCode: v.areaCode, year: v.year, survey: v.survey },
    v.sourceTitle,
  );
}
