// Set-level rules of the gate (stage 7): ready questions may meet in one quiz (the demo quiz, a
// practice round, a teacher's set), so no ready question may hand a student the answer to
// another. Two rules, both about questions made from the same sentence:
//   gives_away — question A shows question B's key: a cloze of "Exports rose 12% to $45 billion"
//                blanking the 12 % prints the $45 billion another question asks for; a true/false
//                quoting the sentence prints every figure in it.
//   duplicate  — two questions ask the same fact with the same key in nearly the same words
//                ("How much did the company earn?" as a numeric entry and as a single choice).
// The gate decides which question of a pair stays ready (see pickReady's caller in ./gate.ts);
// this module only says whether two questions conflict, and why, in words a teacher reads.
import { moduleFor, type QuestionFlag } from "../question-types";
import type { DraftQuestion } from "./questions/context";
import { CURRENCY_WORD } from "./mentions/currency";
import { digitised } from "./mentions/number-words";
import { mentionsNumber } from "./questions/numbers";
import { clip, normalise } from "./questions/text";

/** Prompt-word overlap (Jaccard, stop words and format hints dropped) from which two questions
 *  with the same key on the same fact are the same question. */
export const NEAR_DUPLICATE = 0.8;

/** What a student sees before answering, split by how it reads:
 *  `stated` — text put to the student as the article's (the stem with any quoted sentence, the
 *             items of an ordering, the left-hand items of a matching);
 *  `offered` — candidates, most of them wrong (choice options, a matching's right-hand choices). */
interface Shown {
  stated: string[];
  offered: string[];
}

export function shownOf(q: DraftQuestion): Shown {
  return moduleFor(q).shown(q);
}

/** The answers a student gives, each as text a stem could show: the keyed option(s), the number,
 *  every form a blank accepts, the figure a true/false turns on. Orderings, matchings and evidence
 *  are keyed by an arrangement or a choice of text they show themselves: no text of theirs is a key. */
export function keysOf(q: DraftQuestion): string[] {
  return moduleFor(q).keys(q);
}


// A figure's digits and the unit word that says what they count ("12%", "$45 billion", "352-fold").
const UNIT = String.raw`%|per\s?cent|percent|pct|percentage points?|basis points?|points?|-?fold|thousand|million|billion|trillion|bn|mn|tn`;
const FIGURE = new RegExp(String.raw`^(?:US\s?)?[$€£¥₩]?\s?(\d[\d,.]*)\s?(${UNIT})?(?![A-Za-z])`, "i");
/** One spelling for units: no currency sign, "per cent" and "%" as "percent", "bn" as "billion". */
const canon = (text: string) =>
  normalise(
    text
      .replace(/[$€£¥₩]/g, " ")
      .replace(/per\s?cent|pct/gi, "percent")
      .replace(/(\d)\s?bn\b/gi, "$1 billion")
      .replace(/(\d)\s?mn\b/gi, "$1 million")
      .replace(/(\d)\s?tn\b/gi, "$1 trillion"),
  );

// A month the wire abbreviates ("Sept. 1", "1 Aug") is the month a key spells out ("September 1"):
// a stem printing "ran from Sept. 1 to Sept. 14" shows the key "September 1 to September 14". Only
// next to a day or year, so "mar" or "dec" elsewhere stays a word.
const MONTH_SHORT: Record<string, string> = {
  jan: "january", feb: "february", mar: "march", apr: "april", jun: "june", jul: "july",
  aug: "august", sep: "september", sept: "september", oct: "october", nov: "november", dec: "december",
};
const calendar = (words: string) =>
  words
    .replace(/(^| )(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?= \d)/g, (_, sp: string, m: string) => `${sp}${MONTH_SHORT[m]}`)
    .replace(/(\d )(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?= |$)/g, (_, d: string, m: string) => `${d}${MONTH_SHORT[m]}`);

/** `needle` as whole words of `haystack`, both already normalised (as `mentions` does). */
function hasWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? " " : haystack[at - 1];
    const after = haystack[at + needle.length];
    if (before === " " && (after === undefined || after === " " || after === "'")) return true;
  }
  return false;
}

