// Stage 3a: number mentions with their unit. compromise's `.money()` drops the multiplier and
// `.numbers()` drops the currency and misses "-fold", so the scanner is a set of rules over the
// sentence text; compromise tags (via TokenIndex) only help decide what word follows a count.
import type { NumberUnit } from "../types";
import type { TokenIndex } from "../tokens";
import { bareDollarCode, CURRENCY_PREFIX, CURRENCY_WORD, prefixCode, wordCode } from "./currency";
import { MULTIPLIERS, SPELLED_NUMBER, rangeSpans, spelledValue } from "./number-words";

export interface NumberMention {
  start: number;
  end: number;
  raw: string;
  value: number;
  unit: NumberUnit;
  currency?: string;
  /** For counts, ordinals and folds: the noun phrase right after the number. */
  noun?: string;
  /** "N of NP" counts ("101 of Korea's top 1,000 firms"). */
  ofPhrase?: boolean;
}

// Thousands grouped by commas ("31,204,118"), by spaces, thin or narrow no-break spaces
// ("31 204 118": groups of exactly three after a first group of one to three), or by dots when
// there are two or more dot groups ("31.204.118"; a single "1.234" stays a decimal).
const GROUP_SPACE = "[ \u00A0\u2009\u202F]";
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:${GROUP_SPACE}\d{3})+(?![\d\-–]|[.,]\d{3})(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)(?:,\d+)?|\d+(?:\.\d+)?`;
// ("Union N°1", "Platform #3", "Line No. 2": a number that labels something is part of its name.)
/** The eight characters before `start`, within the sentence. */
const lead8 = (clean: string, from: number, start: number) => clean.slice(Math.max(from, start - 8), start);
// ("the 2026/27 season", "fiscal 2024/25", "24/7": the figure after a slash is the second half of
// a label, no quantity of its own; blanked, "the 2026/____ season" asks for nothing.)
const NUMBER_RE = new RegExp(String.raw`(?<![\p{L}\d.,°º#№-])(?<!\d\/)(?<!\bN(?:o\.|[º°])\s?)(?:(${DIGITS})|\b(${SPELLED_NUMBER})\b)`, "giu");

/** The value of a digit literal in any of the groupings above. */
export function digitsValue(digits: string): number {
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(digits)) return Number(digits.replace(/\./g, "").replace(",", "."));
  return Number(digits.replace(/[,\s\u00A0\u2009\u202F]/g, ""));
}
const PREFIX_RE = new RegExp(String.raw`(${CURRENCY_PREFIX})\s?$`);
const SPELLED_SCALE = /^\s+(hundred|thousand)\b/i;
const MULT_RE = /^\s?(thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn|m|b|k)\b/i;
const CURRENCY_WORD_RE = new RegExp(String.raw`^\s(${CURRENCY_WORD})\b`, "i");
const UNIT_RE = /^(?:\s?(%|percent\b|per cent\b|pct\b)|\s(percentage points?|basis points?|points?|pts)\b|-?(fold)\b|\s(times)\s+(?=(?:higher|larger|more|bigger|greater|faster|as|the)\b))/i;
const ORDINAL_RE = /^(st|nd|rd|th)\b/i;
/** A unit of measure written against its figure with no space ("185mph", "40C", "250mm"). */
// (Not "40C": a temperature's wrong options need bounds the engine does not know, "61C" for a sea.)
export const GLUED_UNIT = /^(mph|km\/h|kph|km|mm|cm|kg|ml|kWh|kW|MW|GW)(?![\p{L}\d])/u;
const GLUED_NAME: Record<string, string> = { mph: "miles per hour", "km/h": "kilometres per hour", kph: "kilometres per hour", km: "kilometres", mm: "millimetres", cm: "centimetres", kg: "kilograms", ml: "millilitres", kWh: "kilowatt hours", kW: "kilowatts", MW: "megawatts", GW: "gigawatts" };
// Words after a number that show it is not counting the next word.
const NOT_A_COUNT = new Set([
  "in", "on", "at", "to", "and", "or", "from", "by", "for", "with", "as", "than", "per", "a", "an", "the",
  "was", "were", "is", "are", "will", "would", "has", "had", "have", "percent", "that", "which", "after",
  "before", "since", "until", "over", "under", "into", "between", "against", "this", "its", "their",
]);

const HARD_STOP = /^(?:[,;:.!?()—–"“”]|that\b|which\b|who\b|while\b|such\b)/i;
const NOUN_STOP = /^(?:[,;:.!?()—–"“”]|and\b|aged\b|between\b|against\b|worth\b|or\b|but\b|that\b|which\b|who\b|when\b|where\b|if\b|because\b|across\b|per\b|about\b|among\b|into\b|through\b|within\b|via\b|including\b|like\b|up\b|down\b|in\b|on\b|at\b|to\b|from\b|for\b|with\b|as\b|than\b|by\b|since\b|during\b|amid\b|over\b|under\b|while\b|after\b|before\b|such\b)/i;

type Span = { start: number; end: number };

const CHANGE_VERB = String.raw`(?:rose|rise[sn]?|rising|fell|falls?|falling|dropped|drops?|dropping|declined|declines?|declining|increased|decreased|grew|grow(?:s|n)?|growing|jumped|climbed|slipped|slid|plunged|soared|surged|reached|reach(?:es|ing)?|totall?ed|totall?ing|stood|stands?|standing)`;
// A change verb, then within its clause (commas inside figures don't end it) "by"/"to"/"at"/"of"
// right before the figure.
const CHANGE_BEFORE = new RegExp(String.raw`\b${CHANGE_VERB}\b(?:(?:[^,;:.!?()—–"“”]|(?<=\d)[,.](?=\d)){0,50}\s)?(?:by|to|at|of)\s+(?:(?:about|around|nearly|almost|some|over|roughly|more than|less than|just over|just under|at least)\s+)?$`, "i");
// "The death toll … rose to at least 312": a toll or tally is a count whatever its size, so the
// figure it moves to counts what the toll counts.
const TOLL_BEFORE = /\b(?:toll|tally|number of (?:dead|deaths|victims|casualties|injured|missing))\b/i;
/** "Of the 31 injured, ", "Among the 143 victims, ": a fronted whole, then the count of a part of it. */
const PART_OF_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:Of|Among|of|among)\s+(?:the|those|these|its|their)\s+(?:(?:about|some|nearly|almost|roughly|around|more than|at least)\s+)?(?:\d[\d,]*|${SPELLED_NUMBER})\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s*,\s*$`, "u");
/** Verbs and adverbs that open a part's clause ("nine were …", "three remained …", "58 had left"). */
const PART_VERB = /^(?:were|was|are|is|had|have|has|remain|remained|remains|died|survived|suffered|needed|required|received|lost|left|went|did|do|will|would|could|may|might|still|also|later|now|say|said)$/i;
const REST_BEFORE = /\b(?:the )?remaining\s+$/i;
// "four 777 freighters", "two A350 jets", "three F-35 fighters": a model number between a count and its noun.
const MODEL_AFTER = /^\s+((?:\p{Lu}{1,3}-?)?\d{2,}(?:-\d+)?)(?=\s+\p{Ll})/u;
const CLOCK_AFTER = /^(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?(?![\p{L}])|(?:GMT|UTC|[A-Z]{2}T)\b|o['’]clock\b)/u;
// "41 PR seats", "three MoUs": an acronym heads the counted noun (not a clock time or zone).
const ACRONYM_NOUN = /^(?!(?:AM|PM|GMT|UTC|BST|CET|EST|EDT|PST|PDT|IST|KST|JST)\b)\p{Lu}[\p{Lu}\p{Ll}]{0,3}\p{Lu}(?:s\b|\s+\p{Ll})/u;
// Months and years are left out: "10-year bond", "five-year plan" name things rather than say how
// long an event lasts; so are measures over a window ("7-day average", "24-hour period").
/** "-year-old driver", "-year-old man": an age, before the person it describes. */
const AGE_AFTER = /^-years?-old\s+(?=\p{Ll})/u;
const DURATION_AFTER = /^-(minute|hour|day|week)(?=\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Ll}[\p{Ll}-]*\b)(?!\s+(?:average|rolling|moving|period|window|cycle|low|high|total|rate)\b)/u;
const COUNT_BEFORE = new RegExp(String.raw`(?:\b(?:${SPELLED_NUMBER})|(?<![\d.,])\d{1,2})\s+$`, "i");

function overlaps(a: Span, spans: ReadonlyArray<Span>) {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

/** Words after `from` up to a stop word, a verb (when tagged) or `max` words. */
export interface PhraseOptions {
  max?: number;
  allowOf?: boolean;
  /** Run through prepositions up to the finite verb ("companies operating in Korea identified"). */
  untilVerb?: boolean;
  /** Ignore verb tags on the first words (compromise reads "member states" as a verb). */
  trustNouns?: number;
}

export function nounPhraseAfter(clean: string, from: number, limit: number, tokens?: TokenIndex, opts: PhraseOptions = {}): { text: string; end: number } {
  const { max = 6, allowOf = true, untilVerb = false, trustNouns = 0 } = opts;
  const stop = untilVerb && tokens && tokens.tokens.length > 0 ? HARD_STOP : NOUN_STOP;
  const words: string[] = [];
  const re = /\s*([\p{L}\d][\p{L}\d'’.,-]*[\p{L}\d%]|[\p{L}\d])/uy;
  let pos = from;
  let end = from;
  while (words.length < max && pos < limit) {
    re.lastIndex = pos;
    const rest = clean.slice(pos, limit).trimStart();
    if (stop.test(rest) && !(allowOf && /^of\b/i.test(rest))) break;
    if (untilVerb && /^(?:and|or)\s+(?:[$€£¥₩]|\d)/.test(rest)) break;
    const m = re.exec(clean);
    if (!m?.[1] || m.index + m[0].length > limit) break;
    const wordStart = m.index + m[0].length - m[1].length;
    const tok = tokens?.at(wordStart);
    // "small firms", "Korean firms": compromise reads a plural after a lone adjective as a verb.
    const prev = words.length === 1 ? tokens?.at(pos - (words[0]?.length ?? 0)) : undefined;
    const pluralAfterAdjective = /s$/.test(m[1]) && (tok?.tags.has("PresentTense") ?? false) && (prev?.tags.has("Adjective") || prev?.tags.has("Demonym") || false);
    // Trusted words may be plurals read as verbs ("member states"), never past tenses ("two leaders signed").
    const trusted = words.length === 0 || words.length < trustNouns && !(tok?.tags.has("PastTense") ?? false);
    const isVerb = tok && !trusted && (tok.tags.has("Verb") && !tok.tags.has("Gerund") && !tok.tags.has("Noun")) && !pluralAfterAdjective
      || (tok?.tags.has("Auxiliary") ?? false) || (tok?.tags.has("Copula") ?? false);
    if (isVerb) break;
    if (/^of$/i.test(m[1]) && (words.length === 0 || !allowOf)) break;
    let w = m[1];
    if (/[.,]$/.test(w)) w = w.slice(0, -1);
    words.push(w);
    pos = m.index + m[0].length;
    end = wordStart + w.length;
    if (w !== m[1]) break;
  }
  while (words.length > 0 && /^(?:of|the|a|an|and)$/i.test(words[words.length - 1] ?? "")) words.pop();
  return { text: words.join(" "), end };
}

const RATIO_BEFORE = /\b((?:adjusted\s+)?(?:odds|hazard|risk|rate|incidence)\s+ratio|relative\s+risk)\s*(?:\(\w+\)\s*)?(?:of|was|were|is|:|=)?\s*$/i;
// The base of a rate: "per 100,000", "for every 1,000".
const RATE_BASE = String.raw`(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+`;
const RATE_BASE_BEFORE = new RegExp(String.raw`\d[\d.,]*\s+(?:[a-z-]+\s+){0,2}${RATE_BASE}$`, "i");
const RATE_AFTER = new RegExp(String.raw`^\s+${RATE_BASE}(?:1|10|100|1,000|10,000|100,000|1,000,000|1000|10000|100000|one|a\s+hundred|a\s+thousand|a\s+million)(?![\d,.]\d|\w)`, "i");

// "a 7-2 vote", "a 5-2-2 split", "voted 6-3": small counts joined by hyphens or dashes that a
// vote's noun follows, or a verb of voting or ruling comes before.
/** The nouns a vote's tally comes before ("a 7-2 vote", "a 5-4 ruling"); the critic reads them too. */
export const TALLY_NOUN = String.raw`(?:vote|votes|split|decision|majority|margin|ruling|verdict)`;
const TALLY_AFTER = new RegExp(String.raw`^\s+${TALLY_NOUN}\b`, "i");
const TALLY_RE = /(?<![\d.,\p{L}-])(\d{1,2}(?:\s?[-–]\s?\d{1,2}){1,3})(?![\d.,%]|\s?[-–]\s?\d)/gu;
function tallySpans(clean: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const text = clean.slice(span.start, span.end);
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(TALLY_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (TALLY_AFTER.test(after) || /\b(?:voted|votes|vote|ruled|decided|split|splitting)\s+(?:by\s+)?(?:an?\s+)?$/i.test(before)) {
      out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  return out;
}

export function findNumbers(
  clean: string,
  span: { start: number; end: number },
  exclude: ReadonlyArray<{ start: number; end: number }>,
  tokens?: TokenIndex,
): NumberMention[] {
  const out: NumberMention[] = [];
  const plains: NumberMention[] = [];
  const text = clean.slice(span.start, span.end);
  const ranges = rangeSpans(clean, span);
  const tallies = tallySpans(clean, span);
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const digits = m[1];
    const spelled = m[2];
    let start = span.start + m.index;
    let end = start + m[0].length;
    let value = digits ? digitsValue(digits) : spelledValue(spelled ?? "");
    if (value === undefined || !Number.isFinite(value)) continue;
    // "Eighteen hundred families", "two thousand workers": the spelled count runs on into its
    // scale word and is the whole figure (1,800); read alone, a blank on its first word asks
    // "____ hundred families" with 18 for the key.
    const scale = spelled ? SPELLED_SCALE.exec(text.slice(m.index + m[0].length)) : null;
    if (scale?.[1]) {
      value *= scale[1].toLowerCase() === "hundred" ? 100 : 1000;
      end += scale[0].length;
      NUMBER_RE.lastIndex += scale[0].length;
    }
    // "in a 7-2 vote", "voted 5-2-2": the sides of a vote tally are no quantities of their own
    // (each read alone takes a stray unit, "a ____-3 decision" asked as "6 percent").
    if (digits && tallies.some((t) => start >= t.start && start < t.end)) continue;
    let unit: NumberUnit = "plain";
    let currency: string | undefined;
    const before = clean.slice(Math.max(span.start, start - 8), start);
    const prefix = digits ? PREFIX_RE.exec(before) : null;
    if (prefix?.[1]) {
      currency = prefixCode(prefix[1]);
      start -= prefix[0].length;
      unit = "currency";
    }
    let after = clean.slice(end, span.end);
    const ordinal = digits && !digits.includes(".") && !digits.includes(",") ? ORDINAL_RE.exec(after) : null;
    if (ordinal) {
      end += ordinal[0].length;
      unit = "ordinal";
      after = clean.slice(end, span.end);
    }
    const mult = digits && unit !== "ordinal" ? MULT_RE.exec(after) : null;
    // A bare "m"/"b"/"k" only counts as a multiplier next to a currency.
    if (mult?.[1] && (mult[1].length > 2 || currency || /\s(?:dollars?|won|yen|euros?|pounds?|yuan)\b/i.test(after.slice(mult[0].length, mult[0].length + 9)))) {
      value *= MULTIPLIERS[mult[1].toLowerCase()] ?? 1;
      end += mult[0].length;
      after = clean.slice(end, span.end);
    }
    const word = unit !== "ordinal" ? CURRENCY_WORD_RE.exec(after) : null;
    if (word?.[1] && (unit === "currency" || !prefix)) {
      // A bare "dollars" is the article's own dollar when it names one (and never US dollars).
      currency ??= /^dollars?$/i.test(word[1].trim()) ? bareDollarCode(clean) : wordCode(word[1]);
      unit = "currency";
      end += word[0].length;
      after = clean.slice(end, span.end);
    }
    const unitMatch = unit === "plain" ? UNIT_RE.exec(after) : null;
    if (unitMatch) {
      unit = unitMatch[1] ? "percent" : unitMatch[2] ? "points" : "fold";
      end += unitMatch[0].replace(/\s+$/, "").length;
      after = clean.slice(end, span.end);
    }
    // Words glued with a hyphen ("one-sided", "3-year-old") are adjectives, not quantities —
    // except a short length of time in digits before a noun ("a 36-hour visit", "a 10-day strike"),
    // which says how long something lasts.
    const lasting = unit === "plain" && digits && !digits.includes(".") ? DURATION_AFTER.exec(after) : null;
    if (lasting?.[1]) {
      const mention: NumberMention = { start, end, raw: clean.slice(start, end), value, unit: "count", noun: `${lasting[1].toLowerCase()}s` };
      if (!overlaps(mention, exclude) && !overlaps(mention, ranges)) out.push(mention);
      continue;
    }
    // "the 42-year-old driver": a person's age in digits, before the noun it describes.
    const age = unit === "plain" && digits && Number.isInteger(value) && value >= 1 && value < 120 ? AGE_AFTER.exec(after) : null;
    if (age) {
      const mention: NumberMention = { start, end, raw: clean.slice(start, end), value, unit: "count", noun: "years" };
      if (!overlaps(mention, exclude) && !overlaps(mention, ranges)) out.push(mention);
      continue;
    }
    // "died at the age of 88", "died aged 88": a person's age, after the words that say it is one.
    // ("Those aged 65 and over", "children aged 5 to 11" bound a group: no age of anyone. "Ana
    // Ruiz, aged 41, said" is a bystander's age, left unread as before.)
    const agedBefore = unit === "plain" && Number.isInteger(value) && value >= 1 && value < 120 && /(?:\bat\s+the\s+age\s+of|\b(?:died|dies|retired|retires)\s+aged)\s+$/i.test(clean.slice(Math.max(span.start, start - 20), start));
    if (agedBefore && !/^(?:\s*[-–%\d]|[.,]\d|\s+(?:and|or|to|through|until)\s+(?:over|older|above|under|younger|below|up|\d))/i.test(after)) {
      const mention: NumberMention = { start, end, raw: clean.slice(start, end), value, unit: "count", noun: "years" };
      if (!overlaps(mention, exclude) && !overlaps(mention, ranges)) out.push(mention);
      continue;
    }
    if (unit === "plain" && /^-\p{L}/u.test(after)) continue;
    // "185mph", "250mm", "31C": a unit glued to the figure says what it measures. The mention
    // stays the digits, so a blank or a swapped figure keeps the unit as written ("____ mph").
    const glued = unit === "plain" && digits ? GLUED_UNIT.exec(after) : null;
    if (glued?.[1]) {
      const mention: NumberMention = { start, end, raw: clean.slice(start, end), value, unit: "count", noun: GLUED_NAME[glued[1]] ?? glued[1] };
      if (!overlaps(mention, exclude) && !overlaps(mention, ranges)) out.push(mention);
      continue;
    }
    // "at 5 p.m.", "by 1400 GMT", "at 9 o'clock": a clock time says when, it is not a quantity;
    // nor is either half of "21:14" or "9.30 p.m." cut at its colon, nor a ratio's side ("3:1").
    if (unit === "plain" && CLOCK_AFTER.test(after)) continue;
    // "the top two grades", "no two parties": a count that makes a label or a quantifier of its
    // noun; asked ("the top ____ grades") or changed ("no five parties") it makes no sense.
    // (A large set, "the top 1,000 firms", is a quantity of its own.)
    const lead = clean.slice(Math.max(span.start, start - 8), start);
    if (unit !== "currency" && (/\bno\s+$/i.test(lead) || /\b(?:top|bottom)\s+$/i.test(lead) && value <= 10)) continue;
    // "three quarters of them", "two thirds": the numerator of a fraction is no count of its own.
    if (unit === "plain" && /^[\s-]+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i.test(after)) continue;
    // "in two or three steps": either end of a loose guess is no figure of the story.
    if (unit === "plain" && (new RegExp(String.raw`\b(?:${SPELLED_NUMBER}|\d{1,2})\s+or\s+$`, "i").test(clean.slice(Math.max(span.start, start - 14), start)) ||
        new RegExp(String.raw`^\s+or\s+(?:${SPELLED_NUMBER}|\d{1,2})\b`, "i").test(after))) continue;
    // "a warning light in one of its two engines": the size of what the owner has, said in passing.
    if (unit === "plain" && /\bone\s+of\s+(?:its|their|his|her)\s+$/i.test(clean.slice(Math.max(span.start, start - 20), start))) continue;
    // "the journey between the two cities", "the two countries' trade": "the two" points back to
    // a pair already named; it counts nothing the story reports.
    if (unit === "plain" && value === 2 && (/\bbetween\s+the\s+$/i.test(clean.slice(Math.max(span.start, start - 14), start)) || (/\bthe\s+$/i.test(lead8(clean, span.start, start)) && /^\s+[\p{L}-]+s['’](?!\p{L})/u.test(after)))) continue;
    if (/^:\d/.test(after) || (start > 0 && clean[start - 1] === ":" && /\d/.test(clean[start - 2] ?? ""))) continue;
    // "5.6 per 100,000 people": the 100,000 is the base the rate is counted on, the same in every
    // such report, not a quantity of the story (asked, "5.6 per ____ people" tests nothing).
    if (unit === "plain" && digits && RATE_BASE_BEFORE.test(clean.slice(Math.max(span.start, start - 20), start))) continue;
    const mention: NumberMention = { start, end, raw: clean.slice(start, end), value, unit };
    if (currency) mention.currency = currency;
    if (overlaps(mention, exclude) || overlaps(mention, ranges)) continue;
    const isYear = digits && /^\d{4}$/.test(digits) && value >= 1800 && value <= 2100;
    if (unit === "plain" && isYear) continue;
    if (spelled && unit === "plain" && /^\s*-/.test(after)) continue;
    // "four 777 freighters": a number right after a small count is a model number, not a quantity.
    if (unit === "plain" && digits && value >= 100 && COUNT_BEFORE.test(clean.slice(Math.max(span.start, start - 20), start))) continue;
    if (unit === "plain" || unit === "ordinal" || unit === "fold") {
      const model = unit === "plain" && value >= 2 && value < 100 && Number.isInteger(value) ? MODEL_AFTER.exec(after) : null;
      // "Group of 7", "Article 5", "Boeing 737": numbers inside names ("… Freighters four 777
      // freighters" is a count: a spelled number before a model number).
      // A figure grouped in thousands ("the NC 3,111,643 votes") is a quantity, never part of a name.
      const grouped = !!digits && /^\d{1,3}(?:[,\s\u00A0\u2009\u202F.]\d{3})+/.test(digits);
      if (unit === "plain" && !(spelled && model) && !grouped && /\b\p{Lu}[\p{L}]*\s+(?:of\s+)?$/u.test(clean.slice(Math.max(span.start, start - 20), start)) &&
          !/^(?:Some|About|Around|Nearly|Almost|Over|Just|Only|All|The|Of|By|With)\s*$/.test(before.trim().split(/\s+/).pop() ?? "")) {
        const prevWord = /(\p{Lu}[\p{L}]*)\s+(?:of\s+)?$/u.exec(clean.slice(Math.max(span.start, start - 20), start))?.[1] ?? "";
        const sentenceInitial = clean.slice(span.start, start - prevWord.length).trim() === "";
        if (!sentenceInitial && !/'s$|’s$/.test(prevWord)) continue;
      }
      const nextWord = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1];
      if (model?.[1]) {
        const np = nounPhraseAfter(clean, end + model[0].length, span.end, tokens, { max: 4, allowOf: false, trustNouns: 1 });
        if (np.text && /^\p{Ll}/u.test(np.text)) {
          mention.unit = "count";
          mention.noun = `${model[1]} ${np.text}`;
          out.push(mention);
          NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, end - span.start);
          continue;
        }
      }
      // "with an odds ratio of 2.1", "a hazard ratio of 0.8": a study's measure of its finding, named
      // before the figure.
      const ratio = unit === "plain" && digits && digits.includes(".") ? RATIO_BEFORE.exec(clean.slice(Math.max(span.start, start - 40), start)) : null;
      // ("1.7 times the odds (odds ratio 1.7)" restates the figure already read.)
      const restated = digits ? new RegExp(String.raw`(?<![\d.,])${digits.replace(/[.]/g, "\\.")}(?![\d.,]\d)`).test(clean.slice(span.start, Math.max(span.start, start - 1))) : false;
      if (ratio?.[1] && !restated) {
        mention.unit = "count";
        mention.noun = ratio[1].toLowerCase().replace(/\s+/g, " ");
        out.push(mention);
        continue;
      }
      // "… or 15.2 per 100 students": the rate is the figure, counted per its base and noun.
      const rate = unit === "plain" && digits ? RATE_AFTER.exec(after) : null;
      if (ratio?.[1]) continue;
      if (rate) {
        const np = nounPhraseAfter(clean, end + rate[0].length, span.end, tokens, { max: 3, allowOf: false, trustNouns: 2 });
        if (np.text && /^\p{Ll}/u.test(np.text)) {
          mention.unit = "count";
          mention.noun = `${rate[0].trim()} ${np.text}`;
          out.push(mention);
          continue;
        }
      }
      if (unit === "plain") {
        const tok = tokens?.at(end + (after.length - after.trimStart().length));
        // "10 planes": a plural subject takes "work", not "works", so a word in -s after a count
        // above one is a plural noun even where compromise tags it as a present-tense verb.
        // "Of the 31 injured, nine were in critical condition": a count fronted by the whole it
        // is part of counts the same people or things, said once before the comma.
        const part = PART_OF_BEFORE.exec(clean.slice(span.start, start));
        if (part?.[1] && nextWord && (PART_VERB.test(nextWord) || (tok?.tags.has("Verb") && !tok.tags.has("Noun")))) {
          mention.unit = "count";
          mention.noun = part[1];
          out.push(mention);
          continue;
        }
        const pluralAfterCount = value !== 1 && !!nextWord && /^\p{Ll}[\p{Ll}'’-]*[^s'’]s$/u.test(nextWord) &&
          !/^(?:does|goes|says)$/.test(nextWord) && (tok?.tags.has("PresentTense") ?? false);
        if (!nextWord || NOT_A_COUNT.has(nextWord.toLowerCase()) && nextWord.toLowerCase() !== "of" ||
            tok && (tok.tags.has("Verb") && !tok.tags.has("Noun")) && !tok.tags.has("Adjective") && !pluralAfterCount) {
          // "unemployment dropped by 5,000", "reaching a two-year low of 835,800": a large figure
          // a quantity moved by or to is a count of what the sentence is about.
          if (digits && ((value >= 1000 || TOLL_BEFORE.test(clean.slice(span.start, start))) && CHANGE_BEFORE.test(clean.slice(Math.max(span.start, start - 70), start)) || REST_BEFORE.test(clean.slice(Math.max(span.start, start - 12), start)) && tok?.tags.has("Verb"))) {
            mention.unit = "count";
            out.push(mention);
          } else if (digits) plains.push(mention);
          continue;
        }
        const of = /^\s+(?:out\s+)?of\b/i.exec(after);
        if (of) {
          // "101 of the top 1,000 firms", "143 out of 193 members".
          const np = nounPhraseAfter(clean, end + of[0].length, span.end, tokens, { max: 10 });
          if (!np.text) continue;
          mention.noun = np.text;
          mention.ofPhrase = true;
        } else {
          const np = nounPhraseAfter(clean, end, span.end, tokens, { max: 5, allowOf: false, trustNouns: 2 });
          if (!np.text || !/^[\p{Ll}]/u.test(np.text) && !tokens?.at(end + 1)?.tags.has("Demonym") && !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(np.text) &&
              !ACRONYM_NOUN.test(np.text)) continue;
          mention.noun = np.text;
        }
        unit = "count";
        mention.unit = "count";
      } else {
        const np = nounPhraseAfter(clean, end, span.end, tokens, { max: unit === "ordinal" ? 8 : 4, trustNouns: 2 });
        if (np.text) mention.noun = np.text;
      }
    }
    out.push(mention);
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, end - span.start);
  }
  return inheritUnits(clean, out, plains);
}

const INHERITABLE = new Set<NumberUnit>(["percent", "points", "currency"]);
const prepositionBefore = (clean: string, m: NumberMention) =>
  /\b(with|at|of|by|to|from)\s+$/i.exec(clean.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase();

/** Bare numbers in a list take the unit stated once: "semiconductors with 91 points, artificial
 *  intelligence with 57 and automobiles with 39"; "between 3 and 5 percent". */
function inheritUnits(clean: string, mentions: NumberMention[], plains: NumberMention[]): NumberMention[] {
  if (plains.length === 0) return mentions;
  const all = [...mentions];
  for (const p of plains) {
    mentions = all.slice().sort((a, b) => a.start - b.start);
    const prev = [...mentions].reverse().find((m) => m.end <= p.start && INHERITABLE.has(m.unit));
    const next = mentions.find((m) => m.start >= p.end && INHERITABLE.has(m.unit));
    let source: NumberMention | undefined;
    // "those aged 65 and over": an age takes no one's unit.
    if (/\b(?:aged|age|ages)\s+$/i.test(clean.slice(Math.max(0, p.start - 6), p.start))) continue;
    const prep = prepositionBefore(clean, p);
    if (prev && prep && prep === prepositionBefore(clean, prev) && !/[.;:!?]/.test(clean.slice(prev.end, p.start))) source = prev;
    // A parallel list: "automotive parts scored 78 points, chemicals 64 and machinery 52".
    // (Not across a new clause: "…, while those aged 65 …".)
    // (Nor a threshold or an age after a preposition: "…, and among people under 65 with …".)
    else if (prev && !prep && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)[\p{L}][\p{L} -]{0,40}\s$/u.test(clean.slice(prev.end, p.start)) && !/\b(?:while|whereas|but|although|though|who|which|those|that)\b/i.test(clean.slice(prev.end, p.start)) && !/\b(?:under|over|below|above|than|after|before|since|in|on|for|aged)\s+$/i.test(clean.slice(prev.end, p.start))) source = prev;
    // ("104,700, or 17 percent": ", or" restates a count as a share; it is no list.)
    else if (next && /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|to\s+|[-–]\s*)$/.test(clean.slice(p.end, next.start))) source = next;
    if (!source) continue;
    const inherited: NumberMention = { ...p, unit: source.unit };
    if (source.currency) inherited.currency = source.currency;
    all.push(inherited);
  }
  return all.sort((a, b) => a.start - b.start);
}
