/**
 * Reads and checks the KLA method as data (data/method/*.csv + method-version.txt). Build-time only: the
 * browser receives the resulting `Method` as JSON. Every malformed cell becomes a Problem at its path:line so a
 * contributor correcting an assumption sees exactly what to fix; nothing is guessed or defaulted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { unsafeCellProblem } from "../core/cell-safety.ts";
import { decodeUtf8, parseCsvText, parseDecimal, type CsvTable } from "../core/csv-read.ts";
import { InputError, sortProblems, type Problem } from "../core/problems.ts";
import { PREDIKAT, REGULATION_KINDS, REGULATION_STATUSES, REGULATION_TOPICS } from "./artefact.ts";
import type { RegulationRule } from "../method/regulation-rules.ts";
import { VALUE_CAVEATS, type CaveatRule } from "../method/caveats.ts";
import {
  FIELD_STATUSES,
  type Method,
  type MethodCluster,
  type MethodIndicator,
  type PredikatBand,
  type SeriesLink,
} from "../method/score.ts";

export const METHOD_FILES = {
  clusters: "clusters.csv",
  indicators: "indicators.csv",
  bands: "bands.csv",
  series: "series.csv",
  caveats: "caveats.csv",
  regulationRules: "regulation-rules.csv",
  version: "method-version.txt",
} as const;
export type MethodFileKey = keyof typeof METHOD_FILES;
export type MethodTexts = Record<MethodFileKey, { path: string; text: string }>;

/** The total every method must add up to (official: scores are out of 1000). */
export const MAX_TOTAL = 1000;

// ---- cell schemas: each reports the bad value and what was expected ----

const text = (what: string) =>
  z.string().transform((s, ctx) => {
    if (s === "") ctx.addIssue({ code: "custom", message: `empty, expected ${what}` });
    return s;
  });

function oneOf<const T extends readonly string[]>(values: T) {
  return z.string().transform((s, ctx): T[number] => {
    if ((values as readonly string[]).includes(s)) return s as T[number];
    ctx.addIssue({ code: "custom", message: `"${s}" is not allowed, expected one of ${values.join(", ")}` });
    return z.NEVER;
  });
}

/** Empty means "not applicable" (e.g. no direction for a yes-no indicator). */
function optionalOneOf<const T extends readonly string[]>(values: T) {
  return z.string().transform((s, ctx): T[number] | null => {
    if (s === "" || (values as readonly string[]).includes(s)) return s === "" ? null : (s as T[number]);
    ctx.addIssue({ code: "custom", message: `"${s}" is not allowed, expected empty or one of ${values.join(", ")}` });
    return z.NEVER;
  });
}

const decimal = z.string().transform((s, ctx): number => {
  const n = parseDecimal(s);
  if (n !== null) return n;
  ctx.addIssue({ code: "custom", message: `"${s}" is not a number, expected a decimal such as 14 or 8.74` });
  return z.NEVER;
});

const optionalDecimal = z.string().transform((s, ctx): number | null => {
  const n = s === "" ? null : parseDecimal(s);
  if (s === "" || n !== null) return n;
  ctx.addIssue({ code: "custom", message: `"${s}" is not a number, expected empty or a decimal such as 14 or 8.74` });
  return z.NEVER;
});

const integer = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    const n = Number(s);
    if (/^\d+$/.test(s) && n >= min && n <= max) return n;
    ctx.addIssue({ code: "custom", message: `"${s}" is not allowed, expected a whole number ${min}–${max}` });
    return z.NEVER;
  });

const optionalText = z.string().transform((s) => (s === "" ? null : s));
const status = oneOf(FIELD_STATUSES);

const clusterRow = z.object({
  cluster_id: z.string().regex(/^(K|I|II|III|IV|V)$/, {
    error: (i) => `"${String(i.input)}" is not a cluster id, expected K, I, II, III, IV or V`,
  }),
  order: integer(0, 99),
  name_id: text("a name in Bahasa Indonesia"),
  name_en: text("a name in English"),
  status,
  source: text("a source URL"),
});

