/** dist/en/self-assessment/template.csv: the blank self-assessment template, English names. */
import type { APIRoute } from "astro";
import { siteData } from "../../../views/site-data.ts";
import { selfAssessmentTemplate } from "../../../method/self-assessment.ts";

export const GET: APIRoute = () =>
  new Response(selfAssessmentTemplate(siteData().method, "en"), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
