import { createRng, shuffle } from "@/lib/generation/random";

/**
 * Picks up to `count` questions for a practice quiz, mixing types: shuffle within each type,
 * then take one of each type in turn so a short quiz is not all true/false. Pure and seeded.
 */
export function pickPracticeQuestions<T extends { id: string; type: string }>(bank: readonly T[], count: number, seed: number): T[] {
  const rng = createRng(seed);
  const byType = new Map<string, T[]>();
  for (const q of bank) {
    const list = byType.get(q.type) ?? [];
    list.push(q);
    byType.set(q.type, list);
  }
  const queues = shuffle([...byType.keys()].sort(), rng).map((type) => shuffle(byType.get(type)!, rng));
  const picked: T[] = [];
  while (picked.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return shuffle(picked, rng);
}