const indicatorRow = z.object({
  indicator_id: z.string().regex(/^KLA-(K|I|II|III|IV|V)-\d{2}$/, {
    error: (i) =>
      `"${String(i.input)}" is not an indicator id, expected KLA-<cluster>-<two-digit number> such as KLA-III-12`,
  }),
  number: integer(1, 99),
  cluster_id: text("a cluster id"),
  name_id: text("a name in Bahasa Indonesia"),
  name_en: text("a name in English"),
  identity_status: status,
  identity_source: text("a source"),
  kind: oneOf(["percent", "yes-no"] as const),
  direction: optionalOneOf(["higher", "lower"] as const),
  measure_status: status,
  measure_source: text("a source"),
  floor: optionalDecimal,
  floor_status: optionalOneOf(FIELD_STATUSES),
  floor_source: optionalText,
  target: optionalDecimal,
  target_status: optionalOneOf(FIELD_STATUSES),
  target_source: optionalText,
  max_points: decimal,
  points_status: status,
  points_source: text("a source"),
  note: z.string(),
});

const bandRow = z.object({
  predikat: oneOf(PREDIKAT),
  from_score: decimal,
  from_rule: oneOf(["at-least", "above"] as const),
  rule_status: status,
  published_band: text("the band as published, e.g. 601–700"),
  band_status: status,
  source: text("a source URL"),
  note: z.string(),
});

const seriesRow = z.object({
  series_id: z.string().regex(/^[a-z0-9_]+$/, {
    error: (i) => `"${String(i.input)}" is not a series id, expected lower-case letters, digits and _`,
  }),
  indicator_id: optionalText,
  sub_indicator: optionalText,
  relation: oneOf(["direct", "proxy", "context"] as const),
  inverted: oneOf(["yes", "no"] as const),
  priority: z.string().transform((s, ctx) => {
    if (s === "") return null;
    if (/^[1-9]$/.test(s)) return Number(s);
    ctx.addIssue({ code: "custom", message: `"${s}" is not allowed, expected empty or a priority 1–9` });
    return z.NEVER;
  }),
  status,
  note: text("a note saying what the series measures"),
});

const caveatRow = z.object({
  caveat: oneOf(VALUE_CAVEATS),
  scored: oneOf(["yes", "no"] as const),
  status,
  source: text("a source (URL or README section)"),
  note: text("why a value with this caveat is or is not scored"),
});

const regulationRuleRow = z.object({
  indicator_id: text("a yes-no indicator id such as KLA-K-01"),
  regulation_status: oneOf(REGULATION_STATUSES),
  kind: oneOf(REGULATION_KINDS),
  topic: oneOf(REGULATION_TOPICS),
  answer: oneOf(["yes", "no"] as const),
  delay_years: integer(0, 9),
  status,
  source: text("a source (URL or README section)"),
  note: text("why such a regulation answers the indicator so"),
});

type Located<T> = { line: number; row: T };

function readTable(file: { path: string; text: string }, schema: z.ZodObject, problems: Problem[]) {
  // The method tables are published byte for byte (dist/data/method/): the same cell rule as the raw facts.
  const parsed = parseCsvText(file.path, file.text, {
    requiredColumns: Object.keys(schema.shape),
    checkCell: unsafeCellProblem,
  });
  problems.push(...parsed.problems);
  return parsed.table;
}

function validRows<S extends z.ZodObject>(
  table: CsvTable | null,
  schema: S,
  problems: Problem[],
): Located<z.output<S>>[] {
  const out: Located<z.output<S>>[] = [];
  for (const r of table?.rows ?? []) {
    const result = schema.safeParse(r.values);
    if (result.success) out.push({ line: r.line, row: result.data });
    else
      for (const issue of result.error.issues)
        problems.push({
          path: table!.path,
          line: r.line,
          message: `${String(issue.path[0] ?? "row")}: ${issue.message}`,
        });
  }
  return out;
}

/** A method table's rows that parse and pass their schema; every other row becomes a problem at its line. */
function readRows<S extends z.ZodObject>(
  file: { path: string; text: string },
  schema: S,
  problems: Problem[],
): Located<z.output<S>>[] {
  return validRows(readTable(file, schema, problems), schema, problems);
}

const isUrlList = (s: string) => s.split(" | ").every((part) => /^https?:\/\/\S+$/.test(part));

/** Sourced claims must point at a page; an assumption may point at the README section that argues for it. */
function checkSource(
  path: string,
  line: number,
  column: string,
  st: string | null,
  source: string | null,
  problems: Problem[],
) {
  if (st !== null && st !== "assumed" && (source === null || !isUrlList(source))) {
    problems.push({
      path,
      line,
      message: `${column}: "${source ?? ""}" is not a URL, expected http(s) URL(s) separated by " | " for a ${st} field`,
    });
  }
}

