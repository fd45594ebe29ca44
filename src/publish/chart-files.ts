/**
 * A catalogue chart as files and snippets: its URLs (embed page, live and pinned to a data release; SVG, PNG, CSV),
 * the CSV of its table, a standalone SVG document that explains itself when printed (title, source, release and
 * address inside the picture), and the iframe snippet other sites paste. Pure string work, no Astro: the pages,
 * the chart files (chart-file-jobs.ts) and the tests share it.
 */
import { toCsv } from "../pipeline/csv-write.ts";
import { formatNumber } from "../i18n/format.ts";
import type { CatalogChart } from "./chart-catalog.ts";
import type { ChartSource } from "./published-charts.ts";
import { cellText, type ChartResult, type ChartTable, type LegendItem } from "../charts/types.ts";
import { LANG_DIR, localePath, t, withBase, type Lang } from "../i18n/index.ts";
import { te } from "../i18n/pages/embed.ts";

export type ChartFileType = "svg" | "png" | "csv";

/** /grafik/<id>.svg for Indonesian, /en/grafik/<id>.svg for English: the same id, the language in the path. */
export function chartFilePath(lang: Lang, id: string, type: ChartFileType): string {
  return localePath(lang, `/grafik/${id}.${type}`);
}

/** The live embed: always the latest data. */
export function embedPath(lang: Lang, id: string): string {
  return localePath(lang, `/embed/${id}/`);
}

/** A release version goes into URLs as it is, so it may only hold characters that need no escaping. */
export function assertReleaseVersion(version: string): string {
  if (!/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version))
    throw new Error(`chart-files: release version "${version}" cannot be part of a URL`);
  return version;
}

/** The embed pinned to a data release: /v/<version>/embed/<id>/ (and /v/<version>/en/embed/<id>/). */
export function pinnedEmbedPath(lang: Lang, version: string, id: string): string {
  return withBase(`/v/${assertReleaseVersion(version)}/${LANG_DIR[lang]}embed/${id}/`);
}

/** The chart's table as CSV: the column labels, then every row as shown (text in the page's language). */
export function tableCsv(table: ChartTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => table.columns.map((_, i) => (row[i] === undefined ? "" : cellText(row[i]!)))),
  );
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The chart's own width and height, from its `<svg>` attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("chart-files: the chart's <svg> has no width and height");
  return { width, height };
}

/** A height for the iframe that shows the chart without a scroll bar at a typical column width (~600 px). */
export function embedHeight(chart: ChartResult): number {
  const { width, height } = svgSize(chart.svg);
  // Title, subtitle, legend, description, source line, the table's summary and the credit line.
  const text = 400;
  return Math.ceil((height * Math.min(1, 600 / width) + text) / 10) * 10;
}

export interface Credit {
  lang: Lang;
  sources: readonly ChartSource[];
  moreSources: number;
  version: string;
  /** Absolute URL of the chart on its page. */
  pageUrl: string;
  /** Makes a site path absolute (the snippet and the SVG travel to other sites). */
  absolute: (path: string) => string;
}

/** The credit of a catalogue chart, with URLs made absolute against the site's origin (astro.config `site`). */
export function chartCredit(lang: Lang, entry: CatalogChart, version: string, site: URL): Credit {
  const absolute = (path: string) => new URL(path, site).href;
  const { sources, moreSources } = entry.published();
  return {
    lang,
    sources,
    moreSources,
    version,
    pageUrl: absolute(`${localePath(lang, entry.idPath)}#${entry.anchor}`),
    absolute,
  };
}

/** "Sumber: a; b; c (dan 4 sumber lain)" as plain text. */
function sourceLine(c: Credit): string {
  const more = c.moreSources > 0 ? ` ${te(c.lang, "moreSources", { n: formatNumber(c.lang, c.moreSources) })}` : "";
  return `${t(c.lang, "chart.source")}: ${c.sources.map((s) => s.label).join("; ")}${more}`;
}

// ---- Standalone SVG ----

