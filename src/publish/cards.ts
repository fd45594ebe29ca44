/**
 * What each social card says, from the artefact: one bilingual card per place and province (the same PNG serves
 * the Indonesian and the English page), so the build renders 552 images, not 1,104, and one national card for every
 * other page.
 */
import { PREDIKAT, type Place, type Predikat, type Province, type SiteData } from "../pipeline/artefact.ts";
import { announcedTotal, latestAnnouncedRound } from "../views/national-views.ts";
import { latestKnownRound, peerRows, placeRoundYears } from "../views/province-rounds.ts";
import type { CardText } from "./social-card.ts";
import { PREDIKAT_COLOR, statusFill } from "../charts/palette.ts";
import { predikatLevel, statusRank } from "../pipeline/round-status.ts";

/** Where each card is published, relative to the site root (pages prefix the base path; image-jobs.ts writes them). */
export const cardFile = {
  place: (p: Place) => `kartu/daerah/${p.slug}.png`,
  province: (p: Province) => `kartu/provinsi/${p.slug}.png`,
  national: "kartu/nasional.png",
};

const STEP_LABELS = Object.fromEntries(PREDIKAT.map((p) => [p, p])) as Record<Predikat, string>;
const KICKER = "Atlas Kota Layak Anak · Kabupaten/Kota Layak Anak (KLA)";

function footer(d: SiteData): string {
  return `Data terbuka, bersumber · open, sourced data · versi/version ${d.version}`;
}

export function placeCard(d: SiteData, place: Place): CardText {
  const latest = latestKnownRound(d, place.code);
  const predikat = latest !== null && predikatLevel(latest.status) > 0 ? (latest.status as Predikat) : null;
  let status: string;
  if (latest === null) status = "Predikat: tidak diketahui · unknown";
  else if (latest.status === "not-awarded") status = `KLA ${latest.year}: tidak meraih predikat · not awarded`;
  else if (latest.status === "conflict") status = `KLA ${latest.year}: sumber berbeda · sources disagree`;
  else if (predikat === null) status = `KLA ${latest.year}: meraih predikat (tingkat tidak disebut) · awarded`;
  else status = `Predikat KLA ${latest.year}: ${predikat}`;
  // Our own reading is never shown as a source's statement, not even on a card shared without its page.
  if (latest !== null && latest.record.inferred) status += " (disimpulkan · inferred)";
  return {
    kicker: KICKER,
    title: place.name,
    subtitle: `${place.provinceName} · kode ${place.code}`,
    status,
    predikat,
    waffle: [],
    footer: footer(d),
    stepLabels: STEP_LABELS,
    colors: PREDIKAT_COLOR,
  };
}

export function provinceCard(d: SiteData, province: Province): CardText {
  const year = placeRoundYears(d).at(-1)!;
  // The province's kab/kota in the latest round as the province was then, highest status first.
  const peers = peerRows(d, province.code, year).sort(
    (a, b) => statusRank(a.status) - statusRank(b.status) || a.place.name.localeCompare(b.place.name, "id"),
  );
  const known = peers.filter((p) => predikatLevel(p.status) > 0);
  const inferred = known.filter((p) => p.record?.inferred).length;
  const stated = known.length - inferred;
  const inferredNote = inferred === 0 ? "" : ` (+${inferred} disimpulkan · inferred)`;
  const provila = d.provila.filter((p) => p.provinceCode === province.code).map((p) => p.year);
  return {
    kicker: KICKER,
    title: province.name,
    subtitle: `${province.placeCount} kab/kota${provila.length ? ` · Provila ${provila.join(", ")}` : ""}`,
    status: `KLA ${year}: predikat bersumber untuk ${stated} dari ${peers.length} · stated for ${stated} of ${peers.length}${inferredNote}`,
    predikat: null,
    waffle: peers.map((p) => ({ fill: statusFill(p.status), dashed: p.status === "unknown" })),
    footer: footer(d),
    stepLabels: STEP_LABELS,
    colors: PREDIKAT_COLOR,
  };
}

/** The card of every page that is not a place or a province: the latest round's national count, as announced. */
export function nationalCard(d: SiteData): CardText {
  const round = latestAnnouncedRound(d);
  const total = announcedTotal(round) as number;
  const provinces = d.provinces.length;
  return {
    kicker: KICKER,
    title: "Indonesia",
    subtitle: `${d.places.length} kabupaten/kota · ${provinces} provinsi · provinces`,
    status: `KLA ${round.year}: ${total} dari ${d.places.length} meraih predikat · ${total} of ${d.places.length} awarded`,
    predikat: null,
    waffle: [],
    footer: footer(d),
    stepLabels: STEP_LABELS,
    colors: PREDIKAT_COLOR,
  };
}
