/**
 * Finding 1, one finding per outcome series: children's outcomes by the predikat a place holds. For the places
 * with a STATED tier in the latest round (and the round before, drawn beside it), the distribution of one series
 * by tier, kota and kabupaten apart: n, median and middle half per group, and the places farthest from their
 * tier's median named. One parameterised function (`outcomeFinding`) and one chart (tierDistribution) serve every
 * series in OUTCOME_SPECS; each is its own finding `temuan-predikat-<slug>`.
 */
import { ascending, median } from "d3-array";
import type { PlaceType, Predikat, SiteData } from "../../pipeline/artefact.ts";
import { tierDistribution, type TierGroup } from "../../charts/tier-distribution.ts";
import { formatList } from "../../i18n/format.ts";
import { tf } from "../../i18n/pages/findings.ts";
import { seriesName } from "../../i18n/series.ts";
import type { Lang } from "../../i18n/index.ts";
import { seriesSummaries } from "../indicator-views.ts";
import type { Finding, FindingFn, NamedPlace } from "./finding.ts";
import { FigureBook, spreadOf, type Spread } from "./figures.ts";
import { findingSources } from "./finding-sources.ts";
import {
  findingRounds,
  latestKabkotaYear,
  placesByCode,
  seriesYearValues,
  statedRound,
  tiersHeld,
  type StatedRound,
  type LeftOut,
} from "./stated-tiers.ts";

export interface OutcomeSpec {
  /** The finding's id is `temuan-predikat-<slug>`. */
  slug: string;
  seriesId: string;
  /** Which words the series-specific caveat uses (src/i18n/pages/findings.ts, `caveat.series.<caveat>`). */
  caveat: "survey" | "inverted" | "households";
}

export const OUTCOME_SPECS: readonly OutcomeSpec[] = [
  { slug: "stunting", seriesId: "stunting_balita", caveat: "survey" },
  { slug: "persalinan", seriesId: "persalinan_non_faskes", caveat: "inverted" },
  { slug: "sanitasi", seriesId: "sanitasi_layak_rt", caveat: "households" },
  { slug: "air-minum", seriesId: "air_minum_layak_rt", caveat: "households" },
];

/** Groups smaller than this are drawn and counted, but their median is not compared nor its outliers named. */
export const MIN_GROUP = 5;
/** Places named per kind of place: the farthest from their tier's median. */
const NAMED_PER_TYPE = 2;
const TYPES: readonly PlaceType[] = ["kota", "kabupaten"];

interface Group extends Spread {
  year: number;
  type: PlaceType;
  predikat: Predikat;
  codes: string[];
}

export function outcomeFinding(spec: OutcomeSpec): FindingFn {
  return (site, lang) => buildOutcome(site, lang, spec);
}

