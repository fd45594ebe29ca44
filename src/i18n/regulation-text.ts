/** Wording of one regulation fact (its name, and its name with its title), shared by the regulation sections. */
import type { RegulationFact } from "../pipeline/artefact.ts";
import type { Lang } from "./index.ts";
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
