// Part-of-speech and entity tags from compromise, mapped to offsets in the original text. They
// are hints for the rules (where a noun phrase ends, which words are verbs, which are places):
// compromise runs once over the whole document, since it dominates the pipeline's run time.
import nlp from "compromise";
import type { Sentence } from "./types";

export interface Token {
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
}

interface JsonTerm { text?: string; tags?: string[]; offset?: { start: number; length: number } }
interface JsonSentence { terms?: JsonTerm[] }

/** Beyond this many characters of sentences the rules run without tags (compromise ~1 ms/KB). */
export const TAGGING_LIMIT = 60_000;

export function tagTokens(clean: string, sentences: Sentence[], limit = TAGGING_LIMIT): Token[] {
  if (sentences.length === 0) return [];
  // Blank everything that is not a sentence, keeping length, so compromise's offsets are ours.
  const chars: string[] = [];
  let pos = 0;
  let budget = limit;
  for (const s of sentences) {
    if (budget <= 0) break;
    chars.push(clean.slice(pos, s.start).replace(/[^\n]/g, " "));
    chars.push(clean.slice(s.start, s.end));
    // A newline after each sentence keeps headlines (no full stop) apart from the next sentence.
    pos = s.end;
    budget -= s.end - s.start;
  }
  const input = chars.join("").replace(/[ \t]+\n/g, (m) => " ".repeat(m.length - 1) + "\n");
  let json: JsonSentence[];
  try {
    json = nlp(input).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  } catch {
    return [];
  }
  const tokens: Token[] = [];
  for (const sent of json) {
    for (const term of sent.terms ?? []) {
      const off = term.offset;
      if (!off || !term.text) continue;
      // Re-anchor: compromise's offsets can drift by a character after quote marks.
      let start = off.start;
      if (input.slice(start, start + term.text.length) !== term.text) {
        const found = input.indexOf(term.text, Math.max(0, start - 3));
        if (found === -1 || found > start + 3) continue;
        start = found;
      }
      tokens.push({ start, end: start + term.text.length, text: term.text, tags: new Set(term.tags ?? []) });
    }
  }
  return tokens;
}

export class TokenIndex {
  constructor(readonly tokens: Token[]) {}

  /** Tokens overlapping [start, end), in order. */
  within(start: number, end: number): Token[] {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid]?.end ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let i = lo; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (!t || t.start >= end) break;
      out.push(t);
    }
    return out;
  }

  at(offset: number): Token | undefined {
    return this.within(offset, offset + 1)[0];
  }

  has(offset: number, tag: string): boolean {
    return this.at(offset)?.tags.has(tag) ?? false;
  }
}
