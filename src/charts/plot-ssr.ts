/**
 * Observable Plot → SVG string at build time, without a browser (see docs/TOOLCHAIN.md §3). linkedom is the
 * fake DOM because it is the fastest of the three tried and works the same in Astro, Vitest and plain Node.
 *
 * The output is post-processed so that it is deterministic (two renders give the same bytes, so snapshot tests and
 * two builds agree), accessible (axe-clean) and small:
 * - Plot numbers clip paths, patterns and markers from a module-global counter, so an id depends on how many charts
 *   were drawn before it. Ids are renumbered per chart, under a caller-chosen prefix that keeps them unique when
 *   several charts share a page.
 * - Plot's `<g aria-label="bar">` on role-less groups is an axe violation (aria-prohibited-attr): stripped.
 * - Plot's inline `<style>` element moves to src/styles/global.css (`.kla-chart`), which keeps the markup free of
 *   inline styles (a later Content-Security-Policy) and saves ~300 bytes per chart.
 * - Geometry is trimmed to 1 decimal, in geometry attributes only: text content keeps its numbers.
 * - `&`, `<` and `>` in attribute values are escaped, so the SVG is valid XML as well as HTML.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { CHART_CLASS, CHART_FONT_FAMILY } from "./svg-markup.ts";

const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");

const GEOM_ATTR = / (d|x|y|x1|x2|y1|y2|width|height|transform|points|r|cx|cy|viewBox)="([^"]*)"/g;
const PLOT_ID = /\bplot-(clip|pattern|marker)-(\d+)\b/g;

export interface SvgOptions {
  /** Prefix for ids inside the SVG; must be unique on the page (e.g. the chart's name). Default "chart". */
  idPrefix?: string;
  /** Font size in px for the whole chart, as an SVG attribute. Plot's default, 10, shrinks to ~7 px when a
   * 500-wide chart is scaled down to a phone; 13 stays at ~9–10 px there. Default 13. */
  fontSize?: number;
}

/** Render a Plot specification to an `<svg>` string. Throws if Plot returns a `<figure>` (legend/title): put those
 * in HTML around the chart instead (ChartFigure), where they reflow and translate. */
export function plotToSvg(options: Plot.PlotOptions, svgOptions: SvgOptions = {}): string {
  const el = Plot.plot({ className: CHART_CLASS, ...options, document } as Plot.PlotOptions) as unknown as Element;
  if (el.tagName.toLowerCase() !== "svg") {
    throw new Error("plotToSvg: Plot returned a <figure>; render title, legend and caption in HTML instead");
  }
  return finishSvg(el, svgOptions);
}

/** The same post-processing for an `<svg>` element built by hand (d3 or DOM calls). */
export function finishSvg(svg: Element, { idPrefix = "chart", fontSize = 13 }: SvgOptions = {}): string {
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("font-family", CHART_FONT_FAMILY);
  if (svg.hasAttribute("aria-label")) svg.setAttribute("role", "img");
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  for (const style of svg.querySelectorAll("style")) style.remove();
  // linkedom serialises attribute values the HTML way, escaping only `"`: a label with `<` or `&` (a place or series
  // name from a source) would make the SVG invalid XML, and the standalone files and PNGs are parsed as XML.
  // Escaping them in the DOM first gives `&lt;`/`&amp;`, which HTML and XML both read back as the same text.
  for (const node of [svg, ...svg.querySelectorAll("*")]) {
    for (const attr of [...node.attributes]) {
      if (/[&<>]/.test(attr.value))
        node.setAttribute(attr.name, attr.value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    }
  }

  const ids = new Map<string, string>();
  const html = svg.outerHTML.replace(PLOT_ID, (match: string, kind: string) => {
    let stable = ids.get(match);
    if (stable === undefined) {
      stable = `${idPrefix}-${kind}-${ids.size + 1}`;
      ids.set(match, stable);
    }
    return stable;
  });
  return html.replace(GEOM_ATTR, (_m, k: string, v: string) => ` ${k}="${v.replace(/(\d+\.\d)\d+/g, "$1")}"`);
}
