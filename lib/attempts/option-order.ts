// Option shuffling per attempt. The server stores answers in the question's own (canonical)
// option indices; the page sees options in a shuffled order. perm[i] = canonical index of the
// option shown at position i. Pure, so both directions are unit-tested.
import { createRng, shuffle, type Rng } from "@/lib/generation/random";
import { findModule, type PublicQuestion } from "@/lib/question-types";

export type OptionOrders = Record<string, number[]>;

/** Whether a type's options can be shuffled without changing the question (its module says). */
const shufflable = (type: string) => findModule(type)?.shufflesOptions ?? false;

/** What the shuffle needs to know of a question: its options, and for the types an arrangement
 *  can give away (ordering, matching), the key. */
export type OptionShape = { id: string; type: string; optionCount: number; answer?: unknown };

/**
 * Whether showing the options in `perm` order presents the question already solved: an ordering
 * whose items stand in the key's order, or a matching whose choices, read down, pair with the
 * items in order (the first item's match first, and so on). `perm` undefined is the stored order.
 */
export function isSolvedArrangement(q: OptionShape, perm: readonly number[] | undefined): boolean {
  if ((q.type !== "ordering" && q.type !== "matching") || !Array.isArray(q.answer)) return false;
  const key = q.answer as unknown[];
  const shown = (i: number) => (perm ? perm[i] : i);
  if (q.type === "ordering" && key.length !== q.optionCount) return false;
  return key.length > 0 && key.every((canonical, i) => shown(i) === canonical);
}

/** At most this many reshuffles (each one unsolved with probability ≥ 1/2) before a rotation. */
const MAX_RESHUFFLES = 16;

/** A shuffle of `q`'s options that does not present it solved (when another arrangement exists). */
function unsolvedShuffle(q: OptionShape, rng: Rng): number[] {
  let perm = shuffle([...Array(q.optionCount).keys()], rng);
  for (let i = 0; i < MAX_RESHUFFLES && isSolvedArrangement(q, perm); i++) perm = shuffle(perm, rng);
  // Rotating a permutation by one moves every option to a new position, so no item keeps its match.
  if (isSolvedArrangement(q, perm)) perm = [...perm.slice(1), perm[0]!];
  return perm;
}

/** Every shufflable question's options in a seeded random order, never one that shows it solved. */
export function makeOptionOrders(questions: OptionShape[], seed: number): OptionOrders {
  const rng = createRng(seed);
  const orders: OptionOrders = {};
  for (const q of questions) {
    if (shufflable(q.type) && q.optionCount > 1) orders[q.id] = unsolvedShuffle(q, rng);
  }
  return orders;
}

/**
 * Without shuffling, only the questions whose stored order shows them solved (a teacher wrote the
 * items in order, or the choices beside their matches) get an order of their own; the rest keep theirs.
 */
export function unsolvedOrders(questions: OptionShape[], seed: number): OptionOrders {
  const rng = createRng(seed);
  const orders: OptionOrders = {};
  for (const q of questions) {
    if (q.optionCount > 1 && isSolvedArrangement(q, undefined)) orders[q.id] = unsolvedShuffle(q, rng);
  }
  return orders;
}

export function applyToPublic(q: PublicQuestion, perm: number[] | undefined): PublicQuestion {
  if (!perm || !q.options || perm.length !== q.options.length) return q;
  const options = q.options;
  return { ...q, options: perm.map((i) => options[i]!) };
}

function inverse(perm: number[]): number[] {
  const inv: number[] = [];
  perm.forEach((canonical, shown) => (inv[canonical] = shown));
  return inv;
}

/** Maps a response from shown indices to canonical ones (or back, with `toShown`). Out-of-range
 *  indices are left as they are so validation still rejects them. */
export function remapResponse(type: string, raw: unknown, perm: number[] | undefined, direction: "toCanonical" | "toShown"): unknown {
  if (!perm || !raw || typeof raw !== "object") return raw;
  const table = direction === "toCanonical" ? perm : inverse(perm);
  // An unknown type has nothing to remap.
  return findModule(type)?.remapResponse(raw as Record<string, unknown>, table) ?? raw;
}
