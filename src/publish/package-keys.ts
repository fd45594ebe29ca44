/**
 * The join keys of the data package: which columns identify a row (primary keys) and which columns point at a row of
 * another file (foreign keys), declared in datapackage.json so tools can join the files without reading the codebook.
 *
 * Every key here is a promise about the published data, and CI holds it: the Frictionless reference library
 * (`npm run gate:frictionless`, scripts/gates/frictionless.ts) reads every file, checks that each primary key is
 * unique and that each foreign key value exists in the file it points to (an empty cell points nowhere and passes:
 * "unknown" is not a broken link). tests/unit/package-keys.test.ts checks that every key names a published file and
 * its columns. A key is declared only when it holds by construction of the pipeline, not by luck of today's rows:
 * e.g. `indicators.area_code` is not a key, since it is a kab/kota code, a province code or "ID" depending on
 * `area_level`, and no single file holds all three; `indicators.carrier_url` is not in sources.csv by construction
 * (src/pipeline/downloads.ts `sourcesCsv()` registers every URL a fact rests on, which the carrier page is not).
 *
 * A column takes part in at most one foreign key of its file: the reference library replaces a value it resolved
 * with the row it points to, so a second key over the same column would compare that row, not the value, and fail.
 *
 * Keyed by the file's path below /data/ ("method/indicators.csv"), since two files share the name indicators.csv.
 */

export interface ForeignKey {
  /** The column(s) of this file. */
  fields: string | string[];
  /** The resource (datapackage.json name: "places", "method-indicators") and its column(s) they point at. */
  reference: { resource: string; fields: string | string[] };
}

export const PRIMARY_KEYS: Readonly<Record<string, readonly string[]>> = {
  "places.csv": ["code"],
  "provinces.csv": ["code"],
  "awards.csv": ["year", "place_code"],
  "award-rounds.csv": ["year"],
  "coverage.csv": ["year", "province_code"],
  "sources.csv": ["source_url"],
  "method/clusters.csv": ["cluster_id"],
  "method/indicators.csv": ["indicator_id"],
  "method/bands.csv": ["predikat"],
  "method/series.csv": ["series_id"],
};

const key = (fields: string | string[], resource: string, refFields: string | string[]): ForeignKey => ({
  fields,
  reference: { resource, fields: refFields },
});
const PLACE = key("place_code", "places", "code");
const PROVINCE = key("province_code", "provinces", "code");
const ROUND = key("year", "award-rounds", "year");
const SOURCE = key("source_url", "sources", "source_url");

export const FOREIGN_KEYS: Readonly<Record<string, readonly ForeignKey[]>> = {
  "places.csv": [PROVINCE],
  "award-rounds.csv": [SOURCE],
  "awards.csv": [
    ROUND,
    PLACE,
    PROVINCE,
    // The province the kab/kota belonged to that round (Papua before the 2022 split): still a code of today's 38.
    key("province_code_at_time", "provinces", "code"),
    key("predikat", "method-bands", "predikat"),
    SOURCE,
  ],
  // Every statement is merged into the record of its place and round (awards.csv), none is dropped. Through that
  // record, its year is a round and its place_code a place (awards' own keys), so no separate ROUND or PLACE here.
  "award-sources.csv": [key(["year", "place_code"], "awards", ["year", "place_code"]), SOURCE],
  "provila.csv": [ROUND, PROVINCE, SOURCE],
  "coverage.csv": [ROUND, PROVINCE],
  "reported-scores.csv": [PLACE, key("band_predikat", "method-bands", "predikat")],
  "indicators.csv": [
    key("indicator_id", "method-series", "series_id"),
    SOURCE,
    key("primary_url", "sources", "source_url"),
  ],
  "indicator-achievements.csv": [
    key("indicator_id", "method-indicators", "indicator_id"),
    key("cluster", "method-clusters", "cluster_id"),
  ],
  "scores.csv": [key("cluster", "method-clusters", "cluster_id")],
  "regulations.csv": [PLACE, PROVINCE, SOURCE],
  "method/indicators.csv": [key("cluster_id", "method-clusters", "cluster_id")],
  "method/series.csv": [key("indicator_id", "method-indicators", "indicator_id")],
  "method/regulation-rules.csv": [key("indicator_id", "method-indicators", "indicator_id")],
};
