/** /en/grafik/<id>.png for every catalogue chart (English). See ../../grafik/_chart-files.ts. */
import { chartFileRoute } from "../../grafik/_chart-files.ts";

export const { getStaticPaths, GET } = chartFileRoute("en", "png");
