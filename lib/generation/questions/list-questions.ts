// Questions on a ListFact: "According to the article, which of these goods did Korea primarily
// import from Japan prior to 2000? Select all that apply." The right options are the listed
// items; the wrong ones are things of the same kind the article does not tie to that relation —
// first what the same subject did otherwise in the sentence ("… and exported apparel"), then
// other lists of the same kind in the article (another period, another verb), then a curated
// lexicon of goods, crops and sectors the article never mentions. Precision first: no stem that
// cannot be built whole from the sentence's own clause, and no wrong option the article states.
import type { ListFact } from "../facts/list-fact";
import { isItemList } from "../facts/ranking";
import { shuffle } from "../random";
import type { Fact, MembershipFact } from "../types";
import { explain, rngOf, scramble, sourceOf, type BuildContext, type Draft } from "./context";
import { pickDistinct, type Candidate } from "./distractors";
import { ITEM_LEXICON, kindOfList, kindsOf, type ItemKind } from "./list-lexicon";
import { isExamples, listStem } from "./list-wording";
import { COUNTRIES } from "./lexicon";
import { escapeRegExp, mentions, normalise } from "./text";

const MAX_ITEMS = 7;
const MAX_SENTENCE = 320;

const isList = (f: Fact): f is ListFact => f.kind === "list";
const contentWords = (s: string) => normalise(s).split(" ").filter((w) => w.length >= 4);
/** The first word of the verb that is not an adverb, cut to its stem: "primarily imported" → "import". */
const verbStem = (verb?: string) => (verb?.split(/\s+/).find((w) => !/ly$|^(?:has|have|had|will|also|only)$/i.test(w)) ?? "").toLowerCase().slice(0, 5);

export function kindOf(f: ListFact): ItemKind | undefined {
  return kindOfList(f.items, f.head, f.clause.verb);
}

/** Whether g lists things in the same relation as f (same head, or same verb and subject). */
function sameRelation(f: ListFact, g: ListFact): boolean {
  if (f.head && g.head && normalise(f.head) === normalise(g.head)) return true;
  const [a, b] = [verbStem(f.clause.verb), verbStem(g.clause.verb)];
  return a !== "" && a === b && normalise(f.clause.subject ?? "") === normalise(g.clause.subject ?? "");
}
const sameTime = (f: ListFact, g: ListFact) => !f.time || !g.time || normalise(f.time) === normalise(g.time);

/** Things the article ties to f's own relation: never a wrong option. */
function statedFor(ctx: BuildContext, f: ListFact): string[] {
  const lists = ctx.facts.filter(isList);
  return [...f.items, ...lists.filter((g) => g.id !== f.id && sameRelation(f, g) && sameTime(f, g)).flatMap((g) => g.items)];
}

/** Wrong options, best first: the sentence's contrast, other lists of the kind, then the lexicon. */
function wrongOptions(ctx: BuildContext, f: ListFact, kind: ItemKind | undefined): Candidate[] {
  const sentence = f.source.sentence;
  const verb = verbStem(f.clause.verb);
  const verbRe = verb ? new RegExp(`\\b${escapeRegExp(verb)}`, "i") : null;
  const sentences = [...new Set(ctx.facts.map((g) => g.source.sentence))];
  // Named elsewhere together with f's verb or head: maybe in f's relation, so not offered.
  // (A list of another period is read whole: its own sentence may share the verb.)
  const tied = (item: string, own?: string) =>
    sentences.some((s) => s !== own && mentions(s, item) && ((verbRe?.test(s) ?? false) || (!!f.head && mentions(s, f.head))));
  const out: Candidate[] = [];
  const contrastVerb = verbStem(f.contrast?.verb);
  if (f.contrast && contrastVerb !== verb) for (const text of f.contrast.items) out.push({ text, closeness: 0.9 });
  const article: Candidate[] = [];
  for (const g of ctx.facts) {
    if (g.id === f.id) continue;
    let items: string[] = [];
    let own: string | undefined;
    if (isList(g) && !(sameRelation(f, g) && sameTime(f, g))) {
      own = g.source.sentence;
      const fits = f.named ? g.named && !!f.head && !!g.head && normalise(f.head) === normalise(g.head) : !g.named && kind !== undefined && kindOf(g) === kind;
      // Each thing on its own must be of the kind: a list of goods may end in "remittances".
      if (fits) items = [...g.items, ...(g.contrast?.items ?? [])].filter((i) => f.named || (kind !== undefined && kindsOf(i).has(kind)));
    } else if (!f.named && kind && g.kind === "ranking") {
      // Things a ranking scores, when each is known to be of the kind.
      items = g.items.map((i) => i.label).filter((i) => /^\p{Ll}/u.test(i) && kindsOf(i).has(kind));
    }
    for (const text of items) if (!mentions(sentence, text) && !tied(text, own)) article.push({ text, closeness: 0.8 });
  }
  out.push(...shuffle(article, rngOf(ctx, `list-article:${f.id}`)));
  // The lexicon only for things the article never mentions: it cannot say they fit.
  // Names from the lexicon only when the article names the whole set ("five states (A … E)").
  const countries = f.count === f.items.length && f.items.every((i) => COUNTRIES.some((c) => normalise(c) === normalise(i)));
  const pool = f.named ? (countries ? [...COUNTRIES] : []) : kind ? [...ITEM_LEXICON[kind]] : [];
  const fresh = pool.filter((w) => !mentions(ctx.text, w.replace(/^the /, "")));
  out.push(...shuffle(fresh, rngOf(ctx, `list-lexicon:${f.id}`)).map((text) => ({ text, closeness: 0.4 })));
  // Never a thing that shares a word with a right answer ("machinery" beside "chemical machinery").
  const answerWords = new Set(f.items.flatMap(contentWords));
  return out.filter((c) => !contentWords(c.text).some((w) => answerWords.has(w)));
}

