/**
 * Social cards: /kartu/daerah/<slug>.png and /kartu/provinsi/<slug>.png (1200×630, og:image / twitter:image).
 * Rendering is the slow part of the build (~20 ms of CPU a card), so PNGs are cached on disk by a hash of their SVG
 * and renderer (src/lib/png.ts). ATLAS_CARD_CACHE moves the cache: the reproducibility gate gives its second build an
 * empty one, so that build renders every card itself instead of copying the first build's bytes (which would prove
 * nothing about resvg).
 */
import { join, resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { placeCard, provinceCard } from "../../../lib/cards.ts";
import { renderPngCached } from "../../../lib/png.ts";
import { siteData } from "../../../lib/site-data.ts";
import { socialCardSvg } from "../../../lib/social-card.ts";

const CACHE = process.env.ATLAS_CARD_CACHE ? resolve(process.env.ATLAS_CARD_CACHE) : join(process.cwd(), "node_modules/.cache/atlas-kla-cards");

export const getStaticPaths: GetStaticPaths = () => {
  const d = siteData();
  return [
    ...d.places.map((p) => ({ params: { kind: "daerah", slug: p.slug }, props: { svg: socialCardSvg(placeCard(d, p)) } })),
    ...d.provinces.map((p) => ({ params: { kind: "provinsi", slug: p.slug }, props: { svg: socialCardSvg(provinceCard(d, p)) } })),
  ];
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPngCached((props as { svg: string }).svg, undefined, CACHE);
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
