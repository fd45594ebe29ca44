/** The SSR post-processing that makes Plot output deterministic, axe-clean and small. */
import * as Plot from "@observablehq/plot";
import { describe, expect, test } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { plotToSvg } from "../../../src/charts/plot-ssr.ts";

const data = [
  { x: 1.23456, y: 2.5 },
  { x: 3.98765, y: 1.25 },
];
// clip: true and a line marker make Plot draw a clip path and a marker, each id from a module-global counter.
const spec = (): Plot.PlotOptions => ({
  width: 200,
  height: 100,
  ariaLabel: "Contoh",
  marks: [
    Plot.line(data, { x: "x", y: "y", clip: true, marker: "dot" }),
    Plot.text(data, { x: "x", y: "y", text: () => "1.23456" }),
  ],
});

describe("plotToSvg", () => {
  test("gives identical bytes for identical input, whatever was drawn before", () => {
    const first = plotToSvg(spec());
    plotToSvg(spec());
    expect(plotToSvg(spec())).toBe(first);
  });

  test("renumbers Plot's global ids under the caller's prefix, references included", () => {
    const svg = plotToSvg(spec(), { idPrefix: "demo" });
    expect(svg).not.toMatch(/plot-(clip|marker)-\d/);
    expect(svg).toContain('id="demo-clip-1"');
    expect(svg).toContain("url(#demo-clip-1)");
    expect(svg).toMatch(/url\(#demo-marker-\d\)/);
  });

  test("is axe-clean: role img, no aria-label on groups, no inline style element", () => {
    const svg = plotToSvg(spec());
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).not.toMatch(/<g[^>]* aria-label=/);
    expect(svg).not.toContain("<style");
  });

  test("trims geometry to one decimal but leaves text alone", () => {
    const svg = plotToSvg(spec());
    expect(svg).not.toMatch(/ (d|x|y|transform)="[^"]*\d\.\d\d/);
    expect(svg).toContain(">1.23456</text>");
  });

  test("escapes &, < and > in attribute values, so the SVG parses as XML (standalone files, PNGs) with the same text", () => {
    const svg = plotToSvg({ ...spec(), ariaLabel: 'Lahir < 20 tahun & "pertama" > 0' });
    expect(svg).toContain('aria-label="Lahir &lt; 20 tahun &amp; &quot;pertama&quot; &gt; 0"');
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${svg}</body></html>`);
    expect(document.querySelector("svg")?.getAttribute("aria-label")).toBe('Lahir < 20 tahun & "pertama" > 0');
    // resvg parses strictly as XML, as the PNG step does: the same label unescaped is refused (the control).
    expect(() => new Resvg(svg)).not.toThrow();
    expect(() => new Resvg(svg.replace("&lt;", "<"))).toThrow();
  });

  test("refuses Plot output that is a <figure> (legend or title)", () => {
    expect(() => plotToSvg({ ...spec(), title: "x" })).toThrow(/figure/);
  });
});
