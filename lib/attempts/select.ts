import { createRng, shuffle } from "@/lib/generation/random";

/**
 * Picks up to `count` questions for a practice quiz, mixing types: shuffle within each type,
 * then take one of each type in turn so a short quiz is not all true/false. Questions that
 * come from the same source sentence are kept apart while the bank allows: a fill-in-the-blank
 * quoting a sentence would otherwise hand over the answer to another question about the same
 * sentence (the FKI survey's "101 firms" cloze quotes its "62.4 percent"). The first round gives
 * as many types as the sentences allow a question of their own, so one type taking a sentence
 * first never leaves out a type whose only questions are about it (the seed's ordering questions
 * share their sentences with its fill-in and a matching). Pure and seeded.
 */
export function pickPracticeQuestions<T extends Pickable>(bank: readonly T[], count: number, seed: number): T[] {
  const rng = createRng(seed);
  const byType = new Map<string, T[]>();
  for (const q of bank) {
    const list = byType.get(q.type) ?? [];
    list.push(q);
    byType.set(q.type, list);
  }
  const queues = shuffle([...byType.keys()].sort(), rng).map((type) => shuffle(byType.get(type)!, rng));
  const picked: T[] = [];
  const sentences = new Set<string>();
  for (const [t, q] of oneOfEachType(queues, count)) {
    picked.push(q);
    queues[t]!.splice(queues[t]!.indexOf(q), 1);
    if (q.sentence !== undefined) sentences.add(q.sentence);
  }
  const deferred: T[] = []; // same sentence as one already picked: only if nothing else is left
  while (picked.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (picked.length >= count) break;
      let next = queue.shift();
      while (next?.sentence !== undefined && sentences.has(next.sentence)) {
        deferred.push(next);
        next = queue.shift();
      }
      if (!next) continue;
      picked.push(next);
      if (next.sentence !== undefined) sentences.add(next.sentence);
    }
  }
  picked.push(...deferred.slice(0, Math.max(0, count - picked.length)));
  return shuffle(quotesKeptApart(picked, bank), rng);
}

/** A bank question as selection sees it. `quotes`: other sentences its stem quotes (a stem widened
 *  with the sentence before it, lib/generation/lead.ts), which may settle their questions.
 *  `clashes`: ids of questions that show its answer or whose answer it shows from another sentence
 *  (lib/sets/clashes: a choice listing another question's typed answer as an option). */
type Pickable = { id: string; type: string; sentence?: string; quotes?: readonly string[]; clashes?: readonly string[] };

/** Whether one question's stem quotes the other's source sentence, or the two are known to clash. */
const quotesOther = <T extends Pickable>(a: T, b: T) =>
  (b.sentence !== undefined && (a.quotes ?? []).includes(b.sentence)) ||
  (a.sentence !== undefined && (b.quotes ?? []).includes(a.sentence)) ||
  (a.clashes ?? []).includes(b.id) ||
  (b.clashes ?? []).includes(a.id);

/**
 * The picked questions with each one whose stem quotes another picked question's sentence (or is
 * quoted by one), or that clashes with one, swapped, while the bank allows, for an unpicked
 * question that clashes with none: of the same type first. A question the bank cannot replace
 * stays, as same-sentence ones do when nothing else is left.
 */
function quotesKeptApart<T extends Pickable>(picked: T[], bank: readonly T[]): T[] {
  if (!bank.some((q) => q.quotes?.length || q.clashes?.length)) return picked;
  const out = [...picked];
  const used = new Set(out.map((q) => q.id));
  const clashes = (q: T, others: readonly T[]) => others.some((o) => o !== q && (quotesOther(q, o) || (q.sentence !== undefined && q.sentence === o.sentence)));
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    const earlier = out.slice(0, i);
    if (!earlier.some((o) => quotesOther(q, o))) continue;
    const rest = out.filter((o) => o !== q);
    const free = bank.filter((c) => !used.has(c.id) && !clashes(c, rest));
    const swap = free.find((c) => c.type === q.type) ?? free[0];
    if (!swap) continue;
    out[i] = swap;
    used.add(swap.id);
  }
  return out;
}

/**
 * One question for each of as many types as possible (at most `count`), no two about the same
 * sentence: a maximum matching of types to sentences, found with augmenting paths. Types are
 * tried in their (shuffled) order and a type once given a question keeps one, so when the quiz
 * is shorter than the list of types the first types win, as in a plain round; within a type the
 * queue's order decides. Returns [type index, question] pairs.
 */
function oneOfEachType<T extends { sentence?: string }>(queues: readonly (readonly T[])[], count: number): [number, T][] {
  const chosen = new Map<number, T>();
  const holder = new Map<string, number>(); // sentence → the type whose chosen question is about it
  const place = (t: number, visited: Set<number>): boolean => {
    for (const q of queues[t]!) {
      const s = q.sentence;
      const other = s === undefined ? undefined : holder.get(s);
      if (other === t) continue;
      if (other !== undefined) {
        if (visited.has(other)) continue;
        visited.add(other);
        if (!place(other, visited)) continue; // the type on this sentence could not move to another
      }
      chosen.set(t, q);
      if (s !== undefined) holder.set(s, t);
      return true;
    }
    return false;
  };
  for (let t = 0; t < queues.length && chosen.size < count; t++) place(t, new Set([t]));
  return [...chosen.entries()].sort(([a], [b]) => a - b);
}
