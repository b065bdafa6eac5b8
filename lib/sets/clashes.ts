// Questions that must not meet in one set: one shows another's answer, or asks the same thing
// again. The engine's gate keeps each of a pair ready when each is its fact's only question ("101
// of the top 1,000 firms" cannot be asked twice without one question printing the other's key),
// and practice keeps them apart when it picks; a teacher's set takes whatever the teacher adds, so
// adding many at once keeps them apart here, and the set page points out any pair added by hand.
// The rules are the gate's own (lib/generation/giveaway), read on the stored questions, and two the
// gate does not apply: a choice listing, as a whole option, a recall answer of another sentence
// (listedKey), a count another sentence states with the same noun about the same thing
// (echoedCount), and a question asking on its own one pair of a matching (asksPairOf).
import type { Question } from "@/lib/question-types";
import { echoedCount, keysOf, listedKey, nearDuplicate, related, shownKey, showsKey } from "@/lib/generation/giveaway";

/** A question with the article it was made from: offsets and fact ids only mean something within
 *  one article, so questions of different articles (or imported ones, of none) never clash. */
export interface SetQuestion {
  articleId: string | null;
  question: Question;
}

/** Why two questions cannot share a set: `shower` prints `shown`'s answer (`key`), or the two ask
 *  the same fact with the same answer in nearly the same words. */
export type Clash = { kind: "shows"; shower: string; shown: string; key: string } | { kind: "duplicate"; first: string; second: string };

/** How `a` and `b` clash, or null. */
export function clashBetween(a: SetQuestion, b: SetQuestion): Clash | null {
  if (a.articleId === null || a.articleId !== b.articleId || a.question.id === b.question.id) return null;
  const [qa, qb] = [a.question, b.question];
  if (asksPairOf(qa, qb) || asksPairOf(qb, qa)) return { kind: "duplicate", first: qa.id, second: qb.id };
  if (!related(qa, qb)) {
    // On sentences apart, only a whole option or item that is a recall question's key (see listedKey).
    const aLists = listedKey(qa, qb);
    if (aLists !== null) return { kind: "shows", shower: qa.id, shown: qb.id, key: aLists };
    const bLists = listedKey(qb, qa);
    if (bLists !== null) return { kind: "shows", shower: qb.id, shown: qa.id, key: bLists };
    // … or a count stated with the same noun, of the same thing (see echoedCount).
    const aEchoes = echoedCount(qa, qb);
    if (aEchoes !== null) return { kind: "shows", shower: qa.id, shown: qb.id, key: aEchoes };
    const bEchoes = echoedCount(qb, qa);
    return bEchoes === null ? null : { kind: "shows", shower: qb.id, shown: qa.id, key: bEchoes };
  }
  if (nearDuplicate(qa, qb)) return { kind: "duplicate", first: qa.id, second: qb.id };
  const aShows = shownKey(qa, qb);
  if (aShows !== null) return { kind: "shows", shower: qa.id, shown: qb.id, key: aShows };
  const bShows = shownKey(qb, qa);
  if (bShows !== null) return { kind: "shows", shower: qb.id, shown: qa.id, key: bShows };
  return null;
}

/** Whether `q` asks on its own one pair of matching `m`: "Who does the article describe as Chief
 *  Executive?" (key Lukas Brenner) beside "Match each person to the role the article gives them"
 *  with Lukas Brenner → Chief Executive among its pairs. The gate keeps both (neither prints the
 *  other's answer), but in one set the student answers the same thing twice, and the single
 *  question's feedback settles a pair of the matching. */
function asksPairOf(q: Question, m: Question): boolean {
  if (m.type !== "matching" || q.type === "matching" || q.type === "true_false") return false;
  const keys = keysOf(q);
  const same = (x: string, y: string) => showsKey(x, y) && showsKey(y, x);
  return m.prompts.some((left, i) => {
    const right = m.options[m.answer[i] ?? -1];
    if (!right) return false;
    return keys.some((k) => (same(k, left) && showsKey(q.prompt, right)) || (same(k, right) && showsKey(q.prompt, left)));
  });
}

/** Every clashing pair among `items`, in their order. */
export function clashesAmong(items: readonly SetQuestion[]): Clash[] {
  const out: Clash[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const clash = clashBetween(items[i]!, items[j]!);
      if (clash) out.push(clash);
    }
  }
  return out;
}

