/**
 * Astro middleware, at build time: shares the pages without parameters (home, methodology, data, findings, …)
 * between the build's shards (src/publish/build-shard.ts, `buildsPage`). Routes with parameters choose their
 * shard's pages in getStaticPaths (shardPaths), before any props are computed; a page without parameters has no
 * such list, so another shard's page is answered here with an empty body, which Astro does not write ("file not
 * created"). Outside a sharded build (`astro dev`, a plain `astro build`) every page belongs to the one build.
 */
import type { MiddlewareHandler } from "astro";
import { buildsPage } from "./publish/build-shard.ts";

export const onRequest: MiddlewareHandler = (context, next) =>
  buildsPage(context.params, context.url.pathname) ? next() : new Response(null);
