/**
 * JSON to embed in a `<script type="application/json">` element. Browsers read a script element's text raw (no
 * entity decoding) and end it at the first `</script`, so the JSON is written with `<`, `>`, `&` and the two line
 * separators as \u escapes: any string from the data — a place name, a note, a source — stays inert text.
 * Use it as `<script type="application/json" id="…" set:html={jsonForScript(value)} />`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
