/**
 * A problem found in an input file. Every message a contributor sees has the same shape,
 * `path:LINE: what is wrong, what was expected`, so editors and CI logs can jump to it.
 */
export interface Problem {
  path: string;
  /** 1-based physical line in the file; 0 when the problem concerns the file as a whole. */
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.path}:${p.line}: ${p.message}` : `${p.path}: ${p.message}`;
}

/** Thrown when input cannot be used; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.path < b.path
      ? -1
      : a.path > b.path
        ? 1
        : a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** Longest value echoed whole in a message; a longer one is cut so one huge cell cannot flood a terminal or log. */
const ECHO_MAX = 80;
const ECHO_KEEP = 60;

/**
 * A value as a message quotes it: JSON-quoted (control characters show as escapes such as \u0000, never raw), and
 * cut after 60 characters when longer than 80, saying how long it was: `"aaaa…" (100000 characters)`.
 */
export function quoteValue(value: string): string {
  if (value.length <= ECHO_MAX) return JSON.stringify(value);
  return `${JSON.stringify(`${head(value)}…`)} (${value.length} characters)`;
}

/** The same cut for text echoed without quotes (column names in a header): `aaaa… (100000 characters)`. */
export function clipText(value: string): string {
  return value.length <= ECHO_MAX ? value : `${head(value)}… (${value.length} characters)`;
}

/** The first 60 characters, never cutting a surrogate pair in half, so the kept part stays valid text. */
function head(value: string): string {
  const last = value.charCodeAt(ECHO_KEEP - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? ECHO_KEEP - 1 : ECHO_KEEP);
}
