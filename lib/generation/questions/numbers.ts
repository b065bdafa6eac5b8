// How a NumberFact is shown and asked: the scale the article used ("billion"), the literal
// ("77.2"), the way a person says it ("$77.2 billion") and the unit hint for numeric entry.
import type { NumberFact, NumberUnit } from "../types";
import { SPELLED_NUMBER, spelledValue } from "../mentions/number-words";
import { escapeRegExp } from "./text";

const SCALES = [
  { word: "trillion", factor: 1e12, re: /\b(trillion|tn|trln)\b|\dtn\b|\dt\b/i },
  { word: "billion", factor: 1e9, re: /\b(billion|bn|bln)\b|\dbn\b|\db\b/i },
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
  // The others as the article's own word would say them: a student may not know "INR" or "THB".
  AUD: "Australian dollars", CAD: "Canadian dollars", HKD: "Hong Kong dollars", SGD: "Singapore dollars",
  NZD: "New Zealand dollars", TWD: "Taiwan dollars", INR: "rupees", MXN: "pesos", BRL: "reais", MYR: "ringgit",
  THB: "baht", VND: "dong", IDR: "rupiah", TRY: "lira", ZAR: "rand", CHF: "francs", RUB: "roubles",
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
  /** A multiple the article wrote as "three times" rather than "3-fold": said that way too. */
  timesWord?: boolean;
  /** The number as the article wrote it in words ("three", "a dozen"), when it did. */
  spelled?: string;
  /** The article said a bare "dollars" ("62 million dollars") and never which dollar: the prompt
   *  says "dollars" too, not "US dollars" it cannot vouch for. */
  bareDollar?: boolean;
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
  if (!m || value === undefined) return null;
  // "Twelve hundred": the scale word belongs to the number, blanked and typed with it.
  const scale = /^\s+(hundred|thousand)\b/i.exec(raw.slice(m.index + m[0].length));
  if (scale?.[1]) return { text: m[0] + scale[0], value: value * (scale[1].toLowerCase() === "hundred" ? 100 : 1000) };
  return { text: m[0], value };
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
  if (fact.currency === "USD" && BARE_DOLLAR.test(fact.raw) && !US_NAMED.test(fact.source.sentence)) view.bareDollar = true;
  if (fact.unit === "points") {
    const at = fact.source.sentence.indexOf(fact.raw);
    const after = at >= 0 ? fact.source.sentence.slice(at, at + fact.raw.length + 25) : fact.raw;
    const kind = /\b(basis|percentage)\s+points?\b/i.exec(after)?.[1];
    if (kind) view.pointsWord = `${kind.toLowerCase()} points`;
  }
  if (fact.unit === "fold") {
    const at = fact.source.sentence.indexOf(fact.raw);
    const written = at >= 0 ? fact.source.sentence.slice(at, at + fact.raw.length + 8) : fact.raw;
    if (/\btimes\b/i.test(written) && !/fold/i.test(written)) view.timesWord = true;
  }
  return view;
}

// "62 million dollars": the word, with no "$" and no "US" before it.
const BARE_DOLLAR = /^(?!.*[$])(?!.*\b(?:U\.S\.|US|American)\s+dollars?\b).*\bdollars?\b/i;
const US_NAMED = /\b(?:U\.S\.|US|American)\s+dollars?\b|\bUS\$|\bUSD\b/;

export function formatPlain(n: number, decimals: number): string {
  const fixed = n.toFixed(Math.max(0, Math.min(decimals, 6)));
  const [int = "0", frac] = fixed.split(".");
  const grouped = Math.abs(n) >= 1000 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return frac ? `${grouped}.${frac}` : grouped;
}

// The next scale word up, for a neighbour that outgrows its key's ("$1,100 million" beside "$900 million").
const NEXT_SCALE: Record<string, string> = { thousand: "million", million: "billion", billion: "trillion" };

/** A value in the view's scale, said the way the article says it: "62.4 percent", "$77.2 billion". */
export function say(view: NumberView, shown: number, scaleWord = view.scale?.word): string {
  // A figure of 1,000 or more of the key's scale is written in the next scale, as an article
  // would ("$1.1 billion"), unless the key itself is written that way ("£1,200 million").
  const up = scaleWord ? NEXT_SCALE[scaleWord] : undefined;
  if (up && Math.abs(shown) >= 1000 && Math.abs(view.shown) < 1000) {
    return say({ ...view, decimals: Math.min(3, Math.max(view.decimals, decimalsOf(Number((shown / 1000).toFixed(3))))) }, shown / 1000, up);
  }
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
      return view.timesWord ? `${num} times` : `${num}-fold`;
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
      return [view.scale?.word, view.bareDollar ? "dollars" : (view.currency ?? "USD")].filter(Boolean).join(" ");
    case "points":
      return "points";
    case "fold":
      return view.timesWord ? "times" : "-fold";
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
      const name = view.bareDollar ? "dollars" : (CURRENCY_NAMES[view.currency ?? "USD"] ?? view.currency ?? "dollars");
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
  // (Digits glued to others by a colon are part of a time or a ratio: "2:26" shows no 2 and no 26.)
  const plain = new RegExp(`(?<![\\d.,]|\\d:)(?<!(?<![\\d.,])\\d{1,3}[ \u00A0\u2009\u202F])${pattern}(?![\\d]|[.,]\\d|:\\d|[ \u00A0\u2009\u202F]\\d{3}(?!\\d))`);
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
