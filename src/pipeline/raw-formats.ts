/**
 * The raw file formats this project reads, recognised by their header row (column order and extra
 * whitespace do not matter). A contributor's file anywhere on disk is checked against the same definitions
 * the build uses, so `npm run validate` and `npm run build` can never disagree.
 */
import { z } from "zod";
import {
  countCell,
  numberCell,
  oneOfCell,
  optionalPredikatCell,
  optionalTextCell,
  percentCell,
  predikatCell,
  textCell,
  urlCell,
  urlListCell,
  yearCell,
  yesNoCell,
} from "./fields.ts";
import { quoteValue } from "../core/problems.ts";
import { REGULATION_KINDS, REGULATION_STATUSES, REGULATION_TOPICS } from "./artefact.ts";

const awardRow = z.object({
  year: yearCell,
  predikat: predikatCell,
  name_as_published: textCell("the kab/kota name as the source prints it"),
  province_as_published: textCell("the province name as the source prints it"),
  source_url: urlCell,
  inferred: yesNoCell.optional().transform((v) => v ?? false),
  note: optionalTextCell,
});

const awardStatusRow = z.object({
  year: yearCell,
  status: oneOfCell(["not-awarded", "awarded"] as const),
  name_as_published: textCell("the kab/kota name as the source prints it"),
  province_as_published: textCell("the province name as the source prints it"),
  source_url: urlCell,
  // Inference is a property of the reading, not of the file: a deduction by exclusion ("only these three are not
  // KLA", read as "the others were awarded") is marked here, row by row, as awards and province rounds are.
  inferred: yesNoCell.optional().transform((v) => v ?? false),
  note: optionalTextCell,
});

const provinceRoundRow = z.object({
  year: yearCell,
  province_as_published: textCell("the province name"),
  scope: oneOfCell(["complete-list", "all-awarded"] as const),
  awarded_count: z.string().transform((s, ctx) => {
    if (s === "") return null;
    if (!/^\d+$/.test(s)) {
      ctx.addIssue({ code: "custom", message: `${quoteValue(s)} is not a count, expected a whole number or empty` });
      return z.NEVER;
    }
    return Number(s);
  }),
  inferred: yesNoCell,
  source_url: urlCell,
  note: optionalTextCell,
});

const inferredAwardRow = z.object({
  year: yearCell,
  name_as_published: textCell("the kab/kota name"),
  province_as_published: textCell("the province name"),
  basis: textCell("why the row is an inference (what the source actually says)"),
});

const roundRow = z.object({
  year: yearCell,
  held: yesNoCell,
  date: z
    .string()
    .refine((s) => s === "" || /^\d{4}-\d{2}-\d{2}$/.test(s), { message: "expected a date as YYYY-MM-DD or empty" }),
  venue: optionalTextCell,
  indicator_set: oneOfCell(["24", "31"] as const).transform(Number),
  source_url: urlCell,
  note: optionalTextCell,
});

const awardCountRow = z.object({
  year: yearCell,
  pratama: countCell,
  madya: countCell,
  nindya: countCell,
  utama: countCell,
  kla: countCell,
  total_awarded: countCell,
  inisiasi: countCell,
  provila_count: countCell,
  source_url: urlCell,
  notes: optionalTextCell,
});

const provilaRow = z.object({
  year: yearCell,
  province: textCell("the province name"),
  source_url: urlCell,
});

const reportedScoreRow = z.object({
  year: yearCell,
  name_as_published: textCell("the kab/kota name"),
  province_as_published: textCell("the province name"),
  score: numberCell.refine((n) => n >= 0 && n <= 1000, { message: "expected a total score between 0 and 1000" }),
  stage: oneOfCell(["self-assessment", "verified", "final", "unclear"] as const),
  predikat: optionalPredikatCell,
  source_url: urlListCell,
});

const provinceIndicatorRow = z.object({
  indicator_id: z
    .string()
    .regex(/^[a-z0-9_]+$/, { message: "expected a series id in lower_snake_case, e.g. stunting_balita" }),
  indicator_name_id: textCell("the indicator name in Indonesian"),
  unit: oneOfCell(["percent"] as const),
  year: yearCell,
  area_level: oneOfCell(["national", "province"] as const),
  area_name_as_published: textCell("the area name as the source prints it"),
  value: percentCell,
  source_title: textCell("the source's title"),
  source_url: urlCell,
});

const stuntingKabkotaRow = z.object({
  year: yearCell,
  survey: textCell("the survey name, e.g. SSGI or SKI"),
  province_as_published: textCell("the province name"),
  area_name_as_published: textCell("the kab/kota name as the source prints it"),
  value_percent: percentCell,
  source_url: urlCell,
});

