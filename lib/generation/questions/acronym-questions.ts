// Questions on an acronym and its expansion. Asking what an acronym stands for only tests
// reading when the wrong options could be right by their initials too: they are other real
// organisations with the same initials, and without two of those the question is not asked.
// Everyday acronyms (EU, GDP, NATO …) are never asked: that is general knowledge.
import type { AcronymFact } from "../types";
import { shuffle } from "../random";
import { initialsOf, realExpansions } from "./acronym-distractors";
import { explain, rngOf, scramble, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { pickDistinct } from "./distractors";
import { UBIQUITOUS_ACRONYMS } from "./lexicon";
import { contradictionFlags } from "./people-questions";
import { normalise } from "./text";

const stripThe = (s: string) => s.trim().replace(/^the\s+/i, "");

/** Whether asking what this acronym stands for could teach anything. */
export function askable(f: AcronymFact): boolean {
  const long = stripThe(f.long);
  return !UBIQUITOUS_ACRONYMS.has(f.short.toUpperCase()) && long.split(/\s+/).length >= 2 && normalise(long) !== normalise(f.short);
}

export function acronymQuestions(ctx: BuildContext, f: AcronymFact): Draft[] {
  if (!askable(f)) return [];
  const long = stripThe(f.long);
  const prompt = `According to the article, what does ${f.short} stand for?`;
  const pool = shuffle(realExpansions(f.short, long, ctx.organisations), rngOf(ctx, `acr:${f.id}`));
  const wrong = pickDistinct(long, prompt, pool, 3);
  if (wrong.length < 2) return [];
  const ids = [f.id];
  const sc = singleChoice(rngOf(ctx, `acr-sc:${f.id}`), long, wrong);
  const flags = contradictionFlags(ctx, f);
  return [
    {
      question: {
        type: "single_choice",
        prompt,
        ...sc,
        answerText: long,
        explanation: explain(ctx, ids, f.source, `${f.short} stands for the ${long}.`),
        source: sourceOf(f.source),
        factIds: ids,
      },
      priority: 6,
      rank: 0,
      closeness: sc.closeness,
      ...(flags.length ? { flags } : {}),
    },
  ];
}

/** One question matching the article's acronyms to their organisations — only when initials
 *  alone cannot do the matching (every acronym fits two or more of the choices). */
export function acronymMatching(ctx: BuildContext, facts: AcronymFact[]): Draft[] {
  const seen = new Set<string>();
  const usable = facts.filter((f) => {
    const key = normalise(f.short);
    const ok = !f.contradicted && askable(f) && !seen.has(key);
    seen.add(key);
    return ok;
  });
  const chosen = usable.slice(0, 6);
  const first = chosen[0];
  if (!first || chosen.length < 2 || new Set(chosen.map((f) => normalise(f.long))).size !== chosen.length) return [];
  const longs = chosen.map((f) => stripThe(f.long));
  const extra = pickDistinct(longs[0] as string, "", realExpansions(first.short, longs[0] as string, ctx.organisations), 1, longs);
  const options = scramble([...longs, ...extra.map((e) => e.text)], rngOf(ctx, "acr-match"));
  const fits = (f: AcronymFact, o: string) => [initialsOf(stripThe(f.long)), f.short.toUpperCase()].includes(initialsOf(o));
  if (chosen.some((f) => options.filter((o) => fits(f, o)).length < 2)) return [];
  const ids = chosen.map((f) => f.id);
  return [
    {
      question: {
        type: "matching",
        prompt: "Match each abbreviation to the organisation it stands for in the article.",
        prompts: chosen.map((f) => f.short),
        options,
        answer: longs.map((l) => options.indexOf(l)),
        answerText: chosen.map((f, i) => `${f.short}: ${longs[i]}`).join("; "),
        explanation: explain(ctx, ids, first.source, `Each abbreviation is spelled out where it first appears.`),
        source: sourceOf(first.source),
        factIds: ids,
      },
      priority: 9,
      rank: 0,
      closeness: 0.7,
      crossSentence: true,
    },
  ];
}
