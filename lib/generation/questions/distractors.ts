// Distractors of the same kind as the answer: numbers in the same unit and magnitude
// (neighbours, digit swaps, the million/billion slip, other figures from the article),
// neighbouring years, entities of the same type, acronym expansions sharing the initials.
import type { Rng } from "../random";
import { shuffle } from "../random";
import { SPELLED_NUMBER, spelledValue } from "../mentions/number-words";
import type { Fact, NumberFact } from "../types";
import { rngOf, type BuildContext } from "./context";
import { formatPlain, say, viewOf, type NumberView } from "./numbers";
import { mentions, normalise, words } from "./text";

export interface Candidate {
  text: string;
  /** 0..1, how close a slip this is (article figures and one-digit slips are close). */
  closeness: number;
  /** A figure's value in the answer's own scale, where it is one. */
  value?: number;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, tn: 1e12 };
const SPELLED_WORD = new RegExp(String.raw`\b(?:${SPELLED_NUMBER})\b`, "gi");

/** A figure in a canonical form, so that "2.0 percent" = "2 percent", "1,000" = "1000",
 *  "$1.2 billion" = "$1,200 million", "three per cent" = "3%". Text without digits is unchanged. */
const keyMemo = new Map<string, string>();
export function figureKey(text: string): string {
  const hit = keyMemo.get(text);
  if (hit !== undefined) return hit;
  if (keyMemo.size > 20000) keyMemo.clear();
  const key = figureKeyUncached(text);
  keyMemo.set(text, key);
  return key;
}

// "3.5 million Australian dollars" is the engine's own reading of "A$3.5 million": one figure,
// one key ("a$3500000"), so that neither can stand beside the other as an option or in a stem.
const NAMED_DOLLAR_AFTER = /(\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)\s+(Australian|Canadian|Hong Kong|Singapore|New Zealand|Taiwan(?:ese)?)\s+dollars?\b/gi;
const DOLLAR_PREFIX: Readonly<Record<string, string>> = { australian: "A$", canadian: "C$", "hong kong": "HK$", singapore: "S$", "new zealand": "NZ$", taiwan: "NT$", taiwanese: "NT$" };
const PREFIX_ALIAS = /\b(?:AU\$|CA\$)/g;

function figureKeyUncached(text: string): string {
  const named = text
    .replace(NAMED_DOLLAR_AFTER, (_, n: string, w: string) => `${DOLLAR_PREFIX[w.toLowerCase()] ?? ""}${n}`)
    .replace(PREFIX_ALIAS, (p) => `${p.charAt(0)}$`);
  const n = normalise(named.replace(SPELLED_WORD, (w) => String(spelledValue(w) ?? w)))
    .replace(/\bper cent\b/g, "percent")
    .replace(/\b(?:us|u s)\s?\$/g, "$");
  if (!/\d/.test(n)) return n;
  return n
    // "£148.3m", "$25k": after a currency sign, m and k are million and thousand (a bare "80m" is
    // eighty metres).
    .replace(/([$€£¥₩]\s?\d+(?:\.\d+)?)\s?([mk])\b/g, (_, d: string, w: string) => `${d} ${w === "m" ? "million" : "thousand"}`)
    .replace(/(\d+(?:\.\d+)?)\s?(thousand|million|billion|trillion|bn|mn|tn)\b/g, (_, d: string, w: string) => String(Number((Number(d) * (SCALE[w] ?? 1)).toPrecision(12))))
    .replace(/\d+(?:\.\d+)?/g, (d) => String(Number(d)));
}

/** The sign of a currency written as a word after a figure ("2.50 pounds" reads as "£2.50"). */
export const CURRENCY_SIGN: Readonly<Record<string, string>> = { pound: "£", euro: "€", dollar: "$", yen: "¥", won: "₩" };

const CURRENCY_SIGNS = /[$€£¥₩]/g;
const CURRENCY_WORD_AFTER = /(\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?)\s+(pound|euro|dollar|yen|won)s?\b/gi;

