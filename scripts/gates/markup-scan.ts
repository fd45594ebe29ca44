/**
 * A small HTML tokenizer for the gates: every start tag with its attributes, and the text between tags, the way a
 * browser's tokenizer splits a page (quoted attribute values, comments, CDATA, raw-text elements), but without
 * building a tree. The gates ask questions a tree is not needed for — "does any element carry an on*= attribute?",
 * "did a data string become a <script>?" — and they must see inside inline SVG, which html-validate does not parse
 * (it treats an <svg> as opaque). Inside <svg>/<math> nothing is raw text, as in the HTML parser's foreign content:
 * there a "<img" in a <title> is a real tag, so it must be seen as one.
 */
export interface ScannedAttribute {
  name: string;
  /** The raw value (entities not decoded), or null for a bare attribute. */
  value: string | null;
  offset: number;
}

export interface ScannedTag {
  name: string;
  offset: number;
  attributes: ScannedAttribute[];
  /** For script/style/textarea/title outside SVG: the raw text up to the closing tag. */
  rawText?: string;
}

export interface Scan {
  tags: ScannedTag[];
  /** Text between tags, raw (entities not decoded), with its offset. */
  texts: { offset: number; text: string }[];
}

const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
const FOREIGN = new Set(["svg", "math"]);
// Sticky (y) patterns matched at an offset: no substring per tag, which made scanning the site 3× slower.
const TAG_NAME = /[^\s/>]+/y;
const ATTR_NAME = /[^\s/>=]+|=[^\s/>=]*/y;
const UNQUOTED = /[^\s>]*/y;
const SPACE = /\s/;
const matchAt = (re: RegExp, s: string, at: number): string => {
  re.lastIndex = at;
  return re.exec(s)?.[0] ?? "";
};

export function scanMarkup(html: string): Scan {
  const tags: ScannedTag[] = [];
  const texts: Scan["texts"] = [];
  let foreign = 0;
  let i = 0;
  const text = (from: number, to: number) => {
    if (to > from) texts.push({ offset: from, text: html.slice(from, to) });
  };
  const skipTo = (marker: string, from: number) => {
    const at = html.indexOf(marker, from);
    return at < 0 ? html.length : at + marker.length;
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(i, html.length);
      break;
    }
    text(i, lt);
    if (html.startsWith("<!--", lt)) i = skipTo("-->", lt + 4);
    else if (html.startsWith("<![CDATA[", lt)) {
      const end = skipTo("]]>", lt + 9);
      text(lt + 9, Math.max(lt + 9, end - 3));
      i = end;
    } else if (html[lt + 1] === "!" || html[lt + 1] === "?") i = skipTo(">", lt);
    else if (html[lt + 1] === "/" && /[a-z]/i.test(html[lt + 2] ?? "")) {
      const name = matchAt(TAG_NAME, html, lt + 2).toLowerCase();
      if (FOREIGN.has(name) && foreign > 0) foreign--;
      i = skipTo(">", lt);
    } else if (/[a-z]/i.test(html[lt + 1] ?? "")) i = startTag(lt);
    else {
      text(lt, lt + 1);
      i = lt + 1;
    }
  }
  return { tags, texts };

  function startTag(lt: number): number {
    let j = lt + 1;
    const name = matchAt(TAG_NAME, html, j).toLowerCase();
    j += name.length;
    const tag: ScannedTag = { name, offset: lt, attributes: [] };
    let selfClosing = false;
    for (;;) {
      while (j < html.length && (html[j] === "/" || SPACE.test(html[j]!))) selfClosing = html[j++] === "/";
      if (j >= html.length || html[j] === ">") break;
      selfClosing = false;
      const attrName = matchAt(ATTR_NAME, html, j);
      const offset = j;
      j += attrName.length;
      while (SPACE.test(html[j] ?? "")) j++;
      let value: string | null = null;
      if (html[j] === "=") {
        j++;
        while (SPACE.test(html[j] ?? "")) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end < 0 ? html.length : end);
          j = end < 0 ? html.length : end + 1;
        } else {
          value = matchAt(UNQUOTED, html, j);
          j += value.length;
        }
      }
      tag.attributes.push({ name: attrName.toLowerCase(), value, offset });
    }
    j = Math.min(j + 1, html.length);
    tags.push(tag);
    if (FOREIGN.has(name) && !selfClosing) foreign++;
    else if (foreign === 0 && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "ig");
      close.lastIndex = j;
      const end = close.exec(html)?.index ?? html.length;
      tag.rawText = html.slice(j, end);
      return end;
    }
    return j;
  }
}

/** A tag's attribute, entities decoded; null when absent or bare. */
export function attributeOf(tag: ScannedTag, name: string): string | null {
  const v = tag.attributes.find((a) => a.name === name)?.value;
  return v === undefined || v === null ? null : decodeEntities(v);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decode the character references Astro and the site emit (named basics, decimal and hex). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === "#")
      return String.fromCodePoint(
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
      );
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** 1-based line and column of an offset, for messages a reader can jump to. */
export function lineColumn(html: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let k = html.indexOf("\n"); k >= 0 && k < offset; k = html.indexOf("\n", k + 1)) {
    line++;
    last = k;
  }
  return { line, column: offset - last };
}
