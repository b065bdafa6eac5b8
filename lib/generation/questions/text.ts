// Text helpers shared by the question builders: normalising for comparisons, finding a
// phrase inside a stem, clipping, articles. Plain string work (no language models): grading
// (lib/question-types) imports it too. The clause that carries a fact is in clause.ts.

// Builders compare the same sentences and article text many times over; normalising is the
// hot spot, so results are memoised (bounded, so a long-lived server does not grow it forever).
const memo = new Map<string, string>();

/** Lower-case, ASCII-folded, punctuation-free form used for every "is it the same?" test. */
export function normalise(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const out = normaliseUncached(text);
  if (memo.size > 20000) memo.clear();
  memo.set(text, out);
  return out;
}

function normaliseUncached(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/%/g, " percent ")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^a-z0-9.$€£¥₩' ]+/g, " ")
    .replace(/(^|\s)the\s+/g, "$1")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `needle` occurs in `haystack` as whole words, after normalising both. */
export function mentions(haystack: string, needle: string): boolean {
  const n = normalise(needle);
  if (!n) return false;
  const h = normalise(haystack);
  // Word boundaries by hand: cheaper than padding a long haystack with spaces on every call.
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = at === 0 ? " " : h[at - 1];
    const after = h[at + n.length];
    if (before === " " && (after === undefined || after === " " || after === "'")) return true;
  }
  return false;
}

export function sameText(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Shortens to at most `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, "")}…`;
}

/** Ensures a statement ends with one full stop. */
export function asStatement(text: string): string {
  const t = text.trim().replace(/[\s,;:]+$/, "");
  return /[.!?…"”]$/.test(t) ? t : `${t}.`;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const PLACE_BEFORE = /\b(?:of|in|into|from|across|throughout|inside|within|to|towards?|over|against|on|near|around)\s+(?:the\s+)?$/i;

/** Whether the article names `name` only as a place or what something belongs to ("the regions
 *  of Ukraine", "troops in Ukraine", "the war against Ukraine"), never as a party that does
 *  something. Such a country is what the story is about, not one of its actors: as a wrong option
 *  for who voted, signed or joined it is ruled out at once ("Ukraine" among those that voted
 *  against a resolution on Ukraine's regions). False when the article does not name it. */
export function namedOnlyAsPlace(text: string, name: string): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name)}(?![\p{L}\d])`, "gu");
  let seen = false;
  for (const line of text.split("\n")) {
    // A header field ("Publisher: …, Ukraine", "title: …") is not the article's prose.
    if (/^\s*[\p{L}][\p{L} ]{0,20}:\s/u.test(line)) continue;
    for (const m of line.matchAll(re)) {
      seen = true;
      if (!PLACE_BEFORE.test(line.slice(Math.max(0, m.index - 30), m.index))) return false;
    }
  }
  return seen;
}

/** "a" or "an" for a figure as it is read aloud: "an 11-day strike", "an 8 percent rise", "an
 *  $80 million loan", "an 18th title", but "a 110-year-old", "a 1.8 percent rise", "a US$8 bill". */
export function articleFor(figure: string): "a" | "an" {
  const t = figure.trim().replace(/^[$€£¥₩]\s?/, "");
  if (/^(?:eight|eleven|eighteen|eighty)\b/i.test(t)) return "an";
  const whole = /^(\d[\d,]*)/.exec(t)?.[1];
  if (!whole) return /^[aeio]/i.test(t) && !/^(?:one|once|eu)/i.test(t) ? "an" : "a";
  if (whole.startsWith("8")) return "an";
  const lead = whole.includes(",") ? (whole.split(",")[0] ?? "") : whole;
  const spoken = whole.includes(",") ? lead : whole;
  return /^1[18]/.test(spoken) && (whole.includes(",") ? lead.length === 2 : spoken.length % 3 === 2) ? "an" : "a";
}

/** `before` (the text up to a figure) with a closing "a"/"an" made to agree with `figure`. */
export function agreeArticle(before: string, figure: string): string {
  return before.replace(/\b([Aa])n?(\s+)$/, (_m, a: string, gap: string) => {
    const want = articleFor(figure);
    return `${a === "A" ? capitalise(want) : want}${gap}`;
  });
}
