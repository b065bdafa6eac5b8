// Questions on a single figure: numeric entry, single choice, fill in the blank, true/false.
import nlp from "compromise";
import type { QuestionFlag } from "../../question-types";
import type { NumberFact } from "../types";
import { explain, rngOf, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { boundsAround, chamberSeats, CURRENCY_SIGN, numberCandidates, pickDistinct, sentenceSides, type Candidate } from "./distractors";
import { acceptedForms, mentionsNumber, say, toleranceFor, unitHint, unitPhrase, viewOf, type NumberView } from "./numbers";
import { clauseAround } from "./clause";
import { agreeArticle, articleFor, asStatement, capitalise, clip, escapeRegExp, mentions } from "./text";
import { whQuestion } from "./wh-question";
import { isConverted, withoutConversionOf } from "./conversion";
import { countValue, SPELLED_NUMBER } from "../mentions/number-words";
import { GLUED_UNIT } from "../mentions/numbers";

// Figures that make the best questions survive the per-sentence cap first.
const IMPORTANCE: Record<string, number> = { percent: 10, currency: 10, points: 8, fold: 7, count: 4, ordinal: 2, plain: 1 };

// Stands in for the figure while the clause around it is cut, so that blanks and swaps land on
// the fact's own place even when the sentence states the same text twice ("52 seats … 5 seats").
const MARK = "\uE000";

/** The fact's own text and place in its sentence: at `f.at` when known, else its first match. */
export function placeOf(f: NumberFact, view: NumberView): { at: number; text: string } | null {
  const s = f.source.sentence;
  const find = (text: string, from?: number) => {
    const re = new RegExp(`${from === undefined ? "(?<![\\d.,\\p{L}])" : ""}${escapeRegExp(text).replace(/\s+/g, "\\s+")}${/[\d\p{L}]$/u.test(text) ? `(?!(?!${GLUED_UNIT.source.slice(1)})[\\d\\p{L}]|[.,]\\d)` : ""}`, from === undefined ? "u" : "uy");
    if (from !== undefined) re.lastIndex = from;
    const m = re.exec(s);
    return m ? { at: m.index, text: m[0] } : null;
  };
  return (f.at !== undefined ? find(f.raw, f.at) : null) ?? find(f.raw) ?? find(view.spelled ?? view.literal);
}

/** One flag carrying the consistency findings that contradict the fact, for the teacher. */
function contradictionFlags(ctx: BuildContext, f: NumberFact): QuestionFlag[] {
  const messages = ctx.issues.filter((i) => i.factIds.includes(f.id)).map((i) => i.message);
  const message = messages.length ? messages.join(" ") : "Another part of the article contradicts this figure.";
  return [{ code: "contradicted", message: clip(message, 300) }];
}

/** `rotation` (the figure's place among same-unit figures of its sentence) rotates which
 *  question type comes first, so a sentence with three percentages is not asked as three
 *  numeric entries. A contradicted figure is still asked, flagged for the teacher. */
export function numberQuestions(ctx: BuildContext, f: NumberFact, coveredElsewhere: boolean, rotation = 0): Draft[] {
  if (coveredElsewhere || f.unit === "plain") return [];
  const view = viewOf(f);
  if ((f.unit === "count" || f.unit === "ordinal") && Number.isInteger(f.value) && f.value >= 1800 && f.value <= 2100) return [];
  const sentence = f.source.sentence;
  const place = placeOf(f, view);
  if (!place) return [];
  if (f.unit === "count" && isPeriod(sentence, place)) return [];
  // "failed one or two subjects", "every two or three weeks": an idiom of vagueness, not a figure
  // worth asking; a false "one or three subjects" reads wrong by its phrasing alone.
  if (f.unit === "count" && roughPair(sentence, place)) return [];
  // "a dozen large eggs": a dozen is a unit of sale or a round guess, not a figure to blank ("the
  // average price of ____ large eggs" with 12 for its answer).
  if (/^(?:a\s+)?dozens?$/i.test(place.text.trim())) return [];
  if (isRateBase(sentence, place, f.value) || isMinorPart(sentence, place)) return [];
  // "($1 = 101.10 shillings)": an exchange-rate note, not a fact about the story.
  if (/=\s*$/.test(sentence.slice(0, place.at)) || /^\s*=/.test(sentence.slice(place.at + place.text.length))) return [];
  // "10 kilometers (6 miles)": the bracket converts the figure before it; it is not asked, and a
  // stem on the figure before leaves it out, since it gives that figure away.
  if (isConverted(sentence, place.at)) return [];
  const stem = withoutConversionOf(sentence, place.at, place.at + place.text.length);
  const mark = MARK.repeat(place.text.length);
  const marked = stem.slice(0, place.at) + mark + stem.slice(place.at + place.text.length);
  // (The text before the sentence says whether a reported claim is one side's of a dispute.)
  const before = ctx.text.slice(Math.max(0, f.source.start - 600), f.source.start);
  const markedClause = clauseAround(marked, mark, ctx.banned, 220, before);
  if (!markedClause) return [];
  // "____mph" reads as a cut word: a blank before a glued unit gets a space ("____ mph").
  const put = (c: string, x: string) => c.replace(mark, () => (x.endsWith("____") && GLUED_UNIT.test(c.slice(c.indexOf(mark) + mark.length)) ? `${x} ` : x));
  // A swapped-in figure takes its own "a"/"an" ("a 19-day strike" for "an 11-day strike").
  const putAgreeing = (c: string, x: string) => {
    const i = c.indexOf(mark);
    return i < 0 ? c : agreeArticle(c.slice(0, i), x) + x + c.slice(i + mark.length);
  };
  // A blank after "an" gives away a figure read with a vowel ("an ____-day strike": 8, 11, 18…):
  // the stem says "a(n)" instead, and so does a choice whose options differ in their article.
  const anBefore = /\ban\s+$/i.test(markedClause.slice(0, markedClause.indexOf(mark)));
  const putBlank = (c: string, x: string, neutral = anBefore) => {
    const i = c.indexOf(mark);
    if (i < 0 || !neutral) return put(c, x);
    return c.slice(0, i).replace(/\b([Aa])n?(\s+)$/, "$1(n)$2") + x + (x.endsWith("____") && GLUED_UNIT.test(c.slice(i + mark.length)) ? " " : "") + c.slice(i + mark.length);
  };
  const clause = put(markedClause, place.text);
  const answer = say(view, view.shown);
  const flags = f.contradicted ? contradictionFlags(ctx, f) : undefined;
  const base = { source: sourceOf(f.source), factIds: [f.id] };
  const explanation = explain(ctx, [f.id], f.source, `The answer is ${answer}.`);
  const importance = IMPORTANCE[f.unit] ?? 1;
  const order = f.source.start / 1e6; // earlier figures win ties
  const drafts: Draft[] = [];
  const push = (d: Omit<Draft, "rank" | "priority">, bonus: number) =>
    drafts.push({ ...d, rank: drafts.length, priority: importance + bonus - order, ...(flags ? { flags } : {}) });

  // Blank only the digits (or the number word) so unit words stay as a reading aid
  // ("____ percent of respondents"); ordinals are blanked whole.
  const token = view.spelled ?? view.literal;
  const blankRaw = f.unit === "ordinal" || !place.text.includes(token) ? "____" : place.text.replace(token, "____");
  const blanked = putBlank(markedClause, blankRaw);
  const rng = rngOf(ctx, `num-sc:${f.id}`);
  const around = boundsAround(sentence, place.at, place.text.length, f.unit);
  // "won ____ seats" in an article that names "the 75-seat assembly": no wrong count above it.
  const chamber = f.unit === "count" && /^\s+(?:[a-z-]+\s+)?seats\b/i.test(sentence.slice(place.at + place.text.length)) ? chamberSeats(ctx.text) : undefined;
  if (chamber !== undefined && view.shown <= chamber) around.max = Math.min(around.max ?? Infinity, chamber);
  const cands = numberCandidates(ctx, f, view, sentenceSides(ctx.facts, f, view, around));
  const whatQ = askFromWhat(f, view, place, ctx.banned, ctx.text) ?? askFromClause(f, view, place, ctx.text);
  const clozeOf = (neutral?: boolean) => `According to the article, which figure completes this statement? “${asStatement(putBlank(markedClause, "____", neutral))}”`;
  const clozeQ = clozeOf();
  const scPrompt = whatQ ?? clozeQ;
  // "compared with a ____ gain": options that all take the key's "a" keep the stem grammatical
  // without the "a(n)" patch; only when too few such figures exist does the choice mix articles.
  const aBefore = !whatQ && /\ba\s+$/i.test(markedClause.slice(0, markedClause.indexOf(mark)));
  const agreeing = aBefore ? pickDistinct(answer, scPrompt, cands.filter((c) => articleFor(c.text) === articleFor(answer)), 3) : [];
  const distractors = agreeing.length >= 3 ? agreeing : pickDistinct(answer, scPrompt, cands, 3);

  if (f.unit !== "ordinal") {
    const hint = unitHint(view);
    // The cloze here carries a lead and a unit phrase too, so it gets a shorter clause.
    const short = clauseAround(marked, mark, ctx.banned, 180, before) ?? markedClause;
    const prompt = `${whatQ ?? `According to the article, what number fills the blank? “${asStatement(putBlank(short, blankRaw))}”`} ${unitPhrase(view)}`;
    push(
      {
        question: {
          type: "numeric",
          prompt,
          answer: { value: view.shown, tolerance: toleranceFor(view), ...(hint ? { unit: hint } : {}) },
          answerText: answer,
          explanation,
          ...base,
        },
        closeness: 0.5,
      },
      3,
    );
  }
  if (distractors.length >= 2) {
    const sc = singleChoice(rng, answer, distractors);
    // "a ____ rise" with "8 percent" among the options: a wrong option the article rules out by grammar.
    const before = markedClause.slice(0, markedClause.indexOf(mark));
    const mixed = /\ban?\s+$/i.test(before) && new Set(sc.options.map((o) => articleFor(o))).size > 1;
    const scStem = !whatQ && mixed ? clozeOf(true) : scPrompt;
    push({ question: { type: "single_choice", prompt: scStem, options: sc.options, answer: sc.answer, answerText: answer, explanation, ...base }, closeness: sc.closeness }, 2);
  }
  push(
    {
      question: {
        type: "fill_blank",
        prompt: `Fill in the blank: “${asStatement(blanked)}”`,
        answer: { accepted: acceptedForms(view) },
        answerText: answer,
        explanation,
        ...base,
      },
      closeness: 0.6,
    },
    1,
  );
  // A swapped-in figure already present in the clause would make the statement read oddly, and
  // one that replaces "1" before a singular noun ("9 hours and 2 minute") would be ungrammatical.
  // A false figure several times off the article's is told apart by its sense in context, not by
  // reading ("the largest of the country's 2 commercial banks" for 38, a 600-page report "read in 3
  // minutes", a bank's "$812 billion" quarterly profit, "only 9.8 percent passed, against 64 percent
  // a year ago" for 58): the swap keeps within the 4× a slip would, as the neighbours do.
  const sensible = (c: Candidate) => c.value === undefined || (c.value <= view.shown * 4 && c.value >= view.shown / 4);
  // … and a one swapped in before a plural noun ("closed at one points") is as ungrammatical.
  // (The fact's own text may hold the noun: "two points".)
  const tokenAt = place.text.indexOf(token);
  const pluralAfter = /^\s+[a-z]+s\b/.test(`${tokenAt >= 0 ? place.text.slice(tokenAt + token.length) : ""}${sentence.slice(place.at + place.text.length)}`);
  const tfWrong = isOneBeforeSingular(sentence, place) ? undefined : pickDistinct(answer, clause, cands.filter((c) => sensible(c) && !(pluralAfter && c.value === 1)), 1)[0];
  const tfSaid = tfWrong ? inStyleOf(place.text, tfWrong.text) : place.text;
  // "fell to minus 38 degrees": the figure is the size of a negative value, and the explanation
  // names it with its sign, as the statement reads it ("the article gives minus 38").
  const belowZero = MINUS_BEFORE.test(sentence.slice(0, place.at));
  const signed = (x: string) => (belowZero ? `minus ${x}` : x);
  const tf =
    f.unit === "ordinal" ? null : trueFalse(ctx, f, view, clause, putAgreeing(markedClause, tfSaid), tfWrong && { ...tfWrong, text: signed(tfSaid) }, explanation, signed(place.text));
  if (tf) push({ question: { ...tf, ...base }, closeness: 0.7 }, 0);
  // The chosen type moves to the front; the rest keep their order (numeric entry stays early).
  const k = drafts.length ? rotation % drafts.length : 0;
  const lead = drafts[k];
  return (lead ? [lead, ...drafts.filter((_, i) => i !== k)] : drafts).map((d, rank) => ({ ...d, rank }));
}

// "412 crowns a share", "$5 an hour": a rate; the article is no part of what is counted.
const COUNT_STOP = /^(?:a|an|the|each|every|this|that|these|those|its|their|his|her|last|next|and|or|but|in|on|at|to|from|by|for|with|of|as|than|per|since|during|over|under|after|before|while|who|which|that|were|was|are|is|have|has|had|will|would|aged|between|among|against|across|about|around|into|through)$/i;

/** "How many seats did the party win?" / "By what percentage did exports rise in May?" from the
 *  clause that owns the figure, when it is a plain subject–verb–figure clause. */
function askFromClause(f: NumberFact, view: NumberView, place: { at: number; text: string }, article?: string): string | null {
  const sentence = f.source.sentence;
  if (f.unit === "count") {
    const after = sentence.slice(place.at + place.text.length);
    // "winds of 110 km/h": a rate's unit is no noun to count ("how many km …?").
    if (/^\s*[A-Za-z]+\/[A-Za-z]/.test(after)) return null;
    // "will come from merging three departments into one": a count inside a gerund's phrase
    // cannot be lifted into "how many …" without the gerund's own words trailing behind.
    if (/\b[a-z]{2,}ing\s+(?:(?:about|around|nearly|almost|some|over|more than|at least|up to|only|just)\s+)?$/.test(sentence.slice(0, place.at))) return null;
    // What is counted: up to three words after the figure, up to a preposition or a break.
    const words: string[] = [];
    for (const m of sentence.slice(place.at + place.text.length).matchAll(/\s+([A-Za-z][A-Za-z-]*)|([^\sA-Za-z])/gy)) {
      const w = m[1];
      if (!w || COUNT_STOP.test(w) || words.length === 3) break;
      // "three men suspected of …": a participle after the noun starts a phrase of its own.
      if (words.length > 0 && /^[a-z]+ed$/.test(w)) break;
      words.push(w);
    }
    const noun = words.length ? words.join(" ") : undefined;
    return noun ? (whQuestion(sentence, place.at, place.text, "count", noun, article)?.stem ?? null) : null;
  }
  if (f.unit === "percent") {
    const token = view.spelled ?? view.literal;
    const inner = place.text.indexOf(token);
    return inner < 0 ? null : (whQuestion(sentence, place.at + inner, token, "percent_change", undefined, article)?.stem ?? null);
  }
  return null;
}

const TIME_UNIT = /^\s+(?:days?|weeks?|months?|quarters?|years?|decades?|hours?)\b/i;
const DURATION = /^-(?:minute|hour|day|week|month|year)\b(?!-old)/i;
const SMALL_COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** Whether the figure at `place` is one of a vague pair of neighbouring counts ("one or two",
 *  "two or three", "5 or 6"). */
export function roughPair(sentence: string, place: { at: number; text: string }): boolean {
  const before = new RegExp(String.raw`\b(${SMALL_COUNT})\s+or\s+$`, "i").exec(sentence.slice(0, place.at))?.[1];
  const after = new RegExp(String.raw`^\s+or\s+(${SMALL_COUNT})\b`, "i").exec(sentence.slice(place.at + place.text.length))?.[1];
  const value = (w: string) => (/^one$/i.test(w.trim()) ? 1 : countValue(w.trim()));
  const own = value(place.text);
  const other = value(before ?? after ?? "");
  return own !== undefined && other !== undefined && Math.abs(own - other) === 1;
}

/** "in the three months to August", "over the past two years": the length of a reporting period
 *  describes the figures around it; it is not itself worth asking. */
export function isPeriod(sentence: string, place: { at: number; text: string }): boolean {
  const after = sentence.slice(place.at + place.text.length);
  const before = sentence.slice(0, place.at);
  if ((TIME_UNIT.test(after) || DURATION.test(after)) && /\b(?:the|past|last|next|previous|first|coming|recent)\s+$/i.test(before)) return true;
  // "children below five years old": an age bracket that qualifies a count, not a finding.
  return /^\s+years?\s+old\b/i.test(after) && /\b(?:below|under|over|above|aged|than)\s+$/i.test(before);
}

// The word after a figure is a singular noun, not a function word ("1 minute", not "one in five").
const SINGULAR_NEXT = /^\s+(?!(?:percent|thousand|million|billion|trillion|hundred|dozen|in|of|out|per|and|or|to|from|for|at|by|as|than|with|on|is|was|has|had)\b)[a-z]+(?<!s)\b/i;
/** "1 minute", "one bridge": a figure of one before a singular noun, which no other figure fits. */
export function isOneBeforeSingular(sentence: string, place: { at: number; text: string }): boolean {
  return /^(?:1|one)$/i.test(place.text.trim()) && SINGULAR_NEXT.test(sentence.slice(place.at + place.text.length));
}
const POWER_OF_TEN = new Set([10, 100, 1_000, 10_000, 100_000, 1_000_000]);
/** "seven in ten", "184 for every 1,000", "12 per 100,000": the base of a rate, when it is a power
 *  of ten, is the rate's unit, not a finding: a student guesses it, and a false one ("184 for every
 *  4,000") changes the unit, not the fact. ("one in five" keeps its five: that is the finding.) */
export function isRateBase(sentence: string, place: { at: number; text: string }, value: number): boolean {
  if (!POWER_OF_TEN.has(value)) return false;
  const before = sentence.slice(0, place.at);
  return new RegExp(String.raw`(?:\b(?:\d[\d,.]*|one|${SPELLED_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?|\b(?:for|of|in)\s+every\s+|\bper\s+)$`, "i").test(before);
}
/** "7 hours and 6 minutes", "2 metres 10 centimetres": the smaller part of a compound measure
 *  is a detail of the larger, not a fact worth asking on its own. */
export function isMinorPart(sentence: string, place: { at: number; text: string }): boolean {
  const before = sentence.slice(0, place.at);
  const after = sentence.slice(place.at + place.text.length);
  const minor = /^\s+(?:minutes?|seconds?|months?|weeks?|days?|hours?|inches|inch|centimetres?|centimeters?|ounces?|pence)\b/i.test(after);
  return minor && new RegExp(String.raw`\b(?:\d[\d,.]*|${SPELLED_NUMBER})\s+(?:hours?|minutes?|years?|months?|weeks?|days?|feet|foot|metres?|meters?|pounds?)\s+(?:and\s+)?$`, "i").test(before);
}

/** A swapped-in figure written the way the article wrote the one it replaces ("18%" where the
 *  article says "69%"), so a false statement does not give itself away by its style. */
/** The letters before "$" of a dollar the engine names in words ("Canadian dollars" for "C$"). */
const PREFIXED_DOLLAR: Readonly<Record<string, string>> = { australian: "A", canadian: "C", "hong kong": "HK", singapore: "S", "new zealand": "NZ", taiwan: "NT", taiwanese: "NT" };
const SMALL_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

export function inStyleOf(original: string, replacement: string): string {
  // "three per cent" is swapped for "six per cent", not "6 per cent".
  const digits = /^(\d+)\b\s?(.*)$/.exec(replacement);
  // "twenty-nine people" is swapped for "thirty-one people" or "nine people", never "nine -nine people".
  const compound = /^((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+)\b/i.exec(original)?.[1];
  if (compound) {
    const n = digits ? Number(digits[1]) : NaN;
    const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const word = n < 20 ? SMALL_NUMBER_WORDS[n] : n < 100 ? `${tens[Math.floor(n / 10)]}${n % 10 ? `-${SMALL_NUMBER_WORDS[n % 10]}` : ""}` : undefined;
    const unit = original.slice(compound.length).trim();
    if (!word || !digits) return replacement;
    return unit ? `${word} ${unit}` : word;
  }
  const lead = /^([a-z]+)\b(?!-)/i.exec(original)?.[1];
  if (lead && SMALL_NUMBER_WORDS.includes(lead.toLowerCase()) && digits) {
    const word = SMALL_NUMBER_WORDS[Number(digits[1])];
    const unit = original.slice(lead.length).trim();
    if (word) return unit ? `${word} ${unit}` : word;
  }
  const pct = /^(-?[\d.,]+)\s?(?:percent|per cent|%)$/i.exec(replacement);
  if (pct) {
    if (/\d%$/.test(original)) return `${pct[1]}%`;
    if (/\d\s%$/.test(original)) return `${pct[1]} %`;
    if (/per cent$/i.test(original)) return `${pct[1]} per cent`;
  }
  if (/^US\$/.test(original) && /^\$/.test(replacement)) return `US${replacement}`;
  // "C$18.40" is swapped for "C$17.90", not "17.90 Canadian dollars": the engine names a prefixed
  // dollar in words, and a false figure in another style than the article's stands out.
  const prefixed = /^(A|AU|C|CA|HK|S|NZ|NT)\$/.exec(original)?.[1];
  const namedDollar = /^([\d.,]+(?:\s+(?:thousand|million|billion|trillion))?)\s+(Australian|Canadian|Hong Kong|Singapore|New Zealand|Taiwan(?:ese)?)\s+dollars?$/i.exec(replacement);
  if (prefixed && namedDollar && PREFIXED_DOLLAR[(namedDollar[2] ?? "").toLowerCase()] === prefixed.replace(/^AU$/, "A").replace(/^CA$/, "C")) {
    const shortScale = /^[A-Z]{1,2}\$[\d.,]+(\s?)(m|mn|bn|k)$/i.exec(original);
    const n = namedDollar[1] ?? "";
    const scaled = shortScale ? n.replace(/\s+(million|billion|thousand)$/i, (_, w: string) => `${shortScale[1]}${w === "billion" ? "bn" : w === "thousand" ? "k" : /^mn$/i.test(shortScale[2] ?? "") ? "mn" : "m"}`) : n;
    return `${prefixed}$${scaled}`;
  }
  // "£2.4m" is swapped for "£6.2m", "$3bn" for "$4.5bn": not for "£6.2 million" in a sentence
  // that writes every other sum short.
  const short = /^([$€£¥₩])[\d.,]+(\s?)(m|mn|bn|k)$/i.exec(original);
  const long = /^([$€£¥₩])([\d.,]+)\s+(thousand|million|billion)$/i.exec(replacement);
  if (short && long && short[1] === long[1]) {
    const scale = (long[3] ?? "").toLowerCase();
    const abbr = scale === "billion" ? "bn" : scale === "thousand" ? "k" : /^mn$/i.test(short[3] ?? "") ? "mn" : "m";
    return `${long[1]}${long[2]}${short[2]}${abbr}`;
  }
  // "35.92 billion U.S. dollars" is not swapped for "$195.47 billion".
  const money = /^[$€£¥₩]([\d.,]+)\s+(million|billion|trillion)$/i.exec(replacement);
  const words = /^[\d.,]+\s+(million|billion|trillion)\s+(.+)$/i.exec(original);
  if (money && words) return `${money[1]} ${money[2]} ${words[2]}`;
  // "40,000 euros" is not swapped for "€50,000" either, when the sign is that currency's.
  const plain = /^([$€£¥₩])([\d.,]+)$/.exec(replacement);
  const named = /^[\d.,]+\s+(pound|euro|dollar|yen|won)(s?)$/i.exec(original);
  // ("1 euro" swapped for "€2" reads "2 euros": the noun takes the new figure's number.)
  if (plain && named && CURRENCY_SIGN[(named[1] ?? "").toLowerCase()] === plain[1]) {
    const many = Number((plain[2] ?? "").replace(/,/g, "")) !== 1 && !/^(?:yen|won)$/i.test(named[1] ?? "");
    return `${plain[2]} ${named[1]}${many ? "s" : ""}`;
  }
  return replacement;
}

/** "minus " just before a figure: the figure is the size of a negative value. ("a margin of error
 *  of plus or minus 3 points" is a range either side of a value: the 3 is no negative.) */
const MINUS_BEFORE = /(?<!\bplus[\s-]+or[\s-]+)\bminus\s+$/i;

const OPENING_NUMBER_WORD = new RegExp(String.raw`^(?:${SPELLED_NUMBER}|one)\b`, "i");

/** The explanation names both figures the way the statement and the article write them
 *  ("the article gives six, not eight", "58 pounds"), not in the engine's own spelling ("6",
 *  "£58"); the critic reads them back through `explainedFigures`, which spells both one way. */
function trueFalse(ctx: BuildContext, f: NumberFact, view: NumberView, clause: string, swapped: string, wrong: Candidate | undefined, explanation: string, asWritten: string) {
  const truthful = rngOf(ctx, `num-tf:${f.id}`).next() < 0.5 || !wrong;
  // A figure that opens its sentence ("Two members …") is not capitalised mid-explanation.
  const said = (asWritten.replace(/\s+/g, " ").trim() || say(view, view.shown)).replace(OPENING_NUMBER_WORD, (w) => w.toLowerCase());
  const statement = truthful ? clause : swapped;
  if (!truthful && statement === clause) return null;
  // A clause cut at its front ("…21, broke the Italian's serve" from "Rune, 21, broke …") keeps
  // its mark: with the mark dropped and the first letter raised, the cut read as a whole sentence
  // that had lost its subject, and no check saw the cut (cut_stem holds it now).
  const body = clip(asStatement(/^…/.test(statement) ? statement : capitalise(statement)), 260);
  return {
    type: "true_false" as const,
    prompt: `True or false? According to the article: ${body}`,
    answer: truthful,
    answerText: truthful ? `True — the article gives ${said}.` : `False — the article gives ${said}, not ${(wrong as Candidate).text}.`,
    explanation,
  };
}

/** "The survey" → "the survey", and with the article at hand "Exports to China" →
 *  "exports to China" — but a word the article capitalises mid-sentence ("Korea's") stays. */
export function decapitalise(text: string, article?: string): string {
  const out = text.replace(/^(The|A|An|Its|Their)\b/, (w) => w.toLowerCase());
  const first = /^([A-Z][a-z]+)\b/.exec(out)?.[1];
  if (!article || !first || out !== text) return out;
  // A word capitalised mid-sentence only inside a longer name ("the West African Payments Union")
  // is no name when it opens a plain phrase ("Payments through the union").
  const inName = /^\s+\p{Lu}/u.test(out.slice(first.length));
  const proper = new RegExp(inName ? `[a-z,] ${first}\\b` : `[a-z,] ${first}\\b(?!\\s+\\p{Lu})`, "u").test(article);
  return proper ? out : first.toLowerCase() + out.slice(first.length);
}

// Pronouns whose referent a stem built from `what` would lose ("his performance", "of them").
// "their"/"its" stay: in "<who> <does what> … their …" they point back to the subject.
// (… and the relative pronouns: "19 percent of whom backed …" asks "what percentage of whom …".)
const DANGLING_PRONOUN = /\b(?:he|she|his|her|hers|him|they|them|it|this|these|those|we|us|our|i|my|you|your|whom|which|whose)\b/i;
// Before the figure: nothing, an introductory phrase, or a word that opens a clause.
// (A bound is no value: "fewer than 5 percent of the tests were done" does not say what share
// was, so it keeps its cloze, "fewer than ____ percent", and gets no "what percentage of …?".)
const SUBJECT_SLOT = /(?:^|[,;:—–]\s*|\b(?:that|while|whilst|whereas|and|but|although|though|because|when|if|since|where)\s+)(?:(?:some|about|around|nearly|almost|only|just|roughly|approximately|a further|another)\s+)*["“]?$/i;
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
  // "In Norway, …, 97 per cent of new cars were electric": a fronted place or group the share is
  // of, which "what percentage of new cars were electric?" would drop (a dateline is no such place).
  const fronted = sentence.slice(0, place.at).replace(/^[^—–]*\s[—–]\s+/, "").trimStart();
  if (/^(?:In|Among|For|Outside|Across|Within|At|From|Excluding|Including|Except|Unlike|Like|Of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}/u.test(fronted)) return null;
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
      // (A comma means `what` runs across an aside: "Among the largest chipmakers, TSMC".)
      // "from an original estimate": a phrase that opens with a preposition names no subject.
      if (/^(?:from|to|of|in|on|at|by|for|with|up|down|about|around|than|versus|against|over|under)\b/i.test(what)) return null;
      if (!f.year || n < 2 || what.includes(",") || what.includes(String(f.year)) || DANGLING_PRONOUN.test(what) || /^(its|their)\b/i.test(what) || LOOSE_END.test(what) || !mentions(f.source.sentence, what)) return null;
      return `According to the article, what was the value of ${decapitalise(what, article)} in ${f.year}?`;
    default:
      return null;
  }
}
