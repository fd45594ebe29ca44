/**
 * Every PNG the site publishes, as SVG to draw and the path it goes to under dist/: the social card of each place
 * and province and the national one (/kartu/…, one bilingual card each) and the print PNG of each catalogue chart that has one
 * (/grafik/<id>.png and /en/grafik/<id>.png, 2× the chart's width). Pure: scripts/render-files.ts draws them in a
 * process of its own, beside `astro build`, because drawing ~660 images is a third of a cold build's CPU and Astro
 * renders pages on one core — on a 2-core machine the two overlap instead of adding up.
 */
import type { SiteData } from "../pipeline/artefact.ts";
import { chartCatalog } from "./chart-catalog.ts";
import { catalogChartSvg, svgSize } from "./chart-files.ts";
import { cardFile, nationalCard, placeCard, provinceCard } from "./cards.ts";
import { socialCardSvg } from "./social-card.ts";
import { LANG_DIR, LANGS } from "../i18n/index.ts";

export interface ImageJob {
  /** Where the PNG goes, relative to dist/ and without the base path: "kartu/daerah/kota-kupang.png". */
  path: string;
  svg: string;
  /** Width to draw at; undefined = the SVG's own size. */
  width?: number;
  /** Which disk cache keeps it between builds. */
  cache: "cards" | "charts";
}

/** The social cards, then the chart PNGs per language, in a fixed order. `site` is the public origin (SITE_URL). */
export function imageJobs(d: SiteData, site: URL): ImageJob[] {
  const jobs: ImageJob[] = [
    { path: cardFile.national, svg: socialCardSvg(nationalCard(d)), cache: "cards" },
    ...d.places.map((p) => ({ path: cardFile.place(p), svg: socialCardSvg(placeCard(d, p)), cache: "cards" as const })),
    ...d.provinces.map((p) => ({
      path: cardFile.province(p),
      svg: socialCardSvg(provinceCard(d, p)),
      cache: "cards" as const,
    })),
  ];
  for (const lang of LANGS) {
    for (const entry of chartCatalog(d, lang)) {
      if (!entry.png) continue;
      const svg = catalogChartSvg(lang, entry, d.version, site);
      jobs.push({
        path: `${LANG_DIR[lang]}grafik/${entry.id}.png`,
        svg,
        width: 2 * svgSize(svg).width,
        cache: "charts",
      });
    }
  }
  return jobs;
}
