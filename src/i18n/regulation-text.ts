/**
 * Wording of one regulation fact (its name, and its name with its title), shared by the regulation sections, and of
 * the fact that decides indicator 1.
 */
import type { RegulationFact, RegulationKind, RegulationTopic } from "../pipeline/artefact.ts";
import type { DecidingRegulation } from "../method/regulation-rules.ts";
import type { Lang } from "./index.ts";
import { ti } from "./pages/indicator-one.ts";
import { tr } from "./pages/regulation.ts";

/** "Perda Nomor 4 Tahun 2016" / "Perbup (regent's regulation) No. 15 of 2019"; a "none" row names what is missing. */
export function regulationName(lang: Lang, f: RegulationFact): string {
  const kind = tr(lang, `kind.${f.kind}`);
  if (f.status === "none") return tr(lang, "reg.none", { kind });
  if (f.number === "") return tr(lang, "reg.noNumber", { kind, year: f.year });
  return tr(lang, "reg.full", { kind, number: f.number, year: f.year });
}

/** Name and title in one line of plain text, for a lead sentence: "Perda Nomor 1 Tahun 2016 tentang Kota Layak Anak". */
export function regulationSentence(lang: Lang, f: RegulationFact): string {
  const name = regulationName(lang, f);
  return f.title === "" ? name : `${name} ${tr(lang, "reg.about")} “${f.title}”`;
}

/**
 * The fact that decides indicator 1, worded: "Perda Nomor 8 Tahun 2023 tentang KLA", or "a source's statement
 * (2025) that there is no Perda on KLA". The pipeline carries it as fields; the download's note column keeps an
 * English shorthand of the same fact.
 */
export function decidingRegulationText(lang: Lang, f: DecidingRegulation): string {
  const kind = tr(lang, `kind.${f.kind as RegulationKind}`);
  const topic = ti(lang, `topic.${f.topic as RegulationTopic}`);
  if (f.status === "none") return ti(lang, "none", { year: f.year, kind, topic });
  const regulation =
    f.number === ""
      ? tr(lang, "reg.noNumber", { kind, year: f.year })
      : tr(lang, "reg.full", { kind, number: f.number, year: f.year });
  return ti(lang, "enacted", { regulation, topic });
}
