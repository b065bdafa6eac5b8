import { createRng, shuffle } from "@/lib/generation/random";

/**
 * Picks up to `count` questions for a practice quiz, mixing types: shuffle within each type,
 * then take one of each type in turn so a short quiz is not all true/false. Questions that
 * come from the same source sentence are kept apart while the bank allows: a fill-in-the-blank
 * quoting a sentence would otherwise hand over the answer to another question about the same
 * sentence (the FKI survey's "101 firms" cloze quotes its "62.4 percent"). Pure and seeded.
 */
export function pickPracticeQuestions<T extends { id: string; type: string; sentence?: string }>(bank: readonly T[], count: number, seed: number): T[] {
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
  return shuffle(picked, rng);
}
