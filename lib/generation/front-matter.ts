// Stage 1a: what an article file says about itself before its text starts. Two shapes:
// - a `---` … `---` block of `key: "value"` lines (markdown front matter);
// - a leading header block of `Key: value` lines ("Title: …", "Publisher: …", "Date: …",
//   "URL: …") ended by a blank line — the shape pasted or saved articles often have.
// Either way the block is metadata, not quiz text. Hand-written rather than a YAML library:
// the format is a flat list of strings, and a YAML parser would throw on the malformed
// headers pasted text often has.

export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset of the first character after the block (0 when there is none). */
  bodyStart: number;
  /** The block's own span, when present. */
  span?: { start: number; end: number };
  /** Which shape the block had, when present. */
  kind?: "fence" | "header";
}

const OPEN = /^\uFEFF?[ \t]*---[ \t]*\r?\n/;
const CLOSE = /^[ \t]*---[ \t]*$/m;
const FIELD = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function unquote(raw: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(raw) ?? /^'((?:[^']|'')*)'$/.exec(raw);
  if (!m || m[1] === undefined) return raw;
  return raw.startsWith('"') ? m[1].replace(/\\(.)/g, "$1") : m[1].replace(/''/g, "'");
}

function parseFence(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  // Without a closing fence this is a horizontal rule, not front matter.
  if (!close) return null;
  const inner = rest.slice(0, close.index);
  const fields: Record<string, string> = {};
  for (const line of inner.split(/\r?\n/)) {
    const m = FIELD.exec(line);
    if (m?.[1] && m[2] !== undefined) fields[m[1].toLowerCase()] = unquote(m[2]);
  }
  // "date: 2026-03-04", the key most static-site front matter uses, is the day it was published.
  const dated = Object.keys(fields).find((k) => HEADER_KEYS[k] === "published" && k !== "published");
  if (fields.published === undefined && dated) fields.published = fields[dated] as string;
  let end = open[0].length + close.index + close[0].length;
  if (text[end] === "\r") end++;
  if (text[end] === "\n") end++;
  return { fields, bodyStart: end, span: { start: 0, end }, kind: "fence" };
}

// Header keys people and sites use, by the field name the front matter uses for them.
const HEADER_KEYS: Record<string, string> = {
  title: "title", headline: "title",
  publisher: "source", source: "source", publication: "source", outlet: "source", site: "source", newspaper: "source",
  date: "published", published: "published", "published on": "published", "publication date": "published",
  "date published": "published", dated: "published", updated: "updated", "last updated": "updated",
  author: "byline", authors: "byline", by: "byline", byline: "byline", writer: "byline", reporter: "byline",
  url: "url", link: "url", "source url": "url", "original url": "url",
  section: "section", category: "section", language: "language", tags: "tags",
};
const DATE_KEYS = new Set(["published", "updated"]);
const HEADER_LINE = /^[ \t]*([A-Za-z][A-Za-z ]{0,23}?)[ \t]*:[ \t]+(\S.*?)[ \t]*$/;
/** Enough to tell a date from other text; stage 3 does the actual reading. */
const LOOKS_LIKE_DATE = /\b(?:1[89]|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** A leading block of `Key: value` lines. Known keys only, unless a blank line closes the block
 *  (then a stray "Note: …" line inside it is metadata too). One line is a header only when it is
 *  a date ("Published: 12 March 2024"): a lone "Title: …" may well be the headline. */
function parseHeader(text: string): FrontMatter | null {
  let pos = /^\uFEFF?(?:[ \t]*\r?\n)*/.exec(text)?.[0].length ?? 0;
  const fields: Record<string, string> = {};
  let known = 0;
  let unknown = 0;
  let datey = false;
  let end = pos;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, "");
    const m = HEADER_LINE.exec(line);
    if (!m?.[1] || !m[2]) break;
    const key = m[1].toLowerCase().replace(/\s+/g, " ");
    const field = HEADER_KEYS[key];
    if (field) {
      known++;
      if (DATE_KEYS.has(field) && LOOKS_LIKE_DATE.test(m[2])) datey = true;
      fields[field] ??= m[2];
    } else {
      if (key.split(" ").length > 3) break;
      unknown++;
      fields[key] ??= m[2];
    }
    end = nl === -1 ? text.length : nl + 1;
    pos = end;
  }
  if (known === 0 || (known < 2 && !datey)) return null;
  const rest = text.slice(end);
  const closedByBlank = end >= text.length || /^[ \t]*\r?\n/.test(rest) || rest.trim() === "";
  if (unknown > 0 && !closedByBlank) return null;
  const spanEnd = end;
  // The blank lines after the block belong to it; the body starts at the next text.
  while (end < text.length && /^[ \t]*\r?\n/.test(text.slice(end))) end = text.indexOf("\n", end) + 1;
  return { fields, bodyStart: end, span: { start: 0, end: spanEnd }, kind: "header" };
}

export function parseFrontMatter(text: string): FrontMatter {
  if (typeof text !== "string" || text.length === 0) return { fields: {}, bodyStart: 0 };
  return parseFence(text) ?? parseHeader(text) ?? { fields: {}, bodyStart: 0 };
}

/** Header values people leave in place of a title: "not shown (…)", "n/a", "untitled". */
export function isPlaceholder(value: string | undefined): boolean {
  if (!value?.trim()) return true;
  return /^\s*(?:not (?:shown|available|given|known|printed)(?: in [^()[\]]*)?|n\/?a|none|unknown|untitled|tbd|-+|—)\s*(?:[([].*)?[.;]?\s*$/i.test(value);
}
