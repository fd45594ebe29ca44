/**
 * The public downloads, dist/data/<file> (.csv, datapackage.json, the zip), served byte for byte as the pipeline wrote them
 * (data/build/downloads/), so the file a researcher gets is the file the golden tests check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { awaitArtefact, BUILD_DIR } from "../../views/site-data.ts";
import { inShard } from "../../publish/build-shard.ts";

const DIR = join(BUILD_DIR, "downloads");

export const getStaticPaths: GetStaticPaths = () => {
  awaitArtefact();
  return readdirSync(DIR)
    .filter((f) => /\.(csv|json|zip)$/.test(f))
    .sort()
    .filter((file) => inShard(`/data/${file}`))
    .map((file) => ({ params: { file } }));
};

const TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
};

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  return new Response(Uint8Array.from(readFileSync(join(DIR, file))), {
    headers: { "Content-Type": TYPES[file.split(".").pop()!]! },
  });
};