/** Whether `text`'s figure appears in `stem` as a figure, in any wording ("€146 million" in
 *  "a profit of 146 million euros"). Two strengths of one question:
 *  - narrow (the critic's answer_in_stem): a sum of money only in the same currency ("$2.00" is
 *    not "two"), and never a small bare count, which matches too much by chance ("2" in "two road
 *    projects");
 *  - `broad` (choosing options, pickDistinct): the figure in any currency, small counts too, so
 *    no option is one the stem already prints in some form.
 *  (normalise turns commas, and points not before a digit, into spaces: a figure in the stem is
 *  followed by a space or an apostrophe.) */
export function figureInStem(stem: string, text: string, broad = false): boolean {
  if (!broad && /^\d{1,2}$/.test(text.trim())) return false;
  const bare = (t: string) => (broad ? t.replace(CURRENCY_SIGNS, "") : t).trim();
  const c = bare(figureKey(text));
  if (!/\d/.test(c)) return false;
  const written = broad ? stem : stem.replace(CURRENCY_WORD_AFTER, (_, n: string, w: string) => `${CURRENCY_SIGN[w.toLowerCase()] ?? ""}${n}`);
  const stemFigures = ` ${bare(figureKey(written))} `;
  return stemFigures.includes(` ${c} `) || stemFigures.includes(` ${c}'`);
}

/** Keeps candidates that differ from the answer and each other (by value too: "2.0 percent" is
 *  "2 percent") and do not appear in the stem, in its words or as the same figure. */
export function pickDistinct(answer: string, stem: string, cands: Candidate[], n: number, extraBanned: string[] = []): Candidate[] {
  const seen = new Set([normalise(answer), ...extraBanned.map(normalise)]);
  const values = new Set([answer, ...extraBanned].map(figureKey));
  const out: Candidate[] = [];
  // "Korea" next to "South Korea" is one answer twice, not two options.
  const alias = (key: string) => /[a-z]/.test(key) && [...seen].some((s) => s.endsWith(` ${key}`) || key.endsWith(` ${s}`));
  for (const c of cands) {
    const key = normalise(c.text);
    const value = figureKey(c.text);
    if (!key || seen.has(key) || values.has(value) || alias(key) || mentions(stem, c.text) || figureInStem(stem, c.text, true)) continue;
    seen.add(key);
    values.add(value);
    out.push(c);
    if (out.length === n) break;
  }
  return out;
}

/** Limits a figure's distractors by what the sentence says around it: a part is at most its
 *  whole ("____ seats out of 193"), a whole at least its part ("143 out of ____"), a share "of"
 *  something at most 100 percent. `at`/`length` locate the figure in `sentence`. */
