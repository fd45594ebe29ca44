/** dist/data/method/*: the method files the build scored with, byte for byte (see data/method/README.md). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { awaitArtefact, BUILD_DIR } from "../../../views/site-data.ts";
import { inShard } from "../../../publish/build-shard.ts";

const DIR = join(BUILD_DIR, "downloads/method");

export const getStaticPaths: GetStaticPaths = () => {
  awaitArtefact();
  return readdirSync(DIR)
    .sort()
    .filter((file) => inShard(`/data/method/${file}`))
    .map((file) => ({ params: { file } }));
};

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith(".csv") ? "text/csv" : "text/plain";
  return new Response(readFileSync(join(DIR, file)), { headers: { "Content-Type": `${type}; charset=utf-8` } });
};
