/**
 * Social cards (1200×630) for place and province pages, as SVG built from the artefact; `renderPng` turns them into
 * PNG at build time with resvg and the Inter font shipped as an npm package, so every machine draws the same pixels.
 * The card shows only figures the page shows: name, province, the latest round with a fact and its predikat (or
 * "unknown"), and the five predikat steps with the one reached marked.
 */
import { PREDIKAT, type Predikat } from "../pipeline/artefact.ts";

export interface CardText {
  kicker: string;
  title: string;
  subtitle: string;
  /** The status line, e.g. "Predikat KLA 2025: Nindya" or "Predikat terakhir: tidak diketahui". */
  status: string;
  /** The tier reached, for the step picture; null draws the steps without a mark. */
  predikat: Predikat | null;
  /** Small boxes below the steps (a province's places), coloured by state; empty for a place card. */
  waffle: { fill: string; dashed: boolean }[];
  footer: string;
  stepLabels: Record<Predikat, string>;
  colors: Record<Predikat, string>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Shrink long names so they fit the card: Inter bold is ~0.58 em wide per character on average. */
function titleSize(title: string): number {
  const max = 1080 / (0.58 * Math.max(title.length, 1));
  return Math.round(Math.min(76, Math.max(40, max)));
}

export function socialCardSvg(c: CardText): string {
  const size = titleSize(c.title);
  const steps = PREDIKAT.map((p, i) => {
    const x = 60 + i * 212;
    const reached = c.predikat !== null && PREDIKAT.indexOf(c.predikat) >= i;
    const current = c.predikat === p;
    const fill = reached ? c.colors[p] : "#ffffff";
    const text = reached && i >= 1 ? "#ffffff" : "#1f1f1f";
    return (
      `<rect x="${x}" y="360" width="200" height="64" rx="6" fill="${fill}" stroke="${current ? "#1f1f1f" : "#9a9a9a"}" stroke-width="${current ? 4 : 2}"/>` +
      `<text x="${x + 100}" y="401" font-size="26" font-weight="${current ? 700 : 400}" text-anchor="middle" fill="${text}">${esc(c.stepLabels[p])}</text>`
    );
  }).join("");
  const waffle = c.waffle
    .slice(0, 120)
    .map((w, i) => {
      const x = 60 + (i % 40) * 27;
      const y = 448 + Math.floor(i / 40) * 27;
      return `<rect x="${x}" y="${y}" width="22" height="22" rx="3" fill="${w.fill}" stroke="${w.dashed ? "#767676" : "none"}" stroke-dasharray="${w.dashed ? "4,3" : "none"}"/>`;
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Inter">` +
    `<rect width="1200" height="630" fill="#fbfaf7"/><rect width="1200" height="12" fill="${c.colors.Nindya}"/>` +
    `<text x="60" y="92" font-size="28" fill="#595959">${esc(c.kicker)}</text>` +
    `<text x="60" y="${92 + size + 14}" font-size="${size}" font-weight="700" fill="#1f1f1f">${esc(c.title)}</text>` +
    `<text x="60" y="${92 + size + 62}" font-size="32" fill="#3a3a3a">${esc(c.subtitle)}</text>` +
    `<text x="60" y="330" font-size="36" font-weight="700" fill="#1f1f1f">${esc(c.status)}</text>` +
    steps +
    waffle +
    `<text x="60" y="600" font-size="24" fill="#595959">${esc(c.footer)}</text></svg>`
  );
}