function checkUnique<T>(path: string, rows: Located<T>[], key: (row: T) => string, what: string, problems: Problem[]) {
  const first = new Map<string, number>();
  for (const { line, row } of rows) {
    const k = key(row);
    const seen = first.get(k);
    if (seen !== undefined)
      problems.push({
        path,
        line,
        message: `${what} "${k}" appears again (first on line ${seen}), expected each once`,
      });
    else first.set(k, line);
  }
}

/** `complete` is false when some rows were already rejected: then totals and cross-file checks would only echo that. */
function buildIndicators(
  path: string,
  rows: Located<z.output<typeof indicatorRow>>[],
  complete: boolean,
  clusterIds: Set<string>,
  problems: Problem[],
): MethodIndicator[] {
  const bad = (line: number, message: string) => problems.push({ path, line, message });
  for (const { line, row: r } of rows) {
    if (!clusterIds.has(r.cluster_id))
      bad(line, `cluster_id: "${r.cluster_id}" is not in clusters.csv, expected one of ${[...clusterIds].join(", ")}`);
    const expectedId = `KLA-${r.cluster_id}-${String(r.number).padStart(2, "0")}`;
    if (r.indicator_id !== expectedId)
      bad(line, `indicator_id: "${r.indicator_id}" does not match its cluster and number, expected ${expectedId}`);
    const bounds = [r.direction, r.floor, r.floor_status, r.floor_source, r.target, r.target_status, r.target_source];
    if (r.kind === "yes-no" && bounds.some((v) => v !== null))
      bad(
        line,
        `direction/floor/target: filled for a yes-no indicator, expected them empty (yes = full points, no = none)`,
      );
    if (r.kind === "percent") {
      if (bounds.some((v) => v === null))
        bad(
          line,
          `direction/floor/target: missing for a percent indicator, expected direction, floor, target and their status and source`,
        );
      else if (r.floor! < 0 || r.floor! > 100 || r.target! < 0 || r.target! > 100)
        bad(line, `floor/target: ${r.floor}/${r.target}, expected percents 0–100`);
      else if (r.direction === "higher" ? !(r.target! > r.floor!) : !(r.target! < r.floor!)) {
        bad(
          line,
          `floor/target: floor ${r.floor}, target ${r.target} for direction "${r.direction}", expected the target ${r.direction === "higher" ? "above" : "below"} the floor`,
        );
      }
    }
    if (!(r.max_points > 0)) bad(line, `max_points: ${r.max_points}, expected a positive number`);
    checkSource(path, line, "identity_source", r.identity_status, r.identity_source, problems);
    checkSource(path, line, "measure_source", r.measure_status, r.measure_source, problems);
    checkSource(path, line, "floor_source", r.floor_status, r.floor_source, problems);
    checkSource(path, line, "target_source", r.target_status, r.target_source, problems);
    checkSource(path, line, "points_source", r.points_status, r.points_source, problems);
  }
  checkUnique(path, rows, (r) => r.indicator_id, "indicator_id", problems);
  checkUnique(path, rows, (r) => String(r.number), "number", problems);
  // Compare in hundredths: 16 × 41.67 + 8 × 41.66 is 1000 exactly on paper but not in binary floating point.
  const hundredths = rows.reduce((sum, { row }) => sum + Math.round(row.max_points * 100), 0);
  if (complete && hundredths !== MAX_TOTAL * 100)
    bad(0, `max_points add up to ${hundredths / 100}, expected ${MAX_TOTAL}`);
  return rows.map(({ row: r }) => ({
    id: r.indicator_id,
    number: r.number,
    clusterId: r.cluster_id,
    nameId: r.name_id,
    nameEn: r.name_en,
    identityStatus: r.identity_status,
    identitySource: r.identity_source,
    kind: r.kind,
    direction: r.direction,
    measureStatus: r.measure_status,
    measureSource: r.measure_source,
    floor: r.floor,
    floorStatus: r.floor_status,
    floorSource: r.floor_source,
    target: r.target,
    targetStatus: r.target_status,
    targetSource: r.target_source,
    maxPoints: r.max_points,
    pointsStatus: r.points_status,
    pointsSource: r.points_source,
    note: r.note,
  }));
}