// The gate compares every ready question with every other, several times over: each text and
// key is read once (spelled numbers turned to digits, normalised, units in one spelling).
interface Text {
  raw: string;
  digits: string;
  words: string;
  units: string;
}
interface Key {
  raw: string;
  words: string;
  /** The figure with its unit, in `Text.units` form ("45 billion", "12 percent"). */
  withUnit?: string;
  /** A bare count or year ("1,000", "2004"), matched however its digits are grouped. */
  bare?: string;
  /** A sum of money with no scale word ("70,000 New Zealand dollars", "$400"), as plain digits
   *  ("70000"): shown by the figure with a currency sign or name ("NZ$70,000", "A$ 400", "70,000
   *  dollars"), not by the bare digits nor by a scaled sum ("A$400 million"). */
  money?: string;
}
const texts = new Map<string, Text>();
function textOf(raw: string): Text {
  let t = texts.get(raw);
  if (!t) {
    const digits = digitised(raw);
    t = { raw, digits, words: calendar(normalise(digits)), units: calendar(canon(digits)) };
    if (texts.size > 5000) texts.clear();
    texts.set(raw, t);
  }
  return t;
}
function keyOf(raw: string): Key {
  const k = digitised(raw.replace(/^…|…$/g, "").trim());
  const key: Key = { raw, words: calendar(normalise(k)) };
  const m = FIGURE.exec(k);
  if (m?.[1]) {
    const digits = m[1].replace(/[.,]+$/, "");
    const rest = k.slice(m[0].length).trim();
    if (m[2]) key.withUnit = canon(`${digits} ${m[2]}`);
    else if (CURRENCY_NAME.test(rest) || (rest === "" && /^(?:US\s?)?[$€£¥₩]/i.test(k))) key.money = digits.replace(/,/g, "");
    else if (rest === "") key.bare = digits;
  }
  return key;
}
const CURRENCY_NAME = new RegExp(String.raw`^${CURRENCY_WORD}$`, "i");
const SCALE = String.raw`\s?(?:thousand|million|billion|trillion|bn|mn|tn|m|k)\b`;
// A sum in a text: a currency sign before the digits, or a currency's name after them.
const MONEY_IN_TEXT = new RegExp(String.raw`[$€£¥₩]\s?(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)(?!${SCALE})|(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s(?=${CURRENCY_WORD}\b)`, "gi");
function showsMoney(t: Text, money: string): boolean {
  for (const m of t.digits.matchAll(MONEY_IN_TEXT)) {
    if ((m[1] ?? m[2] ?? "").replace(/,/g, "").replace(/\.$/, "") === money) return true;
  }
  return false;
}
function shows(t: Text, k: Key): boolean {
  if (hasWords(t.words, k.words)) return true;
  if (k.withUnit) return hasWords(t.units, k.withUnit);
  if (k.money !== undefined) return showsMoney(t, k.money);
  return k.bare !== undefined && mentionsNumber(t.digits, k.bare);
}

/** Whether `text` shows `key`, as whole words after the engine's usual normalising, or as a
 *  figure however it is written: "$45 billion" is shown by "45 billion U.S. dollars", "7 percent"
 *  by "seven per cent", "1,000" by "1000" — but "12 percent" not by "12 months". */
export function showsKey(text: string, key: string): boolean {
  return shows(textOf(text), keyOf(key));
}

interface Profile {
  stated: Text[];
  offered: Text[];
  offeredWords: string[];
  keys: Key[];
  prompt: Text;
  sentence: string;
  promptWords: Set<string>;
}
const profiles = new WeakMap<DraftQuestion, Profile>();
function profileOf(q: DraftQuestion): Profile {
  let p = profiles.get(q);
  if (!p) {
    const shown = shownOf(q);
    const offered = shown.offered.map(textOf);
    p = {
      stated: shown.stated.map(textOf),
      offered,
      offeredWords: offered.map((t) => t.words),
      keys: keysOf(q).map(keyOf),
      prompt: textOf(q.prompt),
      sentence: textOf(q.source.sentence).words,
      promptWords: promptWords(q.prompt),
    };
    profiles.set(q, p);
  }
  return p;
}

// Recall questions: the student produces the answer, so even seeing it as one of another
// question's options helps. A choice question offers its key itself, and a true/false turns on
// whether a figure is right, which a list of candidates does not settle.
const RECALL = new Set<DraftQuestion["type"]>(["numeric", "fill_blank"]);

/** The key of `b` that `a` shows the student, or null. Text `a` states counts always, except an
 *  item that is nothing but a key `b` lists among its own options (a name in a matching that a
 *  "who is …?" question offers anyway); `a`'s options count only against a recall question. */
export function shownKey(a: DraftQuestion, b: DraftQuestion): string | null {
  const pa = profileOf(a);
  const pb = profileOf(b);
  for (const key of pb.keys) {
    if (pa.stated.some((t) => shows(t, key) && !(t.words === key.words && pb.offeredWords.includes(key.words)))) return key.raw;
    if (RECALL.has(b.type) && pa.offered.some((t) => shows(t, key))) return key.raw;
  }
  return shownAcross(a, b);
}

// How near a name and its role (or a quotation and its speaker) stand when a sentence pairs them:
// "Chief Executive Lukas Brenner", "Analyst Richard Vosper of Bank Vontobel".
const PAIR_REACH = 60;

