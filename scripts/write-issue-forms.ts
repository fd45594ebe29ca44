/**
 * npm run issue-forms — write .github/ISSUE_TEMPLATE/*.yml from src/pipeline/intake-forms.ts (tests/unit/intake.test.ts
 * fails while the committed forms differ from what this writes).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { issueFormFiles } from "../src/publish/issue-forms.ts";

const dir = ".github/ISSUE_TEMPLATE";
mkdirSync(dir, { recursive: true });
for (const [file, text] of issueFormFiles()) {
  writeFileSync(join(dir, file), text);
  console.log(`wrote ${join(dir, file)}`);
}
