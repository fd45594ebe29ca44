/**
 * The file endpoints of catalogue charts, for both languages: /grafik/<id>.svg (a standalone document with title,
 * sources, release and address) and /grafik/<id>.csv (the chart's table), and the same under /en/grafik/. Each
 * route file is one line that picks a language and a type. (The leading underscore keeps this module from being a
 * route itself.) The PNGs (/grafik/<id>.png) are drawn beside the Astro build by scripts/render-images.ts.
 */
import type { APIRoute } from "astro";
import { catalogChart, chartCatalog } from "../../publish/chart-catalog.ts";
import { chartCredit, standaloneSvg, tableCsv, type ChartFileType } from "../../publish/chart-files.ts";
import { siteData } from "../../views/site-data.ts";
import type { Lang } from "../../i18n/index.ts";
import { shardPaths } from "../../publish/build-shard.ts";

const TYPES: Record<Exclude<ChartFileType, "png">, string> = {
  svg: "image/svg+xml",
  csv: "text/csv; charset=utf-8",
};

export function chartFileRoute(lang: Lang, type: Exclude<ChartFileType, "png">) {
  const getStaticPaths = () =>
    shardPaths(chartCatalog(siteData(), lang), (c) => c.idPath).map((c) => ({ params: { id: c.id } }));

  const GET: APIRoute = ({ params, site, url }) => {
    const d = siteData();
    const entry = catalogChart(d, lang, String(params.id));
    const { chart, note } = entry.published();
    const headers = { "Content-Type": TYPES[type] };
    if (type === "csv") return new Response(tableCsv(chart.table), { headers });
    return new Response(standaloneSvg(chart, note, chartCredit(lang, entry, d.version, site ?? url)), { headers });
  };

  return { getStaticPaths, GET };
}