/** A pair of matching `m` that `a` states, as "left → right", or null: "… Chief Executive Lukas
 *  Brenner told reporters" pairs Lukas Brenner with Chief Executive for the student. (A matching
 *  has no key of its own; the pairs are its answer.) */
function pairShown(a: DraftQuestion, m: DraftQuestion): string | null {
  if (m.type !== "matching" || a.type === "matching") return null;
  const stated = profileOf(a).stated.map((t) => t.words);
  for (let i = 0; i < m.prompts.length; i++) {
    const left = normalise(digitised(m.prompts[i] ?? ""));
    const rightRaw = m.options[m.answer[i] ?? -1] ?? "";
    const right = normalise(digitised(rightRaw))
      .split(" ")
      .filter((w) => w.length > 2 && !STOP.has(w));
    if (!left || right.length === 0) continue;
    for (const text of stated) {
      for (let at = text.indexOf(left); at >= 0; at = text.indexOf(left, at + 1)) {
        const near = ` ${text.slice(Math.max(0, at - PAIR_REACH), at)} ${text.slice(at + left.length, at + left.length + PAIR_REACH)} `;
        if (right.every((w) => near.includes(` ${w} `))) return `${m.prompts[i]} → ${rightRaw}`;
      }
    }
  }
  return null;
}

/** The figure a false true/false swaps in ("False — the article gives 32, not 52." → "52"). */
function swappedIn(q: DraftQuestion): string | null {
  if (q.type !== "true_false" || q.answer) return null;
  return /, not (.+?)\.$/.exec(q.answerText)?.[1] ?? null;
}

/** What `a` shows of `b`'s answer though the two are on different sentences: a pair of `b`'s
 *  matching, or, for a false true/false, the figure it swapped in when that figure is `b`'s key (the
 *  engine takes a false figure from the article's own, so "In 2022 the level fell to a record 52
 *  centimetres" prints the 52 another question asks of this week's level). */
function shownAcross(a: DraftQuestion, b: DraftQuestion): string | null {
  const pair = pairShown(a, b);
  if (pair) return pair;
  // (Not against a true/false: the figure it turns on, seen in a statement about something else
  // that is false anyway, says nothing of whether its own statement is right.)
  const swapped = b.type === "true_false" ? null : swappedIn(a);
  if (!swapped) return null;
  const s = keyOf(swapped);
  for (const key of profileOf(b).keys) {
    if (shows(textOf(swapped), key) && shows(textOf(key.raw), s)) return key.raw;
  }
  return null;
}

/** The key of recall question `b` that `a` lists whole as one of its options or items, wherever in
 *  the article each was made. A choice's wrong years and names are often the article's other
 *  answers ("In which year was she elected? 1963 | 1936 | 1995" beside "Born in ____"; a matching
 *  of three officials beside "Governor ____ said"), and a student who has seen the list picks from
 *  it instead of recalling. Whole items only: a figure inside another question's sentence ("cut
 *  four times" beside "the highest in ____ years") is a coincidence unless the two are related,
 *  which `shownKey` reads. A bare count under 100 is left too: options like 8 | 10 | 11 are a key's
 *  neighbours, and match another small answer by chance. */
export function listedKey(a: DraftQuestion, b: DraftQuestion): string | null {
  if (!RECALL.has(b.type)) return null;
  const pa = profileOf(a);
  const items = [...pa.stated.slice(1), ...pa.offered];
  for (const key of profileOf(b).keys) {
    if (key.bare !== undefined && Number(key.bare.replace(/,/g, "")) < 100) continue;
    if (!key.words) continue;
    if (items.some((t) => t.words === key.words || (key.withUnit !== undefined && t.units === key.withUnit))) return key.raw;
  }
  return null;
}

/** A small count of recall question `b` ("for ____ years", key 3) that `a` states with the same
 *  noun ("Price caps that last only three years …") in words about the same thing: the two share a
 *  content word besides the noun ("cap some mobile tariffs" and "price caps"). On sentences apart
 *  a count alone is a coincidence ("cut four times" beside "____ years", see listedKey); counted in
 *  the same unit, of the same thing, it is the answer. */
