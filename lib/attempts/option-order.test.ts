import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyToPublic, isSolvedArrangement, makeOptionOrders, remapResponse, unsolvedOrders } from "./option-order";

describe("option orders", () => {
  it("shuffles only types whose options can move", () => {
    const orders = makeOptionOrders(
      [
        { id: "a", type: "single_choice", optionCount: 4 },
        { id: "b", type: "ordering", optionCount: 4, answer: [2, 0, 3, 1] },
        { id: "c", type: "true_false", optionCount: 0 },
        { id: "d", type: "matching", optionCount: 3 },
      ],
      1,
    );
    expect(Object.keys(orders).sort()).toEqual(["a", "b", "d"]);
    expect([...orders.a!].sort()).toEqual([0, 1, 2, 3]);
  });

  it("shows options in the shuffled order", () => {
    const q = { id: "q", type: "single_choice" as const, prompt: "Which?", options: ["A", "B", "C"] };
    expect(applyToPublic(q, [2, 0, 1]).options).toEqual(["C", "A", "B"]);
    expect(applyToPublic(q, undefined)).toBe(q);
    expect(applyToPublic(q, [0, 1])).toBe(q); // a stale order is ignored
  });

  it("maps a shown choice back to the canonical option, and back again", () => {
    const perm = [2, 0, 1];
    // The student picks "C", shown at position 0, which is canonical option 2.
    expect(remapResponse("single_choice", { choice: 0 }, perm, "toCanonical")).toEqual({ choice: 2 });
    expect(remapResponse("single_choice", { choice: 2 }, perm, "toShown")).toEqual({ choice: 0 });
    expect(remapResponse("matching", { pairs: [0, null] }, perm, "toCanonical")).toEqual({ pairs: [2, null] });
  });

  it("round-trips any response and leaves junk for validation to refuse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer(), (n, seed) => {
        const perm = makeOptionOrders([{ id: "x", type: "multiple_select", optionCount: n }], seed).x!;
        const choices = [...Array(n).keys()].filter((i) => i % 2 === 0);
        const there = remapResponse("multiple_select", { choices }, perm, "toCanonical");
        expect(remapResponse("multiple_select", there, perm, "toShown")).toEqual({ choices });
      }),
    );
    expect(remapResponse("single_choice", { choice: 99 }, [1, 0], "toCanonical")).toEqual({ choice: 99 });
    expect(remapResponse("single_choice", "junk", [1, 0], "toCanonical")).toBe("junk");
  });

  it("maps an ordering's shown positions to canonical ones and back", () => {
    const perm = [2, 0, 1];
    expect(remapResponse("ordering", { order: [1, 2, 0] }, perm, "toCanonical")).toEqual({ order: [0, 1, 2] });
    expect(remapResponse("ordering", { order: [0, 1, 2] }, perm, "toShown")).toEqual({ order: [1, 2, 0] });
  });
});

describe("a shuffle never presents a question solved (issue 12, defect 13)", () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i * 7919 - 50_000);

  it("knows a solved arrangement: an ordering in the key's order, a matching whose choices read down in its items' order", () => {
    const ordering = { id: "o", type: "ordering", optionCount: 3, answer: [2, 0, 1] };
    expect(isSolvedArrangement(ordering, [2, 0, 1])).toBe(true);
    expect(isSolvedArrangement(ordering, [0, 1, 2])).toBe(false);
    expect(isSolvedArrangement({ ...ordering, answer: [0, 1, 2] }, undefined)).toBe(true);
    const matching = { id: "m", type: "matching", optionCount: 3, answer: [1, 0] }; // two items, one extra choice
    expect(isSolvedArrangement(matching, [1, 0, 2])).toBe(true);
    expect(isSolvedArrangement(matching, [0, 1, 2])).toBe(false);
    expect(isSolvedArrangement({ id: "s", type: "single_choice", optionCount: 2, answer: 0 }, [0, 1])).toBe(false);
  });

  it("a 2-item ordering is always shown in the one unsolved order, whatever the seed", () => {
    for (const seed of seeds) {
      expect(makeOptionOrders([{ id: "o", type: "ordering", optionCount: 2, answer: [0, 1] }], seed).o).toEqual([1, 0]);
      expect(makeOptionOrders([{ id: "o", type: "ordering", optionCount: 2, answer: [1, 0] }], seed).o).toEqual([0, 1]);
    }
  });

  it("a 2-item matching with two choices is always shown with its choices swapped", () => {
    for (const seed of seeds) {
      expect(makeOptionOrders([{ id: "m", type: "matching", optionCount: 2, answer: [0, 1] }], seed).m).toEqual([1, 0]);
      expect(makeOptionOrders([{ id: "m", type: "matching", optionCount: 2, answer: [1, 0] }], seed).m).toEqual([0, 1]);
    }
  });

  it("never solved for any key, size and seed, and the same attempt seed gives the same order", () => {
    const keyed = fc
      .integer({ min: 2, max: 8 })
      .chain((n) => fc.record({ n: fc.constant(n), key: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), type: fc.constantFrom("ordering", "matching"), prompts: fc.integer({ min: 2, max: n }) }));
    fc.assert(
      fc.property(keyed, fc.integer(), ({ n, key, type, prompts }, seed) => {
        const q = { id: "x", type, optionCount: n, answer: type === "matching" ? key.slice(0, prompts) : key };
        const perm = makeOptionOrders([q], seed).x!;
        expect([...perm].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        expect(isSolvedArrangement(q, perm)).toBe(false);
        expect(makeOptionOrders([q], seed).x).toEqual(perm);
      }),
      { numRuns: 500 },
    );
  });

  it("without shuffling, gives an order only to questions stored solved, and never a solved one", () => {
    const questions = [
      { id: "solvedOrder", type: "ordering", optionCount: 3, answer: [0, 1, 2] },
      { id: "scrambled", type: "ordering", optionCount: 3, answer: [2, 0, 1] },
      { id: "solvedMatch", type: "matching", optionCount: 3, answer: [0, 1] },
      { id: "choice", type: "single_choice", optionCount: 4, answer: 0 },
    ];
    for (const seed of seeds) {
      const orders = unsolvedOrders(questions, seed);
      expect(Object.keys(orders).sort()).toEqual(["solvedMatch", "solvedOrder"]);
      expect(isSolvedArrangement(questions[0]!, orders.solvedOrder)).toBe(false);
      expect(isSolvedArrangement(questions[2]!, orders.solvedMatch)).toBe(false);
    }
  });
});
