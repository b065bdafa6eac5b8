// One matching question across an article's lists of one kind when they set things against each
// other — imports against exports, before a year against after it: "Match each of these goods to
// what the article says about it: textiles → What Korea primarily imported from Japan prior to
// 2000; apparel → What Korea exported prior to 2000; steel → Intermediate goods whose trade has
// expanded since 2000." Each thing stands for one list and is named in no other, so exactly one
// description fits it; two pairs are one guess, so it takes three lists or more.
import type { ListFact } from "../facts/list-fact";
import { rngOf, scramble, sourceOf, type BuildContext, type Draft } from "./context";
import { KIND_NOUN, kindsOf, type ItemKind } from "./list-lexicon";
import { flipped, kindOf, listQuestions } from "./list-questions";
import { isExamples, listStem } from "./list-wording";
import { clip, normalise } from "./text";

const MAX_PAIRS = 4;
const lower = (s: string) => (/^(?:The|A|An)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join(" ").replace(/\s+/g, " ").trim();

/** What a list says about each of its things, without them: "What Korea exported prior to 2000". */
function description(f: ListFact): string | null {
  const c = f.clause;
  const time = f.time ? f.time.charAt(0).toLowerCase() + f.time.slice(1) : undefined;
  // Written as choices are shown, capitalised: "What Korea exported prior to 2000".
  if (c.subject && c.verb && !f.head) return join("What", lower(c.subject), c.verb, c.tail, time);
  // "trade in intermediate goods like … has expanded" → "intermediate goods whose trade has expanded".
  const pre = c.pre ? /^(\S+)\s(?:in|of)$/i.exec(c.pre)?.[1] : undefined;
  if (f.head && isExamples(f) && c.predicate && pre) {
    const whose = join(f.head.charAt(0).toUpperCase() + f.head.slice(1), "whose", pre.toLowerCase(), c.predicate);
    return join(whose, time && !whose.includes(time) ? time : undefined);
  }
  return null;
}

interface Relation { fact: ListFact; items: string[]; text: string }

export function listMatching(ctx: BuildContext, lists: ListFact[]): Draft[] {
  const relations: Relation[] = [];
  for (const f of lists) {
    if (f.contradicted || f.named || !listStem(f, new Set(ctx.articleWords))) continue;
    for (const view of [f, flipped(f)]) {
      const text = view && description(view);
      if (view && text) relations.push({ fact: f, items: view.items, text });
    }
  }
  // One kind of thing throughout (the kind with most lists), each thing of it, one description per list.
  const kinds = [...new Set(relations.map((r) => kindOf(r.fact)))].filter((k) => k !== undefined);
  const pairsOf = (kind: ItemKind) => {
    const rs = relations.filter((r) => kindOf(r.fact) === kind);
    // A thing any other list names (of any kind) could be read as fitting two descriptions.
    const named = (item: string) => relations.filter((r) => r.items.some((i) => normalise(i) === normalise(item))).length;
    const pairs: { item: string; r: Relation }[] = [];
    for (const r of rs) {
      // Preferably a thing known to be of the kind; else any the list names alone ("imported cloth").
      const free = r.items.filter((i) => named(i) === 1 && !pairs.some((p) => normalise(p.item) === normalise(i)));
      const item = free.find((i) => kindsOf(i).has(kind)) ?? (free.length === r.items.length ? free[0] : undefined);
      if (item && !pairs.some((p) => normalise(p.r.text) === normalise(r.text))) pairs.push({ item, r });
    }
    return pairs;
  };
  const best = kinds.map((k) => ({ kind: k, pairs: pairsOf(k) })).sort((a, b) => b.pairs.length - a.pairs.length)[0];
  if (!best || best.pairs.length < 3) return [];
  const { kind, pairs } = best;
  const chosen = pairs.slice(0, MAX_PAIRS);
  const prompts = chosen.map((p) => p.item);
  const texts = chosen.map((p) => p.r.text);
  const options = scramble(texts, rngOf(ctx, "list-match"));
  const ids = [...new Set(chosen.map((p) => p.r.fact.id))];
  const first = chosen[0]?.r.fact as ListFact;
  return [
    {
      question: {
        type: "matching",
        prompt: `Match each of the ${KIND_NOUN[kind]} below to what the article says about it.`,
        prompts,
        options,
        answer: texts.map((t) => options.indexOf(t)),
        answerText: chosen.map((p) => `${p.item}: ${p.r.text}`).join("; "),
        explanation: `The article says: ${[...new Set(chosen.map((p) => p.r.fact.source.sentence))].map((x) => `“${clip(x, 300)}”`).join(" ")}`,
        source: sourceOf(first.source),
        factIds: ids,
      },
      priority: 6,
      rank: 1,
      closeness: 0.7,
      crossSentence: true,
      variant: "list-matching",
    },
  ];
}

/** Every question on the article's lists: each list's own, then one matching across them. */
export function listDrafts(ctx: BuildContext, lists: ListFact[]): Draft[] {
  return [...lists.flatMap((f) => listQuestions(ctx, f)), ...listMatching(ctx, lists)];
}
