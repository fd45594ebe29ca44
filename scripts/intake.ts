/**
 * npm run intake -- FORM.md [--dry-run] — turn a filled issue form (the issue's text, copied into a file) into the raw
 * row it states, check that row in the context of data/raw exactly as `npm run validate` and the build would, and
 * append it to the right raw file. Nothing is written unless the row is valid; the file is replaced in one rename,
 * so an interrupted run leaves it as it was. `--dry-run` prints the row and writes nothing.
 *
 * Exit 0: valid (and written, unless --dry-run); 1: a problem, each as `FORM.md:LINE: …`; 2: usage.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { decodeUtf8 } from "../src/core/csv-read.ts";
import { formatProblem, type Problem } from "../src/core/problems.ts";
import { checkContribution } from "../src/pipeline/check-contribution.ts";
import { toCsv } from "../src/pipeline/csv-write.ts";
import { INTAKE_FILES, parseIntakeForm, problemOnForm } from "../src/pipeline/intake.ts";

// ATLAS_ROOT: the project folder to read and write (the tests point it at a copy, so data/raw is never touched).
const root = process.env.ATLAS_ROOT ? resolve(process.env.ATLAS_ROOT) : process.cwd();

function main(args: string[]): number {
  const dryRun = args.includes("--dry-run");
  const paths = args.filter((a) => a !== "--dry-run");
  if (paths.length !== 1) {
    console.error("usage: npm run intake -- FORM.md [--dry-run]   (FORM.md: the text of a filled issue form)");
    return 2;
  }
  const formPath = paths[0]!;
  const report = (problems: readonly Problem[]) => {
    for (const p of problems) console.error(formatProblem(p));
    console.log(`${formPath}: INVALID (rows: read 1 = accepted 0 + rejected 1)`);
    return 1;
  };
  if (!existsSync(formPath))
    return report([{ path: formPath, line: 0, message: "file not found, expected the text of a filled issue form" }]);
  const decoded = decodeUtf8(formPath, readFileSync(formPath));
  if (decoded.text === null) return report(decoded.problems);

  const { row, problems } = parseIntakeForm(formPath, decoded.text);
  if (row === null) return report(problems);

  const file = INTAKE_FILES[row.target];
  const targetAbs = resolve(root, file.path);
  const existing = existsSync(targetAbs) ? readFileSync(targetAbs, "utf8") : `${file.columns.join(",")}\n`;
  const existingLines = existing.split("\n");
  // The row follows the file's own header, so optional columns the form does not ask for (a regulation's evidence
  // or conflict id, which a reviewer sets) stay empty rather than shifting the cells.
  const columns = existingLines[0]!
    .replace(/^\uFEFF/, "")
    .split(",")
    .map((c) => c.trim());
  // Not refused here: the raw reader checks the row below and reports an unsafe answer on the form's own line.
  const line = toCsv(columns, [columns.map((c) => row.values[c] ?? "")], { refuseFormulas: false }).split("\n")[1]!;
  const missing = file.columns.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return report([
      {
        path: file.path,
        line: 1,
        message: `header lacks ${missing.join(", ")}, expected every column the ${row.form.id} form fills`,
      },
    ]);
  const duplicate = existingLines.indexOf(line);
  if (duplicate >= 0)
    return report([
      {
        path: formPath,
        line: row.lineOf.source_url ?? 1,
        message: `this row is already in ${file.path}:${duplicate + 1}, expected a fact not yet recorded`,
      },
    ]);
  const updated = `${existing.endsWith("\n") || existing === "" ? existing : `${existing}\n`}${line}\n`;
  const newLine = updated.split("\n").length - 1;

  const found = checkContribution(root, [{ path: file.path, bytes: new TextEncoder().encode(updated) }]);
  // Only what the new row causes is the contributor's to fix; a problem already in data/raw is reported, not blamed.
  const mine = found
    .filter((p) => p.path === file.path && p.line === newLine)
    .map((p) => problemOnForm(row, formPath, p));
  const others = found.filter((p) => !(p.path === file.path && p.line === newLine));
  if (mine.length > 0 || others.length > 0) return report([...mine, ...others]);

  console.log(`${file.path}:${newLine}: ${line}`);
  if (!dryRun) {
    mkdirSync(dirname(targetAbs), { recursive: true });
    writeFileSync(`${targetAbs}.tmp`, updated);
    renameSync(`${targetAbs}.tmp`, targetAbs);
  }
  console.log(
    `${formPath}: valid (${row.form.id} form → ${file.path}:${newLine}${dryRun ? ", not written: --dry-run" : ", written"}; rows: read 1 = accepted 1 + rejected 0)`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
