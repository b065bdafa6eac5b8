// Which words of a source sentence answer the question, so feedback can mark them inside the
// quoted sentence instead of marking the whole sentence. Pure: the caller hands in the key's
// texts (the question type's own `keys`) and, when known, the spans of the question's facts.
// Only called where the key may be shown: the marks give the answer away.

import { merge, type Span } from "./marked-runs";

export type { Span } from "./marked-runs";

type Normalised = { text: string; map: number[] };

const SPACE = /\s/;
const DIGIT = /\d/;
const WORD = /[\p{L}\p{N}]/u;
const FOLD: Record<string, string> = { "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " " };

/**
 * Lower case, one space for any run of spacing, straight quotes and hyphens, and no thousands
 * separators ("1,000" reads as "1000"), with the index in the original text of every character kept.
 */
export function normaliseWithMap(input: string): Normalised {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const raw = input[i]!;
    const ch = (FOLD[raw] ?? raw).toLowerCase();
    if (SPACE.test(ch)) {
      if (text.length > 0 && !text.endsWith(" ")) {
        text += " ";
        map.push(i);
      }
      continue;
    }
    // A comma between a digit and exactly three digits is a thousands separator.
    if (ch === "," && DIGIT.test(input[i - 1] ?? "") && /^\d{3}(?!\d)/.test(input.slice(i + 1, i + 5))) continue;
    text += ch;
    map.push(i);
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map };
}

/** Every place `needle` stands as whole words in `hay` (both normalised), as spans of the original text. */
function occurrences(hay: Normalised, needle: string): Span[] {
  const found: Span[] = [];
  if (!needle) return found;
  for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1)) {
    const before = hay.text[at - 1] ?? "";
    const after = hay.text[at + needle.length] ?? "";
    // "5" must not match inside "15" or "2025", nor "Korea" inside "Koreans".
    if (WORD.test(needle[0]!) && WORD.test(before)) continue;
    if (WORD.test(needle.at(-1)!) && WORD.test(after)) continue;
    const start = hay.map[at]!;
    const end = hay.map[at + needle.length - 1]! + 1;
    found.push({ start, end });
  }
  return found;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The spans of `sentence` (offsets into it) holding the answer: each key text found as whole
 * words, ignoring case, spacing, curly quotes and thousands separators. A key found more than
 * once is placed by the fact it came from (`factSpans`, offsets into the sentence); if no fact
 * settles it, or the key isn't in the sentence at all, it gets no mark: none beats a wrong one.
 */
export function answerMarks({ sentence, keys, factSpans = [] }: { sentence: string; keys: readonly string[]; factSpans?: readonly Span[] }): Span[] {
  const hay = normaliseWithMap(sentence);
  const spans: Span[] = [];
  for (const key of new Set(keys)) {
    const needle = normaliseWithMap(key).text;
    if (needle.length === 0) continue;
    const found = occurrences(hay, needle);
    if (found.length === 1) spans.push(found[0]!);
    else if (found.length > 1) {
      const placed = found.filter((s) => factSpans.some((f) => overlaps(s, f)));
      if (placed.length === 1) spans.push(placed[0]!);
    }
  }
  return merge(spans);
}
