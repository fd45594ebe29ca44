/**
 * For the string tests' `vi.mock` factories: the module `original` with its string renderer `name` replaced by one
 * that records each drawing in `sink`, then draws it as before. A test then has every drawing the site hands the
 * renderer (through the chart catalogue, which calls it out of the test's reach) and compares the renderer's output
 * with Plot's on exactly those. Imported inside the factory (`await import`): vi.mock is hoisted above the imports.
 */
export function recordingDrawings(
  original: Readonly<Record<string, unknown>>,
  name: string,
  sink: unknown[],
): Record<string, unknown> {
  const draw = original[name];
  if (typeof draw !== "function") throw new Error(`record-drawings: the module has no function ${name}`);
  return {
    ...original,
    [name]: (drawing: unknown) => {
      sink.push(drawing);
      return draw(drawing) as string;
    },
  };
}
