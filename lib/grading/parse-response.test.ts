import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/question-types";
import { MESSAGES, parseResponse } from "./parse-response";
import * as f from "./test-fixtures";

const huge = "x".repeat(1_000_000);
// Values no response of any type may be: each must give a message, never a throw.
const junk: unknown[] = [
  undefined,
  null,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "",
  huge,
  true,
  [],
  [1, 2],
  {},
  { choice: { choice: 1 } },
  { choices: "0,1" },
  { value: { value: 1 } },
  { text: ["a"] },
  { order: "1,4,0,2,3" },
  { pairs: { 0: 1 } },
  Object.create(null),
  new Date(0),
  () => 1,
  Symbol("s"),
  10n,
];

function expectRefused(question: Question, raw: unknown, message?: string | RegExp) {
  const r = parseResponse(question, raw);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.message.length).toBeGreaterThan(0);
    if (typeof message === "string") expect(r.message).toBe(message);
    else if (message) expect(r.message).toMatch(message);
  }
}

describe("parseResponse: junk of every kind", () => {
  it.each(f.allQuestions.map((q) => [q.type, q] as const))("%s refuses junk with a message", (_type, q) => {
    for (const raw of junk) expectRefused(q, raw);
  });

  it("survives a throwing getter and a hostile proxy", () => {
    const trap = {
      get choice(): number {
        throw new Error("boom");
      },
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        has() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
        getOwnPropertyDescriptor() {
          throw new Error("boom");
        },
      },
    );
    for (const q of f.allQuestions) {
      expectRefused(q, trap);
      expectRefused(q, proxy);
    }
  });

  it("refuses an unknown or corrupt question without throwing", () => {
    expectRefused({ type: "essay" } as unknown as Question, { text: "x" }, MESSAGES.unknownQuestion);
    expectRefused(null as unknown as Question, { choice: 0 }, MESSAGES.unknownQuestion);
    expectRefused({ type: "single_choice" } as unknown as Question, { choice: 0 }, MESSAGES.singleChoice);
  });

  it("never repeats the answer in a message", () => {
    for (const q of f.allQuestions) {
      for (const raw of junk) {
        const r = parseResponse(q, raw);
        if (!r.ok && q.type === "fill_blank") {
          for (const a of q.answer.accepted) expect(r.message.toLowerCase()).not.toContain(a.toLowerCase());
        }
        if (!r.ok && q.type === "numeric") expect(r.message).not.toContain(String(q.answer.value));
      }
    }
  });
});

describe("parseResponse per type", () => {
  it("single_choice: an index among the options", () => {
    expect(parseResponse(f.singleChoice, { choice: 3 })).toEqual({ ok: true, response: { choice: 3 } });
    expect(parseResponse(f.singleChoice, { choice: 0, extra: "ignored" })).toEqual({ ok: true, response: { choice: 0 } });
    for (const choice of [4, -1, 1.5, "1", 51, Number.NaN, null]) {
      expectRefused(f.singleChoice, { choice }, MESSAGES.singleChoice);
    }
  });

  it("multiple_select: distinct indices, at least one", () => {
    expect(parseResponse(f.multipleSelect, { choices: [3, 0] })).toEqual({ ok: true, response: { choices: [3, 0] } });
    expectRefused(f.multipleSelect, { choices: [] }, MESSAGES.multipleSelectEmpty);
    expectRefused(f.multipleSelect, { choices: [0, 0] }, MESSAGES.multipleSelectDuplicate);
    expectRefused(f.multipleSelect, { choices: [0, 5] }, MESSAGES.multipleSelect);
    expectRefused(f.multipleSelect, { choices: [0, -1] }, MESSAGES.multipleSelect);
    expectRefused(f.multipleSelect, { choices: Array.from({ length: 21 }, () => 0) }, MESSAGES.multipleSelect);
    expectRefused(f.multipleSelect, { choices: Array.from({ length: 100_000 }, (_, i) => i) });
    expectRefused(f.multipleSelect, { choice: 1 }, MESSAGES.multipleSelect);
  });

  it("true_false: a boolean only", () => {
    expect(parseResponse(f.trueFalse, { value: false })).toEqual({ ok: true, response: { value: false } });
    for (const value of ["false", 0, 1, null, "true"]) expectRefused(f.trueFalse, { value }, MESSAGES.trueFalse);
  });

  it("numeric: readable text, with the format in the message", () => {
    expect(parseResponse(f.numericPercent, { value: " 62,4 % " })).toEqual({ ok: true, response: { value: " 62,4 % " } });
    expectRefused(f.numericPercent, { value: "" }, "Enter a number such as 18.5 (in %).");
    expectRefused(f.numericPercent, { value: "   " }, "Enter a number such as 18.5 (in %).");
    expectRefused(f.numericPercent, { value: "sixty" }, "That is not a number we can read. Enter a number such as 18.5 (in %).");
    expectRefused(f.numericPercent, { value: "1e3" }, /not a number we can read/);
    expectRefused(f.numericPercent, { value: 62.4 }, "Enter a number such as 18.5 (in %).");
    expectRefused(f.numericPercent, { value: "1".repeat(41) }, /^That is too long\./);
    expectRefused(f.numericPercent, { value: huge }, /^That is too long\./);
  });

  it("fill_blank: some words, not too many", () => {
    expect(parseResponse(f.fillBlank, { text: "EU" })).toEqual({ ok: true, response: { text: "EU" } });
    expectRefused(f.fillBlank, { text: "" }, MESSAGES.fillBlank);
    expectRefused(f.fillBlank, { text: " \n\t " }, MESSAGES.fillBlank);
    expectRefused(f.fillBlank, { text: "?!" }, MESSAGES.fillBlankNoWords);
    expectRefused(f.fillBlank, { text: "a".repeat(201) }, MESSAGES.fillBlankTooLong);
    expectRefused(f.fillBlank, { text: huge }, MESSAGES.fillBlankTooLong);
    expectRefused(f.fillBlank, { text: 5 }, MESSAGES.fillBlank);
  });

  it("ordering: a permutation of the items", () => {
    expect(parseResponse(f.ordering, { order: [4, 3, 2, 1, 0] })).toEqual({ ok: true, response: { order: [4, 3, 2, 1, 0] } });
    for (const order of [[], [0, 1, 2, 3], [0, 1, 2, 3, 4, 0], [0, 1, 2, 3, 3], [0, 1, 2, 3, 5], [0, 1, 2, 3, -4], [0, 1, 2, 3, 4.5]]) {
      expectRefused(f.ordering, { order }, MESSAGES.ordering);
    }
  });

  it("matching: one choice (or none) per prompt, each choice once", () => {
    expect(parseResponse(f.matching, { pairs: [1, null, 3] })).toEqual({ ok: true, response: { pairs: [1, null, 3] } });
    expect(parseResponse(f.matching, { pairs: [null, null, null] }).ok).toBe(true);
    expectRefused(f.matching, { pairs: [1, 2] }, MESSAGES.matching);
    expectRefused(f.matching, { pairs: [1, 2, 0, 3] }, MESSAGES.matching);
    expectRefused(f.matching, { pairs: [1, 2, 4] }, MESSAGES.matching);
    expectRefused(f.matching, { pairs: [1, 2, undefined] }, MESSAGES.matching);
    expectRefused(f.matching, { pairs: [1, 1, null] }, MESSAGES.matchingDuplicate);
  });
});
