/**
 * The Frictionless reference library (scripts/gates/frictionless.ts, the `frictionless` gate) over the golden
 * fixture's data package: it passes, it really read every resource and checked every declared key, and it catches
 * each kind of break it is there for — a foreign key pointing nowhere, a duplicated primary key, a cell that does
 * not cast to its type — each in a copy whose datapackage.json is rebuilt by dataPackage() so only the break differs.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkWithFrictionless } from "../../scripts/gates/frictionless.ts";
import { dataPackage } from "../../src/publish/datapackage.ts";
import { FOREIGN_KEYS, PRIMARY_KEYS } from "../../src/publish/package-keys.ts";
import { ROOT, runScript, tempDir } from "./helpers.ts";

const tmp = tempDir("frictionless");
const built = join(tmp, "build", "downloads");

/** A copy of the fixture's downloads with `edit` applied to one file and the descriptor made from the new bytes. */
function tampered(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(tmp, name);
  cpSync(built, dir, { recursive: true });
  const before = readFileSync(join(dir, file), "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(join(dir, file), after);
  const files = new Map<string, Uint8Array>();
  for (const n of readdirSync(dir, { recursive: true, encoding: "utf8" }))
    if (n.endsWith(".csv")) files.set(n.split("\\").join("/"), new Uint8Array(readFileSync(join(dir, n))));
  const version = (JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { version: string }).version;
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(dataPackage({ version, files }), null, 2));
  return dir;
}

/** Replace line 2 (the first data row) of a CSV. */
const firstRow = (text: string, edit: (line: string) => string) => {
  const lines = text.split("\n");
  lines[1] = edit(lines[1] ?? "");
  return lines.join("\n");
};

describe("the Frictionless reference library over the data package", () => {
  beforeAll(() => {
    const r = runScript("build-data.ts", [
      "--raw",
      join(ROOT, "tests/fixtures/golden/raw"),
      "--out",
      join(tmp, "build"),
    ]);
    expect(r.status).toBe(0);
  }, 120_000);

  it("finds the fixture's package valid, reading every resource and checking every declared key", async () => {
    const r = await checkWithFrictionless(built);
    expect(r.problems).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(built, "datapackage.json"), "utf8")) as { resources: unknown[] };
    expect(r.resources).toBe(pkg.resources.length);
    expect(r.primaryKeys).toBe(Object.keys(PRIMARY_KEYS).length);
    expect(r.foreignKeys).toBe(Object.values(FOREIGN_KEYS).flat().length);
    expect(r.foreignKeys).toBeGreaterThanOrEqual(8);
    // Every data row of every resource was read: the CSVs' line counts minus their headers.
    let lines = 0;
    for (const n of readdirSync(built, { recursive: true, encoding: "utf8" }))
      if (n.endsWith(".csv")) lines += readFileSync(join(built, n), "utf8").trimEnd().split("\n").length - 1;
    expect(r.rows).toBe(lines);
  }, 60_000);

  it("catches a place_code that is no place", async () => {
    const dir = tampered("fk", "awards.csv", (t) => firstRow(t, (l) => l.replace(/^(\d{4}),([\d.]+),/, "$1,99.99,")));
    const r = await checkWithFrictionless(dir);
    // The record no longer matches its place, and the source statements merged into it no longer match a record.
    expect(r.problems).toEqual([
      'awards (awards.csv): Foreign key "place_code" violation in row 2',
      'award-sources (award-sources.csv): Foreign key "year,place_code" violation in row 2',
    ]);
  }, 60_000);

  it("catches a duplicated primary key", async () => {
    const dir = tampered("pk", "places.csv", (t) => `${t}${t.split("\n")[1]}\n`);
    const r = await checkWithFrictionless(dir);
    expect(r.problems[0]).toMatch(
      /^places \(places\.csv\): Row \d+ has an unique constraint violation in column "code"/,
    );
  }, 60_000);

  it("catches a cell that does not cast to its type", async () => {
    const dir = tampered("cast", "award-rounds.csv", (t) =>
      firstRow(t, (l) => l.replace(/^(\d{4}),(\w+),[^,]*,/, "$1,$2,many,")),
    );
    const r = await checkWithFrictionless(dir);
    expect(r.problems.join("\n")).toMatch(/^award-rounds \(award-rounds\.csv\): .*pratama/im);
  }, 60_000);
});
