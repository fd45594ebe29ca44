/**
 * Social cards (1200×630) for place and province pages, as SVG built from the artefact; `renderPng` turns them into
 * PNG at build time with resvg and the Inter font shipped as an npm package, so every machine draws the same pixels.
 * The card shows only figures the page shows: name, province, the latest round with a fact and its predikat (or
 * "unknown"), and the five predikat steps with the one reached marked.
 */
import { least } from "d3-array";
import { PREDIKAT, type Predikat } from "../pipeline/artefact.ts";
import { wrapText } from "./chart-files.ts";

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

/** Shrink long names so they fit the card: a name in Inter bold is at most ~0.64 em wide per character (measured
 * with resvg over every place and province name: 0.636 for "Lampung"; 0.58, the average, let "Kabupaten Mamberamo
 * Raya" run off the card). */
function titleSize(title: string): number {
  const max = 1080 / (0.64 * Math.max(title.length, 1));
  return Math.round(Math.min(76, Math.max(40, max)));
}

/** Inter bold is at most ~0.56 em wide per character over a line of text (measured on the cards' own statuses with
 * resvg: 0.48–0.50); the status may use 1080 px of the card's width. */
const STATUS_WIDTH = 1080;
const BOLD_EM_PER_CHAR = 0.56;
const SEPARATOR = " · ";

/** Characters a line of the status may hold at `size` px. */
const charsPerLine = (size: number) => Math.floor(STATUS_WIDTH / (BOLD_EM_PER_CHAR * size));

/** The two halves of `text` around one of its " · " separators, the most even split whose halves both have at most
 * `max` characters; undefined if none has. */
function splitAtSeparator(text: string, max: number): string[] | undefined {
  const splits: string[][] = [];
  for (let at = text.indexOf(SEPARATOR); at >= 0; at = text.indexOf(SEPARATOR, at + 1))
    splits.push([text.slice(0, at), text.slice(at + SEPARATOR.length)]);
  const longest = (halves: string[]) => Math.max(...halves.map((h) => h.length));
  return least(
    splits.filter((halves) => longest(halves) <= max),
    longest,
  );
}

/**
 * The status in one line at 36 px if it fits, else in two at the largest size that fits them, broken where the
 * Indonesian meets the English (" · ") when that fits, else between words. A province's status ("KLA 2025: predikat
 * bersumber untuk 19 dari 38 · stated for 19 of 38 (+3 disimpulkan · inferred)") ran off the card in one line.
 */
export function statusLayout(status: string): { size: number; lines: string[] } {
  const sizes = [36, 34, 32, 30, 28, 26, 24];
  for (const size of sizes) {
    const max = charsPerLine(size);
    if (status.length <= max) return { size, lines: [status] };
    const lines = splitAtSeparator(status, max) ?? wrapText(status, STATUS_WIDTH, size, BOLD_EM_PER_CHAR);
    if (lines.length <= 2 && lines.every((line) => line.length <= max)) return { size, lines };
  }
  // A third line would run into the name above it, a word too long for a line off the card's edge: no card has
  // either (tests/unit/cards.test.ts measures them all), and a new status text that would must be shortened where
  // it is written (src/publish/cards.ts), not drawn broken into ~550 images.
  throw new Error(
    `social card: the status ${JSON.stringify(status)} (${status.length} characters) does not fit in two lines of ` +
      `at most ${charsPerLine(sizes.at(-1)!)} characters at ${sizes.at(-1)} px; ` +
      `shorten it in src/publish/cards.ts`,
  );
}

/** The status lines, the last on the baseline at y = 330 above the predikat steps, one line-height apart. */
function statusText(status: string): string {
  const { size, lines } = statusLayout(status);
  const lineHeight = Math.round(size * 1.25);
  return lines
    .map(
      (line, i) =>
        `<text x="60" y="${330 - (lines.length - 1 - i) * lineHeight}" font-size="${size}" font-weight="700" fill="#1f1f1f">${esc(line)}</text>`,
    )
    .join("");
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
    statusText(c.status) +
    steps +
    waffle +
    `<text x="60" y="600" font-size="24" fill="#595959">${esc(c.footer)}</text></svg>`
  );
}
