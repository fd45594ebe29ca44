/**
 * For the string tests of charts the chart catalogue draws, whose renderer a `vi.mock` records (record-drawings.ts):
 * every catalogue chart with `anchor`, in both languages, with the SVG the site publishes and the one drawing its
 * string renderer was handed for it. Fails when a chart draws no drawing or more than one.
 */
import { expect } from "vitest";
import type { SiteData } from "../../../src/pipeline/artefact.ts";
import { chartCatalog } from "../../../src/publish/chart-catalog.ts";

export function catalogueDrawings<D>(
  d: SiteData,
  anchor: string,
  drawn: D[],
): { name: string; svg: string; drawing: D }[] {
  return (["id", "en"] as const).flatMap((lang) =>
    chartCatalog(d, lang)
      .filter((chart) => chart.anchor === anchor)
      .map((chart) => {
        drawn.length = 0;
        const { svg } = chart.published().chart;
        const name = `${chart.id} ${lang}`;
        expect(drawn, name).toHaveLength(1);
        return { name, svg, drawing: drawn[0]! };
      }),
  );
}
