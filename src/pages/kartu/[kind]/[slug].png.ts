/**
 * Social cards: /kartu/daerah/<slug>.png and /kartu/provinsi/<slug>.png (1200×630, og:image / twitter:image).
 * Rendering is the slow part of the build (~25 ms a card), so PNGs are cached on disk by a hash of their SVG: the
 * bytes depend only on the SVG, the font files and the resvg version, which the cache key includes.
 * ATLAS_CARD_CACHE moves the cache: the reproducibility gate gives its second build an empty one, so that build
 * renders every card itself instead of copying the first build's bytes (which would prove nothing about resvg).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { placeCard, provinceCard } from "../../../lib/cards.ts";
import { renderPngAsync } from "../../../lib/png.ts";
import { siteData } from "../../../lib/site-data.ts";
import { socialCardSvg } from "../../../lib/social-card.ts";

const CACHE = process.env.ATLAS_CARD_CACHE ? resolve(process.env.ATLAS_CARD_CACHE) : join(process.cwd(), "node_modules/.cache/atlas-kla-cards");
const RENDERER = "resvg-2.6.2+inter-0.4.2";

export const getStaticPaths: GetStaticPaths = () => {
  const d = siteData();
  return [
    ...d.places.map((p) => ({ params: { kind: "daerah", slug: p.slug }, props: { svg: socialCardSvg(placeCard(d, p)) } })),
    ...d.provinces.map((p) => ({ params: { kind: "provinsi", slug: p.slug }, props: { svg: socialCardSvg(provinceCard(d, p)) } })),
  ];
};

export const GET: APIRoute = async ({ props }) => {
  const svg = (props as { svg: string }).svg;
  const key = createHash("sha256").update(RENDERER).update(svg).digest("hex");
  const cached = join(CACHE, `${key}.png`);
  let png: Uint8Array<ArrayBuffer>;
  if (existsSync(cached)) png = Uint8Array.from(readFileSync(cached));
  else {
    png = Uint8Array.from(await renderPngAsync(svg));
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, png);
  }
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
