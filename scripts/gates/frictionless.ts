/**
 * The data package checked by the Frictionless reference implementation for JavaScript (npm `datapackage` 1.1.10
 * with `tableschema` 1.12.6), not by this project's own code: what a researcher's Frictionless tooling would say.
 * - the descriptor is valid against its profile (tabular-data-package: every resource a CSV with a schema);
 * - every resource is read and every cell cast to its declared type (year, integer, number, boolean, uri…), with
 *   "" as the only missing value; primary keys are unique;
 * - every foreign key (src/publish/package-keys.ts) resolves: each non-empty value exists in the file it points to.
 * The library stops a resource at its first broken row; the message names the resource and the row.
 *
 * Used by scripts/gates/check-frictionless.ts over dist/data and by tests/unit/frictionless.test.ts over the golden
 * fixture's package (also tampered, to prove a broken key is caught). docs/TOOLCHAIN.md §8: why these versions,
 * and the overrides that keep their old axios and moment out of the lockfile.
 */
import { join } from "node:path";
import { Package } from "datapackage";

export interface FrictionlessReport {
  resources: number;
  /** Data rows read and cast, over every resource. */
  rows: number;
  /** Foreign keys declared, and the values they were checked on (rows × keys, empty cells included). */
  foreignKeys: number;
  foreignKeyValues: number;
  primaryKeys: number;
  problems: string[];
}

interface LibraryError {
  message: string;
  rowNumber?: number;
  errors?: { message: string }[];
}

/** Up to this many of one resource's cast errors are listed (the library collects them all). */
const MAX_LISTED = 5;

function describe(error: unknown): string {
  const e = error as LibraryError;
  const details = (e.errors ?? []).map((x) => x.message);
  const listed = details.slice(0, MAX_LISTED).join("; ");
  const more = details.length > MAX_LISTED ? ` (and ${details.length - MAX_LISTED} more)` : "";
  return details.length ? `${e.message}: ${listed}${more}` : e.message;
}

/** Checks the data package in `dir` (dir/datapackage.json and the files it names). Never throws for bad data. */
export async function checkWithFrictionless(dir: string): Promise<FrictionlessReport> {
  const report: FrictionlessReport = {
    resources: 0,
    rows: 0,
    foreignKeys: 0,
    foreignKeyValues: 0,
    primaryKeys: 0,
    problems: [],
  };
  let pkg: Awaited<ReturnType<typeof Package.load>>;
  try {
    pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir, strict: false });
  } catch (error) {
    report.problems.push(`datapackage.json: ${describe(error)}`);
    return report;
  }
  if (!pkg.valid) for (const e of pkg.errors) report.problems.push(`datapackage.json: ${describe(e)}`);
  // The descriptor's own word, not pkg.profile.name: the library derives that from the profile's title and
  // replaces only its first space ("tabular-data package").
  if (pkg.descriptor.profile !== "tabular-data-package")
    report.problems.push(`datapackage.json: profile ${String(pkg.descriptor.profile)}, expected tabular-data-package`);
  for (const resource of pkg.resources) {
    report.resources++;
    if (!resource.tabular) {
      report.problems.push(`${resource.name}: not a tabular resource (no schema the library can read)`);
      continue;
    }
    const keys = resource.schema?.foreignKeys.length ?? 0;
    if (resource.schema?.primaryKey.length) report.primaryKeys++;
    try {
      const rows = await resource.read({ cast: true, relations: keys > 0 });
      report.rows += rows.length;
      report.foreignKeys += keys;
      report.foreignKeyValues += rows.length * keys;
    } catch (error) {
      report.problems.push(`${resource.name} (${resource.descriptor.path}): ${describe(error)}`);
    }
  }
  return report;
}
