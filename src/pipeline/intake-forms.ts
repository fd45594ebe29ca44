/**
 * The three ways a reader can hand over a source without git: GitHub issue forms for an award, a regulation and a
 * correction. This file is the one definition of them: `npm run issue-forms` writes `.github/ISSUE_TEMPLATE/*.yml`
 * from it (a test fails when the committed forms differ), `npm run intake` reads a filled form back with the same
 * field list, and the site's "kirim sumber" links prefill the same field ids. A field's id is the raw column it
 * becomes, so a filled form maps onto a raw row without a translation table.
 *
 * Pure data and browser-safe: the views import it to build links.
 */

/** Where a filled form's row goes, by what it states. */
export type IntakeTarget = "awards" | "award-status" | "regulations";

export interface IntakeField {
  /** The raw column it fills (also the GitHub field id and the URL query key that prefills it). */
  id: string;
  /** Shown on the form: Indonesian first, then English. */
  label: string;
  description: string;
  kind: "input" | "dropdown" | "textarea";
  /** Dropdown options as the form shows them; the value written to the row is the text before " — ". */
  options?: readonly string[];
  required: boolean;
}

export interface IntakeForm {
  id: "award" | "regulation" | "correction";
  /** File name under .github/ISSUE_TEMPLATE/ and the `template=` of a prefilled link. */
  file: string;
  name: string;
  description: string;
  titlePrefix: string;
  labels: readonly string[];
  intro: string;
  fields: readonly IntakeField[];
}

const place: IntakeField = {
  id: "name_as_published",
  label: "Nama kabupaten/kota seperti tertulis di sumber / Kab/kota name as the source prints it",
  description: "Tulis persis seperti di sumber, misalnya “Kota Kupang”. / Exactly as printed, e.g. “Kota Kupang”.",
  kind: "input",
  required: true,
};
const province: IntakeField = {
  id: "province_as_published",
  label: "Provinsi / Province",
  description: "Seperti tertulis di sumber, atau nama resminya. / As printed, or its official name.",
  kind: "input",
  required: true,
};
const year: IntakeField = {
  id: "year",
  label: "Tahun putaran / Award round (year)",
  description: "Empat angka, misalnya 2025. / Four digits, e.g. 2025.",
  kind: "input",
  required: true,
};
const result: IntakeField = {
  id: "predikat",
  label: "Apa yang dinyatakan sumber / What the source states",
  description:
    "Predikat yang disebut sumber, atau bahwa daerah itu (tidak) menerima penghargaan tanpa menyebut predikat. / The predikat the source names, or that the place was (not) awarded without a tier.",
  kind: "dropdown",
  options: [
    "Pratama",
    "Madya",
    "Nindya",
    "Utama",
    "KLA",
    "awarded — mendapat penghargaan, predikat tidak disebut / awarded, tier not stated",
    "not-awarded — tidak mendapat penghargaan / not awarded",
  ],
  required: true,
};
const sourceUrl: IntakeField = {
  id: "source_url",
  label: "Alamat sumber / Source URL",
  description:
    "Berita, laman pemerintah atau SK yang menyatakannya (https://…). / The article, government page or decree that states it.",
  kind: "input",
  required: true,
};
const quote: IntakeField = {
  id: "quote",
  label: "Kalimat di sumber / The sentence in the source",
  description:
    "Salin kalimat yang menyatakannya, agar peninjau cepat menemukannya. / Copy the sentence that states it, so a reviewer finds it fast.",
  kind: "textarea",
  required: true,
};
const note: IntakeField = {
  id: "note",
  label: "Catatan (opsional) / Note (optional)",
  description: "Misalnya tanggal terbit atau siapa yang berbicara. / E.g. the date published or who is speaking.",
  kind: "textarea",
  required: false,
};

