import { describe, expect, it } from "vitest";
import { findBrokenLinks, resolveTarget } from "../../scripts/gates/links.ts";

const files = new Set([
  "index.html",
  "404.html",
  "daerah/kota-kupang/index.html",
  "en/places/kota-kupang/index.html",
  "data/awards.csv",
  "_astro/a.css",
  "_astro/font.woff2",
  "kartu/daerah/kota-kupang.png",
]);
const check = (docs: [string, string][], options = {}) =>
  findBrokenLinks(files, new Map(docs), options).broken.map((b) => `${b.page} ${b.attribute} ${b.target}: ${b.reason}`);

describe("internal link checker", () => {
  it("resolves directory URLs, files and pages without a trailing slash", () => {
    expect(resolveTarget(files, "/daerah/kota-kupang/")).toBe("daerah/kota-kupang/index.html");
    expect(resolveTarget(files, "/daerah/kota-kupang")).toBe("daerah/kota-kupang/index.html");
    expect(resolveTarget(files, "/data/awards.csv")).toBe("data/awards.csv");
    expect(resolveTarget(files, "/data/nope.csv")).toBeNull();
  });

  it("reports a missing page, a missing fragment and a relative link gone wrong, and ignores external links", () => {
    expect(
      check([
        [
          "index.html",
          `<a href="/daerah/kota-kupang/#sumber">x</a><a href="/daerah/kota-kupangg/">y</a><link href="/_astro/a.css"><a href="https://example.org/x">z</a><a href="#top">t</a><a href="mailto:a@b.c">m</a>`,
        ],
        [
          "daerah/kota-kupang/index.html",
          `<h2 id="peers">p</h2><a href="../../data/awards.csv">csv</a><a href="../awards.csv">bad</a><a href="#peers">ok</a>`,
        ],
      ]),
    ).toEqual([
      'index.html <a> href /daerah/kota-kupang/#sumber: no element with id "sumber" on daerah/kota-kupang/index.html',
      "index.html <a> href /daerah/kota-kupangg/: no built file at that path",
      'index.html <a> href #top: no element with id "top" on index.html',
      "daerah/kota-kupang/index.html <a> href ../awards.csv: no built file at that path",
    ]);
  });

  it("checks absolute URLs on the site's own origin: canonical, hreflang alternates, og:image, og:url", () => {
    const head = [
      `<link rel="canonical" href="https://atlas.example/daerah/kota-kupang/">`,
      `<link rel="alternate" hreflang="en" href="https://atlas.example/en/places/kota-kupangg/">`,
      `<meta property="og:image" content="https://atlas.example/kartu/daerah/kota-kupang.png">`,
      `<meta property="og:image" content="https://atlas.example/kartu/daerah/nope.png">`,
      `<meta name="twitter:image" content="/kartu/provinsi/nope.png">`,
      `<meta property="og:url" content="https://atlas.example/daerah/kota-kupangg/">`,
      `<meta name="description" content="/not/a/link">`,
      `<link rel="alternate" hreflang="id" href="https://elsewhere.example/nope/">`,
    ].join("");
    expect(check([["daerah/kota-kupang/index.html", head]], { origin: "https://atlas.example" })).toEqual([
      "daerah/kota-kupang/index.html <link rel=alternate hreflang=en> href https://atlas.example/en/places/kota-kupangg/: no built file at that path",
      "daerah/kota-kupang/index.html <meta og:image> content https://atlas.example/kartu/daerah/nope.png: no built file at that path",
      "daerah/kota-kupang/index.html <meta twitter:image> content /kartu/provinsi/nope.png: no built file at that path",
      "daerah/kota-kupang/index.html <meta og:url> content https://atlas.example/daerah/kota-kupangg/: no built file at that path",
    ]);
  });

  it("checks srcset candidates, links inside SVG, and url() in stylesheets relative to the stylesheet", () => {
    expect(
      check([
        [
          "index.html",
          `<img alt="" srcset="/kartu/daerah/kota-kupang.png 1x, /kartu/daerah/x.png 2x" src="/kartu/daerah/kota-kupang.png"><svg><a href="/daerah/nope/"><text>t</text></a></svg><p>href="/in/text/only"</p>`,
        ],
        [
          "_astro/a.css",
          `@font-face{src:url(font.woff2)}.a{background:url("../img/nope.png")}.b{background:url(data:image/png;base64,AA)}@import "missing.css";`,
        ],
      ]),
    ).toEqual([
      "index.html <img> srcset /kartu/daerah/x.png: no built file at that path",
      "index.html <a> href /daerah/nope/: no built file at that path",
      "_astro/a.css css url() ../img/nope.png: no built file at that path",
      "_astro/a.css css @import missing.css: no built file at that path",
    ]);
  });

  it("refuses relative links on the 404 page, which is served at any depth, and honours a base path", () => {
    expect(check([["404.html", `<a href="/">ok</a><a href="daerah/kota-kupang/">rel</a>`]])).toEqual([
      "404.html <a> href daerah/kota-kupang/: relative link on the 404 page, which is served at any depth",
    ]);
    expect(
      check(
        [
          [
            "daerah/kota-kupang/index.html",
            `<a href="/atlas/data/awards.csv">ok</a><a href="../../data/awards.csv">ok</a><a href="/data/awards.csv">out</a>`,
          ],
        ],
        { base: "/atlas/" },
      ),
    ).toEqual(["daerah/kota-kupang/index.html <a> href /data/awards.csv: outside the site base /atlas/"]);
  });
});
