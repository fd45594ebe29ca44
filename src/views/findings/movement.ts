/**
 * Finding 3 of the Findings section (issue 16): how the predikat moved between two rounds — up, same or down — for the
 * places whose tier a source states in both rounds; who fell, who rose two tiers or more, and by province.
 *
 * Stated and inferred never mix: a place is in only when both records carry a predikat that rests on a source saying
 * it (not inferred, no conflict). Every other place with a record in both rounds is counted apart by why it is out,
 * and places known in one of the two rounds only are counted too, so the population text accounts for everyone.
 *
 * Provinces are today's (Place.provinceCode), not the province at the time: a place that moved province (Papua's
 * split of November 2022) is counted once, under the province it belongs to now, and the caveat says how many places
 * of the population were in another province in the earlier round (read from SiteData.provinceHistory).
 */
import {
  PREDIKAT,
  type AwardRecord,
  type Place,
  type PlaceType,
  type Predikat,
  type SiteData,
} from "../../pipeline/artefact.ts";
import { provinceHistoryLookup } from "../../pipeline/province-history.ts";
import { predikatLevel, roundStatus } from "../../pipeline/round-status.ts";
import { formatList, formatNumber } from "../../i18n/format.ts";
import { withBase, type Lang } from "../../i18n/index.ts";
import { tfm } from "../../i18n/pages/findings-movement.ts";
import { provincePath } from "../../i18n/profile-text.ts";
import { movementByProvince, type MovementRow } from "../../charts/movement-by-province.ts";
import { hostOf } from "../source-list.ts";
import type { Finding, FindingFn, FindingSource, NamedPlace } from "./finding.ts";

export type Direction = "up" | "same" | "down";
/** Why a place with a record in both rounds is left out, checked in this order. */
export const EXCLUSIONS = ["inferred", "conflict", "notAwarded", "tierUnknown"] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

export interface PlaceMove {
  place: Place;
  from: Predikat;
  to: Predikat;
  /** Tiers moved: positive up, negative down. */
  steps: number;
  direction: Direction;
  records: [AwardRecord, AwardRecord];
}

export interface ProvinceMovement {
  province: SiteData["provinces"][number];
  up: number;
  same: number;
  down: number;
}

export interface RoundMovement {
  from: number;
  to: number;
  /** The population: places with a stated predikat in both rounds, by place code. */
  moves: PlaceMove[];
  counts: Record<Direction, number>;
  byType: Record<PlaceType, Record<Direction, number>>;
  /** Places with a record in both rounds that are left out, by reason. */
  excluded: Record<Exclusion, number>;
  /** Places with a record in one of the two rounds only (the other is unknown). */
  oneRoundOnly: number;
  /** Today's provinces with at least one place in the population, by province code. */
  byProvince: ProvinceMovement[];
  /** Places of the population that belonged to another province in the earlier round, with that province's code. */
  provinceChanged: { place: Place; provinceCodeThen: string }[];
  /** Fell, biggest fall first; rose two tiers or more, biggest rise first (then by name). */
  fell: PlaceMove[];
  roseTwoOrMore: PlaceMove[];
}

const DIRECTIONS: readonly Direction[] = ["up", "same", "down"];
const zero = (): Record<Direction, number> => ({ up: 0, same: 0, down: 0 });

/** A record whose predikat a source states: awarded, a tier, no conflict, not inferred. */
function statedPredikat(record: AwardRecord): Predikat | null {
  const status = roundStatus(record);
  return record.inferred || !(PREDIKAT as readonly string[]).includes(status) ? null : (status as Predikat);
}

function exclusion(a: AwardRecord, b: AwardRecord): Exclusion {
  if (a.inferred || b.inferred) return "inferred";
  if (a.conflict || b.conflict) return "conflict";
  if (a.status === "not-awarded" || b.status === "not-awarded") return "notAwarded";
  return "tierUnknown";
}

