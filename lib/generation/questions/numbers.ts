// How a NumberFact is shown and asked: the scale the article used ("billion"), the literal
// ("77.2"), the way a person says it ("$77.2 billion") and the unit hint for numeric entry.
import nlp from "compromise";
import type { NumberFact, NumberUnit } from "../types";
import { SPELLED_NUMBER, spelledValue } from "../mentions/number-words";
import { escapeRegExp, mentions } from "./text";

const SCALES = [
  { word: "trillion", factor: 1e12, re: /\b(trillion|tn)\b|\dtn\b|\dt\b/i },
  { word: "billion", factor: 1e9, re: /\b(billion|bn)\b|\dbn\b|\db\b/i },
  { word: "million", factor: 1e6, re: /\b(million|mn|mln)\b|\dmn?\b/i },
] as const;

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const CURRENCY_NAMES: Record<string, string> = {
  USD: "US dollars",
  EUR: "euros",
  GBP: "pounds sterling",
  JPY: "yen",
  KRW: "won",
  CNY: "yuan",
};

export interface NumberView {
  unit: NumberUnit;
  currency?: string;
  /** Scale word the article used, if any. */
  scale?: { word: string; factor: number };
  /** Value in the article's scale: 77.2 for "$77.2 billion". */
  shown: number;
  /** Decimal places as written. */
  decimals: number;
  literal: string;
  /** "basis points" / "percentage points" when the article says so. */
  pointsWord?: string;
  /** The number as the article wrote it in words ("three", "a dozen"), when it did. */
  spelled?: string;
}

const GROUPED = /\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)(?:,\d+)?|\d[\d,]*(?:\.\d+)?/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const SPELLED_RE = new RegExp(String.raw`(?<![\p{L}-])(?:${SPELLED_NUMBER})(?![\p{L}])`, "iu");

/** The digits of a figure as printed: "1,000", "31 204 118", "31.204.118", "62.4". */
export function literalOf(raw: string): string | null {
  const m = GROUPED.exec(raw);
  return m ? m[0] : null;
}

/** A printed literal in plain notation, group separators dropped: "31.204.118" → "31204118". */
export function bareOf(literal: string): string {
  if (DOT_GROUPED.test(literal)) return literal.replace(/\./g, "").replace(",", ".");
  return literal.replace(/[,\s\u00A0\u2009\u202F]/g, "");
}

/** The number written in words inside `raw`, with its value: "three per cent" → "three", 3. */
export function spelledOf(raw: string): { text: string; value: number } | null {
  if (/\d/.test(raw)) return null;
  const m = SPELLED_RE.exec(raw);
  const value = m ? spelledValue(m[0]) : undefined;
  return m && value !== undefined ? { text: m[0], value } : null;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : s.length - dot - 1;
}

export function viewOf(fact: NumberFact): NumberView {
  const lit = literalOf(fact.raw);
  const bare = lit === null ? null : bareOf(lit);
  const parsed = bare === null ? NaN : Number(bare);
  const scale = fact.unit === "currency" || fact.unit === "count" ? SCALES.find((s) => s.re.test(fact.raw)) : undefined;
  let shown = fact.value;
  if (Number.isFinite(parsed) && parsed !== 0) {
    // The literal as printed is the truth for display; the fact's value only fixes the scale.
    shown = parsed;
  } else if (scale) {
    shown = fact.value / scale.factor;
  }
  const view: NumberView = {
    unit: fact.unit,
    shown,
    decimals: bare?.includes(".") ? (bare.split(".")[1] ?? "").length : decimalsOf(shown),
    literal: lit ?? formatPlain(shown, decimalsOf(shown)),
  };
  const spelled = lit === null ? spelledOf(fact.raw) : null;
  if (spelled) view.spelled = spelled.text;
  if (scale) view.scale = { word: scale.word, factor: scale.factor };
  if (fact.currency) view.currency = fact.currency;
  if (fact.unit === "points") {
    const at = fact.source.sentence.indexOf(fact.raw);
    const after = at >= 0 ? fact.source.sentence.slice(at, at + fact.raw.length + 25) : fact.raw;
    const kind = /\b(basis|percentage)\s+points?\b/i.exec(after)?.[1];
    if (kind) view.pointsWord = `${kind.toLowerCase()} points`;
  }
  return view;
}

