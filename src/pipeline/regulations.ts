/**
 * Each kab/kota's regulation on KLA or child protection (the first KLA indicator, Kelembagaan): raw statements →
 * checked facts → one state per place → counts per province and for the country. Pure: the pipeline hands in its
 * name resolution and its way of rejecting a row, so problems read `path:LINE: what is wrong, what was expected`
 * and are counted in the file's row accounting.
 */
import {
  PLACE_REGULATION_STATES,
  type Place,
  type PlaceRegulationState,
  type PlaceRegulationSummary,
  type Province,
  type RegulationCoverage,
  type RegulationFact,
} from "./artefact.ts";
import type { RowOf } from "./raw-formats.ts";
import type { Located } from "./read-facts.ts";

export interface RegulationChecks {
  /** Resolve the row's place (rejecting the row when it does not resolve); null when rejected. */
  place(r: Located<{ year: number; name_as_published: string; province_as_published: string }>): string | null;
  reject(path: string, line: number, message: string): void;
  placeName(code: string): string;
  /** Year of the data release; a regulation or statement after it cannot have been read. Null: not checked. */
  releaseYear: number | null;
}

/** "05" and "5" are the same number as printed by two sources. */
const sameNumber = (n: string) => n.replace(/^0+(?=\d)/, "").toLowerCase();

function rowProblem(r: RowOf<"regulations">, releaseYear: number | null): string | null {
  if (releaseYear !== null && r.year > releaseYear)
    return `year ${r.year} is after the data release (${releaseYear}), expected ${releaseYear} or earlier`;
  if (r.status === "none" && (r.number !== "" || r.title !== ""))
    return `a "none" row says there is no regulation, expected number and title empty (put what the source says in note)`;
  if (r.status === "draft" && r.number !== "") return `a draft (Ranperda) has no number yet, expected number empty`;
  if (r.status === "enacted" && r.number === "" && r.title === "")
    return "an enacted regulation with neither number nor title, expected at least one of them as the source prints it";
  return null;
}