export interface Bounds { min?: number; max?: number }
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${SPELLED_NUMBER})`;
const WHOLE_AFTER = new RegExp(String.raw`^\s+(?:out\s+of|of)\s+(?:(?:the|a|an|its|their|all|some|total|top|about|around|nearly|over)\s+){0,3}${FIGURE}(?![\d.,]\d)`, "i");
const PART_BEFORE = new RegExp(String.raw`(?<![\d.,])${FIGURE}\s+(?:\p{L}+\s+)?(?:out\s+of|of)\s+(?:(?:the|a|an|its|their|all|total|top)\s+){0,3}$`, "iu");
const figureValue = (t: string) => (/\d/.test(t) ? Number(t.replace(/,/g, "")) : spelledValue(t));
// "Of the 18 economists polled …, 17 expected no change": the whole named at the head of the
// sentence bounds a count in the clause after it.
const WHOLE_FRONTED = new RegExp(String.raw`^\s*(?:Of|Out\s+of|Among)\s+(?:(?:the|its|their|all|some|about|around|nearly)\s+){0,2}${FIGURE}\s[^,;:]*,`, "i");
const NOW = String.raw`(?<now>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>%|per cent|percent|thousand|million|billion|trillion))?`;
const HEDGE = String.raw`(?:(?:about|around|nearly|almost|some|roughly)\s+)?[$€£¥₩]?`;
// A change's verb in any tense: "fell to 2 percent from 3", and also "will slow to 1.2 million from
// 2.3 million", "is expected to rise to …", "slowing to …".
const DOWN_VERB = String.raw`fell|fallen|falls?|falling|dropped|drops?|dropping|declined|declines?|declining|decreased|decreases?|decreasing|slipped|slips?|slipping|slowed|slows?|slowing|eased|eases?|easing|shrank|shrunk|shrinks?|shrinking`;
const UP_VERB = String.raw`rose|risen|rises?|rising|increased|increases?|increasing|grew|grown|grows?|growing|climbed|climbs?|climbing|jumped|jumps?|jumping`;
const CHANGE_VERB = `${UP_VERB}|${DOWN_VERB}`;
const FALLS = new RegExp(`^(?:down|lower|${DOWN_VERB})$`, "i");
const SINCE_BEFORE = new RegExp(String.raw`(?<![\d.,])${NOW}[^.;\d]{0,40}?\b(?<dir>up|higher|down|lower)\s+from\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?${HEDGE}$`, "i");
const CHANGE_TO_FROM_BEFORE = new RegExp(String.raw`\b(?<dir>${CHANGE_VERB})\b[^.;\d]{0,20}?\bto\s+${HEDGE}${NOW}[^.;\d]{0,30}?\bfrom\s+${HEDGE}$`, "i");
// "took 31 of the assembly's 75 seats, up from 19": the figure, maybe its whole, then where it came
// from; "rose to 8.1 percent from 7.4 percent": the new figure, then the old.
const SINCE_AFTER = new RegExp(String.raw`^(?:\s+(?:out\s+of|of)\s+[^.;\d]{0,30}?\d[\d,]*(?:\.\d+)?)?[^.;\d]{0,30}?\b(?<dir>up|higher|down|lower)\s+from\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?${HEDGE}${NOW}`, "i");
const CHANGE_TO_BEFORE = new RegExp(String.raw`\b(?<dir>${CHANGE_VERB})\b[^.;\d]{0,20}?\bto\s+${HEDGE}$`, "i");
const FROM_AFTER = new RegExp(String.raw`^[^.;\d]{0,30}?\bfrom\s+${HEDGE}${NOW}`, "i");
const SCALE_AFTER = /^\s?(%|per cent|percent|thousand|million|billion|trillion)\b/i;
/** The latest century a figure can name ("the 21st century"); later ones have not come yet. */
export const LATEST_CENTURY = 21;

/** Wholes whose size everyone knows: the UN's 193 members, the 50 US states, the EU's 27
 *  members, the days, weeks and months of a year, the hours of a day, the days of a week. A count
 *  of one is general knowledge, not read (and "293 member states" is ruled out without reading);
 *  a part of one is at most its size. `after` reads the words right after the figure, `before`
 *  those right before it, `near` the sentence around, which must name the body. */
interface KnownWhole { size: number; name: string; after: RegExp; before?: RegExp; near?: RegExp }
const UN = String.raw`(?:UN|U\.N\.|United\s+Nations)`;
const EU = String.raw`(?:EU|European\s+Union)`;
const MEMBERS = String.raw`(?:member\s+(?:states|countries|nations)|members)`;
const KNOWN_WHOLES: readonly KnownWhole[] = [
  { size: 193, name: "UN member states", after: new RegExp(String.raw`^\s+(?:${UN}\s+)?(?:${MEMBERS}\s+(?:of\s+the\s+)?(?:${UN}|General\s+Assembly)|${UN}\s+(?:${MEMBERS}|countries|nations|states))\b`, "i") },
  { size: 193, name: "UN member states", after: new RegExp(String.raw`^\s+(?:${MEMBERS}|countries|nations|states)\b`, "i"), before: new RegExp(String.raw`\b${UN}(?:['’]s?|\s+General\s+Assembly['’]s?)\s+$`, "i") },
  { size: 50, name: "US states", after: /^\s+(?:US\s+|U\.S\.\s+|American\s+)states\b|^\s+states\s+of\s+the\s+(?:US|U\.S\.|United\s+States|union)\b/i },
  { size: 50, name: "US states", after: /^\s+states\b/i, before: /\b(?:US|U\.S\.|United\s+States|America)['’]s?\s+$|\ball\s+(?:the\s+)?$/i, near: /\b(?:US|U\.S\.|United\s+States|America|American|Washington)\b/ },
  { size: 27, name: "EU member states", after: new RegExp(String.raw`^\s+(?:${EU}\s+(?:${MEMBERS}|countries|nations|states)|${MEMBERS}\s+of\s+the\s+${EU})\b`, "i") },
  { size: 27, name: "EU member states", after: new RegExp(String.raw`^\s+(?:${MEMBERS}|countries|nations|states)\b`, "i"), before: new RegExp(String.raw`\b(?:${EU}['’]s?|(?:${EU}|bloc)['’]s?)\s+$|\b(?:all\s+)?(?:its|the\s+bloc['’]s)\s+$`, "i"), near: new RegExp(String.raw`\b${EU}\b`, "i") },
  { size: 10, name: "ASEAN members", after: /^\s+(?:(?:member\s+)?(?:states|countries|nations)|members)\s+of\s+(?:the\s+)?(?:ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations)\b|^\s+ASEAN\s+(?:members|countries|nations|states|member\s+states)\b/i },
  { size: 7, name: "G7 members", after: /^\s+(?:members|countries|nations|economies)\s+of\s+the\s+(?:G7|G-7|Group\s+of\s+Seven)\b|^\s+(?:G7|G-7)\s+(?:members|countries|nations|economies)\b/i },
  { size: 365, name: "days in a year", after: /^[\s-]+days?\s+(?:a|of\s+the|per|in\s+a|each)\s+year\b/i },
  { size: 52, name: "weeks in a year", after: /^[\s-]+weeks?\s+(?:a|of\s+the|per|in\s+a|each)\s+year\b/i },
  { size: 12, name: "months in a year", after: /^[\s-]+months?\s+(?:a|of\s+the|per|in\s+a|each)\s+year\b/i },
  { size: 24, name: "hours in a day", after: /^[\s-]+hours?\s+(?:a|of\s+the|per|in\s+a|each)\s+day\b/i },
  { size: 7, name: "days in a week", after: /^[\s-]+days?\s+(?:a|of\s+the|per|in\s+a|each)\s+week\b/i },
];

/** The well-known whole a figure at `at` (of `length` characters) in `sentence` counts, if any. */
export function knownWholeAt(sentence: string, at: number, length: number): { size: number; name: string } | undefined {
  const after = sentence.slice(at + length, at + length + 80);
  const before = sentence.slice(Math.max(0, at - 60), at);
  const hit = KNOWN_WHOLES.find((w) => w.after.test(after) && (!w.before || w.before.test(before)) && (!w.near || w.near.test(sentence)));
  return hit && { size: hit.size, name: hit.name };
}

/** "131 of the UN's member states", "40 of the EU's members", "12 of the US states": a part of a
 *  well-known whole named right after the figure (a whole with its own figure is read as such). */
const PART_OF_KNOWN: readonly [RegExp, number][] = [
  [new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}?(?:out\s+of|of)\s+(?:the\s+|all\s+)?(?:${UN}(?:['’]s?|\s+General\s+Assembly['’]s?)?\s+${MEMBERS}|${MEMBERS}\s+of\s+the\s+${UN})\b`, "i"), 193],
  [new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}?(?:out\s+of|of)\s+(?:the\s+|all\s+)?(?:${EU}(?:['’]s?)?\s+${MEMBERS}|${MEMBERS}\s+of\s+the\s+${EU})\b`, "i"), 27],
  [/^\s+(?:[a-z-]+\s+){0,2}?(?:out\s+of|of)\s+(?:the\s+|all\s+)?(?:(?:US|U\.S\.|American|America['’]s)\s+states|states\s+of\s+the\s+(?:US|U\.S\.|United\s+States))\b/i, 50],
];
function knownWholeOfPart(sentence: string, at: number, length: number): number | undefined {
  const after = sentence.slice(at + length, at + length + 80);
  return PART_OF_KNOWN.find(([re]) => re.test(after))?.[1];
}

export function boundsAround(sentence: string, at: number, length: number, unit: string): Bounds {
  const after = sentence.slice(at + length, at + length + 60);
  const before = sentence.slice(Math.max(0, at - 60), at);
  const bounds: Bounds = {};
  // "a 17th-century painting": no century after the present one.
  if (unit === "ordinal" && /^[\s-]+century\b/i.test(after)) bounds.max = LATEST_CENTURY;
  // "a magnitude 7.1 earthquake": no quake on record has reached 9.6, so "magnitude 10.1" is told
  // false by sense alone.
  if (/\bmagnitude(?:\s+of)?[\s-]*$/i.test(before)) bounds.max = 9.5;
  // "rose to 8th, the first Asian university to reach the top ten": a rank within the top N.
  const top = unit === "ordinal" ? new RegExp(String.raw`^[^.;]{0,80}?\b(?:reach|reached|reaches|in|into|inside|within|among|enter|entered|make|made)\s+the\s+top\s+${FIGURE}\b`, "i").exec(sentence.slice(at + length)) : null;
  if (top?.[1] && !/\b(?:outside|out of|missed|miss|not|never|failed|fail|without)\b/i.test(top[0])) bounds.max = figureValue(top[1]);
  // "72,400 pupils sat the exam, up from ____": the earlier figure is below the later one (above it
  // after "down from"); "fell to 81.5 per cent from ____": above it. Only figures in one scale.
  const since = SINCE_BEFORE.exec(before)?.groups ?? CHANGE_TO_FROM_BEFORE.exec(before)?.groups;
  const scaleOf = (x: string | undefined) => (x ?? "").toLowerCase().replace(/^(?:per cent|percent|%)$/, "percent");
  const own = sentence.slice(at, at + length);
  const ownScale = /(?:%|per cent|percent)$/i.test(own) ? "percent" : (/\b(thousand|million|billion|trillion)\b/i.exec(own)?.[1] ?? SCALE_AFTER.exec(sentence.slice(at + length))?.[1]);
  const now = since?.now === undefined ? undefined : figureValue(since.now);
  if (since && now !== undefined && scaleOf(since.scale) === scaleOf(ownScale)) {
    // … and not so far off that the change is several times over, which the sentence never says
    // ("the failure rate fell to 19 percent from 87.4 percent" is told false without reading).
    if (FALLS.test(since.dir ?? "")) Object.assign(bounds, { min: now, ...(now > 0 ? { max: now * 4 } : {}) });
    else Object.assign(bounds, { max: now, ...(now > 0 ? { min: now / 4 } : {}) });
  }
  // The later figure of a change: above where it came from after "up from" / "rose to … from",
  // below it after "down from" / "fell to … from".
  const rest = sentence.slice(at + length);
  const to = CHANGE_TO_BEFORE.exec(before)?.groups;
  const from = to ? FROM_AFTER.exec(rest)?.groups : undefined;
  const then: Record<string, string | undefined> | undefined = SINCE_AFTER.exec(rest)?.groups ?? (from && to ? { ...from, dir: to.dir } : undefined);
  const was = then?.now === undefined ? undefined : figureValue(then.now);
  if (then && was !== undefined && scaleOf(then.scale) === scaleOf(ownScale)) {
    if (FALLS.test(then.dir ?? "")) bounds.max = Math.min(bounds.max ?? Infinity, was);
    else bounds.min = Math.max(bounds.min ?? -Infinity, was);
  }
  if (unit === "percent") {
    if (/^\s+of\b/i.test(after)) bounds.max = Math.min(bounds.max ?? 100, 100);
    return bounds;
  }
  const fronted = WHOLE_FRONTED.exec(sentence);
  const whole = WHOLE_AFTER.exec(after)?.[1] ?? (unit === "count" && fronted && at >= fronted[0].length ? fronted[1] : undefined);
  const part = PART_BEFORE.exec(before)?.[1];
  const known = unit === "count" ? knownWholeOfPart(sentence, at, length) : undefined;
  const max = whole === undefined ? (known ?? bounds.max) : figureValue(whole);
  const min = part === undefined ? undefined : figureValue(part);
  if (max !== undefined) bounds.max = max;
  if (min !== undefined) bounds.min = min;
  return bounds;
}

/** The size of the one chamber an article names ("the 120-seat parliament", "the assembly's 75
 *  seats", "a 450-member house"): a count of seats is at most it, wherever in the article the
 *  count stands. Undefined when it names none, or chambers of different sizes. */
const CHAMBER = /\b(\d{1,3})[-\s](?:seat|member)\s+(?:[A-Za-z-]+\s+){0,2}(?:parliament|assembly|house|chamber|council|senate|legislature|congress|diet|bundestag|duma)\b|\b(?:parliament|assembly|house|chamber|council|senate|legislature|congress)['’]s\s+(\d{1,3})\s+seats\b/gi;
export function chamberSeats(text: string): number | undefined {
  const sizes = new Set([...text.matchAll(CHAMBER)].map((m) => Number(m[1] ?? m[2])));
  return sizes.size === 1 ? [...sizes][0] : undefined;
}

export function withinBounds(value: number, b: Bounds): boolean {
  return (b.max === undefined || value <= b.max) && (b.min === undefined || value >= b.min);
}

function digitSwaps(literal: string): number[] {
  const out: number[] = [];
  const chars = literal.replace(/,/g, "").split("");
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i] as string;
    const b = chars[i + 1] as string;
    if (a === b || a === "." || b === ".") continue;
    const swapped = [...chars];
    swapped[i] = b;
    swapped[i + 1] = a;
    if (swapped[0] === "0" && swapped[1] !== ".") continue;
    out.push(Number(swapped.join("")));
  }
  return out;
}

/** Neighbouring values in the view's scale, with their closeness. */
export function numberNeighbours(view: NumberView, rng: Rng): { value: number; closeness: number }[] {
  const x = view.shown;
  const step = view.decimals > 0 ? 10 ** -view.decimals : 1;
  const mag = x === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(x)));
  const round = (v: number) => Number(v.toFixed(view.decimals));
  const vals: { value: number; closeness: number }[] = [];
  for (const v of digitSwaps(view.literal)) vals.push({ value: v, closeness: 0.9 });
  // An ordinal's slips are its neighbours ("16th", "18th"), not tens apart ("27th", "47th").
  const steps = view.unit === "ordinal" ? [1, -1, 2, -2, 3, -3] : [mag, -mag, mag / 2, -mag / 2, 2 * mag, -2 * mag, 3 * mag, -3 * mag];
  const deltas = shuffle(steps, rng);
  for (const d of deltas) {
    const v = round(x + Math.max(Math.abs(d), step) * Math.sign(d));
    vals.push({ value: v, closeness: 0.6 });
  }
  if (view.unit !== "ordinal") vals.push({ value: round(x * 1.5), closeness: 0.4 }, { value: round(x / 2), closeness: 0.4 });
  return vals.filter((v) => {
    if (!(v.value > 0) || v.value === x) return false;
    // Same order of magnitude: "$0.1 billion" is no slip for "$20.1 billion".
    if (x > 0 && (v.value < x / 4 || v.value > x * 4)) return false;
    if (view.unit === "percent" && v.value > 100) return false;
    if (view.decimals === 0 && !Number.isInteger(v.value)) return false;
    return true;
  });
}

