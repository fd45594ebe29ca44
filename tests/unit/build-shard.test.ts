/**
 * Sharded Astro builds (src/publish/build-shard.ts): every page is built by exactly one shard, the shards share the work
 * fairly, a place's pages and its chart's pages land in the same shard (so its chart is drawn once), and a bad
 * ATLAS_SHARD is an error rather than a silent full build. That the merged shards equal one plain build, byte for
 * byte, is checked by scripts/build-site.ts on every build (a file two shards write must match) and by the
 * reproducible gate.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildsPage, inShard, parseShard, shardPaths } from "../../src/publish/build-shard.ts";
import { chartCatalog } from "../../src/publish/chart-catalog.ts";
import { loadMethod } from "../../src/pipeline/read-method.ts";
import { loadGazetteer } from "../../src/pipeline/places.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { listRawFiles } from "../../src/pipeline/raw-files.ts";
import { ROOT } from "./helpers.ts";

const d = runPipeline({
  files: listRawFiles(join(ROOT, "tests/fixtures/golden/raw"), ROOT),
  gazetteer: loadGazetteer(ROOT),
  method: loadMethod(join(ROOT, "data/method")),
  version: "2026.11.0",
}).data!;
const placePaths = d.places.map((p) => `/daerah/${p.slug}/`);

describe("build shards", () => {
  it("parses i/n and rejects anything else", () => {
    expect(parseShard("1/2")).toEqual({ index: 1, count: 2 });
    for (const bad of ["", "2/2", "1", "a/b", "0/0", "-1/2", "1/2/3"])
      expect(() => parseShard(bad), bad).toThrow(/ATLAS_SHARD/);
  });

  it("puts every page in exactly one shard, for any number of shards", () => {
    for (const count of [1, 2, 3, 4]) {
      const shards = Array.from({ length: count }, (_, index) => shardPaths(placePaths, (p) => p, { index, count }));
      expect(shards.flat().sort()).toEqual([...placePaths].sort());
    }
  });

  it("shares the 514 places fairly between two shards (each within 10% of half)", () => {
    const first = placePaths.filter((p) => inShard(p, { index: 0, count: 2 })).length;
    expect(placePaths.length).toBe(514);
    expect(Math.abs(first - 257)).toBeLessThan(26);
  });

  it("keeps a place's profile and its chart's embed page and files together", () => {
    const placeCharts = chartCatalog(d, "id").filter((c) => c.kind === "place");
    expect(placeCharts.length).toBe(d.places.length);
    for (const c of placeCharts) {
      // The routes shard profiles by `/daerah/<slug>/` and chart pages by the chart's idPath: they must be the same.
      expect(placePaths).toContain(c.idPath);
    }
    const byId = new Map(chartCatalog(d, "en").map((c) => [c.id, c.idPath]));
    for (const c of placeCharts) expect(byId.get(c.id)).toBe(c.idPath);
  });

  it("shares the pages without parameters out by path (src/middleware.ts), and leaves routes with parameters to getStaticPaths", () => {
    const pages = ["/", "/en/", "/metodologi/", "/en/methodology/", "/data/", "/en/data/", "/temuan/", "/404.html"];
    for (const count of [1, 2, 3]) {
      const owners = pages.map((p) => Array.from({ length: count }, (_, index) => buildsPage({}, p, { index, count })));
      // Exactly one shard renders each page.
      for (const [i, owned] of owners.entries()) expect(owned.filter(Boolean), pages[i]).toHaveLength(1);
    }
    // Both shards get some of them (not all landing in one).
    expect(new Set(pages.map((p) => buildsPage({}, p, { index: 0, count: 2 }))).size).toBe(2);
    // A route with parameters is rendered by whichever shard its getStaticPaths listed it in.
    expect(buildsPage({ slug: "kota-kupang" }, "/daerah/kota-kupang/", { index: 1, count: 2 })).toBe(true);
    expect(buildsPage({ slug: "kota-kupang" }, "/daerah/kota-kupang/", { index: 0, count: 2 })).toBe(true);
  });
});