function buildOutcome(site: SiteData, lang: Lang, spec: OutcomeSpec): Finding {
  const book = new FigureBook(lang);
  const places = placesByCode(site);
  const rounds = findingRounds(site).map((y) => statedRound(site, y));
  const tiers = tiersHeld(rounds);
  const dataYear = latestKabkotaYear(site, spec.seriesId) ?? 0;
  const values = seriesYearValues(site, spec.seriesId, dataYear);
  const summary = seriesSummaries(site).find((s) => s.id === spec.seriesId);
  const better = summary?.better ?? "lower";
  const unit = summary?.unit ?? "percent";
  const name = seriesName(lang, spec.seriesId).short;
  const typeOf = (code: string) => places.get(code)?.type ?? "kabupaten";

  const groups: Group[] = rounds.flatMap((round) =>
    TYPES.flatMap((type) =>
      tiers.flatMap((predikat) => {
        const codes = [...round.tiers]
          .filter(([code, p]) => p === predikat && typeOf(code) === type && values.values.has(code))
          .map(([code]) => code)
          .sort((a, b) => values.values.get(a)! - values.values.get(b)! || ascending(a, b));
        if (codes.length === 0) return [];
        return [{ year: round.year, type, predikat, codes, ...spreadOf(codes.map((c) => values.values.get(c)!)) }];
      }),
    ),
  );

  const latest = rounds[0];
  const year = latest?.year ?? 0;
  const put = (key: string, v: number) => book.put(key, v);
  const y = put("year.round", year);
  const dy = put("year.data", dataYear);
  const paragraphs: string[] = [];
  const namedPlaces: NamedPlace[] = [];
  for (const type of TYPES) {
    const inType = groups.filter((g) => g.year === year && g.type === type);
    const n = inType.reduce((s, g) => s + g.n, 0);
    if (n === 0) {
      paragraphs.push(
        tf(lang, "out.typeNone", { type: tf(lang, `type.${type}`), year: y, series: name, dataYear: dy }),
      );
      continue;
    }
    const items = inType.map((g) =>
      tf(lang, "out.tierItem", {
        predikat: g.predikat,
        median: put(`median.${type}.${g.predikat}`, g.median),
        n: put(`n.${type}.${g.predikat}`, g.n),
      }),
    );
    paragraphs.push(
      tf(lang, "out.typeLead", {
        n: put(`n.${type}`, n),
        type: tf(lang, `type.${type}`),
        year: y,
        series: name,
        dataYear: dy,
        list: formatList(lang, items),
      }),
    );
    const compared = inType.filter((g) => g.n >= MIN_GROUP);
    const low = compared[0];
    const high = compared[compared.length - 1];
    if (low !== undefined && high !== undefined && low !== high) {
      const overlap = low.q1 <= high.q3 && high.q1 <= low.q3;
      const k = `${type}.${high.predikat}`;
      const j = `${type}.${low.predikat}`;
      paragraphs.push(
        tf(lang, overlap ? "out.compareOverlap" : "out.compareApart", {
          type: tf(lang, `type.${type}`),
          high: high.predikat,
          low: low.predikat,
          highMedian: put(`median.${k}`, high.median),
          lowMedian: put(`median.${j}`, low.median),
          direction: tf(
            lang,
            high.median > low.median ? "dir.higher" : high.median < low.median ? "dir.lower" : "dir.same",
          ),
          highQ1: put(`q1.${k}`, high.q1),
          highQ3: put(`q3.${k}`, high.q3),
          lowQ1: put(`q1.${j}`, low.q1),
          lowQ3: put(`q3.${j}`, low.q3),
        }),
      );
    }
    // The places farthest from their tier's median, among groups large enough to have a median worth the name.
    const far = compared
      .flatMap((g) => g.codes.map((code) => ({ code, g, value: values.values.get(code)! })))
      .sort((a, b) => Math.abs(b.value - b.g.median) - Math.abs(a.value - a.g.median) || ascending(a.code, b.code))
      .slice(0, NAMED_PER_TYPE);
    for (const f of far) {
      const k = `${type}.${f.g.predikat}`;
      namedPlaces.push({
        placeCode: f.code,
        reason: tf(lang, f.value > f.g.median ? "out.farAbove" : "out.farBelow", {
          predikat: f.g.predikat,
          year: y,
          series: name,
          value: put(`value.${f.code}`, f.value),
          median: put(`median.${k}`, f.g.median),
        }),
      });
    }
  }
  const previous = rounds[1];
  if (previous !== undefined) {
    const inPrev = (type: PlaceType) =>
      groups.filter((g) => g.year === previous.year && g.type === type).reduce((s, g) => s + g.n, 0);
    paragraphs.push(
      tf(lang, "out.previous", {
        year: put("year.previous", previous.year),
        kota: put("n.previous.kota", inPrev("kota")),
        kabupaten: put("n.previous.kabupaten", inPrev("kabupaten")),
      }),
    );
  }

  const population = rounds.map((r, i) =>
    populationText(lang, book, r, i === 0 ? "round" : "previous", values, name, dy),
  );
  const allOf = (type: PlaceType) => [...values.values].filter(([code]) => typeOf(code) === type).map(([, v]) => v);
  const caveats = [
    tf(lang, "caveat.association"),
    tf(lang, "caveat.kotaKabupaten", {
      series: name,
      dataYear: dy,
      kota: put("median.all.kota", median(allOf("kota")) ?? 0),
      kabupaten: put("median.all.kabupaten", median(allOf("kabupaten")) ?? 0),
    }),
    tf(lang, "caveat.coverage", {
      year: y,
      n: put("n.round.stated", latest?.tiers.size ?? 0),
      total: put("n.places", site.places.length),
    }),
    tf(lang, `caveat.series.${spec.caveat}`),
    tf(lang, "caveat.smallGroups", { min: put("n.minGroup", MIN_GROUP) }),
  ];
  if (values.smallSample.size > 0)
    caveats.push(tf(lang, "caveat.smallSample", { n: put("n.smallSample", values.smallSample.size) }));

  const chartGroups: TierGroup[] = groups.map((g) => ({
    year: g.year,
    type: g.type,
    predikat: g.predikat,
    median: g.median,
    q1: g.q1,
    q3: g.q3,
    points: g.codes.map((code) => ({ code, label: places.get(code)?.name ?? code, value: values.values.get(code)! })),
  }));
  const id = `temuan-predikat-${spec.slug}` as const;
  const chart = tierDistribution(chartGroups, {
    lang,
    seriesName: name,
    dataYear,
    unit,
    better,
    tiers,
    years: rounds.map((r) => r.year),
    idPrefix: id,
  });
  const { sources, moreSources } = findingSources(
    values.used.map((v) => v.sourceUrl),
    ["indicators.csv", "awards.csv"],
  );
  return {
    id,
    title: tf(lang, "out.title", { series: name, dataYear: dy, year: y }),
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

function populationText(
  lang: Lang,
  book: FigureBook,
  r: StatedRound,
  key: "round" | "previous",
  values: ReturnType<typeof seriesYearValues>,
  series: string,
  dataYear: string,
): string {
  const codes = [...r.tiers.keys()];
  const count = (set: ReadonlySet<string>) => codes.filter((c) => set.has(c)).length;
  const withValue = codes.filter((c) => values.values.has(c)).length;
  const out = (k: LeftOut, n: number) => (n > 0 ? [tf(lang, `pop.out.${k}`, { n: book.put(`n.${key}.${k}`, n) })] : []);
  const tierOut = [
    ...out("inferred", r.inferred),
    ...out("conflict", r.conflict),
    ...out("tierUnknown", r.tierUnknown),
  ];
  const valueOut = [
    ...out(
      "noValue",
      codes.length - withValue - count(values.sourcesDiffer) - count(values.doubtful) - count(values.flagged),
    ),
    ...out("sourcesDiffer", count(values.sourcesDiffer)),
    ...out("doubtful", count(values.doubtful)),
    ...out("flagged", count(values.flagged)),
  ];
  const parts = [
    tf(lang, "pop.stated", { year: book.put(`year.${key}`, r.year), n: book.put(`n.${key}.stated`, codes.length) }),
  ];
  if (tierOut.length > 0) parts.push(tf(lang, "pop.tierOut", { list: formatList(lang, tierOut) }));
  parts.push(tf(lang, "pop.withValue", { n: book.put(`n.${key}.withValue`, withValue), series, dataYear }));
  if (valueOut.length > 0) parts.push(tf(lang, "pop.valueOut", { list: formatList(lang, valueOut) }));
  return parts.join(" ");
}
