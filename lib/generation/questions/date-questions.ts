// Questions on when things happened. Each stem is a real question built from the complete
// clause that owns the date ("In which year were FTA talks halted?", "When was the survey
// conducted?"); where the sentence gives no such clause, the sentence itself with the date
// blanked at its own place ("Fill in the blank: …"), or nothing. Ordering questions put whole
// clauses on a timeline, never fragments ("followed by Germany", "it opened").
import type { DateFact, EventFact, Fact, NumberFact } from "../types";
import { explain, rngOf, scramble, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { pickDistinct, yearNeighbours } from "./distractors";
import { displayDate, inSentence, ownOffset, realDate, shiftMonths, typedForms, whenQuestion } from "./date-wording";
import { asStatement, capitalise, escapeRegExp, normalise } from "./text";

/** `what` is "" when the sentence has no complete clause for the date; `year` is 0 for a date
 *  the article gives no year for. */
type Dated = { id: string; year: number; what: string; fact: EventFact | DateFact };
/** Anything with a stated year that can be placed on a timeline. */
type Timed = { id: string; year: number; what: string; fact: Fact };

const FRAGMENT_EDGE = /^(with|up|down|from|at|to|in|on|of|by|for|and|but|or|since|until|as|while|whereas|then|followed|compared|including|respectively|it|its|they|their|he|she|his|her|this|these|those|there|which|who)\b|\b(the|a|an|of|at|to|in|on|from|since|and|or|by|with)$/i;

/** A clause or noun phrase that reads on its own: three words or more, no pronoun or
 *  conjunction to start it, no dangling word to end it. */
export function readableClause(what: string): boolean {
  const t = what.trim();
  return t.split(/\s+/).length >= 3 && /^[A-Za-z]/.test(t) && !/\d$/.test(t) && !FRAGMENT_EDGE.test(t);
}

/** A figure tied to a year ("$200 million in 1965") as a timeline item: "Trade …: $200 million". */
export function timedFigure(f: NumberFact): Timed | null {
  const what = f.what.trim().replace(/[.;:,]+$/, "");
  if (!f.year || f.contradicted || !f.source.sentence.includes(String(f.year)) || what.split(/\s+/).length < 2 || /\d/.test(what) || FRAGMENT_EDGE.test(what)) return null;
  return { id: f.id, year: f.year, what: `${capitalise(what)}: ${f.raw}`, fact: f };
}

export function datedOf(f: EventFact | DateFact): Dated | null {
  const what = f.what.trim().replace(/[.;:,]+$/, "");
  if (f.kind === "event") return Number.isInteger(f.year) && f.year >= 1000 ? { id: f.id, year: f.year, what, fact: f } : null;
  const year = /^\d{4}/.test(f.iso) ? Number(f.iso.slice(0, 4)) : 0;
  return { id: f.id, year, what, fact: f };
}

/** The sentence with [at, at + length) blanked, when it reads as a quiz line. */
function clozeOf(ctx: BuildContext, sentence: string, at: number, length: number): string | null {
  if (at < 0 || sentence.length > 280 || ctx.banned.some((b) => b && sentence.includes(b))) return null;
  // "It was founded in ____": without its antecedent the sentence says nothing.
  if (/^\W*(?:it|its|they|their|he|his|she|her|this|these|those|there)\b/i.test(sentence)) return null;
  return asStatement(`${sentence.slice(0, at)}____${sentence.slice(at + length)}`.replace(/\s+/g, " ").trim());
}

/** Year questions for one event: which year (with neighbouring and the article's other years),
 *  true or false, and the sentence with the year blanked. */
/** How far from the key an article's other year may lie and still be a wrong year to offer. */
export const FAR_YEARS = 100;

export function yearQuestions(ctx: BuildContext, d: Dated, otherYears: number[]): Draft[] {
  const f = d.fact;
  if (f.contradicted || d.year < 1000) return [];
  const y = String(d.year);
  const ids = [f.id];
  const base = { explanation: explain(ctx, ids, f.source, `The article dates this to ${y}.`), source: sourceOf(f.source), factIds: ids };
  const drafts: Draft[] = [];
  const push = (dr: Omit<Draft, "rank" | "priority">, priority: number) => drafts.push({ ...dr, rank: drafts.length, priority: priority - f.source.start / 1e6 });
  const rng = rngOf(ctx, `year:${f.id}`);
  // (The article's other years only within a century of the key: "founded in 1800" offered beside
  // the 2019 of its last visitor record and the 2026 of a forecast, or said to be "founded in
  // 2019", is false at a glance for a museum with a 225-year history; a year that far off is no
  // slip a reader could make.)
  const cands = [...otherYears.filter((o) => o >= 1000 && o !== d.year && Math.abs(o - d.year) < FAR_YEARS).map((o) => ({ text: String(o), closeness: 0.9 })), ...yearNeighbours(d.year, rng)];
  const clause = d.what && !d.what.includes(y) && !ctx.banned.some((b) => b && d.what.includes(b)) ? d.what : "";

  const prompt = clause ? whenQuestion("In which year", clause, ctx.text) : null;
  // "In which year was the firm founded?" with a year after the article's own among the options:
  // a past event cannot fall in the future, so that option is ruled out without reading.
  if (prompt && ctx.publishedYear && d.year <= ctx.publishedYear && /^In which year (?:did|was|were)\b/.test(prompt)) {
    // (Nor the article's own year made up for an event of an earlier year: "first played in 1938"
    // against "2026" reads as a trick; the year stays when the article itself gives it.)
    const latest = ctx.publishedYear;
    // (A year the article only implies, "on May 15" read as this year's, is not one it gives.)
    // (Nor is the date in the article's header: only its quiz sentences count.)
    const body = [...new Set(ctx.facts.map((f) => f.source.sentence))].join("\n");
    const said = (year: string) => new RegExp(`(?<!\\d)${year}(?!\\d)`).test(body);
    cands.splice(0, cands.length, ...cands.filter((c) => Number(c.text) < latest || Number(c.text) === latest && (d.year === latest || said(c.text))));
  }
  // "In which year is the bridge due to open?": a year before the article's own is as easily
  // ruled out for what is still to come.
  // With no date in its header either way round: "In which year was the pier rebuilt?" offers
  // no year the article gives for something still to come ("due to open in 2031") or later.
  const until = ctx.publishedYear ? undefined : earliestFutureYear(ctx);
  if (prompt && until && d.year < until && /^In which year (?:did|was|were)\b/.test(prompt)) {
    cands.splice(0, cands.length, ...cands.filter((c) => Number(c.text) < until));
  }
  // (With no date in its header, the article's latest year for something that has already
  // happened stands in: "the next festival is due in 2040" after "a crush in 2025 killed 30"
  // offers no 1980 or 2000.)
  const since = ctx.publishedYear ?? latestPastYear(ctx);
  if (prompt && since && d.year > since && /^In which year (?:is|are|will)\b/.test(prompt)) {
    const earliest = since;
    cands.splice(0, cands.length, ...cands.filter((c) => Number(c.text) >= earliest));
  }
  if (prompt) {
    const wrong = pickDistinct(y, prompt, cands, 3);
    if (wrong.length >= 2) {
      const sc = singleChoice(rng, y, wrong);
      push({ question: { type: "single_choice", prompt, ...sc, answerText: y, ...base }, closeness: sc.closeness }, 9);
    }
  }
  const cloze = clozeOf(ctx, f.source.sentence, ownOffset(f.source.sentence, y), y.length);
  if (cloze) {
    push({ question: { type: "fill_blank", prompt: `Fill in the blank: “${cloze}”`, answer: { accepted: [y] }, answerText: y, ...base }, closeness: 0.6 }, prompt ? 7 : 8);
  }
  if (prompt) {
    const wrongYear = pickDistinct(y, clause, cands, 1)[0];
    const truthful = rng.next() < 0.5 || !wrongYear;
    const said = truthful ? y : (wrongYear?.text ?? y);
    push(
      {
        question: {
          type: "true_false",
          prompt: `True or false? According to the article, ${asStatement(`${inSentence(clause, ctx.text)} in ${said}`)}`,
          answer: truthful,
          answerText: truthful ? `True — the article gives ${y}.` : `False — the article gives ${y}, not ${said}.`,
          ...base,
        },
        closeness: 0.8,
      },
      5,
    );
  }
  return drafts;
}

const PAST_CLAUSE = /\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b|\b(?:began|came|went|took|left|rose|fell|grew|won|lost|led|held|met|sold|built|made|became|broke)\b/;
const NOT_YET = /\b(?:will|would|is|are|due|expected|planned|scheduled|set to|to be)\b/;

/** The latest year the article gives for an event told in the past tense ("a crush in 2025
 *  killed 30"): the article was written no earlier. Undefined when it gives none. */
export function latestPastYear(ctx: BuildContext): number | undefined {
  const years = ctx.facts
    .filter((f): f is EventFact | DateFact => (f.kind === "event" || f.kind === "date") && !f.contradicted && PAST_CLAUSE.test(f.what) && !NOT_YET.test(f.what))
    // (A date's year only when the article writes it: "on March 28" is read as some year.)
    .map((f) => (f.kind === "event" ? f.year : /^\d{4}/.test(f.iso) && f.raw.includes(f.iso.slice(0, 4)) ? Number(f.iso.slice(0, 4)) : 0))
    .filter((y) => Number.isInteger(y) && y >= 1000);
  return years.length ? Math.max(...years) : undefined;
}

const TO_COME = /\b(?:will|due|expected|planned|scheduled|set to)\b/;

/** The earliest year the article gives for an event still to come ("is due to open in 2031"),
 *  when it is later than every year it tells in the past tense. Undefined otherwise. */
export function earliestFutureYear(ctx: BuildContext): number | undefined {
  const years = ctx.facts
    .filter((f): f is EventFact => f.kind === "event" && !f.contradicted && Number.isInteger(f.year) && f.year >= 1000 && TO_COME.test(f.what))
    .map((f) => f.year);
  if (!years.length) return undefined;
  const first = Math.min(...years);
  const past = latestPastYear(ctx);
  return past === undefined || first > past ? first : undefined;
}

/** "2026-03-19" moved `k` months ("2026-02-19" for -1), for comparing with the article's day. */
function shiftedIso(iso: string, k: number): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  const total = y * 12 + (m - 1) + k;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}${iso.slice(7, 10)}`;
}

/** For day-precise dates: which date (months moved as distractors), and for a single day the
 *  sentence with the date blanked, accepting the ways people type a date. */
export function calendarQuestion(ctx: BuildContext, f: DateFact): Draft[] {
  if (f.contradicted || f.granularity !== "day" || f.raw.length > 60) return [];
  // "between Oct. 30 and Nov. 2" where the fact holds only the dates: shown as the span it is.
  const between = !/^between\b/i.test(f.raw.trim()) && f.source.sentence.includes(`between ${f.raw.trim()}`);
  const shown = displayDate(between ? `between ${f.raw.trim()}` : f.raw);
  if (!/[A-Z][a-z]+/.test(shown) || !/\d/.test(shown)) return [];
  const ids = [f.id];
  const base = { explanation: explain(ctx, ids, f.source, `The article gives ${shown}.`), source: sourceOf(f.source), factIds: ids };
  const range = Boolean(f.endIso) || /\b(?:to|and|until|through)\b|[–-]/.test(shown);
  const drafts: Draft[] = [];
  const what = f.what.trim();
  // "would reach farmers by Nov. 1": a day after "by" is a deadline, not the day it happens, so
  // the question asks "By which date …?" ("On which date …?" would claim that very day).
  const deadline = !range && new RegExp(String.raw`\bby\s+(?:(?:mid|early|late)-?\s*)?${escapeRegExp(f.raw.trim())}`, "i").test(f.source.sentence);
  const lead = range ? "When" : deadline ? "By which date" : "On which date";
  const prompt = what && !ctx.banned.some((b) => b && what.includes(b)) ? whenQuestion(lead, what, ctx.text) : null;
  if (prompt) {
    // Only days the calendar has: "August 31" moved a month on is no "September 31".
    // "On which date will the hearing be held?" (after the article's day): a day before the
    // article's own is ruled out unread for what is still to come.
    // "On which date did the strike end?" (a day before the article's): a day after it is ruled out
    // unread for what has already happened.
    // ("When did arrivals reach 412,000 tonnes?" over "Oct. 1 to Nov. 22", asked on Nov. 24: a span
    // that has ended is past as a whole, so "December 1 to January 22" is ruled out too.)
    const last = f.endIso ?? f.iso;
    const after = (k: number) => {
      if (!ctx.publishedOn) return true;
      if (/^(?:On which date|By which date|When) (?:will|is|are)\b/.test(prompt) && f.iso > ctx.publishedOn) return shiftedIso(f.iso, k) >= ctx.publishedOn;
      if (/^(?:On which date|By which date|When) (?:did|was|were|had)\b/.test(prompt) && last <= ctx.publishedOn) return shiftedIso(last, k) <= ctx.publishedOn;
      return true;
    };
    const cands = [1, -1, 2, -2, 3, -3].filter(after).map((k) => ({ text: shiftMonths(shown, k), closeness: Math.abs(k) === 1 ? 0.9 : Math.abs(k) === 2 ? 0.7 : 0.5 })).filter((c) => realDate(c.text));
    const wrong = pickDistinct(shown, prompt, cands, 3);
    if (wrong.length >= 2) {
      const sc = singleChoice(rngOf(ctx, `cal:${f.id}`), shown, wrong);
      drafts.push({ question: { type: "single_choice", prompt, ...sc, answerText: shown, ...base }, priority: 4, rank: 0, closeness: sc.closeness });
    }
  }
  if (!range) {
    // The blank covers the date itself, not "on" or the weekday before it.
    const core = /(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?$/.exec(f.raw)?.[0] ?? "";
    const at = /\d/.test(core) ? ownOffset(f.source.sentence, core) : -1;
    const cloze = clozeOf(ctx, f.source.sentence, at, core.length);
    if (cloze) {
      const accepted = typedForms(displayDate(core));
      drafts.push({
        question: { type: "fill_blank", prompt: `Fill in the blank: “${cloze}”`, answer: { accepted }, answerText: displayDate(core), ...base },
        priority: prompt ? 3 : 4, rank: drafts.length, closeness: 0.6,
      });
    }
  }
  return drafts;
}

/** An item stands on its own: a clause with a subject (or a figure's noun phrase), no pronoun
 *  or conjunction to start it, nothing cut off at its end. */
function selfContained(d: Timed): boolean {
  const t = d.what.trim();
  if (!readableClause(t.replace(/:\s.*$/, "")) || /\b\d{4}\b/.test(t)) return false;
  return d.fact.kind === "number" || whenQuestion("When", t) !== null;
}

/** One ordering question over dated facts with distinct years, or none when fewer than three
 *  items read on their own. */
export function chronology(ctx: BuildContext, dated: Timed[]): Draft[] {
  const byYear = new Map<number, Timed>();
  for (const d of dated) {
    // Only years the article states: a year inferred from the reference date is not a fact.
    if (d.year < 1000 || (d.fact.kind === "date" && !d.fact.raw.includes(String(d.year)))) continue;
    if (d.fact.contradicted || ctx.banned.some((b) => b && d.what.includes(b)) || !selfContained(d)) continue;
    if (!byYear.has(d.year)) byYear.set(d.year, d);
  }
  const chosen = [...byYear.values()].sort((a, b) => a.year - b.year).slice(0, 6);
  const items = chosen.map((d) => capitalise(d.what.trim()));
  const first = chosen[0];
  if (!first || chosen.length < 3 || items.some((i) => i.length > 140) || new Set(items.map(normalise)).size !== items.length) return [];
  const options = scramble(items, rngOf(ctx, "chrono"));
  const ids = chosen.map((d) => d.id);
  return [
    {
      question: {
        type: "ordering",
        prompt: "Put these developments from the article in the order they happened, earliest first.",
        options,
        answer: items.map((i) => options.indexOf(i)),
        answerText: chosen.map((d, i) => `${d.year}: ${items[i]}`).join("; "),
        explanation: explain(ctx, ids, first.fact.source, `The article dates them to ${chosen.map((d) => d.year).join(", ")}.`),
        source: sourceOf(first.fact.source),
        factIds: ids,
      },
      priority: 8,
      rank: 0,
      closeness: 0.6,
      crossSentence: true,
    },
  ];
}