function buildBands(path: string, rows: Located<z.output<typeof bandRow>>[], problems: Problem[]): PredikatBand[] {
  rows.forEach(({ line, row }, i) => {
    if (row.predikat !== PREDIKAT[i])
      problems.push({
        path,
        line,
        message: `predikat: "${row.predikat}" in row ${i + 1}, expected the bands in order ${PREDIKAT.join(", ")}`,
      });
    const previous = rows[i - 1];
    if (previous && !(row.from_score > previous.row.from_score))
      problems.push({
        path,
        line,
        message: `from_score: ${row.from_score}, expected more than the band before (${previous.row.from_score})`,
      });
    if (row.from_score < 0 || row.from_score >= MAX_TOTAL)
      problems.push({ path, line, message: `from_score: ${row.from_score}, expected 0–${MAX_TOTAL}` });
    checkSource(path, line, "source", row.band_status, row.source, problems);
  });
  if (rows.length !== PREDIKAT.length && problems.every((p) => p.path !== path))
    problems.push({
      path,
      line: 0,
      message: `${rows.length} bands, expected ${PREDIKAT.length} (${PREDIKAT.join(", ")})`,
    });
  return rows.map(({ row: r }) => ({
    predikat: r.predikat,
    fromScore: r.from_score,
    fromRule: r.from_rule,
    ruleStatus: r.rule_status,
    publishedBand: r.published_band,
    bandStatus: r.band_status,
    source: r.source,
    note: r.note,
  }));
}

function buildSeries(
  path: string,
  rows: Located<z.output<typeof seriesRow>>[],
  indicators: MethodIndicator[] | null,
  problems: Problem[],
): SeriesLink[] {
  const byId = new Map((indicators ?? []).map((i) => [i.id, i]));
  for (const { line, row: r } of rows) {
    const bad = (message: string) => problems.push({ path, line, message });
    if (r.relation === "context") {
      if (r.indicator_id !== null || r.priority !== null)
        bad(`indicator_id/priority: filled for a context series, expected both empty`);
      continue;
    }
    const ind = r.indicator_id === null ? undefined : byId.get(r.indicator_id);
    if (indicators === null && r.indicator_id !== null) continue; // indicators.csv is broken; its problems say why
    if (!ind)
      bad(
        `indicator_id: "${r.indicator_id ?? ""}" is not in indicators.csv, expected an indicator id for a ${r.relation} series`,
      );
    else if (ind.kind !== "percent")
      bad(`indicator_id: ${ind.id} is yes-no, expected a percent indicator for a percent series`);
    if (r.priority === null) bad(`priority: empty, expected 1–9 for a ${r.relation} series`);
  }
  checkUnique(path, rows, (r) => r.series_id, "series_id", problems);
  return rows.map(({ row: r }) => ({
    seriesId: r.series_id,
    indicatorId: r.indicator_id,
    subIndicator: r.sub_indicator,
    relation: r.relation,
    inverted: r.inverted === "yes",
    priority: r.priority,
    status: r.status,
    note: r.note,
  }));
}

/** One rule per caveat, none missing: a caveat without a rule would leave "is it scored?" to code. */
function buildCaveats(path: string, rows: Located<z.output<typeof caveatRow>>[], problems: Problem[]): CaveatRule[] {
  for (const { line, row } of rows) checkSource(path, line, "source", row.status, row.source, problems);
  checkUnique(path, rows, (r) => r.caveat, "caveat", problems);
  const missing = VALUE_CAVEATS.filter((c) => !rows.some((r) => r.row.caveat === c));
  if (missing.length > 0 && problems.every((p) => p.path !== path))
    problems.push({
      path,
      line: 0,
      message: `no rule for caveat(s) ${missing.join(", ")}, expected one row for each of ${VALUE_CAVEATS.join(", ")}`,
    });
  return rows.map(({ row: r }) => ({ caveat: r.caveat, scored: r.scored === "yes", status: r.status, note: r.note }));
}

