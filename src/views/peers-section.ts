/**
 * What the place page's "where it stands in its province" section (src/components/profile/PeersSection.astro)
 * prints: the sentence built from standing(), the chart of the province's kab/kota in that round, and the chart's
 * sources (the numbered sources of the peers' records, and awards.csv). Build-time only.
 */
import type { ChartResult } from "../charts/types.ts";
import { provincePeers } from "../charts/province-peers.ts";
import { formatNumber } from "../i18n/format.ts";
import { withBase, type Lang } from "../i18n/index.ts";
import { tp } from "../i18n/pages/profile.ts";
import { placePath } from "../i18n/profile-text.ts";
import { predikatLevel } from "../pipeline/round-status.ts";
import type { PlaceProfile } from "./place-profile.ts";
import type { Standing } from "./province-rounds.ts";

export interface PeersSectionInput {
  lang: Lang;
  /** The place the page is about: highlighted in the chart, named in the sentence. */
  code: string;
  placeName: string;
  peers: NonNullable<PlaceProfile["peers"]>;
  /** The province's name as it was in the peers' round (Papua before the split). */
  provinceName: string;
}

export interface PeersSection {
  /** The sentences, in order. */
  text: string[];
  chart: ChartResult;
  sources: { label: string; href: string }[];
}

/** The "where it stands" sentences: the place's own status among its peers, then how many others are unknown. */
export function standingText(lang: Lang, placeName: string, provinceName: string, s: Standing): string[] {
  const fmt = (n: number) => formatNumber(lang, n);
  const text: string[] = [];
  const base = {
    place: placeName,
    year: s.year,
    total: fmt(s.total),
    province: provinceName,
    awarded: fmt(s.awarded),
    notAwarded: fmt(s.counts["not-awarded"]),
  };
  if (s.status !== null && predikatLevel(s.status) > 0) {
    text.push(
      tp(lang, s.same === 1 ? "peers.tierOnly" : "peers.tier", { ...base, same: fmt(s.same), predikat: s.status }),
    );
    text.push(s.higher === 0 ? tp(lang, "peers.higherNone") : tp(lang, "peers.higher", { n: fmt(s.higher) }));
  } else if (s.status === "tier-unknown" || s.status === "conflict") text.push(tp(lang, "peers.awarded", base));
  else if (s.status === "not-awarded") text.push(tp(lang, "peers.notAwarded", base));
  else text.push(tp(lang, s.counts["not-awarded"] === 0 ? "peers.unknownNoNot" : "peers.unknown", base));
  const othersUnknown = s.counts.unknown - (s.status === "unknown" ? 1 : 0);
  if (othersUnknown > 0)
    text.push(
      othersUnknown === s.total - 1
        ? tp(lang, "peers.unknownAll")
        : tp(lang, "peers.unknownRest", { n: fmt(othersUnknown) }),
    );
  return text;
}

export function peersSection({ lang, code, placeName, peers, provinceName }: PeersSectionInput): PeersSection {
  const chart = provincePeers(
    peers.rows.map((r) => r.place),
    peers.rows.flatMap((r) => (r.record ? [r.record] : [])),
    {
      lang,
      provinceName,
      year: peers.year,
      highlight: code,
      hrefFor: (p) => placePath(lang, p),
      idPrefix: "peers",
    },
  );
  const ns = peers.sources;
  const sources = [
    ...(ns.length === 0
      ? []
      : [
          {
            label:
              ns.length === 1
                ? tp(lang, "peers.sourceOne", { from: ns[0]! })
                : tp(lang, "peers.sourcesLabel", {
                    n: formatNumber(lang, ns.length),
                    from: ns[0]!,
                    to: ns[ns.length - 1]!,
                  }),
            href: `#src-${ns[0]}`,
          },
        ]),
    { label: tp(lang, "peers.dataset"), href: withBase("/data/awards.csv") },
  ];
  return { text: standingText(lang, placeName, provinceName, peers.standing), chart, sources };
}
