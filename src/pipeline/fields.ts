/**
 * Cell parsers shared by every raw format. Each turns a trimmed string cell into a typed value or a message that
 * says what was wrong and what was expected, so errors read `path:LINE: column "value": "abc" is not a number, …`.
 */
import { z } from "zod";
import { parseDecimal } from "../core/csv-read.ts";
import { quoteValue as quote } from "../core/problems.ts";
import { PREDIKAT, type Predikat } from "./artefact.ts";

export const yearCell = z.string().transform((s, ctx) => {
  if (!/^\d{4}$/.test(s)) {
    ctx.addIssue({ code: "custom", message: `${quote(s)} is not a year, expected four digits like 2023` });
    return z.NEVER;
  }
  return Number(s);
});

export const textCell = (what: string) => z.string().refine((s) => s !== "", { message: `empty, expected ${what}` });

export const optionalTextCell = z
  .string()
  .optional()
  .transform((s) => s ?? "");

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}

/**
 * A source URL, optionally followed by a note in parentheses, as some compiled rows carry:
 * `https://radarsemarang.com/ (Wonosobo article; exact URL not returned by search)`. The note is kept, never
 * dropped; a URL with no path (a site's front page) is accepted but marked, because it does not by itself
 * state the fact (see `homepageOnly`).
 */
export interface SourceRef {
  url: string;
  note: string;
  homepageOnly: boolean;
}

export function parseSourceRef(s: string): SourceRef | string {
  if (s === "") return "empty, expected the http(s) URL of the source that states this fact";
  const m = /^(\S+)(?:\s+\((.*)\))?$/.exec(s);
  const url = m?.[1] ?? s;
  if (!m || !isHttpUrl(url))
    return `${quote(s)} is not an http(s) URL, expected e.g. https://… (optionally followed by a note in parentheses)`;
  const path = new URL(url).pathname + new URL(url).search;
  return { url, note: m[2]?.trim() ?? "", homepageOnly: path === "/" || path === "" };
}

export const urlCell = z.string().transform((s, ctx): SourceRef => {
  const ref = parseSourceRef(s);
  if (typeof ref === "string") {
    ctx.addIssue({ code: "custom", message: ref });
    return z.NEVER;
  }
  return ref;
});

/** Several sources in one cell, separated by " | " (as reported-scores.csv does). */
export const urlListCell = z.string().transform((s, ctx) => {
  const urls = s
    .split("|")
    .map((u) => u.trim())
    .filter((u) => u !== "");
  if (urls.length === 0) {
    ctx.addIssue({ code: "custom", message: "empty, expected one or more http(s) source URLs separated by |" });
    return z.NEVER;
  }
  const bad = urls.find((u) => !isHttpUrl(u));
  if (bad !== undefined) {
    ctx.addIssue({ code: "custom", message: `${quote(bad)} is not an http(s) URL, expected e.g. https://…` });
    return z.NEVER;
  }
  return urls;
});

const predikatByLower = new Map(PREDIKAT.map((p) => [p.toLowerCase(), p]));

export const predikatCell = z.string().transform((s, ctx): Predikat => {
  const p = predikatByLower.get(s.toLowerCase());
  if (p === undefined) {
    ctx.addIssue({ code: "custom", message: `${quote(s)} is not a predikat, expected one of ${PREDIKAT.join(", ")}` });
    return z.NEVER;
  }
  return p;
});

export const optionalPredikatCell = z.string().transform((s, ctx): Predikat | null => {
  if (s === "") return null;
  const p = predikatByLower.get(s.toLowerCase());
  if (p === undefined) {
    ctx.addIssue({
      code: "custom",
      message: `${quote(s)} is not a predikat, expected one of ${PREDIKAT.join(", ")} or empty`,
    });
    return z.NEVER;
  }
  return p;
});

export const numberCell = z.string().transform((s, ctx) => {
  const n = parseDecimal(s);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: `${quote(s)} is not a number, expected a decimal like 21,6 or 21.6` });
    return z.NEVER;
  }
  return n;
});

export const percentCell = numberCell.transform((n, ctx) => {
  if (n < 0 || n > 100) {
    ctx.addIssue({ code: "custom", message: `${n} is outside 0–100, expected a percentage` });
    return z.NEVER;
  }
  return n;
});

export const yesNoCell = z.string().transform((s, ctx) => {
  const v = s.toLowerCase();
  if (["yes", "ya", "y", "1", "true"].includes(v)) return true;
  if (["no", "tidak", "n", "0", "false", ""].includes(v)) return false;
  ctx.addIssue({ code: "custom", message: `${quote(s)} is neither yes nor no, expected yes/no (ya/tidak)` });
  return z.NEVER;
});

export const oneOfCell = <T extends string>(values: readonly T[]) =>
  z.string().transform((s, ctx): T => {
    const v = values.find((x) => x === s.toLowerCase());
    if (v === undefined) {
      ctx.addIssue({ code: "custom", message: `${quote(s)} is not allowed, expected one of ${values.join(", ")}` });
      return z.NEVER;
    }
    return v;
  });

/**
 * A count as the ministry prints it: `121`, empty (not published), or a printed qualifier such as
 * `>=4` or `464 (kab/kota entering …)`. The number is kept; the qualifier is kept as text, never dropped.
 */
export const countCell = z.string().transform((s, ctx): { value: number | null; qualifier: string } => {
  if (s === "") return { value: null, qualifier: "" };
  const exact = /^(\d+)$/.exec(s);
  if (exact) return { value: Number(exact[1]), qualifier: "" };
  const atLeast = /^>=\s*(\d+)$/.exec(s);
  if (atLeast) return { value: null, qualifier: `at least ${atLeast[1]}` };
  const withNote = /^(\d+)\s*\((.+)\)$/.exec(s);
  if (withNote) return { value: Number(withNote[1]), qualifier: withNote[2]!.trim() };
  ctx.addIssue({
    code: "custom",
    message: `${quote(s)} is not a count, expected a whole number, empty, ">=N" or "N (note)"`,
  });
  return z.NEVER;
});
