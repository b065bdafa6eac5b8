// Stage 2: sentences inside quiz-material blocks. Intl.Segmenter does the splitting (it is built
// in, takes well under a millisecond, and its offsets are exact); compromise's splitter is ~100x
// slower and shifts offsets after leading quote marks. The rules below repair the segmenter's
// known misses: abbreviations ("Mr. Kim", "U.S. Trade Representative") and quotations that end
// in "!"/"?" mid-sentence (chanting “Fighting!” during …).
import type { Block, Sentence } from "./types";
import { TRAILING_CREDIT } from "./segment";

// Always followed by more of the same sentence (a name or a number).
const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "gov", "sen", "rep", "gen", "col", "lt",
  "sgt", "capt", "rev", "hon", "mt", "fig", "approx",
]);
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS, "inc", "corp", "co", "ltd", "jr", "sr", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
  "etc", "al", "ft", "u.s", "u.k", "u.n", "e.u", "p.m", "a.m",
]);

// Words that start a new sentence even after "U.S." — otherwise the abbreviation wins.
const SENTENCE_STARTERS = new Set([
  "The", "This", "That", "These", "Those", "It", "Its", "In", "But", "However", "And", "He", "She",
  "They", "We", "I", "A", "An", "As", "At", "On", "For", "Meanwhile", "Still", "Yet", "If", "When",
  "While", "Some", "Many", "Most", "Last", "Next", "According", "There", "Analysts", "Experts",
]);

const CLOCK_FOLLOWERS = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$|^(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|KST|JST|IST|AEST|AEDT|HKT|SGT)$/;

// A zone named in words: "Japan time", "Pacific Daylight Time".
const NAMED_ZONE = /^(?:\p{Lu}[\p{L}.]*\s+){1,3}[Tt]ime\b/u;

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  return segmenter;
}

interface Span { start: number; end: number }

function endsWithAbbreviation(piece: string): { abbr: string } | undefined {
  const m = /(?:^|[\s("“‘-])((?:[A-Za-z]\.){2,}|[A-Za-z]{1,5}\.)$/.exec(piece.trimEnd());
  if (!m?.[1]) return undefined;
  const word = m[1].toLowerCase().replace(/\.$/, "");
  if (/^(?:[a-z]\.)+[a-z]$/.test(word) || ABBREVIATIONS.has(word)) return { abbr: word };
  // A single capital initial ("John F. Kennedy").
  if (/^[A-Z]\.$/.test(m[1])) return { abbr: word };
  return undefined;
}

function shouldMerge(prev: string, next: string): boolean {
  const nextTrim = next.trimStart();
  const first = nextTrim[0] ?? "";
  if (!first) return true;
  // Continuation after a quoted exclamation/question or an abbreviation: next starts lower case,
  // a digit or closing punctuation.
  if (/^[\p{Ll}\d,;:)\]%—–-]/u.test(nextTrim)) return true;
  const abbr = endsWithAbbreviation(prev);
  if (!abbr) return false;
  if (TITLE_ABBREVIATIONS.has(abbr.abbr)) return true;
  const nextWord = /^[\p{L}']+/u.exec(nextTrim)?.[0] ?? "";
  // "… until 6 p.m. Hospitals treated …": after a clock time only a day, a month or a time zone
  // goes on with the sentence ("at 6 p.m. Monday", "9 a.m. GMT", "9:47 p.m. Japan time",
  // "8 a.m. Eastern Standard Time").
  if (abbr.abbr === "p.m" || abbr.abbr === "a.m") {
    return CLOCK_FOLLOWERS.test(nextWord) || (!SENTENCE_STARTERS.has(nextWord) && NAMED_ZONE.test(nextTrim));
  }
  return !SENTENCE_STARTERS.has(nextWord);
}

function trimSpan(clean: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(clean[start] ?? "")) start++;
  while (end > start && /\s/.test(clean[end - 1] ?? "")) end--;
  return { start, end };
}

// A clock time, then a dash, a colon or the room of markup blanked out ("**20:45** " reads
// "  20:45   "), then a sentence's capital: a single space is left alone ("20:45 Tuesday").
const ENTRY_TIME = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s*[—–-]\s*|:\s+|\s{2,})(?=["“‘]?\p{Lu})/u;

// An interview transcript labels each turn ("Q: Where is the money coming from?", "A: About
// 620 million …", "**Q:** …", "Question: …"): the label says who is speaking and is no part of
// the first sentence.
export const INTERVIEW_LABEL = /^(?:Q|A|Question|Answer)\s*:\s+(?=["“‘]?[\p{Lu}\p{N}])/u;

/** Splits one block's clean text into sentence spans (absolute offsets). */
export function splitBlock(clean: string, block: Block): Span[] {
  const inner = clean.slice(block.start, block.end);
  const pieces: Span[] = [];
  for (const seg of getSegmenter().segment(inner)) {
    const span = { start: block.start + seg.index, end: block.start + seg.index + seg.segment.length };
    const prev = pieces[pieces.length - 1];
    if (prev && shouldMerge(clean.slice(prev.start, prev.end), seg.segment)) prev.end = span.end;
    else pieces.push(span);
  }
  const out: Span[] = [];
  for (const [i, p] of pieces.entries()) {
    let span = trimSpan(clean, p);
    // A live blog's entry opens with its time set apart ("**20:45** First results …", "21:30 – The
    // count …"): the time labels the entry and is no part of its first sentence.
    const stamp = i === 0 ? ENTRY_TIME.exec(clean.slice(span.start, span.end)) : null;
    if (stamp) span = trimSpan(clean, { start: span.start + stamp[0].length, end: span.end });
    const label = i === 0 ? INTERVIEW_LABEL.exec(clean.slice(span.start, span.end)) : null;
    if (label) span = trimSpan(clean, { start: span.start + label[0].length, end: span.end });
    const credit = TRAILING_CREDIT.exec(clean.slice(span.start, span.end));
    if (credit) span = trimSpan(clean, { start: span.start, end: span.start + credit.index });
    if (span.end > span.start && /\p{L}|\p{N}/u.test(clean.slice(span.start, span.end))) out.push(span);
  }
  return out;
}

/**
 * The longest span read as a sentence. A news sentence runs to 300-400 characters at most; a
 * longer one is a link list, a table flattened to text or a page of navigation, never quiz
 * material. Every later stage works per sentence (a fact keeps its sentence, clauses are found
 * around each mention), so one run-on "sentence" of n characters holding n/100 figures cost
 * n^2 - a 200 KB link soup blocked the server for minutes. Such spans are left out here, once.
 */
export const MAX_SENTENCE_CHARS = 1_000;

export function splitSentences(
  text: string,
  clean: string,
  blocks: Block[],
  includeCaptions = false,
): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const use = block.kind === "body" || block.kind === "headline" || (includeCaptions && block.kind === "caption");
    if (!use) continue;
    for (const span of splitBlock(clean, block)) {
      if (span.end - span.start > MAX_SENTENCE_CHARS) continue;
      sentences.push({ index: sentences.length, blockIndex: block.index, text: text.slice(span.start, span.end), ...span });
    }
  }
  return sentences;
}
