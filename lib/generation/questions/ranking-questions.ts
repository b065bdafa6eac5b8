// Questions on a ranking with scores: put the items in order, match items to scores,
// name the top item, and give the top score.
import { isItemList } from "../facts/ranking";
import { shuffle } from "../random";
import type { MembershipFact, RankingFact } from "../types";
import { explain, rngOf, scramble, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { numberNeighbours, pickDistinct, type Candidate } from "./distractors";
import { formatPlain, say, sayNatural, type NumberView } from "./numbers";
import { contradictionFlags } from "./people-questions";
import { COUNTRIES, countryKey } from "./lexicon";
import { mentions, namedOnlyAsPlace, normalise } from "./text";

function scoreView(f: RankingFact, score: number): NumberView {
  const decimals = String(score).includes(".") ? (String(score).split(".")[1] ?? "").length : 0;
  return { unit: f.unit ?? "points", shown: score, decimals, literal: formatPlain(score, decimals) };
}

const sayScore = (f: RankingFact, score: number) =>
  f.unit === "currency" ? sayNatural("currency", score, (f as { currency?: string }).currency) : say(scoreView(f, score), score);

/** "Among the world's largest chipmakers", "The council ranked the sectors most exposed" →
 *  the plural noun phrase that can follow "these". */
export function rankedThings(what: string): string {
  const t = what.trim().replace(/[.?!:]+$/, "");
  const afterVerb = /\b(?:ranked|rated|listed|named|chose|picked)\s+(?:the\s+)?(.+)$/i.exec(t)?.[1];
  return (afterVerb ?? t).replace(/^(among|of|in|for)\s+/i, "").replace(/^(the|these|those)\s+/i, "") || "items";
}

const MEASURE: Partial<Record<string, string>> = { points: "score", currency: "amount", percent: "share" };

export function rankingQuestions(ctx: BuildContext, f: RankingFact): Draft[] {
  const items = f.items.filter((i) => i.label.trim().length > 0);
  if (items.length < 2 || new Set(items.map((i) => normalise(i.label))).size !== items.length) return [];
  const what = rankedThings(f.what);
  const measure = MEASURE[f.unit ?? "points"] ?? "figure";
  const labels = items.map((i) => i.label);
  const ids = [f.id];
  const explanation = explain(ctx, ids, f.source);
  const base = { explanation, source: sourceOf(f.source), factIds: ids };
  const drafts: Draft[] = [];
  const flags = contradictionFlags(ctx, f);
  const push = (d: Omit<Draft, "rank" | "priority">, priority: number) =>
    drafts.push({ ...d, rank: drafts.length, priority, ...(flags.length ? { flags } : {}) });
  const scored = items.every((i) => typeof i.score === "number");
  const byWhat = scored ? `by ${measure}, highest first` : "as the article ranks them, top first";

  if (items.length >= 3 && items.length <= 8) {
    const options = scramble(labels, rngOf(ctx, `rank-order:${f.id}`));
    push(
      {
        question: {
          type: "ordering",
          prompt: `Order these ${what} ${byWhat}, according to the article.`,
          options,
          answer: labels.map((l) => options.indexOf(l)),
          answerText: labels.join(", then "),
          ...base,
        },
        closeness: 0.6,
      },
      12,
    );
  }

  const scores = items.map((i) => i.score);
  if (scored && new Set(scores).size === items.length && items.length <= 8) {
    const said = items.map((i) => sayScore(f, i.score as number));
    const top = scoreView(f, items[0]?.score as number);
    const extra = pickDistinct(said[0] as string, "", numberNeighbours(top, rngOf(ctx, `rank-x:${f.id}`)).map((n) => ({ text: sayScore(f, n.value), closeness: 0.6 })), 1, said);
    const options = scramble([...said, ...extra.map((e) => e.text)], rngOf(ctx, `rank-match:${f.id}`));
    push(
      {
        question: {
          type: "matching",
          prompt: `Match each of the ${what} to the ${measure} the article gives it.`,
          prompts: labels,
          options,
          answer: said.map((s) => options.indexOf(s)),
          answerText: labels.map((l, k) => `${l}: ${said[k]}`).join("; "),
          ...base,
        },
        closeness: 0.7,
      },
      11,
    );
  }

  const [first, ...rest] = labels;
  if (first) {
    const prompt = `According to the article, which of these ranked highest among the ${what}?`;
    const distractors = pickDistinct(first, prompt, rest.map((text) => ({ text, closeness: 0.8 })), 3);
    if (distractors.length >= 1) {
      const sc = singleChoice(rngOf(ctx, `rank-top:${f.id}`), first, distractors);
      push({ question: { type: "single_choice", prompt, ...sc, answerText: first, ...base }, closeness: sc.closeness }, 9);
    }
  }

  const topScore = items[0]?.score;
  if (first && scored && typeof topScore === "number" && (f.unit ?? "points") === "points") {
    const view = scoreView(f, topScore);
    push(
      {
        question: {
          type: "numeric",
          prompt: `According to the article, what score did ${first} receive among the ${what}?`,
          answer: { value: topScore, tolerance: 0.5 * 10 ** -view.decimals, unit: view.unit === "percent" ? "%" : "points" },
          answerText: sayScore(f, topScore),
          ...base,
        },
        closeness: 0.5,
      },
      7,
    );
  }
  return drafts;
}

const MAX_LIST_SENTENCE = 260;

/** A list of things in one sentence ("imported textiles and chemical machinery from Japan"), asked
 *  as that sentence with the list blanked: which of these complete it? Wrong options are things the
 *  article lists elsewhere, so each is plausible and only reading tells them apart. */
export function itemListQuestions(ctx: BuildContext, f: MembershipFact): Draft[] {
  if (!isItemList(f) || f.members.length < 2) return [];
  const sentence = f.source.sentence;
  const leadAt = sentence.indexOf(f.container);
  const first = f.members[0] as string;
  const last = f.members[f.members.length - 1] as string;
  const start = sentence.indexOf(first, Math.max(0, leadAt + f.container.length));
  const lastAt = start < 0 ? -1 : sentence.indexOf(last, start);
  // The whole sentence is shown as true: never one carrying a figure the article contradicts.
  if (leadAt < 0 || start < 0 || lastAt < 0 || sentence.length > MAX_LIST_SENTENCE || ctx.banned.some((b) => b && sentence.includes(b))) return [];
  const end = lastAt + last.length;
  const written = sentence.slice(start, end);
  const prompt = `Which of these complete the article's statement? “${sentence.slice(0, start)}____${sentence.slice(end)}” Select all that apply.`;
  // Things listed elsewhere in the article, never one this sentence names. A list of names is
  // only built when the article's count matches it (complete), so any other country is outside it.
  const elsewhere: Candidate[] = [];
  const names = /^\p{Lu}/u.test(first);
  const countries = names && f.members.some((m) => COUNTRIES.some((c) => countryKey(c) === countryKey(m)));
  const pool = countries
    ? [...ctx.countries.map((text) => ({ text, closeness: 0.8 })), ...shuffle(COUNTRIES, rngOf(ctx, `list-c:${f.id}`)).map((text) => ({ text, closeness: 0.4 }))]
    : names ? ctx.organisations.map((text) => ({ text, closeness: 0.8 })) : [];
  for (const g of ctx.facts) {
    if (g.id === f.id || names) continue;
    const items = g.kind === "membership" && isItemList(g) ? g.members : g.kind === "ranking" ? g.items.map((i) => i.label) : [];
    for (const text of items) if (/^\p{Ll}/u.test(text)) pool.push({ text, closeness: 0.8 });
  }
  const keys = new Set(f.members.map(countryKey));
  // A country the article names only as a place ("the regions of Ukraine") is what the story is
  // about, not a party to it: ruled out at once as one of those that voted, signed or joined.
  const party = (c: Candidate) => !countries || !namedOnlyAsPlace(ctx.text, c.text);
  for (const c of pool) if (!mentions(sentence, c.text) && !keys.has(countryKey(c.text)) && party(c)) elsewhere.push(c);
  const shown = f.members.slice(0, 5);
  const ordered = [...shuffle(elsewhere.filter((c) => c.closeness > 0.5), rngOf(ctx, `list-x:${f.id}`)), ...elsewhere.filter((c) => c.closeness <= 0.5)];
  const wrong = pickDistinct(first, prompt, ordered, Math.min(4, 7 - shown.length), shown.slice(1));
  if (wrong.length < 2) return [];
  const options = scramble([...shown, ...wrong.map((w) => w.text)], rngOf(ctx, `list:${f.id}`));
  const ids = [f.id];
  const flags = contradictionFlags(ctx, f);
  return [
    {
      question: {
        type: "multiple_select",
        prompt,
        options,
        answer: shown.map((m) => options.indexOf(m)).sort((a, b) => a - b),
        answerText: written,
        explanation: explain(ctx, ids, f.source),
        source: sourceOf(f.source),
        factIds: ids,
      },
      priority: 9,
      rank: 0,
      closeness: 0.8,
      ...(flags.length ? { flags } : {}),
    },
  ];
}
