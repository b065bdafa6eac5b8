// Stage 1a: the `---` … `---` block of `key: "value"` lines at the top of an article file.
// Hand-written rather than a YAML library: the format is a flat list of quoted strings, and a
// YAML parser would throw on the malformed headers pasted text often has.

export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset of the first character after the closing `---` line (0 when there is none). */
  bodyStart: number;
  /** The front matter's own span, when present. */
  span?: { start: number; end: number };
}

const OPEN = /^\uFEFF?[ \t]*---[ \t]*\r?\n/;
const CLOSE = /^[ \t]*---[ \t]*$/m;
const FIELD = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function unquote(raw: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(raw) ?? /^'((?:[^']|'')*)'$/.exec(raw);
  if (!m || m[1] === undefined) return raw;
  return raw.startsWith('"') ? m[1].replace(/\\(.)/g, "$1") : m[1].replace(/''/g, "'");
}

export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { fields: {}, bodyStart: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  // Without a closing fence this is a horizontal rule, not front matter.
  if (!close) return { fields: {}, bodyStart: 0 };
  const inner = rest.slice(0, close.index);
  const fields: Record<string, string> = {};
  for (const line of inner.split(/\r?\n/)) {
    const m = FIELD.exec(line);
    if (m?.[1] && m[2] !== undefined) fields[m[1].toLowerCase()] = unquote(m[2]);
  }
  let end = open[0].length + close.index + close[0].length;
  if (text[end] === "\r") end++;
  if (text[end] === "\n") end++;
  return { fields, bodyStart: end, span: { start: 0, end } };
}
