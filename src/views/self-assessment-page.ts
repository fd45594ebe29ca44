/**
 * What the self-assessment page (src/components/method/SelfAssessmentPage.astro) lays out from the method: the
 * clusters in order, each with its indicators in order, and the points an indicator is worth (the first and the last
 * indicator's, which the page's "how it is computed" names). Build-side only: the browser's script gets the method
 * itself as JSON and reads it with src/views/self-assessment-views.ts.
 */
import type { Method, MethodCluster, MethodIndicator } from "../method/score.ts";

export interface ClusterWithIndicators {
  cluster: MethodCluster;
  /** The cluster's indicators by number. */
  indicators: MethodIndicator[];
}

export interface SelfAssessmentPageValues {
  /** Clusters by their order in the method. */
  clusters: ClusterWithIndicators[];
  /** Points of the first and of the last indicator as the method lists them (0 when the method has none). */
  points: { first: number; last: number };
}

export function selfAssessmentPage(method: Method): SelfAssessmentPageValues {
  const clusters = [...method.clusters]
    .sort((a, b) => a.order - b.order)
    .map((cluster) => ({
      cluster,
      indicators: method.indicators.filter((i) => i.clusterId === cluster.id).sort((a, b) => a.number - b.number),
    }));
  return {
    clusters,
    points: { first: method.indicators[0]?.maxPoints ?? 0, last: method.indicators.at(-1)?.maxPoints ?? 0 },
  };
}
