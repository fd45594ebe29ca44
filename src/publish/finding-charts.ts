/**
 * A finding's chart as a catalogue chart (ids `temuan-…`): the embed page and the SVG, PNG and CSV files of every
 * finding come from the same `Finding` the Findings page prints, so the picture, its sources and its caveat never
 * differ between the page and an embed. The note carried with the chart is the finding's first caveat (association
 * is not causation): an embedded chart travels without the page's text, but never without that.
 */
import type { Finding } from "../views/findings/finding.ts";
import type { PublishedChart } from "./published-charts.ts";

export function findingChart(finding: Finding): PublishedChart {
  return {
    chart: finding.chart,
    sources: finding.sources,
    moreSources: finding.moreSources,
    // A finding's source line ends with the downloads whose rows carry every source it leaves out.
    moreSourcesIn: "files",
    ...(finding.caveats[0] === undefined ? {} : { note: finding.caveats[0] }),
  };
}
