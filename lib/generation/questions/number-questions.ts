// Questions on a single figure: numeric entry, single choice, fill in the blank, true/false.
import type { QuestionFlag } from "../question-schema";
import type { NumberFact } from "../types";
import { explain, rngOf, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { boundsAround, numberNeighbours, pickDistinct, withinBounds, type Bounds, type Candidate } from "./distractors";
import { acceptedForms, askFromWhat, say, toleranceFor, unitHint, unitPhrase, viewOf, type NumberView } from "./numbers";
import { asStatement, capitalise, clauseAround, clip, escapeRegExp } from "./text";

export { decapitalise } from "./numbers";

// Figures that make the best questions survive the per-sentence cap first.
const IMPORTANCE: Record<string, number> = { percent: 10, currency: 10, points: 8, fold: 7, count: 4, ordinal: 2, plain: 1 };

// Stands in for the figure while the clause around it is cut, so that blanks and swaps land on
// the fact's own place even when the sentence states the same text twice ("52 seats … 5 seats").
const MARK = "\uE000";

/** The fact's own text and place in its sentence: at `f.at` when known, else its first match. */
export function placeOf(f: NumberFact, view: NumberView): { at: number; text: string } | null {
  const s = f.source.sentence;
  const find = (text: string, from?: number) => {
    const re = new RegExp(`${from === undefined ? "(?<![\\d.,\\p{L}])" : ""}${escapeRegExp(text).replace(/\s+/g, "\\s+")}${/[\d\p{L}]$/u.test(text) ? "(?![\\d\\p{L}]|[.,]\\d)" : ""}`, from === undefined ? "u" : "uy");
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

/** Whether another figure is of the same kind: counts must count the same thing. */
function sameKind(f: NumberFact, g: NumberFact): boolean {
  if (g.unit !== f.unit || g.currency !== f.currency) return false;
  if (f.unit !== "count") return true;
  const heads = (x: NumberFact) => new Set(x.what.toLowerCase().split(/\s+/).slice(0, 3).filter((w) => w.length > 3).map((w) => w.replace(/s$/, "")));
  const a = heads(f);
  return [...heads(g)].some((w) => a.has(w));
}

/** Article figures of the same kind, then slips and neighbours, as text in the article's style;
 *  all of a plausible magnitude and within what the sentence allows (a part is not over its whole). */
function numberCandidates(ctx: BuildContext, f: NumberFact, view: NumberView, bounds: Bounds): Candidate[] {
  const rng = rngOf(ctx, `num:${f.id}`);
  const out: Candidate[] = [];
  const ratio = (a: number, b: number) => Math.max(a, b) / Math.max(Math.min(a, b), 1e-9);
  const factor = view.scale?.factor ?? 1;
  // "1 trade groups": a count of one does not fit the plural noun the article counts.
  const fits = (v: number) => withinBounds(v, bounds) && !(f.unit === "count" && v === 1 && view.shown !== 1);
  for (const g of ctx.facts) {
    if (g.kind !== "number" || g.id === f.id || g.contradicted || !sameKind(f, g)) continue;
    // Plausible magnitude: within 20× (percentages: 10×, or 30 points apart at most).
    const near = f.unit === "percent" ? ratio(g.value, f.value) <= 10 || Math.abs(g.value - f.value) <= 30 : ratio(g.value, f.value) <= 20;
    if (g.value === f.value || !near) continue;
    const gv = viewOf(g);
    if (!fits(gv.shown * (gv.scale?.factor ?? 1) / factor)) continue;
    out.push({ text: say(gv, gv.shown), closeness: 0.85 });
  }
  if (view.scale && f.unit === "currency") {
    const other = view.scale.word === "billion" ? "million" : view.scale.word === "million" ? "billion" : "billion";
    out.push({ text: say(view, view.shown, other), closeness: 0.8 });
  }
  const neighbours = numberNeighbours(view, rng)
    .filter((n) => fits(n.value))
    .map((n) => ({ text: say(view, n.value), closeness: n.closeness }));
  // Interleave so a question does not get only article figures or only neighbours.
  const merged: Candidate[] = [];
  for (let i = 0; i < Math.max(out.length, neighbours.length); i++) {
    if (out[i]) merged.push(out[i] as Candidate);
    if (neighbours[i]) merged.push(neighbours[i] as Candidate);
  }
  return merged;
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
  const mark = MARK.repeat(place.text.length);
  const marked = sentence.slice(0, place.at) + mark + sentence.slice(place.at + place.text.length);
  const markedClause = clauseAround(marked, mark, ctx.banned);
  if (!markedClause) return [];
  const put = (c: string, x: string) => c.replace(mark, () => x);
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
  const blanked = put(markedClause, blankRaw);
  const rng = rngOf(ctx, `num-sc:${f.id}`);
  const cands = numberCandidates(ctx, f, view, boundsAround(sentence, place.at, place.text.length, f.unit));
  const whatQ = askFromWhat(f, view, place, ctx.banned, ctx.text);
  const clozeQ = `According to the article, which figure completes this statement? “${asStatement(put(markedClause, "____"))}”`;
  const scPrompt = whatQ ?? clozeQ;
  const distractors = pickDistinct(answer, scPrompt, cands, 3);

  if (f.unit !== "ordinal") {
    const hint = unitHint(view);
    // The cloze here carries a lead and a unit phrase too, so it gets a shorter clause.
    const short = clauseAround(marked, mark, ctx.banned, 180) ?? markedClause;
    const prompt = `${whatQ ?? `According to the article, what number fills the blank? “${asStatement(put(short, blankRaw))}”`} ${unitPhrase(view)}`;
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
    push({ question: { type: "single_choice", prompt: scPrompt, options: sc.options, answer: sc.answer, answerText: answer, explanation, ...base }, closeness: sc.closeness }, 2);
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
  // A swapped-in figure already present in the clause would make the statement read oddly.
  const tfWrong = pickDistinct(answer, clause, cands, 1)[0];
  const tf = f.unit === "ordinal" ? null : trueFalse(ctx, f, view, clause, put(markedClause, tfWrong?.text ?? place.text), tfWrong, explanation);
  if (tf) push({ question: { ...tf, ...base }, closeness: 0.7 }, 0);
  // The chosen type moves to the front; the rest keep their order (numeric entry stays early).
  const k = drafts.length ? rotation % drafts.length : 0;
  const lead = drafts[k];
  return (lead ? [lead, ...drafts.filter((_, i) => i !== k)] : drafts).map((d, rank) => ({ ...d, rank }));
}

function trueFalse(ctx: BuildContext, f: NumberFact, view: NumberView, clause: string, swapped: string, wrong: Candidate | undefined, explanation: string) {
  const truthful = rngOf(ctx, `num-tf:${f.id}`).next() < 0.5 || !wrong;
  const said = say(view, view.shown);
  const statement = truthful ? clause : swapped;
  if (!truthful && statement === clause) return null;
  const body = clip(asStatement(capitalise(statement.replace(/^…/, ""))), 260);
  return {
    type: "true_false" as const,
    prompt: `True or false? According to the article: ${body}`,
    answer: truthful,
    answerText: truthful ? `True — the article gives ${said}.` : `False — the article gives ${said}, not ${(wrong as Candidate).text}.`,
    explanation,
  };
}