/** Movement between two rounds, computed from the artefact. Pure. */
export function roundMovement(
  site: Pick<SiteData, "awards" | "places" | "provinces" | "provinceHistory">,
  from: number,
  to: number,
): RoundMovement {
  const records = (year: number) => new Map(site.awards.filter((a) => a.year === year).map((a) => [a.placeCode, a]));
  const before = records(from);
  const after = records(to);
  const placeByCode = new Map(site.places.map((p) => [p.code, p]));
  const history = provinceHistoryLookup(site.provinceHistory);

  const moves: PlaceMove[] = [];
  const excluded: Record<Exclusion, number> = { inferred: 0, conflict: 0, notAwarded: 0, tierUnknown: 0 };
  let oneRoundOnly = 0;
  for (const code of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(code);
    const b = after.get(code);
    const place = placeByCode.get(code);
    if (a === undefined || b === undefined || place === undefined) {
      oneRoundOnly++;
      continue;
    }
    const p = statedPredikat(a);
    const q = statedPredikat(b);
    if (p === null || q === null) {
      excluded[exclusion(a, b)]++;
      continue;
    }
    const steps = predikatLevel(q) - predikatLevel(p);
    moves.push({
      place,
      from: p,
      to: q,
      steps,
      direction: steps > 0 ? "up" : steps < 0 ? "down" : "same",
      records: [a, b],
    });
  }

  const counts = zero();
  const byType: Record<PlaceType, Record<Direction, number>> = { kota: zero(), kabupaten: zero() };
  const byProvinceCode = new Map<string, Record<Direction, number>>();
  const provinceChanged: RoundMovement["provinceChanged"] = [];
  for (const m of moves) {
    counts[m.direction]++;
    byType[m.place.type][m.direction]++;
    const row = byProvinceCode.get(m.place.provinceCode) ?? zero();
    row[m.direction]++;
    byProvinceCode.set(m.place.provinceCode, row);
    const then = history.provinceOf(m.place.code, from);
    if (then !== undefined && then !== m.place.provinceCode)
      provinceChanged.push({ place: m.place, provinceCodeThen: then });
  }
  const byProvince = site.provinces
    .filter((p) => byProvinceCode.has(p.code))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((province) => ({ province, ...byProvinceCode.get(province.code)! }));
  const byName = (a: PlaceMove, b: PlaceMove) =>
    a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0;
  const fell = moves.filter((m) => m.steps < 0).sort((a, b) => a.steps - b.steps || byName(a, b));
  const roseTwoOrMore = moves.filter((m) => m.steps >= 2).sort((a, b) => b.steps - a.steps || byName(a, b));
  return { from, to, moves, counts, byType, excluded, oneRoundOnly, byProvince, provinceChanged, fell, roseTwoOrMore };
}

/** Source addresses listed with a finding; the others are counted in `moreSources`. */
const SOURCES_SHOWN = 24;

