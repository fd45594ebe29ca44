/**
 * The files of every catalogue chart, in both languages: /grafik/<id>.svg (a standalone document with title,
 * sources, release and address inside the picture) and /grafik/<id>.csv (the chart's table as shown), the same under
 * /en/grafik/. Pure: scripts/render-files.ts writes them beside the PNGs, in the process that already draws the
 * catalogue's charts for the PNGs, instead of Astro answering 2,376 routes on the build's critical path (~1.5 s of
 * a 16 s Astro build, measured 2026-12-07; the bytes are the same).
 */
import type { SiteData } from "../pipeline/artefact.ts";
import { chartCatalog } from "./chart-catalog.ts";
import { catalogChartSvg, tableCsv } from "./chart-files.ts";
import { LANG_DIR, LANGS } from "../i18n/index.ts";

export interface ChartFileJob {
  /** Relative to dist/ and without the base path: "grafik/daerah-kota-kupang-predikat.svg". */
  path: string;
  text: string;
}

/** Per language, per chart in catalogue order: its SVG, then its CSV. `site` is the public origin (SITE_URL). */
export function chartFileJobs(d: SiteData, site: URL): ChartFileJob[] {
  return LANGS.flatMap((lang) =>
    chartCatalog(d, lang).flatMap((entry) => {
      const path = `${LANG_DIR[lang]}grafik/${entry.id}`;
      return [
        { path: `${path}.svg`, text: catalogChartSvg(lang, entry, d.version, site) },
        { path: `${path}.csv`, text: tableCsv(entry.published().chart.table) },
      ];
    }),
  );
}
