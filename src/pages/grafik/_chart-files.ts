/**
 * The file endpoints of catalogue charts, for both languages: /grafik/<id>.svg (a standalone document with title,
 * sources, release and address), /grafik/<id>.csv (the chart's table) and /grafik/<id>.png (2× the SVG, for
 * print; only for the kinds in PNG_KINDS), and the same under /en/grafik/. Each route file is one line that picks
 * a language and a type. (The leading underscore keeps this module from being a route itself.)
 */
import type { APIRoute } from "astro";
import { catalogChart, chartCatalog } from "../../lib/chart-catalog.ts";
import { chartCredit, standaloneSvg, svgSize, tableCsv, type ChartFileType } from "../../lib/chart-files.ts";
import { renderPngCached } from "../../lib/png.ts";
import { siteData } from "../../lib/site-data.ts";
import type { Lang } from "../../i18n/index.ts";

const TYPES: Record<ChartFileType, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  csv: "text/csv; charset=utf-8",
};

export function chartFileRoute(lang: Lang, type: ChartFileType) {
  const getStaticPaths = () =>
    chartCatalog(siteData(), lang)
      .filter((c) => type !== "png" || c.png)
      .map((c) => ({ params: { id: c.id } }));

  const GET: APIRoute = async ({ params, site, url }) => {
    const d = siteData();
    const entry = catalogChart(d, lang, String(params.id));
    const { chart, note } = entry.published();
    const headers = { "Content-Type": TYPES[type] };
    if (type === "csv") return new Response(tableCsv(chart.table), { headers });
    const svg = standaloneSvg(chart, note, chartCredit(lang, entry, d.version, site ?? url));
    if (type === "svg") return new Response(svg, { headers });
    return new Response(await renderPngCached(svg, 2 * svgSize(svg).width), { headers });
  };

  return { getStaticPaths, GET };
}