const seriesIdCell = z
  .string()
  .regex(/^[a-z0-9_]+$/, { message: "expected a series id in lower_snake_case, e.g. stunting_balita" });
const sourceIdCell = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  message: "expected a source id in lower-case-with-hyphens that joins kabkota_sources.csv, e.g. ssgi-2024-kabkota",
});

/** A whole number, or empty when the source gives none (children weighed in SKI 2023). */
const optionalCountCell = z
  .string()
  .optional()
  .transform((s = "", ctx): number | null => {
    if (s === "") return null;
    if (/^\d+$/.test(s)) return Number(s);
    ctx.addIssue({ code: "custom", message: `${quoteValue(s)} is not a count, expected a whole number or empty` });
    return z.NEVER;
  });

/** A percent, or empty (a bound of a confidence interval the source does not give). */
const optionalPercentCell = z
  .string()
  .optional()
  .transform((s = "", ctx): number | null => {
    if (s === "") return null;
    const r = percentCell.safeParse(s);
    if (r.success) return r.data;
    ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? `${quoteValue(s)} is not a percent` });
    return z.NEVER;
  });

/**
 * A full kab/kota table (BPS Susenas, Kemenkes SSGI) as read from a public copy, one row per series, year and place.
 * `code_as_published` is kept for reference only: the copies number Papua differently, so it never joins anything.
 * `note` carries the compiler's caveat as written ("DOUBTFUL: …").
 */
const kabkotaIndicatorRow = z.object({
  series_id: seriesIdCell,
  year: yearCell,
  province_as_published: textCell("the province name as the source prints it"),
  area_name_as_published: textCell("the kab/kota name as the source prints it (a bare name is a kabupaten)"),
  code_as_published: optionalTextCell,
  value: percentCell,
  source_id: sourceIdCell,
  note: optionalTextCell,
});

/** SKI 2023 by kab/kota and province: the value with its 95 % confidence interval, children weighed and the source's flags. */
const kabkotaSkiRow = z.object({
  series_id: seriesIdCell,
  year: yearCell,
  survey: textCell("the survey name, e.g. SKI"),
  area_level: oneOfCell(["kabkota", "province"] as const),
  province_as_published: textCell("the province name as the source prints it"),
  area_name_as_published: textCell("the area name as the source prints it"),
  value: percentCell,
  ci_lower: optionalPercentCell,
  ci_upper: optionalPercentCell,
  n_weighed: optionalCountCell,
  note: optionalTextCell,
  source_id: sourceIdCell,
});

/** What a `source_id` of the kab/kota tables stands for: the primary (official) source and the public copy it was read from. */
const kabkotaSourceRow = z.object({
  source_id: sourceIdCell,
  series_id: z.string().transform((s, ctx): string[] => {
    const ids = s.split(";").map((x) => x.trim());
    if (s !== "" && ids.every((x) => /^[a-z0-9_]+$/.test(x))) return ids;
    ctx.addIssue({
      code: "custom",
      message: `${quoteValue(s)} is not a series list, expected series ids separated by "; "`,
    });
    return z.NEVER;
  }),
  unit: textCell("the unit in words, e.g. percent of households"),
  primary_source: textCell("the official source: publisher, survey and table title"),
  primary_url: z
    .string()
    .optional()
    .transform((s = "", ctx): string => {
      if (s === "") return "";
      const r = urlCell.safeParse(s);
      if (r.success) return r.data.url;
      ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "not a URL" });
      return z.NEVER;
    }),
  carrier_url: urlCell,
  code_scheme: optionalTextCell,
  caveat: optionalTextCell,
});

/**
 * A source's statement about a kab/kota's regulation on KLA or child protection (the first KLA indicator): that it
 * exists (enacted), is being drafted, or does not exist. The number is kept as printed ("01", "05"); checks that
 * need more than one cell (a "none" row with a number, the same regulation twice) are in src/pipeline/regulations.ts.
 */