const PAD = 16;
const FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Greedy word wrap by an estimated character width (Inter averages ~0.55 em); deterministic, no font metrics. */
export function wrapText(text: string, maxWidth: number, fontSize: number, em = 0.55): string[] {
  const perLine = Math.max(10, Math.floor(maxWidth / (fontSize * em)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function legendRows(items: readonly LegendItem[], maxWidth: number): { item: LegendItem; x: number; row: number }[] {
  const out: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = 14 + 6 + Math.ceil(item.label.length * 13 * 0.55) + 16;
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    out.push({ item, x, row });
    x += w;
  }
  return out;
}

/**
 * The chart as a document of its own: title, subtitle and legend above it; note, sources, the data release and
 * the page's address below, all as SVG text so a printout or a slide keeps its credit. The chart keeps its size;
 * fonts fall back from Inter (which the build's PNG renderer ships) to the reader's system font.
 */
export function standaloneSvg(chart: ChartResult, note: string | undefined, credit: Credit): string {
  const { width: chartWidth, height: chartHeight } = svgSize(chart.svg);
  const width = Math.max(chartWidth, 320) + 2 * PAD;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], size: number, lineHeight: number, attrs: string) => {
    for (const line of lines) {
      y += lineHeight;
      parts.push(
        `<text x="${PAD}" y="${y - (lineHeight - size) / 2 - 2}" font-size="${size}"${attrs}>${esc(line)}</text>`,
      );
    }
  };
  text(wrapText(chart.title, inner, 18, 0.6), 18, 24, ` font-weight="700" fill="#1f1f1f"`);
  text(wrapText(chart.subtitle, inner, 13), 13, 18, ` fill="#595959"`);
  y += 8;
  const legend = legendRows(chart.legend, inner);
  for (const { item, x, row } of legend) {
    const top = y + row * 20 + 3;
    parts.push(item.swatch.replace(/^<svg /, `<svg x="${PAD + x}" y="${top}" `));
    parts.push(`<text x="${PAD + x + 20}" y="${top + 11}" font-size="13" fill="#1f1f1f">${esc(item.label)}</text>`);
  }
  if (legend.length > 0) y += (legend[legend.length - 1]!.row + 1) * 20 + 6;
  const body = chart.svg
    .replace(/^<svg /, `<svg x="${PAD}" y="${y}" `)
    .replace(/ font-family="[^"]*"/, ` font-family="${FONT}"`);
  parts.push(body);
  y += chartHeight + 6;
  if (note !== undefined) text(wrapText(note, inner, 12), 12, 16, ` fill="#595959"`);
  text(wrapText(sourceLine(credit), inner, 12), 12, 16, ` fill="#1f1f1f"`);
  text(
    wrapText(
      `Atlas Kota Layak Anak · ${te(credit.lang, "release", { version: credit.version })} · ${credit.pageUrl}`,
      inner,
      12,
    ),
    12,
    16,
    ` fill="#595959"`,
  );
  const height = Math.ceil(y + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${esc(FONT)}" role="img" aria-labelledby="chart-title chart-desc">` +
    `<title id="chart-title">${esc(chart.title)}</title><desc id="chart-desc">${esc(chart.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join("")}</svg>\n`
  );
}

/** A catalogue chart's standalone document (standaloneSvg with its credit): /grafik/<id>.svg, and the PNG's drawing. */
export function catalogChartSvg(lang: Lang, entry: CatalogChart, version: string, site: URL): string {
  const { chart, note } = entry.published();
  return standaloneSvg(chart, note, chartCredit(lang, entry, version, site));
}

// ---- Snippet ----

export interface SnippetOptions extends Credit {
  /** Absolute URL the iframe loads (live or pinned). */
  src: string;
  title: string;
  height: number;
  /** Pinned: the credit names the release the frame is fixed to. */
  pinned: boolean;
}

/**
 * What another site pastes: the iframe, then a plain paragraph with the sources and a link to the chart's page,
 * so the credit survives a CMS that strips iframes. Every value is escaped: titles carry place names from sources.
 */
export function embedSnippet(o: SnippetOptions): string {
  const link = (href: string, label: string) => `<a href="${esc(o.absolute(href))}">${esc(label)}</a>`;
  const more =
    o.moreSources > 0 ? ` ${esc(te(o.lang, "moreSources", { n: formatNumber(o.lang, o.moreSources) }))}` : "";
  const sources = o.sources.map((s) => link(s.href, s.label)).join("; ");
  const release = te(o.lang, o.pinned ? "pinnedRelease" : "release", { version: o.version });
  return (
    `<iframe src="${esc(o.src)}" title="${esc(o.title)}" width="100%" height="${o.height}" loading="lazy" style="border:0"></iframe>\n` +
    `<p>${esc(t(o.lang, "chart.source"))}: ${sources}${more}. ${link(o.pageUrl, o.title)}, Atlas Kota Layak Anak (${esc(release)}).</p>`
  );
}
