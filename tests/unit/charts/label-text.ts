/**
 * Generated label text for the string renderers' tests (tests/unit/charts/*-string.test.ts): the chart's own
 * examples, the text every chart must write escaped and intact, line breaks where the chart's labels can hold them,
 * and short random strings.
 */
import fc from "fast-check";

/** Markup and quotes to escape, a no-break space, and nothing at all. */
const AWKWARD = ['Kab. "B" & <C>', "D\u00a0E", ""];
/** Line breaks of every kind, leading, trailing and doubled: Plot splits a text mark's label into lines on them. */
const LINE_BREAKS = ["Baris\nkedua", "\n\nc\r\nd", "x\n", "\r\n"];

export function labelText(
  examples: readonly string[],
  {
    lineBreaks = false,
    random = fc.string({ maxLength: 8 }),
  }: { lineBreaks?: boolean; random?: fc.Arbitrary<string> } = {},
): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...examples, ...AWKWARD, ...(lineBreaks ? LINE_BREAKS : [])), random);
}
