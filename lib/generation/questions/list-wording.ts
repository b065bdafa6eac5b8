// How a question on a ListFact is worded, from the list's own clause: "Korea primarily imported
// textiles and chemical machinery from Japan prior to 2000" → "which of these goods did Korea
// primarily import from Japan prior to 2000?"; a list of examples ("intermediate goods like …")
// → the clause restated without them, then "which of these does the article give as examples?".
// Only clauses whose parts the fact builder found whole are worded; anything else gets no stem.
import nlp from "compromise";
import type { ListFact } from "../facts/list-fact";
import { KIND_NOUN, kindOfList } from "./list-lexicon";
import { mentions } from "./text";

const AUX = /^(?:has|have|had|will|would|can|could|may|might|did|does|do)$/i;
const ADVERB = /ly$|^(?:also|only|still)$/i;
// A verb phrase that ends in a preposition ("voted against") leaves out what it is about.
const OPEN_END = /\b(?:against|for|to|of|with|by|from|on|in|at|about|into|over|as)$/i;
const MAX_WORDS = 30;

const infinitives = new Map<string, string | null>();
function infinitiveOf(verb: string): string | null {
  const hit = infinitives.get(verb);
  if (hit !== undefined) return hit;
  let out: string | null = null;
  try {
    const v = nlp(`they ${verb}`).verbs();
    out = v.found ? (v.toInfinitive().text().split(/\s+/)[0] ?? null) : null;
  } catch {
    out = null;
  }
  if (infinitives.size > 2000) infinitives.clear();
  infinitives.set(verb, out && /^[a-z]+$/.test(out) ? out : null);
  return infinitives.get(verb) ?? null;
}

/** "The country" → "the country"; a name stays as written. `names`: words the article
 *  capitalises mid-sentence, so names whether or not the tagger knows them ("Norland"). */
function lowerFirst(phrase: string, sentence: string, names: ReadonlySet<string> = new Set()): string {
  const first = phrase.split(/\s+/)[0] ?? "";
  if (/^(?:The|A|An)$/.test(first)) return first.toLowerCase() + phrase.slice(first.length);
  // Only the sentence's first word is capitalised for position rather than because it is a name.
  if (!sentence.startsWith(phrase) || !/^[A-Z][a-z]+$/.test(first)) return phrase;
  if (names.has(first)) return phrase;
  const proper = nlp(first).has("(#ProperNoun|#Place|#Organization|#Person)");
  return proper ? phrase : first.toLowerCase() + phrase.slice(first.length);
}

/** "primarily imported" with "Korea" → "did Korea primarily import". */
export function askVerb(subject: string, verbGroup: string): string | null {
  const words = verbGroup.split(/\s+/).filter(Boolean);
  const auxAt = words.findIndex((w) => AUX.test(w));
  if (auxAt >= 0) {
    // "has exported" → "has Korea exported"; anything longer ("has been exporting") is left alone.
    const rest = words.filter((_, i) => i !== auxAt);
    if (rest.filter((w) => !ADVERB.test(w)).length !== 1) return null;
    return `${(words[auxAt] as string).toLowerCase()} ${subject} ${rest.join(" ")}`;
  }
  const main = [...words].reverse().find((w) => !ADVERB.test(w));
  if (!main || !/^[a-z]+$/.test(main) || words.filter((w) => !ADVERB.test(w)).length !== 1) return null;
  const inf = infinitiveOf(main);
  if (!inf) return null;
  const support = inf === main ? "do" : main === `${inf}s` || main === `${inf}es` || (/s$/.test(main) && !/ed$/.test(main)) ? "does" : "did";
  return `${support} ${subject} ${[...words.filter((w) => w !== main), inf].join(" ")}`;
}

/** Whether the list names examples of its head ("like", "such as", "including"). */
export function isExamples(f: ListFact): boolean {
  const between = f.head ? f.source.sentence.slice(0, f.at) : "";
  return !!f.head && /\b(?:like|such as|including)\s*$/i.test(between);
}

const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join(" ").replace(/\s+/g, " ").trim();

/** The question's stem without "According to the article," and "Select all that apply.", or null. */
export function listStem(f: ListFact, names: ReadonlySet<string> = new Set()): string | null {
  const c = f.clause;
  const sentence = f.source.sentence;
  const time = f.time ? f.time.charAt(0).toLowerCase() + f.time.slice(1) : undefined;
  // The time once: a predicate may already carry it.
  const when = (words: string) => (time && !mentions(words, time) ? time : undefined);
  let stem: string | null = null;
  if (isExamples(f)) {
    // "trade in intermediate goods has expanded since 2000. Which of these does the article give as examples?"
    let claim: string | null = null;
    if (c.subject && c.verb) claim = join(lowerFirst(c.subject, sentence, names), c.verb, f.head, c.tail);
    else if (c.predicate) claim = join(c.pre && lowerFirst(c.pre, sentence, names), f.head, c.predicate);
    if (!claim || OPEN_END.test(claim)) return null;
    claim = join(claim, when(claim));
    stem = `${claim}. Which of these does the article give as examples`;
  } else if (c.subject && c.verb) {
    const kind = kindOfList(f.items, f.head, c.verb);
    const asked = askVerb(lowerFirst(c.subject, sentence, names), c.verb);
    if (!asked) return null;
    const body = join(asked, c.tail);
    if (OPEN_END.test(body)) return null;
    // "which of these did the survey highlight as the most promising sectors": the noun once.
    const noun = f.head ?? (kind && !mentions(body, KIND_NOUN[kind]) ? KIND_NOUN[kind] : undefined);
    stem = join("which of these", noun, body, when(body));
  } else if (c.predicate) {
    // "five parties — A … E — were able to …": the list spells out its head; or the list is the
    // subject itself ("Steel, cement and glass were among the hardest-hit industries").
    if (OPEN_END.test(c.predicate) || (!f.head && c.pre)) return null;
    stem = join(c.pre && lowerFirst(c.pre, sentence, names), "which of these", f.head, c.predicate, when(c.predicate));
  }
  if (!stem || stem.split(/\s+/).length > MAX_WORDS || /[“”"()]/.test(stem)) return null;
  // "which of these reached 21 and 28 million tonnes respectively?": each item has its own figure,
  // so a stem about all of them at once says nothing coherent.
  if (/\brespectively\b/i.test(stem)) return null;
  return stem;
}
