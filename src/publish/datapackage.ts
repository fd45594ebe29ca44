/**
 * The Frictionless Data Package (datapackage.json) describing every download: path, bytes, sha256 hash, schema
 * (each column's type and description from the codebook), licences, sources and version. Built from the very bytes
 * that are published, so a hash can be checked against the file a researcher downloaded.
 */
import { createHash } from "node:crypto";
import { CODEBOOK, METHOD_CODEBOOK, type CodebookColumn, type CodebookFile } from "./codebook.ts";
import { parseCsvText } from "../core/csv-read.ts";
import { FOREIGN_KEYS, PRIMARY_KEYS } from "./package-keys.ts";

const FRICTIONLESS_TYPE: Record<CodebookColumn["type"], { type: string; format?: string }> = {
  year: { type: "year" },
  code: { type: "string" },
  text: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  enum: { type: "string" },
  url: { type: "string", format: "uri" },
  list: { type: "string" },
};

const LICENSES = {
  project: {
    name: "CC-BY-4.0",
    path: "https://creativecommons.org/licenses/by/4.0/",
    title: "Creative Commons Attribution 4.0",
  },
  codes: {
    name: "ODbL-1.0",
    path: "https://opendatacommons.org/licenses/odbl/1-0/",
    title: "Open Data Commons Open Database License 1.0",
  },
};

const resourceName = (file: string) => file.replace(/\.(csv|txt)$/, "").toLowerCase();

function resource(entry: CodebookFile, bytes: Uint8Array, prefix: string) {
  const path = entry.path.replace(/^\/data\//, "");
  const text = new TextDecoder().decode(bytes);
  const header = parseCsvText(entry.file, text).table?.header ?? [];
  const isCodes = entry.file === "places.csv" || entry.file === "provinces.csv";
  return {
    name: `${prefix}${resourceName(entry.file)}`,
    path,
    profile: "tabular-data-resource",
    title: entry.description.en,
    description: `One row per ${entry.row.en}. ${entry.description.en}`,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: bytes.length,
    hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    dialect: { delimiter: ",", lineTerminator: "\n", header: true },
    schema: {
      fields: header.map((name) => {
        const c = entry.columns.find((x) => x.name === name);
        if (!c) throw new Error(`datapackage: ${entry.file} has column "${name}" that the codebook does not describe`);
        return {
          name,
          ...FRICTIONLESS_TYPE[c.type],
          description: c.description.en,
          "x-description-id": c.description.id,
        };
      }),
      // Missing = unknown, written as an empty cell in every file (never "NA", "-" or 0): said, not assumed.
      missingValues: [""],
      ...(PRIMARY_KEYS[path] ? { primaryKey: PRIMARY_KEYS[path] } : {}),
      ...(FOREIGN_KEYS[path] ? { foreignKeys: FOREIGN_KEYS[path] } : {}),
    },
    licenses: isCodes ? [LICENSES.codes, LICENSES.project] : [LICENSES.project],
  };
}

export interface PackageInput {
  version: string;
  /** Published files by path below /data/: "awards.csv", "method/bands.csv". */
  files: ReadonlyMap<string, Uint8Array>;
}

export function dataPackage({ version, files }: PackageInput) {
  const entries: [CodebookFile, string][] = [
    ...CODEBOOK.map((e) => [e, ""] as [CodebookFile, string]),
    ...METHOD_CODEBOOK.map((e) => [e, "method-"] as [CodebookFile, string]),
  ];
  const resources = entries.map(([entry, prefix]) => {
    const path = entry.path.replace(/^\/data\//, "");
    const bytes = files.get(path);
    if (!bytes) throw new Error(`datapackage: the codebook lists ${entry.path} but the build did not produce it`);
    return resource(entry, bytes, prefix);
  });
  const described = new Set(resources.map((r) => r.path));
  const undescribed = [...files.keys()].filter((p) => p.endsWith(".csv") && !described.has(p));
  if (undescribed.length) throw new Error(`datapackage: ${undescribed.join(", ")} published without a codebook entry`);
  return {
    // Every resource is a CSV with a schema: the stricter profile, which the reference library then checks.
    profile: "tabular-data-package",
    name: "atlas-kota-layak-anak",
    title: "Atlas Kota Layak Anak: Kabupaten/Kota Layak Anak (KLA) awards and child indicators, Indonesia",
    description:
      "Predikat of Indonesia's child-friendly regency/city (KLA) awards per kab/kota and round where a public source states it (awarded, not awarded, or unknown when absent), announced national counts, Provinsi Layak Anak, child indicators, and partial cluster scores by an openly documented method. Every fact carries its source URL.",
    version,
    licenses: [LICENSES.project],
    sources: [
      { title: "Public news and government pages, one URL per row (see sources.csv)", path: "sources.csv" },
      {
        title: "idn-area-data 4.0.1 (Kemendagri 2025 codes and names), ODbL",
        path: "https://www.npmjs.com/package/idn-area-data",
      },
    ],
    contributors: [{ title: "Atlas Kota Layak Anak contributors", role: "author" }],
    resources,
  };
}
