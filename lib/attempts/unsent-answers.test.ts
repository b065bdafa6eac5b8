import { describe, expect, it } from "vitest";
import { unsentAnswers, type KeyValueStorage } from "./unsent-answers";

/** A tab's sessionStorage, as a Map. */
function fakeStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}

describe("answers the server hasn't acknowledged", () => {
  it("keeps the latest answer per question until the server settles that answer", () => {
    const storage = fakeStorage();
    const unsent = unsentAnswers(storage, "a1");
    unsent.keep("q1", { value: "7" }, 1200);
    unsent.keep("q1", { value: "77" }, 1500);
    unsent.keep("q2", { choice: 2 });
    // A reply to an older answer doesn't forget the newer one.
    unsent.settled("q1", { value: "7" });
    expect(unsentAnswers(storage, "a1").pending({}, ["q1", "q2"])).toEqual([
      ["q1", { response: { value: "77" }, timeMs: 1500 }],
      ["q2", { response: { choice: 2 } }],
    ]);
    unsent.settled("q1", { value: "77" });
    unsent.settled("q2", { choice: 2 });
    expect(storage.map.size).toBe(0);
  });

  it("keeps each attempt's answers apart", () => {
    const storage = fakeStorage();
    unsentAnswers(storage, "a1").keep("q1", { value: "1" });
    unsentAnswers(storage, "a2").keep("q1", { value: "2" });
    expect(unsentAnswers(storage, "a2").pending({}, ["q1"])).toEqual([["q1", { response: { value: "2" } }]]);
  });

  it("forgets an answer the server already holds, and questions the attempt doesn't have", () => {
    const storage = fakeStorage();
    const unsent = unsentAnswers(storage, "a1");
    unsent.keep("q1", { choices: [0, 2] });
    unsent.keep("q2", { text: "tariffs" });
    unsent.keep("gone", { value: true });
    expect(unsent.pending({ q1: { choices: [0, 2] } }, ["q1", "q2"])).toEqual([["q2", { response: { text: "tariffs" } }]]);
    // What was forgotten stays forgotten.
    expect(unsent.pending({}, ["q1", "q2", "gone"])).toEqual([["q2", { response: { text: "tariffs" } }]]);
  });

  it("offers only answer-shaped entries, whatever else the tab's storage holds", () => {
    const storage = fakeStorage();
    storage.setItem("factdeck:unsent:a1", JSON.stringify({ q1: { response: "77" }, q2: null, q3: { response: [1] }, q4: { response: { value: "4" } } }));
    expect(unsentAnswers(storage, "a1").pending({}, ["q1", "q2", "q3", "q4"])).toEqual([["q4", { response: { value: "4" } }]]);
    storage.setItem("factdeck:unsent:a1", "not json");
    expect(unsentAnswers(storage, "a1").pending({}, ["q1"])).toEqual([]);
    storage.setItem("factdeck:unsent:a1", "[1,2]");
    expect(unsentAnswers(storage, "a1").pending({}, ["q1"])).toEqual([]);
  });

  it("never fails when storage does: none at all, a full quota, or reads refused", () => {
    expect(() => unsentAnswers(null, "a1").keep("q1", { value: "1" })).not.toThrow();
    expect(unsentAnswers(null, "a1").pending({}, ["q1"])).toEqual([]);
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    const unsent = unsentAnswers(refusing, "a1");
    expect(() => unsent.keep("q1", { value: "1" })).not.toThrow();
    expect(() => unsent.settled("q1", { value: "1" })).not.toThrow();
    expect(() => unsent.clear()).not.toThrow();
    expect(unsent.pending({}, ["q1"])).toEqual([]);
  });

  it("doesn't keep an oversized answer, and clear forgets the attempt", () => {
    const storage = fakeStorage();
    const unsent = unsentAnswers(storage, "a1");
    unsent.keep("q1", { text: "x".repeat(50_000) });
    expect(storage.map.size).toBe(0);
    unsent.keep("q2", { value: "2" });
    unsent.clear();
    expect(storage.map.size).toBe(0);
  });
});
