/**
 * The public downloads, dist/data/<file>.csv, served byte for byte as the pipeline wrote them
 * (data/build/downloads/), so the file a researcher gets is the file the golden tests check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { BUILD_DIR } from "../../lib/site-data.ts";

const DIR = join(BUILD_DIR, "downloads");

export const getStaticPaths: GetStaticPaths = () =>
  readdirSync(DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DIR, String(params.file))), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
