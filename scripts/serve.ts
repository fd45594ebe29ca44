/**
 * Zero-dependency static server for the built site (dist/), on loopback only. Used by `npm run preview`, the e2e
 * tests (port 0) and Lighthouse. It behaves like the static hosts the site is meant for:
 * - `/about` redirects to `/about/`, and `/about/` serves `about/index.html` (build.format "directory");
 * - a missing file gets `404.html` with status 404;
 * - text responses are gzip-compressed when the client accepts it (Lighthouse measures with compression).
 * Response headers come from the built site's `_headers` file (public/_headers), the convention of common static
 * hosts, applied by `headersFor`: what the browser tests see is what a host would send.
 *
 * CLI: node scripts/serve.ts [root=dist] [port=4321]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { headersForPath, parseHeadersFile, type HeaderRule } from "../src/publish/headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".pdf": "application/pdf",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface ServeOptions {
  /** Directory to serve (absolute, or relative to the working directory). */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:4321". */
  url: string;
  close: () => Promise<void>;
}

/**
 * Headers for a response, by URL path and content type. The single place to apply `_headers` rules later.
 * Hashed build assets never change, so they are cached for a year; everything else is revalidated.
 */
/** The built site's `_headers` file (public/_headers), read once per server; none → no extra headers. */
async function loadHeaderRules(root: string): Promise<HeaderRule[]> {
  try {
    return parseHeadersFile(await readFile(join(root, "_headers"), "utf8"), join(root, "_headers"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

export function headersFor(rules: readonly HeaderRule[], urlPath: string, contentType: string): Record<string, string> {
  return { "Cache-Control": "no-cache", ...headersForPath(rules, urlPath), "Content-Type": contentType };
}

async function fileAt(path: string): Promise<"file" | "dir" | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : null;
  } catch {
    return null;
  }
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  rules: readonly HeaderRule[],
  status: number,
  file: string,
  urlPath: string,
): Promise<void> {
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  let body: Buffer = await readFile(file);
  const headers = headersFor(rules, urlPath, type);
  const accepts = String(req.headers["accept-encoding"] ?? "");
  if (COMPRESSIBLE.test(type) && body.length > 1024 && /\bgzip\b/.test(accepts)) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  }
  headers["Content-Length"] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function handler(root: string, rules: readonly HeaderRule[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const target = resolve(root, `.${urlPath}`);
      // Never serve outside the root, whatever "../" or encoded tricks the path contains.
      if (target !== root && !target.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const kind = await fileAt(target);
      if (kind === "dir" && !urlPath.endsWith("/")) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const file = kind === "dir" ? join(target, "index.html") : target;
      if (kind !== null && (await fileAt(file)) === "file") {
        await send(req, res, rules, 200, file, urlPath);
        return;
      }
      const notFound = join(root, "404.html");
      if ((await fileAt(notFound)) === "file") await send(req, res, rules, 404, notFound, urlPath);
      else res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };
}

export async function startServer({ root, port = 4321, host = "127.0.0.1" }: ServeOptions): Promise<RunningServer> {
  const dir = resolve(root);
  const server = createServer(handler(dir, await loadHeaderRules(dir)));
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address !== null ? address.port : port;
      resolvePromise({
        server,
        url: `http://${host}:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 4321);
  if ((await fileAt(resolve(root))) !== "dir") {
    console.error(`serve: ${root}/ does not exist; run "npm run build" first`);
    process.exit(1);
  }
  const { url } = await startServer({ root, port });
  console.log(`Serving ${root} at ${url.replace("127.0.0.1", "localhost")}`);
}
