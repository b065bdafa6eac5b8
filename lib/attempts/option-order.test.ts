import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyToPublic, makeOptionOrders, parseOptionOrders, remapResponse } from "./option-order";

describe("option orders", () => {
  it("shuffles only types whose options can move", () => {
    const orders = makeOptionOrders(
      [
        { id: "a", type: "single_choice", optionCount: 4 },
        { id: "b", type: "ordering", optionCount: 4 },
        { id: "c", type: "true_false", optionCount: 0 },
        { id: "d", type: "matching", optionCount: 3 },
      ],
      1,
    );
    expect(Object.keys(orders).sort()).toEqual(["a", "d"]);
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

  it("parses stored orders defensively", () => {
    expect(parseOptionOrders('{"a":[1,0]}')).toEqual({ a: [1, 0] });
    expect(parseOptionOrders("not json")).toEqual({});
    expect(parseOptionOrders('{"a":"x"}')).toEqual({});
  });
});
