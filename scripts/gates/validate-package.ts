/**
 * Checks a built data package the way a researcher's tools would: every resource's file exists with the declared
 * size and sha256 hash, its header is exactly the declared fields, and every published CSV is a resource.
 */
import { createHash } from "node:crypto";
import { parseCsvText } from "../../src/core/csv-read.ts";

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string; description: string }[] };
}

export function validatePackage(pkgText: string, files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const pkg = JSON.parse(pkgText) as { version?: string; resources?: Resource[]; licenses?: unknown[] };
  if (!pkg.version) problems.push("datapackage.json: no version");
  if (!pkg.licenses?.length) problems.push("datapackage.json: no licenses");
  const declared = new Set<string>();
  for (const r of pkg.resources ?? []) {
    declared.add(r.path);
    const bytes = files.get(r.path);
    if (!bytes) {
      problems.push(`${r.name}: ${r.path} is declared but not published`);
      continue;
    }
    const hash = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (hash !== r.hash) problems.push(`${r.name}: hash ${r.hash} does not match ${r.path} (${hash})`);
    if (bytes.length !== r.bytes) problems.push(`${r.name}: ${r.bytes} bytes declared, ${bytes.length} published`);
    const header = parseCsvText(r.path, new TextDecoder().decode(bytes)).table?.header ?? [];
    const fields = r.schema.fields.map((f) => f.name);
    if (header.join(",") !== fields.join(","))
      problems.push(`${r.name}: header ${header.join(",")} but fields ${fields.join(",")}`);
    for (const f of r.schema.fields)
      if (!f.type || !f.description) problems.push(`${r.name}.${f.name}: field without type or description`);
  }
  for (const path of files.keys())
    if (path.endsWith(".csv") && !declared.has(path))
      problems.push(`${path}: published but not declared in datapackage.json`);
  return problems;
}
