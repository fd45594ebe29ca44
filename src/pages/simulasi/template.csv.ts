/** dist/simulasi/template.csv: the blank self-assessment template (24 rows, value empty), Indonesian names. */
import type { APIRoute } from "astro";
import { siteData } from "../../views/site-data.ts";
import { selfAssessmentTemplate } from "../../method/self-assessment.ts";

export const GET: APIRoute = () =>
  new Response(selfAssessmentTemplate(siteData().method, "id"), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