/** Each rule names a yes-no indicator; one rule per indicator, status, kind and topic (two would contradict or repeat). */
function buildRegulationRules(
  path: string,
  rows: Located<z.output<typeof regulationRuleRow>>[],
  indicators: MethodIndicator[] | null,
  problems: Problem[],
): RegulationRule[] {
  const byId = new Map((indicators ?? []).map((i) => [i.id, i]));
  for (const { line, row: r } of rows) {
    checkSource(path, line, "source", r.status, r.source, problems);
    const ind = byId.get(r.indicator_id);
    if (indicators !== null && ind?.kind !== "yes-no")
      problems.push({
        path,
        line,
        message: `indicator_id: "${r.indicator_id}" is ${ind ? "a percent indicator" : "not in indicators.csv"}, expected a yes-no indicator`,
      });
    if (r.regulation_status === "draft")
      problems.push({
        path,
        line,
        message: `regulation_status: draft, expected enacted or none (a Ranperda answers nothing: leave it out and it stays unknown)`,
      });
  }
  checkUnique(path, rows, (r) => `${r.indicator_id} ${r.regulation_status} ${r.kind} ${r.topic}`, "rule", problems);
  return rows.map(({ row: r }) => ({
    indicatorId: r.indicator_id,
    regulationStatus: r.regulation_status,
    kind: r.kind,
    topic: r.topic,
    answer: r.answer === "yes",
    delayYears: r.delay_years,
    status: r.status,
    note: r.note,
  }));
}

/** Check the method files given as text; the method is null whenever there is any problem. */
export function parseMethod(files: MethodTexts): { method: Method | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const version = files.version.text.replace(/^\uFEFF/, "").trim();
  if (!/^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(version))
    problems.push({
      path: files.version.path,
      line: 1,
      message: `"${version}" is not a version, expected one line such as 1.0.0`,
    });
  const clusterRows = readRows(files.clusters, clusterRow, problems);
  checkUnique(files.clusters.path, clusterRows, (r) => r.cluster_id, "cluster_id", problems);
  for (const { line, row } of clusterRows)
    checkSource(files.clusters.path, line, "source", row.status, row.source, problems);
  const clusters: MethodCluster[] = clusterRows.map(({ row: r }) => ({
    id: r.cluster_id,
    order: r.order,
    nameId: r.name_id,
    nameEn: r.name_en,
    status: r.status,
    source: r.source,
  }));
  const clusterIds = new Set(clusters.map((c) => c.id));
  const problemsBefore = problems.length;
  const indicatorRows = readRows(files.indicators, indicatorRow, problems);
  const indicatorsComplete = problems.length === problemsBefore && indicatorRows.length > 0;
  const indicators = buildIndicators(files.indicators.path, indicatorRows, indicatorsComplete, clusterIds, problems);
  for (const c of clusters)
    if (!indicators.some((i) => i.clusterId === c.id))
      problems.push({
        path: files.clusters.path,
        line: clusterRows.find((r) => r.row.cluster_id === c.id)!.line,
        message: `cluster ${c.id} has no indicator, expected at least one in indicators.csv`,
      });
  const bands = buildBands(files.bands.path, readRows(files.bands, bandRow, problems), problems);
  const series = buildSeries(
    files.series.path,
    readRows(files.series, seriesRow, problems),
    indicatorsComplete ? indicators : null,
    problems,
  );
  const caveats = buildCaveats(files.caveats.path, readRows(files.caveats, caveatRow, problems), problems);
  const regulationRules = buildRegulationRules(
    files.regulationRules.path,
    readRows(files.regulationRules, regulationRuleRow, problems),
    indicatorsComplete ? indicators : null,
    problems,
  );
  if (problems.length > 0) return { method: null, problems: sortProblems(problems) };
  return {
    method: { version, maxTotal: MAX_TOTAL, clusters, indicators, bands, series, caveats, regulationRules },
    problems: [],
  };
}

/** Read data/method (or another directory) from disk; throws InputError listing every problem. */
export function loadMethod(dir = "data/method"): Method {
  const problems: Problem[] = [];
  const files = {} as MethodTexts;
  for (const [key, name] of Object.entries(METHOD_FILES) as [MethodFileKey, string][]) {
    const path = join(dir, name);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      problems.push({
        path,
        line: 0,
        message: `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"}), expected the method file ${name}`,
      });
      continue;
    }
    const decoded = decodeUtf8(path, bytes);
    problems.push(...decoded.problems);
    files[key] = { path, text: decoded.text ?? "" };
  }
  if (problems.length > 0) throw new InputError(problems);
  const { method, problems: found } = parseMethod(files);
  if (method === null) throw new InputError(found);
  return method;
}
