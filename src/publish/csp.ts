/**
 * The Content-Security-Policy as a <meta> tag, taken from public/_headers so the header and the tag can never
 * disagree. `frame-ancestors` is dropped because browsers ignore it in a meta tag (it only works as a header).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { headersForPath, parseHeadersFile, type HeaderRule } from "./headers-file.ts";

let rules: HeaderRule[] | null = null;

export function cspMetaContent(urlPath: string): string {
  rules ??= parseHeadersFile(readFileSync(join(process.cwd(), "public/_headers"), "utf8"), "public/_headers");
  const policy = headersForPath(rules, urlPath)["Content-Security-Policy"];
  if (!policy)
    throw new Error(`public/_headers gives no Content-Security-Policy for ${urlPath}, expected one for every page`);
  return policy
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d !== "" && !d.startsWith("frame-ancestors"))
    .join("; ");
}
