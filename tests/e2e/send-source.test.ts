/**
 * The "send a source" form links as a page renders them (Astro container API, as shell.test.ts renders ChartFigure):
 * with a repository address, one prefilled link per form; without one, nothing at all, so the CSV route stands alone
 * and a build without REPO_URL is byte-identical to one from before the forms existed.
 */
import { describe, expect, it } from "vitest";

async function render(repoUrl: string | undefined): Promise<string> {
  const { experimental_AstroContainer: AstroContainer } = await import("astro/container");
  const { default: SendSourceForm } = await import("../../src/components/SendSourceForm.astro");
  const container = await AstroContainer.create();
  return container.renderToString(SendSourceForm, {
    props: {
      lang: "id",
      forms: ["award", "correction"],
      prefill: { placeName: "Kota Kupang", provinceName: "Nusa Tenggara Timur", year: 2023 },
      repoUrl,
    },
  });
}

describe("SendSourceForm", () => {
  it("links each form, prefilled with the place, province and round", async () => {
    const html = await render("https://github.com/o/atlas");
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
    expect(hrefs).toEqual([
      "https://github.com/o/atlas/issues/new?template=award.yml&title=%5Bpredikat%5D+Kota+Kupang+2023&name_as_published=Kota+Kupang&province_as_published=Nusa+Tenggara+Timur&year=2023",
      "https://github.com/o/atlas/issues/new?template=correction.yml&title=%5Bkoreksi%5D+Kota+Kupang+2023&name_as_published=Kota+Kupang&province_as_published=Nusa+Tenggara+Timur&year=2023",
    ]);
    expect(html).toContain("isi formulir sumber predikat");
  });

  it("renders nothing without a repository address", async () => {
    expect((await render("")).trim()).toBe("");
  });
});
