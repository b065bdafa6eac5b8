import { describe, expect, it } from "vitest";
import { pickPracticeQuestions } from "./select";

const bank = [
  ...Array.from({ length: 20 }, (_, i) => ({ id: `tf${i}`, type: "true_false" })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `sc${i}`, type: "single_choice" })),
  { id: "n0", type: "numeric" },
];

describe("pickPracticeQuestions", () => {
  it("mixes every available type before repeating one", () => {
    const picked = pickPracticeQuestions(bank, 6, 1);
    expect(picked).toHaveLength(6);
    expect(new Set(picked.map((q) => q.type))).toEqual(new Set(["true_false", "single_choice", "numeric"]));
  });

  it("never repeats a question and stops at the bank size", () => {
    const picked = pickPracticeQuestions(bank, 100, 7);
    expect(picked).toHaveLength(bank.length);
    expect(new Set(picked.map((q) => q.id)).size).toBe(bank.length);
  });

  it("is deterministic for a seed", () => {
    expect(pickPracticeQuestions(bank, 8, 42)).toEqual(pickPracticeQuestions(bank, 8, 42));
    expect(pickPracticeQuestions(bank, 8, 42)).not.toEqual(pickPracticeQuestions(bank, 8, 43));
  });

  it("handles an empty bank", () => {
    expect(pickPracticeQuestions([], 10, 1)).toEqual([]);
  });
});

describe("pickPracticeQuestions and source sentences", () => {
  // Three sentences; sentence A has many questions of every type.
  const sentenceBank = [
    ...["fill_blank", "numeric", "single_choice", "true_false"].flatMap((type) =>
      Array.from({ length: 3 }, (_, i) => ({ id: `${type}-A${i}`, type, sentence: "A" })),
    ),
    { id: "tf-B", type: "true_false", sentence: "B" },
    { id: "sc-C", type: "single_choice", sentence: "C" },
  ];

  it("never asks two questions about one sentence while other sentences are left", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const picked = pickPracticeQuestions(sentenceBank, 3, seed);
      expect(picked).toHaveLength(3);
      expect(new Set(picked.map((q) => q.sentence)), `seed ${seed}`).toEqual(new Set(["A", "B", "C"]));
    }
  });

  it("still fills the quiz from the same sentences once every sentence is used", () => {
    const picked = pickPracticeQuestions(sentenceBank, 10, 5);
    expect(picked).toHaveLength(10);
    expect(new Set(picked.map((q) => q.id)).size).toBe(10);
    expect(new Set(picked.map((q) => q.sentence))).toEqual(new Set(["A", "B", "C"]));
  });

  it("gives every type a question of its own sentence before any type a second one, when the sentences allow it", () => {
    // The seed article's shape: the only ordering questions share their sentences with a matching
    // and the only fill-in, which have no other sentence or one other. Taking the matching and the
    // fill-in first on those sentences would leave ordering out of a quiz that has room for it.
    const shared = [
      { id: "ord-1", type: "ordering", sentence: "fields" },
      { id: "ord-2", type: "ordering", sentence: "trade" },
      { id: "mat-1", type: "matching", sentence: "fields" },
      { id: "mat-2", type: "matching", sentence: "roles" },
      { id: "fb-1", type: "fill_blank", sentence: "trade" },
      { id: "tf-1", type: "true_false", sentence: "members" },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `sc-${i}`, type: "single_choice", sentence: ["fields", "trade", "roles", "members", "survey", "fta"][i]! })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `ms-${i}`, type: "multiple_select", sentence: ["fields", "trade", "goods", "members"][i]! })),
    ];
    const types = new Set(shared.map((q) => q.type));
    for (let seed = 1; seed <= 300; seed++) {
      for (const count of [types.size, 8, 10]) {
        const picked = pickPracticeQuestions(shared, count, seed);
        expect(new Set(picked.map((q) => q.type)), `seed ${seed}, ${count} questions`).toEqual(types);
        if (count === types.size) expect(new Set(picked.map((q) => q.sentence)).size, `seed ${seed}: no sentence twice`).toBe(count);
      }
    }
  });

  it("picks from every sentence of the seed-sized bank before repeating one", () => {
    const wide = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, type: ["numeric", "true_false", "fill_blank"][i % 3]!, sentence: `s${i % 15}` }));
    for (let seed = 1; seed <= 50; seed++) {
      const picked = pickPracticeQuestions(wide, 10, seed);
      expect(new Set(picked.map((q) => q.sentence)).size, `seed ${seed}`).toBe(10);
    }
  });
});

describe("pickPracticeQuestions and stems that quote another sentence", () => {
  // "cl-B" is a question on sentence B whose stem quotes sentence A (widened with it); "tf-A" is a
  // true/false on A, which that stem settles.
  const quoting = [
    { id: "tf-A", type: "true_false", sentence: "A" },
    { id: "cl-B", type: "fill_blank", sentence: "B", quotes: ["A"] },
    { id: "tf-C", type: "true_false", sentence: "C" },
    { id: "sc-D", type: "single_choice", sentence: "D" },
    { id: "nu-E", type: "numeric", sentence: "E" },
  ];

  it("never puts a question beside one whose stem quotes its sentence while the bank has others", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const ids = pickPracticeQuestions(quoting, 4, seed).map((q) => q.id);
      expect(ids, `seed ${seed}`).toHaveLength(4);
      expect(ids.includes("tf-A") && ids.includes("cl-B"), `seed ${seed}: ${ids.join(", ")}`).toBe(false);
    }
  });

  it("keeps both when nothing else is left", () => {
    expect(pickPracticeQuestions(quoting, 5, 3).map((q) => q.id).sort()).toEqual(["cl-B", "nu-E", "sc-D", "tf-A", "tf-C"]);
  });
});

describe("pickPracticeQuestions and questions known to clash from sentences apart", () => {
  // "sc-D" lists, as one of its options, the year "fb-F" asks for (lib/sets/clashes).
  const clashing = [
    { id: "tf-A", type: "true_false", sentence: "A" },
    { id: "sc-D", type: "single_choice", sentence: "D", clashes: ["fb-F"] },
    { id: "fb-F", type: "fill_blank", sentence: "F", clashes: ["sc-D"] },
    { id: "nu-E", type: "numeric", sentence: "E" },
    { id: "sc-G", type: "single_choice", sentence: "G" },
  ];

  it("never puts the two in one round while the bank has others", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const ids = pickPracticeQuestions(clashing, 4, seed).map((q) => q.id);
      expect(ids, `seed ${seed}`).toHaveLength(4);
      expect(ids.includes("sc-D") && ids.includes("fb-F"), `seed ${seed}: ${ids.join(", ")}`).toBe(false);
    }
  });
});
