// Questions on when things happened: the year of an event (single choice, fill in the
// blank, true/false with a neighbouring year) and the chronological order of whole dated
// facts — never of clauses cut out of sentences, which come out garbled.
import type { DateFact, EventFact, Fact, NumberFact } from "../types";
import { explain, rngOf, scramble, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { pickDistinct, yearNeighbours } from "./distractors";
import { decapitalise } from "./number-questions";
import { asStatement, capitalise, clauseAround, clip, normalise } from "./text";

type Dated = { id: string; year: number; what: string; fact: EventFact | DateFact };
/** Anything with a stated year that can be placed on a timeline. */
type Timed = { id: string; year: number; what: string; fact: Fact };

/** A figure tied to a year ("$200 million in 1965") as a timeline item: "Trade …: $200 million". */
export function timedFigure(f: NumberFact): Timed | null {
  const what = f.what.trim().replace(/[.;:,]+$/, "");
  if (!f.year || f.contradicted || !f.source.sentence.includes(String(f.year)) || what.split(/\s+/).length < 2 || /\d/.test(what)) return null;
  return { id: f.id, year: f.year, what: `${capitalise(what)}: ${f.raw}`, fact: f };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const FRAGMENT_EDGE = /^(with|up|down|from|at|to|in|on|of|by|for|and|but|since|until|as)\b|\b(the|a|an|of|at|to|in|on|from|since)$/i;

export function readableClause(what: string): boolean {
  const t = what.trim();
  return t.split(/\s+/).length >= 3 && /^[A-Za-z]/.test(t) && !/\d$/.test(t) && !FRAGMENT_EDGE.test(t);
}

export function datedOf(f: EventFact | DateFact): Dated | null {
  const year = f.kind === "event" ? f.year : Number(f.iso.slice(0, 4));
  const what = f.what.trim().replace(/[.;:,]+$/, "");
  if (!Number.isInteger(year) || year < 1000 || !readableClause(what)) return null;
  return { id: f.id, year, what, fact: f };
}

/** Year questions for one event (or year-granular date). */
export function yearQuestions(ctx: BuildContext, d: Dated, otherYears: number[]): Draft[] {
  const f = d.fact;
  if (f.contradicted) return [];
  const y = String(d.year);
  const ids = [f.id];
  const base = { explanation: explain(ctx, ids, f.source, `The article dates this to ${y}.`), source: sourceOf(f.source), factIds: ids };
  const drafts: Draft[] = [];
  const push = (dr: Omit<Draft, "rank" | "priority">, priority: number) => drafts.push({ ...dr, rank: drafts.length, priority: priority - f.source.start / 1e6 });
  const whatLeaks = d.what.includes(y);
  const rng = rngOf(ctx, `year:${f.id}`);
  const cands = [...otherYears.filter((o) => o !== d.year).map((o) => ({ text: String(o), closeness: 0.9 })), ...yearNeighbours(d.year, rng)];

  if (!whatLeaks) {
    const prompt = `According to the article, which year is given for the following: ${clip(decapitalise(d.what, ctx.text), 200)}?`;
    const wrong = pickDistinct(y, prompt, cands, 3);
    if (wrong.length >= 2) {
      const sc = singleChoice(rng, y, wrong);
      push({ question: { type: "single_choice", prompt, ...sc, answerText: y, ...base }, closeness: sc.closeness }, 9);
    }
  }
  const clause = clauseAround(f.source.sentence, y, ctx.banned);
  if (clause && clause.split(y).length === 2) {
    push(
      {
        question: { type: "fill_blank", prompt: `Fill in the year: “${asStatement(clause.replace(y, "____"))}”`, answer: { accepted: [y] }, answerText: y, ...base },
        closeness: 0.6,
      },
      7,
    );
    const wrongYear = pickDistinct(y, clause, cands, 1)[0];
    const truthful = rng.next() < 0.5 || !wrongYear;
    const statement = truthful ? clause : clause.replace(y, wrongYear?.text ?? y);
    push(
      {
        question: {
          type: "true_false",
          prompt: `True or false? According to the article: ${clip(asStatement(capitalise(statement.replace(/^…/, ""))), 260)}`,
          answer: truthful,
          answerText: truthful ? `True — the article gives ${y}.` : `False — the article gives ${y}, not ${wrongYear?.text}.`,
          ...base,
        },
        closeness: 0.8,
      },
      5,
    );
  }
  return drafts;
}

function shiftMonths(raw: string, k: number): string {
  return raw.replace(new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g"), (m) => MONTHS[(MONTHS.indexOf(m) + k + 12) % 12] as string);
}

/** For day- or month-precise dates: which dates, with month slips as distractors. */
export function calendarQuestion(ctx: BuildContext, f: DateFact): Draft[] {
  const what = f.what.trim().replace(/[.;:,]+$/, "");
  // Only day-precise dates with a clause that reads on its own ("the survey was conducted"),
  // not fragments such as "up from 51.8 percent at the" or "since August".
  if (f.contradicted || f.granularity !== "day" || !readableClause(what) || !/[A-Z][a-z]+/.test(f.raw)) return [];
  const prompt = `According to the article, what dates are given for the following: ${clip(decapitalise(what, ctx.text), 200)}?`;
  const cands = [1, -1, 2, -2].map((k) => ({ text: shiftMonths(f.raw, k), closeness: Math.abs(k) === 1 ? 0.9 : 0.7 }));
  const wrong = pickDistinct(f.raw, prompt, cands, 3);
  if (wrong.length < 2 || f.raw.length > 60) return [];
  const sc = singleChoice(rngOf(ctx, `cal:${f.id}`), f.raw, wrong);
  const ids = [f.id];
  return [
    {
      question: { type: "single_choice", prompt, ...sc, answerText: f.raw, explanation: explain(ctx, ids, f.source), source: sourceOf(f.source), factIds: ids },
      priority: 4,
      rank: 0,
      closeness: sc.closeness,
    },
  ];
}

/** One ordering question over dated facts with distinct years. */
export function chronology(ctx: BuildContext, dated: Timed[]): Draft[] {
  const byYear = new Map<number, Timed>();
  for (const d of dated) {
    // Only years the article states: a year inferred from the reference date is not a fact.
    if (d.fact.kind === "date" && !d.fact.raw.includes(String(d.year))) continue;
    if (d.fact.contradicted || ctx.banned.some((b) => b && d.what.includes(b)) || /\b\d{4}\b/.test(d.what)) continue;
    if (!byYear.has(d.year)) byYear.set(d.year, d);
  }
  const chosen = [...byYear.values()].sort((a, b) => a.year - b.year).slice(0, 6);
  const items = chosen.map((d) => clip(capitalise(d.what), 140));
  const first = chosen[0];
  if (!first || chosen.length < 3 || new Set(items.map(normalise)).size !== items.length) return [];
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
