/**
 * SVG markup written as strings, for the few charts drawn hundreds of times per build (one per place profile and
 * language). Observable Plot with linkedom costs about 1 ms and a few hundred DOM objects per chart; at ~9,000
 * profile charts that was a third of the build. These helpers write the same bytes plot-ssr.ts writes after Plot,
 * so a string-drawn chart is byte-identical to its Plot specification — which its snapshot test checks, on the real
 * data and on generated inputs (tests/unit/charts/indicator-comparison-string.test.ts).
 *
 * The rules copied from plot-ssr.ts + linkedom's serialiser:
 * - geometry numbers are printed as JavaScript prints them, then cut (not rounded) to one decimal;
 * - attribute values escape `&`, `<`, `>` and `"`; text escapes `&`, `<`, `>` and the no-break space.
 */

const GEOMETRY_DECIMALS = /(\d+\.\d)\d+/g;

/** A coordinate as plot-ssr.ts leaves it: String(n), cut to one decimal. Most are whole or have one decimal, and
 * skip the regular expression (a build writes millions). */
export function geom(n: number): string {
  const text = String(n);
  const dot = text.indexOf(".");
  return dot === -1 || text.length <= dot + 2 ? text : text.replace(GEOMETRY_DECIMALS, "$1");
}

/** A path or transform already written (d3-shape's path, "translate(x,y)") with its decimals cut the same way. */
export const geomText = (text: string): string => (text.includes(".") ? text.replace(GEOMETRY_DECIMALS, "$1") : text);

const ATTR_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\u00a0": "&#160;" };

/** An attribute value as finishSvg and linkedom write it. */
export const attrValue = (value: string): string => value.replace(/[&<>"]/g, (c) => ATTR_ESCAPES[c]!);

/** Text content (a `<text>` or `<title>`) as linkedom writes it. */
export const textContent = (value: string): string => value.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]!);

/** Class put on every chart's `<svg>`; global.css styles it. */
export const CHART_CLASS = "kla-chart";
/** The chart font, as an SVG attribute (plot-ssr.ts sets it on Plot's charts too). */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The opening `<svg>` tag plot-ssr.ts gives every Plot chart with an aria-label (attributes in linkedom's order),
 * at plot-ssr.ts's default font size, 13, unless the chart asks for another. */
export function svgOpen(width: number, height: number, ariaLabel: string, fontSize = 13): string {
  return (
    `<svg role="img" xmlns="http://www.w3.org/2000/svg" aria-label="${attrValue(ariaLabel)}"` +
    ` viewBox="0 0 ${geom(width)} ${geom(height)}" height="${geom(height)}" width="${geom(width)}"` +
    ` text-anchor="middle" font-size="${fontSize}" font-family="${CHART_FONT_FAMILY}" fill="currentColor" class="${CHART_CLASS}">`
  );
}

/** A whole chart from its opening tag and its marks: Plot leaves out a mark without data, and linkedom self-closes
 * an `<svg>` left without children. */
export function svgDocument(open: string, marks: readonly string[]): string {
  const body = marks.join("");
  return body === "" ? `${open.slice(0, -1)} />` : `${open}${body}</svg>`;
}

/**
 * Whether Plot rounds a band or point scale to whole pixels (@observablehq/plot src/scales.js, autoScaleRound): only
 * when rounding wastes at most 30 px over the range. Rows of a long list (Jawa Timur's 38 kab/kota) stay fractional.
 * A point scale is a band scale with `paddingInner` 1.
 */
export function plotRounds(
  count: number,
  paddingInner: number,
  paddingOuter: number,
  range: readonly number[],
): boolean {
  const m = count - paddingInner;
  const step = Math.abs(range[1]! - range[0]!) / Math.max(1, m + paddingOuter * 2);
  return (step - Math.floor(step)) * m <= 30;
}

/**
 * A `<text>`'s `y` attribute and content as Plot's text mark writes them (lineAnchor middle, lineHeight 1): one line
 * at y="0.32em" (cut to 0.3em), or one `<tspan>` per non-empty line when the text has line breaks.
 */
function plotTextBody(text: string): { y: string; body: string } {
  const lines = text.split(/\r\n?|\n/g);
  const n = lines.length;
  const y0 = (164 - n * 100) / 200;
  if (n === 1) return { y: y0 ? ` y="${geom(y0)}em"` : "", body: textContent(text) };
  let body = "";
  let m = 0;
  for (let i = 0; i < n; ++i) {
    ++m;
    if (!lines[i]) continue;
    const at = i === m - 1 ? `y="${geomText(`${y0 + i}em`)}"` : `dy="${m}em"`;
    body += `<tspan ${at} x="0">${textContent(lines[i]!)}</tspan>`;
    m = 0;
  }
  return { y: "", body };
}

/**
 * A whole `<text>` element as Plot's text mark writes it: `attributes` (each with its leading space), the `y` and
 * content of plotTextBody, then its `<title>` when the mark has a title channel, and self-closed when it has no
 * children (a label of line breaks only, no title), as linkedom writes an element without children.
 */
export function plotTextElement(attributes: string, text: string, title?: string): string {
  const { y, body } = plotTextBody(text);
  const children = !title ? body : `${body}<title>${textContent(title)}</title>`;
  return `<text${attributes}${y}${children === "" ? " />" : `>${children}</text>`}`;
}

/** A `transform` value as Plot writes one: "translate(x,y)", its decimals cut like every coordinate. */
export const translateTo = (px: number, py: number): string => geomText(`translate(${px},${py})`);

/**
 * Plot's left axis on a continuous y scale with `grid: true`, as its axis marks write it: grid lines across the frame
 * (`left` to `right`), tick marks, then the labels. Nothing without ticks: Plot leaves out a mark with no data.
 */
export function plotLeftAxisWithGrid(
  ticks: readonly number[],
  y: (value: number) => number,
  [left, right]: readonly [number, number],
  label: (value: number) => string,
): string {
  if (ticks.length === 0) return "";
  const ys = ticks.map((t) => geom(y(t)));
  return [
    `<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">`,
    ...ys.map((py) => `<line y2="${py}" y1="${py}" x2="${geom(right)}" x1="${geom(left)}" />`),
    `</g><g stroke="currentColor" fill="none" aria-hidden="true">`,
    ...ticks.map((t) => `<path d="M0,0L-6,0" transform="${translateTo(left, y(t))}" />`),
    `</g><g transform="translate(-9,0)" font-variant="tabular-nums" text-anchor="end">`,
    ...ticks.map((t) => `<text transform="${translateTo(left, y(t))}" y="0.3em">${textContent(label(t))}</text>`),
    `</g>`,
  ].join("");
}

/** Plot's bottom axis on a continuous x scale, at `bottom`: tick marks, then the labels; nothing without ticks. */
export function plotBottomAxis(
  ticks: readonly number[],
  x: (value: number) => number,
  bottom: number,
  label: (value: number) => string,
): string {
  if (ticks.length === 0) return "";
  return [
    `<g stroke="currentColor" fill="none" aria-hidden="true">`,
    ...ticks.map((t) => `<path d="M0,0L0,6" transform="${translateTo(x(t), bottom)}" />`),
    `</g><g transform="translate(0,9)" font-variant="tabular-nums">`,
    ...ticks.map((t) => `<text transform="${translateTo(x(t), bottom)}" y="0.7em">${textContent(label(t))}</text>`),
    `</g>`,
  ].join("");
}
