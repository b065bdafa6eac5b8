// Each choice goes with one item (grading refuses a choice used twice): picking a choice another
// item already has swaps the two, so the input can never hold a duplicate the save would refuse.
// (No imports: the quiz bundles this, and lib/question-types/matching.ts would bring zod along.)

/** The pairs after item `i` picks `choice` (null: none); the item that had it takes `i`'s old one. */
export function pick(pairs: readonly (number | null)[], i: number, choice: number | null): (number | null)[] {
  const next = [...pairs];
  const previous = next[i] ?? null;
  if (choice !== null) {
    const holder = next.findIndex((c, k) => k !== i && c === choice);
    if (holder !== -1) next[holder] = previous;
  }
  next[i] = choice;
  return next;
}

/**
 * For item `i`'s list of choices: which other item (0-based) holds each choice, so the list can
 * mark it "used by item 2" before the student picks it (picking it swaps, see `pick`).
 */
export function usedByOthers(pairs: readonly (number | null)[], i: number): Map<number, number> {
  const holders = new Map<number, number>();
  pairs.forEach((choice, k) => {
    if (k !== i && choice !== null) holders.set(choice, k);
  });
  return holders;
}