/** For each question of `items`, the ids of those it clashes with (either way round): what
 *  practice keeps apart when it picks a round from a bank (lib/attempts/select.ts). */
export function clashMap(items: readonly SetQuestion[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => out.set(a, [...(out.get(a) ?? []), b]);
  for (const clash of clashesAmong(items)) {
    const [a, b] = clash.kind === "duplicate" ? [clash.first, clash.second] : [clash.shower, clash.shown];
    link(a, b);
    link(b, a);
  }
  return out;
}

/**
 * Which of `adding` can join a set that holds `present` with no pair that clashes, keeping as many
 * as it can: a question that clashes with one the set holds stays out; of the rest, the one that
 * clashes with the fewest others still in play is kept first (of a true/false printing three figures
 * and the three questions it answers, the three stay), then a question that makes the student find
 * the answer before a true/false, then the order given. What is left out comes back with the
 * question it clashes with, so the teacher can be told. Keeps `adding`'s order.
 */
export function keptApart<T extends SetQuestion>(present: readonly SetQuestion[], adding: readonly T[]): { kept: T[]; left: { item: T; clash: Clash }[] } {
  const left = new Map<number, Clash>();
  adding.forEach((item, i) => {
    for (const other of present) {
      const clash = clashBetween(other, item);
      if (clash) return void left.set(i, clash);
    }
  });
  const open = new Set([...adding.keys()].filter((i) => !left.has(i)));
  const edges = new Map<number, Map<number, Clash>>([...open].map((i) => [i, new Map()]));
  for (const i of open) {
    for (const j of open) {
      if (j <= i) continue;
      const clash = clashBetween(adding[i]!, adding[j]!);
      if (!clash) continue;
      edges.get(i)!.set(j, clash);
      edges.get(j)!.set(i, clash);
    }
  }
  const isTf = (i: number) => (adding[i]!.question.type === "true_false" ? 1 : 0);
  const degree = (i: number) => [...edges.get(i)!.keys()].filter((j) => open.has(j)).length;
  const kept = new Set<number>();
  while (open.size > 0) {
    const best = [...open].sort((a, b) => degree(a) - degree(b) || isTf(a) - isTf(b) || a - b)[0]!;
    kept.add(best);
    open.delete(best);
    for (const [j, clash] of edges.get(best)!) {
      if (!open.has(j)) continue;
      open.delete(j);
      left.set(j, clash);
    }
  }
  return {
    kept: adding.filter((_, i) => kept.has(i)),
    left: [...left.entries()].sort(([a], [b]) => a - b).map(([i, clash]) => ({ item: adding[i]!, clash })),
  };
}

/** A clash as one of its two questions reads it: it shows the other's answer, its own answer is
 *  shown by the other, or the two ask the same thing. */
export interface ClashNote {
  kind: "shows" | "shownBy" | "same";
  other: string;
  /** The answer printed (for "shows" and "shownBy"). */
  key?: string;
}

export function noteFor(clash: Clash, self: string): ClashNote {
  if (clash.kind === "duplicate") return { kind: "same", other: clash.first === self ? clash.second : clash.first };
  return clash.shower === self ? { kind: "shows", other: clash.shown, key: clash.key } : { kind: "shownBy", other: clash.shower, key: clash.key };
}

/** For each question of `candidates`, how it clashes with the questions of `against` (or, with
 *  no `against`, with the other candidates): the set page marks both questions of each pair. */
export function clashNotes(candidates: readonly SetQuestion[], against?: readonly SetQuestion[]): Map<string, ClashNote[]> {
  const notes = new Map<string, ClashNote[]>();
  const add = (clash: Clash, self: string) => notes.set(self, [...(notes.get(self) ?? []), noteFor(clash, self)]);
  if (against) {
    for (const c of candidates) {
      for (const a of against) {
        const clash = clashBetween(a, c);
        if (clash) add(clash, c.question.id);
      }
    }
    return notes;
  }
  for (const clash of clashesAmong(candidates)) {
    if (clash.kind === "duplicate") {
      add(clash, clash.first);
      add(clash, clash.second);
    } else {
      add(clash, clash.shower);
      add(clash, clash.shown);
    }
  }
  return notes;
}
