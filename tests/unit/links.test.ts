import { describe, expect, it } from "vitest";
import { findBrokenLinks, resolveTarget } from "../../src/lib/links.ts";

const files = new Set(["index.html", "daerah/kota-kupang/index.html", "data/awards.csv", "_astro/a.css"]);

describe("internal link checker", () => {
  it("resolves directory URLs, files and pages without a trailing slash", () => {
    expect(resolveTarget(files, "/daerah/kota-kupang/")).toBe("daerah/kota-kupang/index.html");
    expect(resolveTarget(files, "/daerah/kota-kupang")).toBe("daerah/kota-kupang/index.html");
    expect(resolveTarget(files, "/data/awards.csv")).toBe("data/awards.csv");
    expect(resolveTarget(files, "/data/nope.csv")).toBeNull();
  });

  it("reports a missing page, a missing fragment and a relative link gone wrong, and ignores external links", () => {
    const pages = new Map([
      ["index.html", `<a href="/daerah/kota-kupang/#sumber">x</a><a href="/daerah/kota-kupangg/">y</a><link href="/_astro/a.css"><a href="https://example.org/x">z</a><a href="#top">t</a>`],
      ["daerah/kota-kupang/index.html", `<h2 id="peers">p</h2><a href="../../data/awards.csv">csv</a><a href="../awards.csv">bad</a>`],
    ]);
    const broken = findBrokenLinks(files, pages).map((b) => `${b.page} ${b.target} ${b.reason}`);
    expect(broken).toEqual([
      'index.html /daerah/kota-kupang/#sumber no element with id "sumber" on daerah/kota-kupang/index.html',
      "index.html /daerah/kota-kupangg/ no built file at that path",
      'index.html #top no element with id "top" on index.html',
      "daerah/kota-kupang/index.html ../awards.csv no built file at that path",
    ]);
  });
});