export function formatPlain(n: number, decimals: number): string {
  const fixed = n.toFixed(Math.max(0, Math.min(decimals, 6)));
  const [int = "0", frac] = fixed.split(".");
  const grouped = Math.abs(n) >= 1000 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A value in the view's scale, said the way the article says it: "62.4 percent", "$77.2 billion". */
export function say(view: NumberView, shown: number, scaleWord = view.scale?.word): string {
  const num = formatPlain(shown, view.decimals);
  const scaled = scaleWord ? `${num} ${scaleWord}` : num;
  switch (view.unit) {
    case "percent":
      return `${num} percent`;
    case "currency": {
      const code = view.currency ?? "USD";
      const symbol = SYMBOLS[code];
      return symbol ? `${symbol}${scaled}` : `${scaled} ${CURRENCY_NAMES[code] ?? code}`;
    }
    case "points":
      return `${num} ${view.pointsWord ?? (shown === 1 ? "point" : "points")}`;
    case "fold":
      return `${num}-fold`;
    case "ordinal":
      return ordinal(Math.round(shown));
    default:
      return scaled;
  }
}

export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Unit shown next to a numeric input, e.g. "%", "billion USD", "points". */
export function unitHint(view: NumberView): string | undefined {
  switch (view.unit) {
    case "percent":
      return "%";
    case "currency":
      return [view.scale?.word, view.currency ?? "USD"].filter(Boolean).join(" ");
    case "points":
      return "points";
    case "fold":
      return "-fold";
    default:
      return view.scale?.word;
  }
}

/** How the prompt names the unit: "in billions of US dollars", "as a percentage". */
export function unitPhrase(view: NumberView): string {
  switch (view.unit) {
    case "percent":
      return "Give the figure as a percentage.";
    case "currency": {
      const name = CURRENCY_NAMES[view.currency ?? "USD"] ?? view.currency ?? "dollars";
      return view.scale ? `Answer in ${view.scale.word}s of ${name}.` : `Answer in ${name}.`;
    }
    case "points":
      return `Answer in ${view.pointsWord ?? "points"}.`;
    default:
      return view.scale ? `Answer in ${view.scale.word}s.` : "Answer with a number.";
  }
}

/** Half a unit of the last printed digit — any answer that rounds to the printed figure —
 *  widened for money to 0.5% because amounts are often quoted already rounded. */
export function toleranceFor(view: NumberView): number {
  const half = 0.5 * 10 ** -view.decimals;
  const t = view.unit === "currency" ? Math.max(half, Math.abs(view.shown) * 0.005) : half;
  return Number(t.toPrecision(6));
}

/** Forms a learner may type in the blank. The article's own wording comes first: the digits as
 *  printed, or the number word ("three") when the article wrote the number in words, so typing
 *  "three" or "3" both count. */
export function acceptedForms(view: NumberView): string[] {
  const lit = view.literal;
  const bare = bareOf(lit);
  const grouped = formatPlain(Number(bare), view.decimals);
  const forms = new Set<string>();
  if (view.spelled) forms.add(view.spelled).add(view.spelled.replace(/^an?\s+/i, ""));
  if (view.unit === "ordinal") forms.add(say(view, view.shown));
  [lit, bare, grouped, say(view, view.shown)].forEach((f) => forms.add(f));
  if (view.unit === "percent") {
    [`${bare}%`, `${bare} percent`, `${bare} per cent`].forEach((f) => forms.add(f));
    if (view.spelled) [`${view.spelled.toLowerCase()} percent`, `${view.spelled.toLowerCase()} per cent`].forEach((f) => forms.add(f));
  }
  if (view.scale) forms.add(`${bare} ${view.scale.word}`);
  return [...forms].slice(0, 10);
}

/** Whether `text` contains the number `literal` as a number (not inside a longer one, and not
 *  one group of a number grouped by spaces or dots). */
export function mentionsNumber(text: string, literal: string): boolean {
  const bare = bareOf(literal);
  const sep = "[,\u00A0\u2009\u202F ]?";
  const pattern = escapeRegExp(bare).replace(/\d(?=(\d{3})+(?!\d))/g, (d) => `${d}${sep}`);
  const plain = new RegExp(`(?<![\\d.,])(?<!(?<![\\d.,])\\d{1,3}[ \u00A0\u2009\u202F])${pattern}(?![\\d]|[.,]\\d|[ \u00A0\u2009\u202F]\\d{3}(?!\\d))`);
  if (plain.test(text)) return true;
  // "31.204.118": dot groups, only for numbers of two or more groups.
  if (!/^\d{7,}$/.test(bare)) return false;
  const dotted = bare.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return new RegExp(`(?<![\\d.,])${escapeRegExp(dotted)}(?![\\d]|[.,]\\d)`).test(text);
}

/** A full value said in its natural scale: 23500000000 USD → "$23.5 billion". */
export function sayNatural(unit: NumberUnit, value: number, currency?: string): string {
  const scale = unit === "currency" ? SCALES.find((sc) => Math.abs(value) >= sc.factor) : undefined;
  const shown = scale ? value / scale.factor : value;
  const decimals = Math.min(2, decimalsOf(Number(shown.toFixed(2))));
  const view: NumberView = { unit, shown, decimals, literal: formatPlain(shown, decimals) };
  if (scale) view.scale = { word: scale.word, factor: scale.factor };
  if (currency) view.currency = currency;
  return say(view, shown);
}

/** "The survey" → "the survey", and with the article at hand "Exports to China" →
 *  "exports to China" — but a word the article capitalises mid-sentence ("Korea's") stays. */
export function decapitalise(text: string, article?: string): string {
  const out = text.replace(/^(The|A|An|Its|Their)\b/, (w) => w.toLowerCase());
  const first = /^([A-Z][a-z]+)\b/.exec(out)?.[1];
  if (!article || !first || out !== text) return out;
  const proper = new RegExp(`[a-z,] ${first}\\b`).test(article);
  return proper ? out : first.toLowerCase() + out.slice(first.length);
}

// Pronouns whose referent a stem built from `what` would lose ("his performance", "of them").
// "their"/"its" stay: in "<who> <does what> … their …" they point back to the subject.
const DANGLING_PRONOUN = /\b(?:he|she|his|her|hers|him|they|them|it|this|these|those|we|us|our|i|my|you|your)\b/i;
// Before the figure: nothing, an introductory phrase, or a word that opens a clause.
const SUBJECT_SLOT = /(?:^|[,;:—–]\s*|\b(?:that|while|whilst|whereas|and|but|although|though|because|when|if|since|where)\s+)(?:(?:some|about|around|nearly|almost|over|only|just|roughly|approximately|more than|less than|fewer than|at least|up to|a further|another)\s+)*["“]?$/i;
const LOOSE_END = /\s+(?:and|but|or|while|whilst|whereas|as|with|than|to|of|the|a|an|in|on|at|for|by|from|that)$/i;
const squash = (x: string) => x.replace(/\s+/g, " ").trim();

const verbMemo = new Map<string, number[]>();
/** Indexes of the words that may start the predicate: finite verbs after at least one word. */
function verbIndexes(phrase: string): number[] {
  const hit = verbMemo.get(phrase);
  if (hit !== undefined) return hit;
  let out: number[] = [];
  try {
    const terms = (nlp(phrase).terms().json() as Array<{ terms?: Array<{ tags?: string[] }> }>).map((t) => new Set(t.terms?.[0]?.tags ?? []));
    terms.forEach((tags, i) => {
      if (i > 0 && !tags.has("Gerund") && (tags.has("Copula") || tags.has("Modal") || tags.has("Auxiliary") || (tags.has("Verb") && (tags.has("PastTense") || tags.has("PresentTense"))))) out.push(i);
    });
    // compromise may split a word in two ("can't"); only trust a one-to-one reading.
    if (terms.length !== phrase.split(" ").length) out = [];
  } catch {
    out = [];
  }
  if (verbMemo.size > 5000) verbMemo.clear();
  verbMemo.set(phrase, out);
  return out;
}

/** "<figure> of <who> <does what>" read back as "<who> <does what>", only when the figure is the
 *  subject of its clause, the text is the article's own (contiguous, or across coordinated
 *  figures: "47.4 percent of Korean firms and 59.2 percent of Japanese firms said …"), a finite
 *  verb follows the noun phrase and the clause ends where the phrase ends. */
function shareClause(sentence: string, place: { at: number; text: string }, what: string): string | null {
  let rest = what.replace(/^(the share of|percent of|of)\s+/i, "");
  while (LOOSE_END.test(rest)) rest = rest.replace(LOOSE_END, "");
  if (rest.split(" ").length < 3 || DANGLING_PRONOUN.test(rest)) return null;
  if (!SUBJECT_SLOT.test(sentence.slice(0, place.at).replace(/\s+/g, " ").trimStart())) return null;
  const after = squash(sentence.slice(place.at + place.text.length));
  if (!after.startsWith("of ")) return null;
  const tail = after.slice(3);
  const words = rest.split(" ");
  // The first split into noun phrase + predicate that the sentence bears out.
  for (const v of verbIndexes(rest)) {
    if (/^(?:and|but|or|who|which|that|nor)$/i.test(words[v - 1] ?? "")) return null;
    const np = words.slice(0, v).join(" ");
    const pred = words.slice(v).join(" ");
    if (!tail.startsWith(`${np} `)) continue;
    const afterNp = tail.slice(np.length);
    let predAt = afterNp.startsWith(` ${pred}`) ? 1 : -1;
    if (predAt < 0 && /^,?\s+and\s+(?:some\s+|about\s+|nearly\s+|just\s+)?\d[\d.,]*\s*(?:%|percent|per cent)\s+of\s/i.test(afterNp)) {
      predAt = afterNp.indexOf(` ${pred}`) + 1;
      if (predAt <= 0 || /[,;:]/.test(afterNp.slice(0, predAt).replace(/^,/, ""))) continue;
    }
    if (predAt <= 0) continue;
    const next = afterNp.slice(predAt + pred.length);
    if (next === "" || /^(?:\s*[.,;:!?)”"—–]|\s+(?:and|but|or|while|whilst|whereas)\b)/.test(next)) return rest;
  }
  return null;
}

/** A question from the fact's `what`, or null when `what` is unusable for this phrasing.
 *  Only shares and money read well as "what percentage of …" / "the value of …"; everything else
 *  is asked as a cloze of the sentence, which is always grammatical. */
export function askFromWhat(f: NumberFact, view: NumberView, place: { at: number; text: string }, banned: string[], article: string): string | null {
  const what = f.what.trim().replace(/[.,;:]+$/, "");
  const n = what.split(/\s+/).length;
  if (n > 25 || /\d|:/.test(what) || mentionsNumber(what, view.literal) || banned.some((b) => b && what.includes(b))) return null;
  switch (f.unit) {
    case "percent": {
      const clause = shareClause(f.source.sentence, place, squash(what));
      return clause ? `According to the article, what percentage of ${decapitalise(clause, article)}?` : null;
    }
    case "currency":
      // "the value of <subject> in <year>" needs a subject the sentence names and a year.
      if (!f.year || n < 2 || what.includes(String(f.year)) || DANGLING_PRONOUN.test(what) || /^(its|their)\b/i.test(what) || LOOSE_END.test(what) || !mentions(f.source.sentence, what)) return null;
      return `According to the article, what was the value of ${decapitalise(what, article)} in ${f.year}?`;
    default:
      return null;
  }
}
