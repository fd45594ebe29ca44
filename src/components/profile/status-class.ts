/** CSS modifier for a round status: the same look everywhere on the profile pages (src/styles/profile.css). */
import { PREDIKAT } from "../../pipeline/artefact.ts";
import type { RoundStatus } from "../../i18n/format.ts";

export function statusClass(status: RoundStatus): string {
  if ((PREDIKAT as readonly string[]).includes(status)) return `st st--tier st--${status.toLowerCase()}`;
  return `st st--${status}`;
}