export function buildRegulations(
  rows: readonly Located<RowOf<"regulations">>[],
  checks: RegulationChecks,
): RegulationFact[] {
  const facts: RegulationFact[] = [];
  const seen = new Map<string, string>();
  for (const r of rows) {
    const problem = rowProblem(r.row, checks.releaseYear);
    if (problem !== null) {
      checks.reject(r.path, r.line, problem);
      continue;
    }
    const code = checks.place(r);
    if (code === null) continue;
    const { status, kind, number, year, title } = r.row;
    // A numbered regulation is one fact whoever prints it; an unnumbered statement is a duplicate only when the
    // same source says the same thing twice.
    const key =
      number !== ""
        ? `${code}|${kind}|${sameNumber(number)}|${year}`
        : `${code}|${status}|${kind}|${year}|${title}|${r.row.source_url.url}`;
    const at = `${r.path}:${r.line}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = number !== "" ? `${kind} ${number}/${year}` : `the ${status} statement for ${year} from this source`;
      checks.reject(
        r.path,
        r.line,
        `${checks.placeName(code)} (${code}) ${what} is already on ${earlier.startsWith(`${r.path}:`) ? `line ${earlier.slice(r.path.length + 1)}` : earlier}, expected each regulation once`,
      );
      continue;
    }
    seen.set(key, at);
    facts.push({
      placeCode: code,
      status,
      kind,
      topic: r.row.topic,
      number,
      year,
      title,
      sourceUrl: r.row.source_url.url,
      nameAsPublished: r.row.name_as_published,
      provinceAsPublished: r.row.province_as_published,
      note: [r.row.source_url.note, r.row.note].filter(Boolean).join(" "),
      rawRef: at,
      evidence: r.row.evidence,
      conflict: r.row.conflict,
    });
  }
  checkConflicts(facts, checks);
  return facts.sort(compareFacts);
}

/**
 * A regulation conflict is a claim about the sources, so it must hold: at least two enacted facts about one place,
 * kind and topic that really disagree on the number or the year. Anything else is a typo in the raw file.
 */
function checkConflicts(facts: readonly RegulationFact[], checks: RegulationChecks): void {
  const groups = new Map<string, RegulationFact[]>();
  for (const f of facts) if (f.conflict !== "") groups.set(f.conflict, [...(groups.get(f.conflict) ?? []), f]);
  for (const [id, fs] of groups) {
    const first = fs[0]!;
    const [path, line] = [
      first.rawRef.slice(0, first.rawRef.lastIndexOf(":")),
      Number(first.rawRef.slice(first.rawRef.lastIndexOf(":") + 1)),
    ];
    const same = fs.every(
      (f) =>
        f.placeCode === first.placeCode && f.kind === first.kind && f.topic === first.topic && f.status === "enacted",
    );
    const readings = new Set(fs.map((f) => `${sameNumber(f.number)}/${f.year}`));
    if (fs.length < 2 || !same)
      checks.reject(
        path,
        line,
        `conflict "${id}" needs two or more enacted rows about the same place, kind and topic, expected rows that describe one regulation`,
      );
    else if (readings.size < 2)
      checks.reject(
        path,
        line,
        `conflict "${id}": every row gives ${[...readings][0]}, expected rows that disagree on the number or year`,
      );
  }
}

export function compareFacts(a: RegulationFact, b: RegulationFact): number {
  const s = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    s(a.placeCode, b.placeCode) ||
    a.year - b.year ||
    s(a.kind, b.kind) ||
    s(a.number, b.number) ||
    s(a.status, b.status) ||
    s(a.sourceUrl, b.sourceUrl) ||
    s(a.rawRef, b.rawRef)
  );
}

const isPerda = (f: RegulationFact) => f.kind === "perda" || f.kind === "qanun";

/** The newest fact; in the same year an enactment outranks a "none" (it ends it) and a draft. */
function newest(facts: readonly RegulationFact[]): RegulationFact | null {
  const rank = (f: RegulationFact) => (f.status === "enacted" ? 2 : f.status === "draft" ? 1 : 0);
  return facts.reduce<RegulationFact | null>(
    (best, f) => (best === null || f.year > best.year || (f.year === best.year && rank(f) > rank(best)) ? f : best),
    null,
  );
}

/**
 * One place's state. On each topic the newest statement wins, so a later "none" outweighs an older Perda and a later
 * Perda ends a "none"; drafts alone leave the place unknown (a Ranperda is not a regulation, nor proof there is none).
 */
export function placeRegulationState(facts: readonly RegulationFact[]): {
  state: PlaceRegulationState;
  year: number | null;
} {
  const onTopic = (topic: RegulationFact["topic"]) =>
    newest(facts.filter((f) => f.topic === topic && ((f.status === "enacted" && isPerda(f)) || f.status === "none")));
  for (const [topic, state] of [
    ["kla", "perda-kla"],
    ["child-protection", "perda-child-protection"],
  ] as const) {
    const f = onTopic(topic);
    if (f?.status === "enacted") return { state, year: f.year };
  }
  const none = newest(facts.filter((f) => f.status === "none"));
  if (none) return { state: "none", year: none.year };
  const head = newest(facts.filter((f) => f.status === "enacted" && !isPerda(f)));
  if (head) return { state: "head-regulation", year: head.year };
  return { state: "unknown", year: null };
}

export function regulationStates(facts: readonly RegulationFact[]): PlaceRegulationSummary[] {
  const byPlace = new Map<string, RegulationFact[]>();
  for (const f of facts) byPlace.set(f.placeCode, [...(byPlace.get(f.placeCode) ?? []), f]);
  return [...byPlace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([placeCode, fs]) => ({ placeCode, ...placeRegulationState(fs) }));
}

/** Counts per state for the whole country ("ID") and each province, by today's boundaries; every place counted once. */
export function regulationCoverage(
  states: readonly PlaceRegulationSummary[],
  places: readonly Place[],
  provinces: readonly Province[],
): RegulationCoverage[] {
  const stateOf = new Map(states.map((s) => [s.placeCode, s.state]));
  const tally = (areaCode: string, inArea: readonly Place[]): RegulationCoverage => {
    const counts = Object.fromEntries(PLACE_REGULATION_STATES.map((s) => [s, 0])) as Record<
      PlaceRegulationState,
      number
    >;
    for (const p of inArea) counts[stateOf.get(p.code) ?? "unknown"]++;
    return { areaCode, places: inArea.length, counts };
  };
  const sortedProvinces = [...provinces].sort((a, b) => (a.code < b.code ? -1 : 1));
  return [
    tally("ID", places),
    ...sortedProvinces.map((p) =>
      tally(
        p.code,
        places.filter((x) => x.provinceCode === p.code),
      ),
    ),
  ];
}

/** A place "is known to have one" when a Perda/Qanun on KLA or on child protection is its current state. */
export const HAS_PERDA: readonly PlaceRegulationState[] = ["perda-kla", "perda-child-protection"];
