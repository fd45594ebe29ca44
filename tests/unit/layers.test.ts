/**
 * The layer rules of .dependency-cruiser.cjs bite: a small fixture tree (tests/fixtures/layers/src) breaks each rule
 * once, and the cruise must report exactly those imports — no more (the allowed imports beside them stay quiet), no
 * fewer. `npm run -s deps` applies the same rules to the real src/ in `npm test`; this test makes sure a rule that
 * silently matched nothing (a path typo after a folder rename) cannot pass unnoticed.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IForbiddenRuleType } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const config = require("../../.dependency-cruiser.cjs") as { forbidden: IForbiddenRuleType[] };
const fixture = fileURLToPath(new URL("../fixtures/layers/", import.meta.url));

async function violations(): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(fixture); // the rules match paths relative to the folder cruised from, as in the real run
  try {
    const result = await cruise(["src"], {
      ruleSet: { forbidden: config.forbidden },
      tsPreCompilationDeps: true,
      validate: true,
    });
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
  } finally {
    process.chdir(cwd);
  }
}

describe("layer rules", () => {
  it("report every import against the grain, and only those", async () => {
    expect(await violations()).toEqual([
      "charts-are-pure: src/charts/publishes.ts → src/publish/file.ts",
      "client-is-browser-code: src/client/uses-node.ts → src/pipeline/artefact.ts",
      "client-no-node: src/client/uses-node.ts → fs",
      "method-stays-pure: src/method/engine.ts → src/pipeline/artefact.ts",
      "no-circular: src/core/cycle-a.ts → src/core/cycle-b.ts", // a cycle is reported once, at its first edge
      "pipeline-below-the-site: src/pipeline/reads-a-view.ts → src/views/view.ts",
    ]);
  });
});
