// Wrong expansions for "What does FKI stand for?". A learner must not be able to answer by
// matching first letters, nor by taking the most common word at each place: so the wrong options
// are other REAL organisations with the same initials (from the article, then a curated list),
// and when there are too few the question is not asked. The older generator that swaps one word
// of the real name (acronymExpansions) is kept for reference only; no question uses it.
import type { Rng } from "../random";
import { shuffle } from "../random";
import type { Candidate } from "./distractors";
import { INSTITUTION_HEADS, INSTITUTION_MODIFIERS, NAME_FUNCTION_WORDS, REAL_ORGANISATIONS } from "./lexicon";
import { normalise } from "./text";

const INITIAL_SKIP = new Set(["of", "and", "for", "the", "in", "on", "to", "a", "an", "&"]);

/** "Federation of Korean Industries" → "FKI"; hyphenated words count once per part, as a reader sees them. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

/** Real organisations whose initials spell the acronym as its own expansion does. */
export function realExpansions(short: string, long: string, fromArticle: readonly string[]): Candidate[] {
  const keys = new Set([initialsOf(long), short.replace(/[^\p{L}\d]/gu, "").toUpperCase()]);
  const own = normalise(long);
  const seen = new Set([own]);
  const out: Candidate[] = [];
  const consider = (name: string, closeness: number) => {
    const key = normalise(name);
    if (seen.has(key) || !keys.has(initialsOf(name))) return;
    seen.add(key);
    out.push({ text: name, closeness });
  };
  for (const name of fromArticle) consider(name.replace(/^the\s+/i, ""), 0.9);
  for (const name of REAL_ORGANISATIONS) consider(name, 0.7);
  return out;
}

function byInitial(pool: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of pool) {
    const k = w.charAt(0).toUpperCase();
    const list = map.get(k) ?? [];
    if (!list.includes(w)) list.push(w);
    map.set(k, list);
  }
  return map;
}

/** Capitalised words the article uses mid-sentence (so not just sentence openers), minus
 *  the given person-name parts: place and institution words that sound right in a name. */
export function nameWords(text: string, exclude: string[] = []): string[] {
  const banned = new Set(exclude.flatMap((x) => x.toLowerCase().split(/[\s-]+/)));
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,] )[A-Z][a-z]{2,}\b(?!-)/g)) if (!banned.has(m[0].toLowerCase())) found.add(m[0]);
  return [...found].slice(0, 400);
}

export function acronymExpansions(long: string, articleWords: string[], rng: Rng, n = 3): Candidate[] {
  const tokens = long.split(/\s+/).filter(Boolean);
  const slots = tokens.map((t, i) => ({ t, i })).filter(({ t }) => !NAME_FUNCTION_WORDS.has(t.toLowerCase()) && /^[A-Z]/.test(t));
  if (slots.length === 0) return [];
  const own = new Set(tokens.map((t) => t.toLowerCase()));
  const articlePool = byInitial(articleWords.filter((w) => !own.has(w.toLowerCase())));
  const fresh = (xs: readonly string[]) => byInitial(xs.filter((w) => !own.has(w.toLowerCase())));
  const heads = fresh(INSTITUTION_HEADS);
  const modifiers = fresh(INSTITUTION_MODIFIERS);
  const last = slots[slots.length - 1]?.i;
  // A head noun ends the name or precedes "of"/"for" ("Institute for ...").
  const isHead = (i: number) => i === last || NAME_FUNCTION_WORDS.has((tokens[i + 1] ?? "").toLowerCase());
  const seen = new Set([normalise(long)]);
  const out: Candidate[] = [];
  // Swap one word, then two, then all: more swaps read less like the real name.
  for (let attempt = 0; attempt < 40 && out.length < n; attempt++) {
    const swaps = Math.min(slots.length, 1 + Math.floor(attempt / 8));
    const chosen = shuffle(slots, rng).slice(0, swaps);
    const next = [...tokens];
    let changed = 0;
    for (const { t, i } of chosen) {
      const initial = t.charAt(0).toUpperCase();
      // The last word is the name's head noun; article words (places, names) only qualify.
      const fromLex = (isHead(i) ? heads : modifiers).get(initial) ?? [];
      // Article words (places, names) only stand in for proper words, not for "Trade".
      const generic = INSTITUTION_MODIFIERS.some((w) => w.toLowerCase() === t.toLowerCase());
      const fromArticle = isHead(i) || generic || t.includes("-") ? [] : (articlePool.get(initial) ?? []);
      const pool = rng.next() < 0.7 && fromLex.length > 0 ? fromLex : [...fromArticle, ...fromLex];
      const pick = pool.length > 0 ? pool[rng.int(pool.length)] : undefined;
      if (pick) {
        next[i] = pick;
        changed++;
      }
    }
    const text = next.join(" ");
    const key = normalise(text);
    if (changed === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ text, closeness: changed === 1 ? 0.9 : 0.7 });
  }
  return out;
}
