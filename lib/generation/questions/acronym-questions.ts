// Questions on an acronym and its expansion. Wrong expansions share the acronym's initials.
import type { AcronymFact } from "../types";
import { acronymExpansions } from "./acronym-distractors";
import { explain, rngOf, scramble, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { pickDistinct, type Candidate } from "./distractors";
import { NAME_FUNCTION_WORDS } from "./lexicon";
import { normalise } from "./text";

const stripThe = (s: string) => s.trim().replace(/^the\s+/i, "");

function wrongExpansions(ctx: BuildContext, f: AcronymFact, n: number): Candidate[] {
  const long = stripThe(f.long);
  const same = acronymExpansions(long, ctx.articleWords, rngOf(ctx, `acr:${f.id}`), n + 2);
  const others = ctx.organisations.filter((o) => normalise(o) !== normalise(long)).map((text) => ({ text: stripThe(text), closeness: 0.3 }));
  return [...same, ...others];
}

export function acronymQuestions(ctx: BuildContext, f: AcronymFact): Draft[] {
  if (f.contradicted) return [];
  const long = stripThe(f.long);
  if (long.split(/\s+/).length < 2 || normalise(long) === normalise(f.short)) return [];
  const ids = [f.id];
  const base = { explanation: explain(ctx, ids, f.source, `${f.short} stands for the ${long}.`), source: sourceOf(f.source), factIds: ids };
  const drafts: Draft[] = [];
  const push = (d: Omit<Draft, "rank" | "priority">, priority: number) => drafts.push({ ...d, rank: drafts.length, priority });

  const prompt = `According to the article, what does ${f.short} stand for?`;
  const wrong = pickDistinct(long, prompt, wrongExpansions(ctx, f, 3), 3);
  if (wrong.length >= 2) {
    const sc = singleChoice(rngOf(ctx, `acr-sc:${f.id}`), long, wrong);
    push({ question: { type: "single_choice", prompt, ...sc, answerText: long, ...base }, closeness: sc.closeness }, 8);
  }

  // Blank the last content word that occurs once, so the learner recalls part of the name.
  const tokens = long.split(/\s+/);
  const k = [...tokens.keys()].reverse().find((i) => {
    const t = tokens[i] as string;
    return !NAME_FUNCTION_WORDS.has(t.toLowerCase()) && tokens.filter((x) => x === t).length === 1 && /^[A-Za-z]/.test(t);
  });
  if (k !== undefined) {
    const word = (tokens[k] as string).replace(/[.,;:)]+$/, "");
    const blanked = tokens.map((t, i) => (i === k ? "____" : t)).join(" ");
    push(
      {
        question: {
          type: "fill_blank",
          prompt: `Fill in the blank: according to the article, ${f.short} stands for the ${blanked}.`,
          answer: { accepted: [word] },
          answerText: word,
          ...base,
        },
        closeness: 0.5,
      },
      5,
    );
  }

  const fake = wrong[0];
  const truthful = rngOf(ctx, `acr-tf:${f.id}`).next() < 0.5 || !fake;
  push(
    {
      question: {
        type: "true_false",
        prompt: `True or false? In the article, ${f.short} stands for the ${truthful ? long : (fake as Candidate).text}.`,
        answer: truthful,
        answerText: truthful ? `True — ${f.short} is the ${long}.` : `False — ${f.short} is the ${long}.`,
        ...base,
      },
      closeness: 0.8,
    },
    3,
  );
  return drafts;
}

/** One question matching every acronym of the article to its organisation. */
export function acronymMatching(ctx: BuildContext, facts: AcronymFact[]): Draft[] {
  const seen = new Set<string>();
  const usable = facts.filter((f) => {
    const key = normalise(f.short);
    const ok = !f.contradicted && !seen.has(key) && stripThe(f.long).split(/\s+/).length >= 2;
    seen.add(key);
    return ok;
  });
  const chosen = usable.slice(0, 6);
  const first = chosen[0];
  if (!first || chosen.length < 2 || new Set(chosen.map((f) => normalise(f.long))).size !== chosen.length) return [];
  const longs = chosen.map((f) => stripThe(f.long));
  const extra = pickDistinct(longs[0] as string, "", acronymExpansions(longs[0] as string, ctx.articleWords, rngOf(ctx, "acr-match-x")), 1, longs);
  const options = scramble([...longs, ...extra.map((e) => e.text)], rngOf(ctx, "acr-match"));
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
