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