/** "a 34-year-old nurse": the figure is a person's age, not a span of years. */
export function isAge(f: NumberFact): boolean {
  const at = f.at ?? f.source.sentence.indexOf(f.raw);
  return f.unit === "count" && at >= 0 && /^-years?-old\b/i.test(f.source.sentence.slice(at + f.raw.length));
}

/** Whether another figure is of the same kind: counts must count the same thing. */
function sameKind(f: NumberFact, g: NumberFact): boolean {
  if (g.unit !== f.unit || g.currency !== f.currency) return false;
  if (f.unit !== "count") return true;
  // "a 34-year-old nurse" and "ten years after work began" both count years, but an age is no
  // span: "a 10-year-old nurse" is told false by sense alone.
  if (isAge(f) !== isAge(g)) return false;
  const heads = (x: NumberFact) => new Set(x.what.toLowerCase().split(/\s+/).slice(0, 3).filter((w) => w.length > 3).map((w) => w.replace(/s$/, "")));
  const a = heads(f);
  return [...heads(g)].some((w) => a.has(w));
}

/** A wrong figure stays on the answer's side of every other figure of the same kind in its
 *  sentence. Whatever ties them ("fifth with ____" after "fourth with $9.8 million", "____
 *  worldwide" beside "$188 million in the United States", "at 58 per cent against ____", "up
 *  from", "of the 18"), a wrong figure across one is the kind the sentence itself may rule out.
 *  boundsAround reads the ties it knows by name; this holds for the ones it does not. */