// Whether a list is covered (coveredByList) is asked before its questions are built: build once.
const built = new WeakMap<BuildContext, Map<string, Draft[]>>();

export function listQuestions(ctx: BuildContext, f: ListFact): Draft[] {
  let memo = built.get(ctx);
  if (!memo) built.set(ctx, (memo = new Map()));
  const hit = memo.get(f.id);
  if (hit) return hit;
  const out = buildListQuestions(ctx, f);
  memo.set(f.id, out);
  return out;
}

function buildListQuestions(ctx: BuildContext, f: ListFact): Draft[] {
  if (f.items.length < 2 || f.items.length > MAX_ITEMS || f.source.sentence.length > MAX_SENTENCE) return [];
  // A stated count the list does not fill ("the four regions — A, B and C") leaves items unnamed.
  if (f.count !== undefined && f.count !== f.items.length) return [];
  const main = asked(ctx, f, f, 0);
  const other = flipped(f);
  return main ? [main, ...[other && asked(ctx, other, f, 1)].filter((d): d is Draft => !!d)] : [];
}

/** "… imported textiles and machinery from Japan and exported apparel": the same subject's other
 *  verb, seen as a list of its own whose contrast is the first list. */
export function flipped(f: ListFact): ListFact | null {
  const c = f.contrast;
  if (!c || !f.clause.subject || f.head) return null;
  // "… and exported rum in 2000": a time of its own after the list may not be the list's time.
  if (/\b(?:1[5-9]|20)\d\d\b|\b(?:year|decade|war|month)\b/i.test(f.source.sentence.slice(f.end))) return null;
  const at = f.source.sentence.indexOf(c.items[0] as string, f.end);
  const last = c.items[c.items.length - 1] as string;
  const lastAt = at < 0 ? -1 : f.source.sentence.indexOf(last, at);
  if (lastAt < 0) return null;
  const { tail: _tail, ...clause } = f.clause;
  return { ...f, items: c.items, what: c.verb, clause: { ...clause, verb: c.verb }, contrast: { verb: f.clause.verb ?? "", items: f.items }, at, end: lastAt + last.length };
}

/** One question on the list `f` (or on its flipped view, for `base`), or null. */
function asked(ctx: BuildContext, f: ListFact, base: ListFact, rank: number): Draft | null {
  const stem = listStem(f, new Set(ctx.articleWords));
  if (!stem) return null;
  const single = f.items.length === 1;
  const prompt = `According to the article, ${stem}?${single ? "" : " Select all that apply."}`;
  const kind = kindOf(base);
  const want = f.items.length <= 3 ? 3 : 2;
  const wrong = pickDistinct(f.items[0] as string, prompt, wrongOptions(ctx, f, kind), want, [...statedFor(ctx, f), ...f.items.slice(1)]);
  if (wrong.length < (single ? 3 : 2)) return null;
  const options = scramble([...f.items, ...wrong.map((w) => w.text)], rngOf(ctx, `list-ms:${f.id}:${rank}`));
  const ids = [base.id];
  // The items as a person would list them ("Tourism, along with tea and …" reads "tourism, tea and …").
  const answerText = f.items.length > 1 ? `${f.items.slice(0, -1).join(", ")} and ${f.items[f.items.length - 1]}` : (f.items[0] as string);
  const lead = isExamples(f) ? `The article gives ${answerText} as examples.` : `The article names ${answerText}.`;
  const common = { prompt, options, answerText, explanation: explain(ctx, ids, f.source, lead), source: sourceOf(f.source), factIds: ids };
  const flags = base.contradicted ? [{ code: "contradicted", message: "Another part of the article contradicts this list." }] : [];
  return {
    question: single
      ? { type: "single_choice", ...common, answer: options.indexOf(f.items[0] as string) }
      : { type: "multiple_select", ...common, answer: f.items.map((i) => options.indexOf(i)).sort((a, b) => a - b) },
    priority: 8 - rank,
    rank,
    closeness: wrong.reduce((sum, w) => sum + w.closeness, 0) / wrong.length,
    ...(rank > 0 ? { variant: "contrast" } : {}),
    ...(flags.length ? { flags } : {}),
  };
}

/** An item list stored as a membership (../facts/ranking.ts) that a ListFact now asks: asking
 *  it again would put the same list twice before a student. */
export function coveredByList(ctx: BuildContext, m: MembershipFact): boolean {
  if (!isItemList(m)) return false;
  const same = (f: ListFact) => f.source.start === m.source.start && m.members.some((x) => f.items.some((i) => normalise(i) === normalise(x)));
  return ctx.facts.some((f) => isList(f) && same(f) && listQuestions(ctx, f).length > 0);
}
