// Questions on a single figure: numeric entry, single choice, fill in the blank, true/false.
import type { NumberFact } from "../types";
import { explain, rngOf, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { numberNeighbours, pickDistinct, type Candidate } from "./distractors";
import { acceptedForms, mentionsNumber, say, toleranceFor, unitHint, unitPhrase, viewOf, type NumberView } from "./numbers";
import { asStatement, capitalise, clauseAround, clip, mentions } from "./text";

// Figures that make the best questions survive the per-sentence cap first.
const IMPORTANCE: Record<string, number> = { percent: 10, currency: 10, points: 8, fold: 7, count: 4, ordinal: 2, plain: 1 };

/** Article figures of the same unit, then slips and neighbours, as text in the article's style. */
function numberCandidates(ctx: BuildContext, f: NumberFact, view: NumberView): Candidate[] {
  const rng = rngOf(ctx, `num:${f.id}`);
  const out: Candidate[] = [];
  const ratio = (a: number, b: number) => Math.max(a, b) / Math.max(Math.min(a, b), 1e-9);
  for (const g of ctx.facts) {
    if (g.kind !== "number" || g.id === f.id || g.contradicted || g.unit !== f.unit || g.currency !== f.currency) continue;
    if (g.value === f.value || (f.unit !== "percent" && f.unit !== "currency" && ratio(g.value, f.value) > 20)) continue;
    const gv = viewOf(g);
    out.push({ text: say(gv, gv.shown), closeness: 0.85 });
  }
  if (view.scale && f.unit === "currency") {
    const other = view.scale.word === "billion" ? "million" : view.scale.word === "million" ? "billion" : "billion";
    out.push({ text: say(view, view.shown, other), closeness: 0.8 });
  }
  const neighbours = numberNeighbours(view, rng).map((n) => ({ text: say(view, n.value), closeness: n.closeness }));
  // Interleave so a question does not get only article figures or only neighbours.
  const merged: Candidate[] = [];
  for (let i = 0; i < Math.max(out.length, neighbours.length); i++) {
    if (out[i]) merged.push(out[i] as Candidate);
    if (neighbours[i]) merged.push(neighbours[i] as Candidate);
  }
  return merged;
}

/** A question from the fact's `what`, or null when `what` is unusable for this phrasing.
 *  Only shares, money and scores read well as "what percentage of …" / "the value of …";
 *  counts and ordinals are asked as a cloze of the sentence, which is always grammatical. */
function askFromWhat(f: NumberFact, view: NumberView, banned: string[], article: string): string | null {
  const what = f.what.trim().replace(/[.,;:]+$/, "");
  const n = what.split(/\s+/).length;
  if (n > 25 || /\d|:/.test(what) || mentionsNumber(what, view.literal) || banned.some((b) => b && what.includes(b))) return null;
  const sentence = f.source.sentence;
  switch (f.unit) {
    case "percent": {
      // Only "<figure> of <who does what>" reads back as "what percentage of <who does what>?";
      // changes and rates ("up 17 percent", "at 3.25 percent") are asked as a cloze instead.
      const rest = what.replace(/^(the share of|percent of|of)\s+/i, "");
      if (rest.split(/\s+/).length < 4 || !sentence.includes(`${f.raw} of ${rest.split(/\s+/).slice(0, 2).join(" ")}`)) return null;
      return `According to the article, what percentage of ${decapitalise(rest, article)}?`;
    }
    case "currency":
      // "the value of <subject> in <year>" needs a subject the sentence names and a year.
      if (!f.year || n < 2 || what.includes(String(f.year)) || /^(its|their|his|her)\b/i.test(what) || !mentions(sentence, what)) return null;
      return `According to the article, what was the value of ${decapitalise(what, article)} in ${f.year}?`;
    default:
      return null;
  }
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

/** `rotation` (the figure's place among same-unit figures of its sentence) rotates which
 *  question type comes first, so a sentence with three percentages is not asked as three
 *  numeric entries. */
export function numberQuestions(ctx: BuildContext, f: NumberFact, coveredElsewhere: boolean, rotation = 0): Draft[] {
  if (f.contradicted || coveredElsewhere || f.unit === "plain") return [];
  const view = viewOf(f);
  if ((f.unit === "count" || f.unit === "ordinal") && Number.isInteger(f.value) && f.value >= 1800 && f.value <= 2100) return [];
  const sentence = f.source.sentence;
  const raw = sentence.includes(f.raw) ? f.raw : view.literal;
  if (!sentence.includes(raw)) return [];
  const clause = clauseAround(sentence, raw, ctx.banned);
  if (!clause) return [];
  const answer = say(view, view.shown);
  const base = { source: sourceOf(f.source), factIds: [f.id] };
  const explanation = explain(ctx, [f.id], f.source, `The answer is ${answer}.`);
  const importance = IMPORTANCE[f.unit] ?? 1;
  const order = f.source.start / 1e6; // earlier figures win ties
  const drafts: Draft[] = [];
  const push = (d: Omit<Draft, "rank" | "priority">, bonus: number) =>
    drafts.push({ ...d, rank: drafts.length, priority: importance + bonus - order });

  // Blank only the digits so unit words stay as a reading aid ("____ percent of respondents").
  // Numbers written as words ("five") and ordinals are blanked whole.
  const wholeRaw = f.unit === "ordinal" || !raw.includes(view.literal);
  const blanked = clause.replace(raw, wholeRaw ? "____" : raw.replace(view.literal, "____"));
  const rng = rngOf(ctx, `num-sc:${f.id}`);
  const cands = numberCandidates(ctx, f, view);
  const whatQ = askFromWhat(f, view, ctx.banned, ctx.text);
  const clozeQ = `According to the article, which figure completes this statement? “${asStatement(clause.replace(raw, "____"))}”`;
  const scPrompt = whatQ ?? clozeQ;
  const distractors = pickDistinct(answer, scPrompt, cands, 3);

  if (f.unit !== "ordinal") {
    const hint = unitHint(view);
    // The cloze here carries a lead and a unit phrase too, so it gets a shorter clause.
    const short = clauseAround(sentence, raw, ctx.banned, 180) ?? clause;
    const shortBlank = short.replace(raw, wholeRaw ? "____" : raw.replace(view.literal, "____"));
    const prompt = `${whatQ ?? `According to the article, what number fills the blank? “${asStatement(shortBlank)}”`} ${unitPhrase(view)}`;
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
  const tf = f.unit === "ordinal" ? null : trueFalse(ctx, f, view, clause, raw, tfWrong, explanation);
  if (tf) push({ question: { ...tf, ...base }, closeness: 0.7 }, 0);
  // The chosen type moves to the front; the rest keep their order (numeric entry stays early).
  const k = drafts.length ? rotation % drafts.length : 0;
  const lead = drafts[k];
  return (lead ? [lead, ...drafts.filter((_, i) => i !== k)] : drafts).map((d, rank) => ({ ...d, rank }));
}

function trueFalse(ctx: BuildContext, f: NumberFact, view: NumberView, clause: string, raw: string, wrong: Candidate | undefined, explanation: string) {
  const truthful = rngOf(ctx, `num-tf:${f.id}`).next() < 0.5 || !wrong;
  const said = say(view, view.shown);
  const statement = truthful ? clause : clause.replace(raw, (wrong as Candidate).text);
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
