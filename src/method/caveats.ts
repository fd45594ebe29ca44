/**
 * Caveats a published value can carry, and the method's rule (data/method/caveats.csv) on whether a value with
 * that caveat is scored. The pipeline says which caveats a value has (it knows the sources); the method says what
 * they mean for scoring, as data, so changing "a value with RSE > 25 % is not scored" is a one-cell edit with its
 * reason beside it, never a constant in code. Browser-safe: the method (rules included) ships as JSON.
 */

/**
 * - `conflict`: another source gives a different value for the same series, year and area;
 * - `doubtful`: the compiler marked the row DOUBTFUL (its origin is unknown, e.g. SSGI 2024 in Papua Tengah);
 * - `rse-over-25`, `n-under-50`: the survey's own flags (SKI 2023 prints "RSE>25%" and "N<50");
 * - `small-sample`: a kab/kota estimate of exactly 0 or 100 % with no published error (BPS births outside facilities).
 */
export const VALUE_CAVEATS = ["conflict", "doubtful", "rse-over-25", "n-under-50", "small-sample"] as const;
export type ValueCaveat = (typeof VALUE_CAVEATS)[number];

export interface CaveatRule {
  caveat: ValueCaveat;
  /** True: a value with this caveat is still scored (and shown with it); false: shown, never scored. */
  scored: boolean;
  status: "official" | "unverified" | "sourced" | "assumed";
  note: string;
}

/**
 * Is a value with these caveats scored? Every caveat must allow it. A caveat without a rule is not scored: the
 * loader requires a rule for each caveat, so this only matters for a method built by hand (tests).
 */
export function scoredDespite(caveats: readonly ValueCaveat[], rules: readonly CaveatRule[]): boolean {
  return caveats.every((c) => rules.find((r) => r.caveat === c)?.scored === true);
}
