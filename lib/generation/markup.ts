// HTML and markdown fragments are analysed through a "clean" copy of the text of exactly the
// same length: markup characters are overwritten with spaces (block-level tags with a newline),
// so every offset found in the clean copy is also an offset into the original.

const BLOCK_TAGS = new Set([
  "p", "div", "br", "hr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
  "section", "article", "header", "footer", "figure", "figcaption", "table", "tr", "td", "th", "pre",
]);

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "\u2019", lsquo: "\u2018",
  rdquo: "\u201D", ldquo: "\u201C", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", euro: "€",
  pound: "£", yen: "¥", cent: "¢",
};

function pad(first: string, length: number): string {
  return length <= 0 ? "" : first + " ".repeat(Math.max(0, length - first.length));
}

function decodeEntity(body: string): string {
  if (body.startsWith("#x") || body.startsWith("#X")) {
    const n = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(n) && n > 31 && n < 0xffff ? String.fromCharCode(n) : " ";
  }
  if (body.startsWith("#")) {
    const n = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(n) && n > 31 && n < 0xffff ? String.fromCharCode(n) : " ";
  }
  return ENTITIES[body.toLowerCase()] ?? " ";
}

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|img|figure|section|article)\b[^>]*>/i.test(text);
}

function maskHtml(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, (m) => pad("\n", m.length))
    .replace(/<!--[\s\S]*?-->/g, (m) => " ".repeat(m.length))
    .replace(/<\/?([a-zA-Z][\w-]*)\b[^<>]*>/g, (m, name: string) =>
      pad(BLOCK_TAGS.has(name.toLowerCase()) ? "\n" : " ", m.length))
    .replace(/&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (m, body: string) => pad(decodeEntity(body), m.length));
}

function maskMarkdown(text: string): string {
  return text
    .replace(/^([ \t]{0,3}(?:#{1,6}|>|[-*+])[ \t]+)/gm, (m) => " ".repeat(m.length))
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (m, mark: string, inner: string) =>
      " ".repeat(mark.length) + inner + " ".repeat(mark.length))
    .replace(/(?<!!)\[([^\]\n]+)\]\(([^)\s]+)\)/g, (m, label: string) => " " + label + " ".repeat(m.length - label.length - 1));
}

/** Same-length copy of `text` with markup blanked out. */
export function cleanMarkup(text: string): string {
  const out = looksLikeHtml(text) ? maskHtml(text) : text;
  const masked = maskMarkdown(out);
  // Guard the invariant everything else relies on.
  return masked.length === text.length ? masked : text;
}
