/**
 * Predikat colours. An ordinal ramp from ColorBrewer YlGnBu (colour-blind safe; never red/amber/green, which would
 * read as a traffic-light verdict and fails for red-green colour blindness), with steps skipped so neighbouring tiers
 * differ by ~15 L*. The three non-tier states are deliberately unlike the ramp and unlike each other:
 * - not awarded: solid light grey (a sourced fact: it was not awarded);
 * - unknown: white with a dashed outline (no verified source: absence of data, so it is drawn as an empty slot);
 * - awarded, tier not stated: sand, a warm hue outside the blue ramp, so it is not mistaken for a tier.
 * Only colours live here: which status a record has, and the order of statuses, are src/pipeline/round-status.ts.
 */
import type { Predikat } from "../pipeline/artefact.ts";
import type { RoundStatus } from "../pipeline/round-status.ts";

export const PREDIKAT_COLOR: Readonly<Record<Predikat, string>> = {
  Pratama: "#7fcdbb",
  Madya: "#1d91c0",
  Nindya: "#225ea8",
  Utama: "#253494",
  KLA: "#081d58",
};

export const NOT_AWARDED_FILL = "#dcdcdc";
export const TIER_UNKNOWN_FILL = "#d9bf8c";
export const UNKNOWN_FILL = "#ffffff";
/** Dashed outline of "unknown"; #767676 is the lightest grey with 4.5:1 on white. */
export const UNKNOWN_STROKE = "#767676";
export const UNKNOWN_DASH = "2,1.5";
/** Text and rules drawn over the white background. */
export const INK = "#1f1f1f";
export const INK_MUTED = "#595959";

/** Fill for a round status; "unknown" is white and needs the dashed stroke as well. */
export function statusFill(status: RoundStatus): string {
  switch (status) {
    case "tier-unknown":
    case "conflict":
      return TIER_UNKNOWN_FILL;
    case "not-awarded":
      return NOT_AWARDED_FILL;
    case "unknown":
      return UNKNOWN_FILL;
    default:
      return PREDIKAT_COLOR[status];
  }
}

/** A 14×14 legend swatch in the chart's own colours. aria-hidden: the legend label says it in words. */
export function swatch(
  fill: string,
  kind: "square" | "circle" | "hollow-circle" | "diamond" | "line" | "dotted-square" = "square",
  dash = "none",
): string {
  // White is "unknown": it only exists as a dashed outline.
  const dashed = fill === UNKNOWN_FILL ? ` stroke="${UNKNOWN_STROKE}" stroke-dasharray="${UNKNOWN_DASH}"` : "";
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">`;
  switch (kind) {
    case "circle":
      return `${open}<circle cx="7" cy="7" r="5.5" fill="${fill}"${dashed || ` stroke="${INK}"`}/></svg>`;
    case "hollow-circle":
      return `${open}<circle cx="7" cy="7" r="5" fill="#fff" stroke="${fill}" stroke-width="2"/></svg>`;
    case "diamond":
      return `${open}<path d="M7 1L13 7L7 13L1 7Z" fill="${fill}" stroke="${INK}"/></svg>`;
    case "dotted-square": // a square of any status with the white dot that marks an inferred reading
      return `${open}<rect x="0.5" y="0.5" width="13" height="13" fill="${fill}" stroke="${fill}"/><circle cx="7" cy="7" r="3" fill="#fff"/></svg>`;
    case "line":
      return `${open}<path d="M0 7H14" stroke="${fill}" stroke-width="3" stroke-dasharray="${dash}"/></svg>`;
    default:
      return `${open}<rect x="0.5" y="0.5" width="13" height="13" fill="${fill}"${dashed || ` stroke="${fill}"`}/></svg>`;
  }
}

/** Legend swatch for a round status. */
export function statusSwatch(status: RoundStatus): string {
  return swatch(statusFill(status));
}
