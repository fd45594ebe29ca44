/**
 * Finding 2: regulation and predikat. The seed studies name the lack of a Perda on KLA as the main barrier to a
 * higher tier; this finding shows how the stated predikat of the latest round (and the round before) are shared
 * out among places by the state of their regulation (the pipeline's PlaceRegulationSummary: a Perda on KLA, one on
 * child protection only, only a regent's or mayor's regulation, a source saying there is none, unknown). Stated
 * tiers only; places a source says have no Perda yet hold a high tier are named.
 */
import type { PlaceRegulationState, Predikat, SiteData } from "../../pipeline/artefact.ts";
import { tierShares, type ShareGroup } from "../../charts/tier-shares.ts";
import { formatList } from "../../i18n/format.ts";
import { tf } from "../../i18n/pages/findings.ts";
import { tr } from "../../i18n/pages/regulation.ts";
import type { Lang } from "../../i18n/index.ts";
import type { Finding, NamedPlace } from "./finding.ts";
import { FigureBook, percentOf } from "./figures.ts";
import { findingSources } from "./finding-sources.ts";
import { findingRounds, statedRound, tiersHeld, type LeftOut, type StatedRound } from "./stated-tiers.ts";

/** The groups in the order the site lists regulation states (regulation-views.ts), unknown last. */
export const REGULATION_GROUPS: readonly PlaceRegulationState[] = [
  "perda-kla",
  "perda-child-protection",
  "head-regulation",
  "none",
  "unknown",
];

/** The upper tiers the text counts: Nindya and above. */
const UPPER: readonly Predikat[] = ["Nindya", "Utama", "KLA"];

export function regulationPredikatFinding(site: SiteData, lang: Lang): Finding {
  const book = new FigureBook(lang);
  const put = (key: string, v: number) => book.put(key, v);
  const stateOf = new Map(site.regulationStates.map((s) => [s.placeCode, s]));
  const state = (code: string): PlaceRegulationState => stateOf.get(code)?.state ?? "unknown";
  const rounds = findingRounds(site).map((y) => statedRound(site, y));
  const tiers = tiersHeld(rounds);
  const label = (s: PlaceRegulationState) => tr(lang, `label.${s}`);

  const groupsOf = (r: StatedRound) =>
    REGULATION_GROUPS.map((s) => {
      const counts: Partial<Record<Predikat, number>> = {};
      for (const [code, p] of r.tiers) if (state(code) === s) counts[p] = (counts[p] ?? 0) + 1;
      return { state: s, counts, n: Object.values(counts).reduce((a, b) => a + b, 0) };
    });
  const paragraphs: string[] = [];
  const shareGroups: ShareGroup[] = [];
  rounds.forEach((r, i) => {
    const key = i === 0 ? "round" : "previous";
    const groups = groupsOf(r);
    for (const g of groups) shareGroups.push({ key: g.state, label: label(g.state), year: r.year, counts: g.counts });
    const items = groups.map((g) => {
      const upper = UPPER.reduce((n, p) => n + (g.counts[p] ?? 0), 0);
      if (g.n === 0) return tf(lang, "reg.itemNone", { group: label(g.state) });
      return tf(lang, "reg.item", {
        group: label(g.state),
        n: put(`n.${key}.${g.state}`, g.n),
        upper: put(`n.${key}.${g.state}.upper`, upper),
        share: put(`share.${key}.${g.state}.upper`, percentOf(upper, g.n)),
      });
    });
    paragraphs.push(
      tf(lang, i === 0 ? "reg.lead" : "reg.previous", {
        year: put(`year.${key}`, r.year),
        // Items hold commas of their own ("Perda on child protection (…)"): a semicolon keeps them apart.
        list: items.join("; "),
      }),
    );
  });

  const latest = rounds[0];
  const year = latest?.year ?? 0;
  const namedPlaces: NamedPlace[] = [];
  const places = new Map(site.places.map((p) => [p.code, p]));
  if (latest !== undefined) {
    for (const [code, p] of [...latest.tiers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (state(code) !== "none" || !UPPER.includes(p)) continue;
      namedPlaces.push({
        placeCode: code,
        reason: tf(lang, "reg.namedNone", {
          predikat: p,
          year: put("year.round", year),
          noneYear: put(`year.none.${code}`, stateOf.get(code)!.year ?? 0),
        }),
      });
    }
    if (namedPlaces.length > 0)
      paragraphs.push(
        tf(lang, "reg.named", {
          n: put("n.named", namedPlaces.length),
          year: put("year.round", year),
          list: formatList(
            lang,
            namedPlaces.map((n) => places.get(n.placeCode)?.name ?? n.placeCode),
          ),
        }),
      );
  }

  const stated = latest === undefined ? [] : [...latest.tiers.keys()];
  const known = site.regulationStates.filter((s) => s.state !== "unknown").length;
  const decidedAfter = (r: StatedRound) =>
    [...r.tiers.keys()].filter((c) => (stateOf.get(c)?.year ?? 0) > r.year).length;
  const kota = stated.filter((c) => places.get(c)?.type === "kota").length;
  const population: string[] = [];
  rounds.forEach((r, i) => {
    const key = i === 0 ? "round" : "previous";
    const out = (k: LeftOut, n: number) => (n > 0 ? [tf(lang, `pop.out.${k}`, { n: put(`n.${key}.${k}`, n) })] : []);
    const tierOut = [
      ...out("inferred", r.inferred),
      ...out("conflict", r.conflict),
      ...out("tierUnknown", r.tierUnknown),
    ];
    population.push(
      tf(lang, "pop.stated", { year: put(`year.${key}`, r.year), n: put(`n.${key}.stated`, r.tiers.size) }),
    );
    if (tierOut.length > 0) population.push(tf(lang, "pop.tierOut", { list: formatList(lang, tierOut) }));
  });
  population.push(
    tf(lang, "reg.popStates", { known: put("n.regulation.known", known), total: put("n.places", site.places.length) }),
  );
  const caveats = [
    tf(lang, "reg.caveatAssociation"),
    tf(lang, "reg.caveatUnknown"),
    ...(rounds.length === 2
      ? [
          tf(lang, "reg.caveatWhen", {
            n: put("n.round.decidedAfter", decidedAfter(rounds[0]!)),
            year: put("year.round", year),
            previous: put("n.previous.decidedAfter", decidedAfter(rounds[1]!)),
            previousYear: put("year.previous", rounds[1]!.year),
          }),
        ]
      : []),
    tf(lang, "reg.caveatTypes", {
      kota: put("n.round.kota", kota),
      kabupaten: put("n.round.kabupaten", stated.length - kota),
    }),
  ];
  const id = "temuan-perda-predikat" as const;
  const chart = tierShares(shareGroups, {
    lang,
    title: tf(lang, "reg.chartTitle", { year: String(year) }),
    tiers,
    years: rounds.map((r) => r.year),
    idPrefix: id,
  });
  const statedCodes = new Set(rounds.flatMap((r) => [...r.tiers.keys()]));
  const urls = site.regulations.filter((f) => statedCodes.has(f.placeCode)).map((f) => f.sourceUrl);
  const { sources, moreSources } = findingSources(urls, ["regulations.csv", "awards.csv"]);
  return {
    id,
    title: tf(lang, "reg.title", { year: put("year.round", year) }),
    paragraphs,
    population: population.join(" "),
    caveats,
    chart,
    sources,
    moreSources,
    namedPlaces,
    figures: book.figures,
  };
}
