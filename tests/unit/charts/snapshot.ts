/**
 * SVG snapshots in the manner of Observable Plot's own tests: the expected file lives next to the tests
 * (__snapshots__/<name>.svg, committed). On a mismatch the actual output is written to <name>-changed.svg
 * (git-ignored) for a side-by-side look, and the test fails. A missing snapshot is written and passes locally,
 * but fails under CI, so an uncommitted snapshot cannot pass silently.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

const DIR = join(process.cwd(), "tests/unit/charts/__snapshots__");

export function expectSvgSnapshot(name: string, svg: string): void {
  mkdirSync(DIR, { recursive: true });
  const expectedPath = join(DIR, `${name}.svg`);
  const changedPath = join(DIR, `${name}-changed.svg`);
  // Pretty-printing one element per line keeps diffs of the committed files readable.
  const actual = `${svg.replace(/></g, ">\n<")}\n`;
  if (!existsSync(expectedPath)) {
    if (process.env.CI) throw new Error(`missing snapshot ${expectedPath}; run the tests locally and commit it`);
    writeFileSync(expectedPath, actual);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (actual === expected) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(`${name}.svg differs from its snapshot; see ${changedPath} (delete ${name}.svg to accept the change)`);
}
