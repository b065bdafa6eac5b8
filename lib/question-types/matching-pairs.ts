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
