/** /grafik/<id>.svg for every catalogue chart (Indonesian). See ./_chart-files.ts. */
import { chartFileRoute } from "./_chart-files.ts";

export const { getStaticPaths, GET } = chartFileRoute("id", "svg");