/** The finding for one pair of rounds, e.g. `movementFinding(2022, 2023)`. */
export function movementFinding(from: number, to: number): FindingFn {
  return (site: SiteData, lang: Lang): Finding => {
    // The pair is named by the issue; a round that was not held (or is missing) is a bug, not a finding of zero.
    for (const year of [from, to])
      if (!site.rounds.some((r) => r.year === year && r.held))
        throw new Error(`movementFinding: no round held in ${year}`);
    const m = roundMovement(site, from, to);
    const fmt = (n: number) => formatNumber(lang, n);
    const years = { from: String(from), to: String(to) };
    const n = m.moves.length;
    const item = (x: PlaceMove) => tfm(lang, "move.item", { place: x.place.name, from: x.from, to: x.to });

    const paragraphs = [
      tfm(lang, "move.counts", {
        ...years,
        n: fmt(n),
        up: fmt(m.counts.up),
        same: fmt(m.counts.same),
        down: fmt(m.counts.down),
      }),
      tfm(lang, "move.byType", {
        kotaUp: fmt(m.byType.kota.up),
        kotaSame: fmt(m.byType.kota.same),
        kotaDown: fmt(m.byType.kota.down),
        kabUp: fmt(m.byType.kabupaten.up),
        kabSame: fmt(m.byType.kabupaten.same),
        kabDown: fmt(m.byType.kabupaten.down),
      }),
      m.fell.length === 0
        ? tfm(lang, "move.fellNone")
        : tfm(lang, "move.fell", { n: fmt(m.fell.length), list: formatList(lang, m.fell.map(item)) }),
      m.roseTwoOrMore.length === 0
        ? tfm(lang, "move.roseNone")
        : tfm(lang, "move.rose", { n: fmt(m.roseTwoOrMore.length), list: formatList(lang, m.roseTwoOrMore.map(item)) }),
    ];
    const withFalls = m.byProvince.filter((p) => p.down > 0);
    const mostFalls = Math.max(0, ...withFalls.map((p) => p.down));
    if (withFalls.length > 0) {
      const names = withFalls.filter((p) => p.down === mostFalls).map((p) => p.province.name);
      paragraphs.push(
        tfm(lang, "move.provinces", {
          k: fmt(withFalls.length),
          provinces: formatList(lang, names),
          n: fmt(mostFalls),
        }),
      );
    }

    const provinceName = new Map(site.provinces.map((p) => [p.code, p.name]));
    const thenProvinces = [...new Set(m.provinceChanged.map((c) => c.provinceCodeThen))].sort();
    const caveats = [
      tfm(lang, "move.caveatRound"),
      tfm(lang, "move.caveatCoverage", { n: fmt(n), total: fmt(site.places.length) }),
      m.provinceChanged.length === 0
        ? tfm(lang, "move.caveatProvince")
        : tfm(lang, "move.caveatProvinceChanged", {
            n: fmt(m.provinceChanged.length),
            year: String(from),
            provinces: formatList(
              lang,
              thenProvinces.map((c) => provinceName.get(c) ?? c),
            ),
          }),
    ];

    const named = [...m.fell, ...m.roseTwoOrMore];
    const namedPlaces: NamedPlace[] = named.map((x) => ({
      placeCode: x.place.code,
      reason: tfm(lang, "move.reason", { from: x.from, fromYear: String(from), to: x.to, toYear: String(to) }),
    }));

    // Sources of the named places first (what the text names), then the rest of the population's, by place code.
    const sources: FindingSource[] = [];
    const seen = new Set<string>();
    for (const x of [...named, ...m.moves]) {
      for (const record of x.records) {
        for (const s of record.sources) {
          if (seen.has(s.url)) continue;
          seen.add(s.url);
          if (sources.length < SOURCES_SHOWN)
            sources.push({
              label: tfm(lang, "move.source", { place: x.place.name, year: String(record.year), host: hostOf(s.url) }),
              href: s.url,
            });
        }
      }
    }

    const rows: MovementRow[] = m.byProvince.map((p) => ({
      key: p.province.code,
      label: p.province.name,
      up: p.up,
      same: p.same,
      down: p.down,
      href: provincePath(lang, p.province),
    }));

    return {
      id: `temuan-pergerakan-${from}-${to}`,
      title: tfm(lang, "move.title", years),
      paragraphs,
      population: tfm(lang, "move.population", {
        ...years,
        n: fmt(n),
        inferred: fmt(m.excluded.inferred),
        conflict: fmt(m.excluded.conflict),
        notAwarded: fmt(m.excluded.notAwarded),
        tierUnknown: fmt(m.excluded.tierUnknown),
        oneRound: fmt(m.oneRoundOnly),
      }),
      caveats,
      chart: movementByProvince(rows, {
        lang,
        fromYear: from,
        toYear: to,
        idPrefix: `temuan-pergerakan-${from}-${to}`,
      }),
      // awards.csv carries every record behind the counts, as the other findings end their source lines.
      sources: [...sources, { label: "awards.csv", href: withBase("/data/awards.csv") }],
      moreSources: seen.size - sources.length,
      namedPlaces,
      figures: movementFigures(m, site.places.length, withFalls.length, mostFalls),
    };
  };
}

/** Every number the finding's text prints, by name, unformatted. */
function movementFigures(
  m: RoundMovement,
  totalPlaces: number,
  provincesWithFalls: number,
  mostFalls: number,
): Record<string, number> {
  // Names follow figures.ts: `year.*` a year, `n.*` a count (the kind decides how the text prints it).
  const figures: Record<string, number> = {
    "year.from": m.from,
    "year.to": m.to,
    "n.places": m.moves.length,
    "n.totalPlaces": totalPlaces,
    "n.oneRoundOnly": m.oneRoundOnly,
    "n.fell": m.fell.length,
    "n.roseTwoOrMore": m.roseTwoOrMore.length,
  };
  // Printed only when some place changed province between the rounds (the caveat is left out otherwise).
  if (m.provinceChanged.length > 0) figures["n.provinceChanged"] = m.provinceChanged.length;
  for (const d of DIRECTIONS) {
    figures[`n.${d}`] = m.counts[d];
    figures[`n.kota.${d}`] = m.byType.kota[d];
    figures[`n.kabupaten.${d}`] = m.byType.kabupaten[d];
  }
  for (const e of EXCLUSIONS) figures[`n.excluded.${e}`] = m.excluded[e];
  if (provincesWithFalls > 0) {
    figures["n.provincesWithFalls"] = provincesWithFalls;
    figures["n.mostFalls"] = mostFalls;
  }
  return figures;
}

/** The two pairs of rounds issue 16 asks about (2024 held no round). */
export const movement2022to2023: FindingFn = movementFinding(2022, 2023);
export const movement2023to2025: FindingFn = movementFinding(2023, 2025);
