/**
 * How a finding prints a number, and the book it keeps of them. Every figure a finding's text prints goes through
 * `FigureBook.put`, which records the unformatted value under a name (the `figures` a test re-reads) and returns it
 * formatted by `formatFigure`, the one rule for how each kind of figure reads. The test formats `figures` with the
 * same rule and finds each in the text, and fails on any digit in the text that no figure accounts for.
 *
 * The kind of a figure is the first segment of its name: `year.*` a year ("2025", never grouped as "2.025"),
 * `n.*` a count, `share.*` a percentage without decimals, `score.*` a KLA score as the site prints scores ("997",
 * "407,2"), anything else a value with one decimal.
 */
import { quantile } from "d3-array";
import { formatNumber } from "../../i18n/format.ts";
import { formatScore } from "../../i18n/profile-text.ts";
import type { Lang } from "../../i18n/index.ts";

export function formatFigure(lang: Lang, name: string, value: number): string {
  const kind = name.split(".")[0];
  if (kind === "year") return String(value);
  if (kind === "n") return formatNumber(lang, value, 0);
  if (kind === "share") return formatNumber(lang, value, 0);
  if (kind === "score") return formatScore(lang, value);
  return formatNumber(lang, value, 1);
}

export class FigureBook {
  readonly figures: Record<string, number> = {};
  private readonly lang: Lang;
  constructor(lang: Lang) {
    this.lang = lang;
  }

  /** Record `value` under `name` and return it as the text prints it. One name, one value. */
  put(name: string, value: number): string {
    const held = this.figures[name];
    if (held !== undefined && held !== value) throw new Error(`findings: figure ${name} is ${held} and ${value}`);
    this.figures[name] = value;
    return formatFigure(this.lang, name, value);
  }
}

export interface Spread {
  n: number;
  median: number;
  /** The middle half: first and third quartiles (d3-array's quantile, R-7 like R's default). */
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** n, median and spread of a non-empty list of values. */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error("spreadOf: no values");
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5)!,
    q1: quantile(sorted, 0.25)!,
    q3: quantile(sorted, 0.75)!,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** part of whole as a percentage, for `share.*` figures. */
export const percentOf = (part: number, whole: number): number => (whole === 0 ? 0 : (part / whole) * 100);