export function sentenceSides(facts: readonly Fact[], f: NumberFact, view: NumberView, bounds: Bounds): Bounds {
  const out: Bounds = { ...bounds };
  const factor = view.scale?.factor ?? 1;
  for (const g of facts) {
    if (g.kind !== "number" || g.id === f.id || g.source.start !== f.source.start || g.source.sentence !== f.source.sentence || !sameKind(f, g)) continue;
    const gv = viewOf(g);
    const v = (gv.shown * (gv.scale?.factor ?? 1)) / factor;
    if (!Number.isFinite(v) || v === view.shown) continue;
    if (v > view.shown) out.max = Math.min(out.max ?? Infinity, v);
    else out.min = Math.max(out.min ?? -Infinity, v);
  }
  return out;
}

/** Article figures of the same kind, then slips and neighbours, as text in the article's style;
 *  all of a plausible magnitude and within what the sentence allows (a part is not over its whole). */
export function numberCandidates(ctx: BuildContext, f: NumberFact, view: NumberView, bounds: Bounds): Candidate[] {
  const rng = rngOf(ctx, `num:${f.id}`);
  const out: Candidate[] = [];
  const ratio = (a: number, b: number) => Math.max(a, b) / Math.max(Math.min(a, b), 1e-9);
  const factor = view.scale?.factor ?? 1;
  // "1 trade groups": a count of one does not fit the plural noun the article counts.
  // An age stays in the person's stage of life: a wrong age for "a 34-year-old office worker" is
  // an adult's and not far off ("a 14-year-old office worker", "a 51-year-old student" give
  // themselves away); a child's stays a child's.
  const age = isAge(f) && !view.scale ? view.shown : undefined;
  const lifeStage = (v: number) => age === undefined || (age >= 18 ? v >= 18 && v >= age / 1.4 && v <= age * 1.4 : v < 18);
  const fits = (v: number) => withinBounds(v, bounds) && lifeStage(v) && !(f.unit === "count" && v === 1 && view.shown !== 1);
  // "led after 54 holes": golf is reported after whole rounds of 18 holes, and "after 45 holes" is
  // no stage a report gives, so it is told false by sense alone; the wrong figures are the other rounds.
  if (f.unit === "count" && /^holes\b/i.test(f.what) && !view.scale && view.shown > 0 && view.shown <= 72 && view.shown % 18 === 0) {
    return [18, 36, 54, 72].filter((v) => v !== view.shown && fits(v)).map((v) => ({ text: say(view, v), closeness: 0.9, value: v }));
  }
  for (const g of ctx.facts) {
    if (g.kind !== "number" || g.id === f.id || g.contradicted || !sameKind(f, g)) continue;
    // Plausible magnitude: within the 4× the neighbours keep to. A figure several times off is
    // ruled out by sense alone ("the largest of the country's 2 commercial banks" for 38, "9.8
    // percent of boys passed" beside 79 percent of girls), whatever else it counts in the article.
    const near = ratio(g.value, f.value) <= 4;
    if (g.value === f.value || !near) continue;
    const gv = viewOf(g);
    const value = (gv.shown * (gv.scale?.factor ?? 1)) / factor;
    if (!fits(value)) continue;
    out.push({ text: say(gv, gv.shown), closeness: 0.85, value });
  }
  if (view.scale && f.unit === "currency") {
    const other = view.scale.word === "billion" ? "million" : view.scale.word === "million" ? "billion" : "billion";
    // The slip is a figure like any other: it too stays within what the sentence allows.
    const slipped = (view.shown * (SCALE[other] ?? 1)) / factor;
    if (withinBounds(slipped, bounds)) out.push({ text: say(view, view.shown, other), closeness: 0.8, value: slipped });
  }
  const neighbours = numberNeighbours(view, rng)
    .filter((n) => fits(n.value))
    .map((n) => ({ text: say(view, n.value), closeness: n.closeness, value: n.value }));
  // Interleave so a question does not get only article figures or only neighbours.
  const merged: Candidate[] = [];
  for (let i = 0; i < Math.max(out.length, neighbours.length); i++) {
    if (out[i]) merged.push(out[i] as Candidate);
    if (neighbours[i]) merged.push(neighbours[i] as Candidate);
  }
  return merged;
}

