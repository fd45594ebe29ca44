/**
 * The data package's join keys (src/publish/package-keys.ts) against the codebook: every key names a published file
 * and columns that file has, every foreign key points at a resource that exists and at its primary key (so the
 * reference is one row), and no column is in two foreign keys of its file (the reference library would then compare
 * a resolved row, not a value). Whether the keys hold on the data is the frictionless gate's and
 * tests/unit/frictionless.test.ts's job.
 */
import { describe, expect, it } from "vitest";
import { CODEBOOK, METHOD_CODEBOOK } from "../../src/publish/codebook.ts";
import { FOREIGN_KEYS, PRIMARY_KEYS } from "../../src/publish/package-keys.ts";

const list = (f: string | readonly string[]) => (typeof f === "string" ? [f] : [...f]);
const entries = [
  ...CODEBOOK.map((e) => ({ path: e.path.replace(/^\/data\//, ""), name: e.file.replace(/\.csv$/, ""), e })),
  ...METHOD_CODEBOOK.map((e) => ({
    path: e.path.replace(/^\/data\//, ""),
    name: `method-${e.file.replace(/\.csv$/, "")}`,
    e,
  })),
];
const columnsOfPath = new Map(entries.map(({ path, e }) => [path, e.columns.map((c) => c.name)]));
const pathOfResource = new Map(entries.map(({ path, name }) => [name, path]));

describe("data package keys", () => {
  it("keys files the codebook publishes, by their path", () => {
    for (const path of [...Object.keys(PRIMARY_KEYS), ...Object.keys(FOREIGN_KEYS)])
      expect(columnsOfPath.has(path), path).toBe(true);
  });

  it("builds primary keys from the file's own columns", () => {
    for (const [path, fields] of Object.entries(PRIMARY_KEYS))
      for (const f of fields) expect(columnsOfPath.get(path), `${path} primary key`).toContain(f);
  });

  it("points each foreign key from the file's columns at an existing resource's primary key", () => {
    const keys = Object.entries(FOREIGN_KEYS).flatMap(([path, fks]) => fks.map((fk) => ({ path, fk })));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const { path, fk } of keys) {
      const label = `${path}: ${list(fk.fields).join(",")} → ${fk.reference.resource}`;
      for (const f of list(fk.fields)) expect(columnsOfPath.get(path), label).toContain(f);
      const target = pathOfResource.get(fk.reference.resource);
      expect(target, label).toBeDefined();
      for (const f of list(fk.reference.fields)) expect(columnsOfPath.get(target!), label).toContain(f);
      expect(list(fk.reference.fields), label).toEqual(PRIMARY_KEYS[target!]);
      expect(list(fk.fields).length, label).toBe(list(fk.reference.fields).length);
    }
  });

  it("uses a column in at most one foreign key of its file", () => {
    for (const [path, fks] of Object.entries(FOREIGN_KEYS)) {
      const used = fks.flatMap((fk) => list(fk.fields));
      expect(used, path).toEqual([...new Set(used)]);
    }
  });

  it("declares the joins the issue asked for", () => {
    const has = (path: string, field: string, resource: string) =>
      (FOREIGN_KEYS[path] ?? []).some((fk) => list(fk.fields).includes(field) && fk.reference.resource === resource);
    expect(has("awards.csv", "place_code", "places")).toBe(true);
    expect(has("places.csv", "province_code", "provinces")).toBe(true);
    expect(has("indicator-achievements.csv", "indicator_id", "method-indicators")).toBe(true);
    expect(has("scores.csv", "cluster", "method-clusters")).toBe(true);
    expect(has("indicators.csv", "indicator_id", "method-series")).toBe(true);
    expect(has("awards.csv", "predikat", "method-bands")).toBe(true);
  });
});
