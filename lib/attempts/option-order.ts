// Option shuffling per attempt. The server stores answers in the question's own (canonical)
// option indices; the page sees options in a shuffled order. perm[i] = canonical index of the
// option shown at position i. Pure, so both directions are unit-tested.
import { createRng, shuffle } from "@/lib/generation/random";
import type { PublicQuestion } from "@/lib/generation/question-schema";

export type OptionOrders = Record<string, number[]>;

/** Which types have options whose order can be shuffled without changing the question. */
const SHUFFLABLE = new Set(["single_choice", "multiple_select", "matching"]);

export function makeOptionOrders(questions: { id: string; type: string; optionCount: number }[], seed: number): OptionOrders {
  const rng = createRng(seed);
  const orders: OptionOrders = {};
  for (const q of questions) {
    if (SHUFFLABLE.has(q.type) && q.optionCount > 1) orders[q.id] = shuffle([...Array(q.optionCount).keys()], rng);
  }
  return orders;
}

export function parseOptionOrders(json: string): OptionOrders {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const out: OptionOrders = {};
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(v) && v.every((n) => Number.isInteger(n))) out[k] = v as number[];
    }
    return out;
  } catch {
    return {};
  }
}

export function applyToPublic(q: PublicQuestion, perm: number[] | undefined): PublicQuestion {
  if (!perm || !q.options || perm.length !== q.options.length) return q;
  const options = q.options;
  return { ...q, options: perm.map((i) => options[i]!) };
}

const mapIndex = (i: unknown, table: number[]) => (typeof i === "number" && Number.isInteger(i) && i >= 0 && i < table.length ? table[i] : i);

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
  const r = raw as Record<string, unknown>;
  switch (type) {
    case "single_choice":
      return { ...r, choice: mapIndex(r.choice, table) };
    case "multiple_select":
      return Array.isArray(r.choices) ? { ...r, choices: r.choices.map((c) => mapIndex(c, table)) } : raw;
    case "matching":
      return Array.isArray(r.pairs) ? { ...r, pairs: r.pairs.map((c) => (c === null ? null : mapIndex(c, table))) } : raw;
    default:
      return raw;
  }
}