export function echoedCount(a: DraftQuestion, b: DraftQuestion): string | null {
  if (!RECALL.has(b.type)) return null;
  const key = profileOf(b).keys.find((k) => k.bare !== undefined && /^\d{1,3}$/.test(k.bare));
  if (!key?.bare) return null;
  const noun = /____\s+([a-z]{3,})\b/i.exec(b.prompt)?.[1]?.toLowerCase();
  if (!noun) return null;
  const stem = (w: string) => w.replace(/(?:es|s)$/, "");
  const around = new RegExp(String.raw`(?<![\d.,])${key.bare}\s+${escapeNoun(stem(noun))}(?:e?s)?\b`, "i");
  const own = contentWords(b.prompt.replace(/____/, " "), stem(noun));
  for (const t of profileOf(a).stated) {
    const m = around.exec(t.digits);
    if (!m) continue;
    const theirs = contentWords(t.digits, stem(noun));
    if ([...theirs].some((w) => own.has(w))) return key.raw;
  }
  return null;
}
const escapeNoun = (w: string) => w.replace(/[^a-z]/gi, "");
// Words too common to say two texts are about the same thing.
const COMMON = new Set("said says would will also more than only last first next over under after before about into year years time times their there they them some such other most many much were been being have will that this with from which what when where while each every could should still just even percent according article quoted saying".split(" "));
function contentWords(text: string, noun: string): Set<string> {
  return new Set(
    normalise(text)
      .split(" ")
      .filter((w) => /^[a-z]{3,}$/.test(w) && !STOP.has(w) && !COMMON.has(w))
      .map((w) => w.replace(/(?:es|s)$/, ""))
      .filter((w) => w.length >= 3 && w !== noun),
  );
}

// Words that carry no meaning of their own in a stem, and the format hints a numeric entry adds
// ("Give the figure as a percentage.", "Answer in billions of US dollars.").
const STOP = new Set(
  "a an the of in on at to by for from with as and or is are was were be been did do does has have had what which who whom whose when where how much many according article this that these those it its their give figure answer percentage number select all apply following statement completes fills blank us dollars billions millions trillions".split(
    " ",
  ),
);
const FORMAT_HINT = /\s*(?:Give the figure as [^.?!]*|Answer (?:in|with) [^.?!]*|Select all that apply)\.\s*$/;

function promptWords(prompt: string): Set<string> {
  return new Set(
    normalise(prompt.replace(FORMAT_HINT, ""))
      .split(" ")
      .filter((w) => w && !STOP.has(w)),
  );
}

function overlap(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

export function promptOverlap(a: string, b: string): number {
  return overlap(promptWords(a), promptWords(b));
}

/** Same fact, same key, nearly the same stem: one question asked twice. */
export function nearDuplicate(a: DraftQuestion, b: DraftQuestion): boolean {
  if (!a.factIds.some((id) => b.factIds.includes(id))) return false;
  const pa = profileOf(a);
  const pb = profileOf(b);
  if (overlap(pa.promptWords, pb.promptWords) < NEAR_DUPLICATE) return false;
  return pa.keys.some((x) => pb.keys.some((y) => shows(textOf(x.raw), y) && shows(textOf(y.raw), x)));
}

/** Questions that a student could read side by side as being about the same sentence: their
 *  sources overlap, they share a fact, or one quotes the other's sentence (a stem widened with
 *  the sentence before it). */
export function related(a: DraftQuestion, b: DraftQuestion): boolean {
  if (a.source.start < b.source.end && b.source.start < a.source.end) return true;
  if (a.factIds.some((id) => b.factIds.includes(id))) return true;
  const pa = profileOf(a);
  const pb = profileOf(b);
  if (hasWords(pa.prompt.words, pb.sentence) || hasWords(pb.prompt.words, pa.sentence)) return true;
  // (… or one shows the other's answer from a sentence of its own: see shownAcross.)
  return shownAcross(a, b) !== null || shownAcross(b, a) !== null;
}

const quote = (q: DraftQuestion) => `“${clip(q.prompt, 150)}”`;

/** Why `later` cannot be ready alongside `kept` (already ready, and preferred), or null. */
export function conflictWith(kept: DraftQuestion, later: DraftQuestion): QuestionFlag | null {
  if (!related(kept, later)) return null;
  if (nearDuplicate(kept, later)) {
    return { code: "duplicate", message: clip(`Asks the same thing, with the same answer, as another question on this fact, which is kept: ${quote(kept)}`, 300) };
  }
  // (A stem widened with the sentence before it is about a sentence of its own: the teacher is told so.)
  const quoted = hasWords(profileOf(kept).prompt.words, profileOf(later).sentence) || hasWords(profileOf(later).prompt.words, profileOf(kept).sentence);
  const where = kept.source.sentence === later.source.sentence ? "on the same sentence" : quoted ? "on a neighbouring sentence, quoted in a stem," : "on another sentence";
  const itShows = shownKey(later, kept);
  if (itShows !== null) {
    return { code: "gives_away", message: clip(`Shows the answer (${clip(itShows, 60)}) to another question ${where}: ${quote(kept)}`, 300) };
  }
  const shown = shownKey(kept, later);
  if (shown !== null) {
    return { code: "gives_away", message: clip(`Another question ${where} shows its answer (${clip(shown, 60)}): ${quote(kept)}`, 300) };
  }
  return null;
}