const regulationRow = z.object({
  name_as_published: textCell("the kab/kota name as the source prints it"),
  province_as_published: textCell("the province name as the source prints it"),
  status: oneOfCell(REGULATION_STATUSES),
  kind: oneOfCell(REGULATION_KINDS),
  topic: oneOfCell(REGULATION_TOPICS),
  number: z.string().transform((s, ctx) => {
    if (s === "" || /^[0-9A-Za-z][0-9A-Za-z./-]*$/.test(s)) return s;
    ctx.addIssue({
      code: "custom",
      message: `${quoteValue(s)} is not a regulation number, expected the number as printed (e.g. 4 or 05) or empty`,
    });
    return z.NEVER;
  }),
  year: yearCell,
  title: optionalTextCell,
  source_url: urlCell,
  note: optionalTextCell,
  // "listed": the regulation is known only from its title in another document's list of related documents — weaker
  // evidence than the regulation's own text or a statement about it; empty: the source is about the regulation itself.
  evidence: oneOfCell(["", "listed"] as const)
    .optional()
    .transform((v) => v ?? ""),
  // Rows whose sources describe one regulation but disagree on its number or year share an id here (e.g.
  // "makassar-perda-kla"): kept side by side as a conflict, as award conflicts are, never settled silently.
  conflict: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === "" || /^[a-z0-9-]+$/.test(s)) return s ?? "";
      ctx.addIssue({
        code: "custom",
        message: `${quoteValue(s)} is not a conflict id, expected lower-case letters, digits and hyphens (e.g. makassar-perda-kla) or empty`,
      });
      return z.NEVER;
    }),
});

export interface RawFormat<S extends z.ZodType = z.ZodType> {
  id: string;
  describe: string;
  required: readonly string[];
  optional: readonly string[];
  row: S;
}

function format<S extends z.ZodObject>(
  id: string,
  describe: string,
  row: S,
  optional: readonly string[] = [],
): RawFormat<S> {
  const required = Object.keys(row.shape).filter((k) => !optional.includes(k));
  return { id, describe, required, optional, row };
}

export const FORMATS = {
  awards: format("awards", "predikat per place and round as published", awardRow, ["inferred", "note"]),
  awardStatus: format("award-status", "a place awarded without a stated tier, or not awarded", awardStatusRow, [
    "inferred",
    "note",
  ]),
  provinceRounds: format("province-rounds", "what a source says about a whole province in a round", provinceRoundRow, [
    "note",
  ]),
  inferredAwards: format("inferred-awards", "award rows that rest on an inference", inferredAwardRow),
  rounds: format("rounds", "award rounds held or not", roundRow, ["venue", "note"]),
  awardCounts: format("award-counts", "announced national counts per round", awardCountRow, ["notes"]),
  provila: format("provila", "Provinsi Layak Anak per year", provilaRow),
  reportedScores: format("reported-scores", "total scores reported for a place and round", reportedScoreRow),
  provinceIndicators: format("province-indicators", "national and province indicator values", provinceIndicatorRow),
  stuntingKabkota: format("stunting-kabkota", "stunting prevalence per kab/kota", stuntingKabkotaRow),
  kabkotaIndicators: format(
    "kabkota-indicators",
    "full kab/kota tables (BPS Susenas, Kemenkes SSGI) read from a public copy",
    kabkotaIndicatorRow,
    ["code_as_published", "note"],
  ),
  kabkotaSki: format(
    "kabkota-ski",
    "SKI 2023 nutrition by kab/kota and province, with confidence interval and flags",
    kabkotaSkiRow,
    ["ci_lower", "ci_upper", "n_weighed", "note"],
  ),
  kabkotaSources: format(
    "kabkota-sources",
    "the primary source and public copy behind each source_id of the kab/kota tables",
    kabkotaSourceRow,
    ["primary_url", "code_scheme", "caveat"],
  ),
  regulations: format(
    "regulations",
    "a kab/kota's regulation (Perda, Qanun, Perbup, Perwal) on KLA or child protection, or a source saying there is none",
    regulationRow,
    ["note", "evidence", "conflict"],
  ),
} as const;

export type FormatId = keyof typeof FORMATS;
export type RowOf<F extends FormatId> = z.output<(typeof FORMATS)[F]["row"]>;

/** The format whose required columns are all present and which has no column it does not know. */
export function detectFormat(header: readonly string[]): FormatId | null {
  const cols = new Set(header);
  for (const [key, f] of Object.entries(FORMATS) as [FormatId, RawFormat][]) {
    const known = new Set([...f.required, ...f.optional]);
    if (f.required.every((c) => cols.has(c)) && header.every((c) => known.has(c))) return key;
  }
  return null;
}

/** For an unrecognised header: the format it is closest to, to say which columns are missing. */
export function closestFormat(header: readonly string[]): { id: FormatId; missing: string[]; unknown: string[] } {
  const cols = new Set(header);
  let best: { id: FormatId; missing: string[]; unknown: string[]; score: number } | null = null;
  for (const [key, f] of Object.entries(FORMATS) as [FormatId, RawFormat][]) {
    const known = new Set([...f.required, ...f.optional]);
    const missing = f.required.filter((c) => !cols.has(c));
    const unknown = header.filter((c) => !known.has(c));
    const score = f.required.length - missing.length - unknown.length;
    if (best === null || score > best.score) best = { id: key, missing, unknown, score };
  }
  const { id, missing, unknown } = best!;
  return { id, missing, unknown };
}