export const INTAKE_FORMS: readonly IntakeForm[] = [
  {
    id: "award",
    file: "award.yml",
    name: "Sumber predikat KLA / A source for a KLA award",
    description:
      "Sebuah sumber menyebut predikat (atau penghargaan) sebuah kabupaten/kota pada satu putaran. / A source states a kab/kota's predikat (or award) in one round.",
    titlePrefix: "[predikat] ",
    labels: ["source", "award"],
    intro:
      "Terima kasih! Satu formulir untuk satu daerah dan satu putaran. Peninjau memeriksa sumbernya lalu menambahkan barisnya ke data/raw. / Thank you! One form per place and round. A reviewer checks the source, then adds the row to data/raw.",
    fields: [year, result, place, province, sourceUrl, quote, note],
  },
  {
    id: "regulation",
    file: "regulation.yml",
    name: "Sumber Perda/Perbup KLA / A source for a KLA regulation",
    description:
      "Sebuah sumber menyebut Perda, Qanun, Perbup atau Perwal tentang KLA atau perlindungan anak — atau bahwa belum ada. / A source names a regulation on KLA or child protection — or says there is none.",
    titlePrefix: "[regulasi] ",
    labels: ["source", "regulation"],
    intro: "Terima kasih! Satu formulir untuk satu peraturan. / Thank you! One form per regulation.",
    fields: [
      place,
      province,
      {
        id: "status",
        label: "Status / Status",
        description:
          "enacted = sudah ditetapkan (bernomor); draft = masih rancangan atau baru disetujui DPRD; none = sumber menyatakan belum ada. / enacted = in force (numbered); draft = still a draft or only approved by the DPRD; none = the source says there is none.",
        kind: "dropdown",
        options: ["enacted", "draft", "none"],
        required: true,
      },
      {
        id: "kind",
        label: "Jenis / Kind",
        description: "Perda (Qanun di Aceh), atau Perbup/Perwal. / A Perda (Qanun in Aceh), or a head's regulation.",
        kind: "dropdown",
        options: ["perda", "qanun", "perbup", "perwal"],
        required: true,
      },
      {
        id: "topic",
        label: "Topik / Topic",
        description:
          "kla = Kabupaten/Kota Layak Anak; child-protection = perlindungan anak. / KLA itself, or child protection.",
        kind: "dropdown",
        options: ["kla", "child-protection"],
        required: true,
      },
      {
        id: "number",
        label: "Nomor (opsional) / Number (optional)",
        description: "Seperti tertulis, misalnya 4 atau 05. / As printed, e.g. 4 or 05.",
        kind: "input",
        required: false,
      },
      {
        id: "year",
        label: "Tahun peraturan / Year of the regulation",
        description: "Tahun penetapan (atau tahun rancangan). / The year enacted (or drafted).",
        kind: "input",
        required: true,
      },
      {
        id: "title",
        label: "Judul (opsional) / Title (optional)",
        description: "Misalnya “Penyelenggaraan Kabupaten Layak Anak”.",
        kind: "input",
        required: false,
      },
      sourceUrl,
      quote,
      note,
    ],
  },
  {
    id: "correction",
    file: "correction.yml",
    name: "Koreksi predikat / A correction to a predikat",
    description:
      "Angka di atlas keliru menurut sebuah sumber. Bacaan lama tidak dihapus: keduanya dicatat sebagai perbedaan sumber. / A figure on the atlas is wrong according to a source. The earlier reading is not deleted: both are kept as a conflict.",
    titlePrefix: "[koreksi] ",
    labels: ["source", "correction"],
    intro:
      "Terima kasih! Sebutkan apa yang keliru dan sumber yang menyatakan sebaliknya. / Thank you! Say what is wrong and give the source that states otherwise.",
    fields: [
      {
        id: "disputes",
        label: "Yang keliru / What is wrong",
        description:
          "Alamat halaman atlas, atau berkas dan baris (misalnya data/raw/awards/awards_2021.csv:9), dan apa yang tertulis di sana. / The atlas page, or the raw file and line, and what it says.",
        kind: "textarea",
        required: true,
      },
      year,
      result,
      place,
      province,
      sourceUrl,
      quote,
      note,
    ],
  },
];

/** The value a dropdown choice writes to the raw row: the text before " — " ("awarded — …" → "awarded"). */
export function optionValue(option: string): string {
  return option.split(" — ")[0]!.trim();
}

export function intakeForm(id: IntakeForm["id"]): IntakeForm {
  const form = INTAKE_FORMS.find((f) => f.id === id);
  if (!form) throw new Error(`no intake form "${id}"`);
  return form;
}