/** Neighbouring and digit-swapped years, never in the future of the reference year + 1. */
export function yearNeighbours(year: number, rng: Rng, maxYear = 2100): Candidate[] {
  const swaps = digitSwaps(String(year)).filter((y) => Math.abs(y - year) <= 30);
  const near = shuffle([1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 10, -10], rng).map((d) => year + d);
  return [...swaps.map((y) => ({ y, c: 0.8 })), ...near.map((y) => ({ y, c: Math.abs(y - year) <= 2 ? 0.9 : 0.6 }))]
    .filter(({ y }) => y > 1000 && y <= maxYear && y !== year)
    .map(({ y, c }) => ({ text: String(y), closeness: c }));
}

/** Other entities of the same type: the article's own first (harder), then built-ins. */
const HONORIFICS = new Set(["president", "chairman", "chairwoman", "chair", "minister", "prime", "dr", "mr", "mrs", "ms", "ceo", "governor", "professor", "prof", "sir", "former", "vice", "deputy", "senator", "rep", "gen"]);
const nameWords = (x: string) => words(normalise(x)).filter((w) => !HONORIFICS.has(w));

export function entityCandidates(answer: string, fromArticle: string[], builtIn: readonly string[], rng: Rng): Candidate[] {
  // "Lee" or "President Lee" next to "Lee Jae Myung" may be the same person: never a wrong answer.
  const related = (x: string) => {
    const a = nameWords(answer);
    const b = nameWords(x);
    const [small, big] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
    return small.length === 0 || small.every((w) => big.has(w));
  };
  const own = shuffle(fromArticle, rng).filter((x) => !related(x));
  return [
    ...own.map((text) => ({ text, closeness: 0.8 })),
    ...shuffle(builtIn, rng)
      .filter((x) => !related(x))
      .map((text) => ({ text, closeness: 0.4 })),
  ];
}

export function formatCount(n: number): string {
  return formatPlain(n, 0);
}
