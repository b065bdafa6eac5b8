// Properties over random valid questions (built with fast-check and checked against the
// contract's schema) and random raw responses, shaped and unshaped.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionSchema, type Question } from "@/lib/question-types";
import { correctResponse } from "./correct-response";
import { grade } from "./grade";
import { gradeAttempt } from "./grade-attempt";
import { parseResponse } from "./parse-response";

const common = {
  prompt: "A question about the article ____ here?",
  answerText: "The answer.",
  explanation: "Because the article says so.",
  difficulty: 0.5,
  source: { sentence: "A sentence.", start: 0, end: 11 },
  factIds: [],
};
const labels = (n: number, p = "Option") => Array.from({ length: n }, (_, i) => `${p} ${i + 1}`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const permutation = (n: number) => fc.shuffledSubarray(range(n), { minLength: n, maxLength: n });

const singleChoice = fc
  .integer({ min: 2, max: 8 })
  .chain((n) => fc.record({ type: fc.constant("single_choice"), options: fc.constant(labels(n)), answer: fc.nat(n - 1) }));
const multipleSelect = fc.integer({ min: 3, max: 10 }).chain((n) =>
  fc.record({
    type: fc.constant("multiple_select"),
    options: fc.constant(labels(n)),
    answer: fc.shuffledSubarray(range(n), { minLength: 1 }).map((xs) => xs.sort((a, b) => a - b)),
  }),
);
const trueFalse = fc.record({ type: fc.constant("true_false"), answer: fc.boolean() });
const numeric = fc.record({
  type: fc.constant("numeric"),
  answer: fc.record(
    {
      // Hundredths, as news figures are: String() of these never uses exponent notation.
      value: fc.integer({ min: -1e9, max: 1e9 }).map((x) => x / 100),
      tolerance: fc.constantFrom(0, 0.01, 0.05, 0.5, 1, 10),
      unit: fc.constantFrom("%", "billion USD", "points", "million", "people"),
    },
    { requiredKeys: ["value", "tolerance"] },
  ),
});
// Letters (accented ones too, but not × and ÷, which sit in the same Latin-1 block).
const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’.\- ]{0,30}$/);
const fillBlank = fc.record({
  type: fc.constant("fill_blank"),
  answer: fc.record({ accepted: fc.array(fc.oneof(word, fc.integer().map(String)), { minLength: 1, maxLength: 10 }) }),
});
const ordering = fc
  .integer({ min: 3, max: 8 })
  .chain((n) => fc.record({ type: fc.constant("ordering"), options: fc.constant(labels(n, "Event")), answer: permutation(n) }));
const matching = fc
  .integer({ min: 2, max: 8 })
  .chain((p) => fc.integer({ min: p, max: 10 }).map((o) => [p, o] as const))
  .chain(([p, o]) =>
    fc.record({
      type: fc.constant("matching"),
      prompts: fc.constant(labels(p, "Item")),
      options: fc.constant(labels(o, "Choice")),
      answer: fc.shuffledSubarray(range(o), { minLength: p, maxLength: p }),
    }),
  );

const evidence = fc.integer({ min: 2, max: 7 }).chain((n) => {
  const passage = range(n).map((k) => ({ sentence: `Sentence ${k + 1} of the passage.`, start: k * 40, end: k * 40 + 30 }));
  return fc.nat(n - 1).map((answer) => ({ type: "evidence", passage, answer, source: passage[answer] }));
});

const question: fc.Arbitrary<Question> = fc
  .tuple(fc.oneof(singleChoice, multipleSelect, trueFalse, numeric, fillBlank, ordering, matching, evidence), fc.uuid())
  .map(([q, id]) => ({ ...common, ...q, id }))
  .filter((q) => questionSchema.safeParse(q).success)
  .map((q) => questionSchema.parse(q));

const idx = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom(Number.NaN, 1.5, 51, -0));
const text = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.stringMatching(/^[ +\-−$]?[0-9]{0,4}([.,][0-9]{1,4})?[0-9 ,.]{0,6}( ?(%|percent|bn|billion|k|points))?$/),
  fc.constant("x".repeat(1_000_000)),
);
/** Raw responses: shaped like some question type's response, or anything at all. */
const raw: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
  fc.record({ choice: idx }),
  fc.record({ choices: fc.array(idx, { maxLength: 25 }) }),
  fc.record({ value: fc.oneof(fc.boolean(), text, fc.double()) }),
  fc.record({ text }),
  fc.record({ order: fc.oneof(fc.array(idx, { maxLength: 12 }), fc.array(fc.nat(7), { minLength: 3, maxLength: 8 })) }),
  fc.record({ pairs: fc.array(fc.option(idx), { maxLength: 12 }) }),
  fc.record({ sentence: idx }),
);

/** A shuffled response that is valid for the question's shape, so partial credit gets exercised. */
const validishFor = (q: Question): fc.Arbitrary<unknown> => {
  switch (q.type) {
    case "ordering":
      return permutation(q.options.length).map((order) => ({ order }));
    case "matching":
      return fc
        .shuffledSubarray([...range(q.options.length), ...Array<null>(q.prompts.length).fill(null)], {
          minLength: q.prompts.length,
          maxLength: q.prompts.length,
        })
        .map((pairs) => ({ pairs }));
    case "multiple_select":
      return fc.shuffledSubarray(range(q.options.length), { minLength: 1 }).map((choices) => ({ choices }));
    case "evidence":
      return fc.nat(q.passage.length - 1).map((sentence) => ({ sentence }));
    case "single_choice":
    case "true_false":
    case "numeric":
    case "fill_blank":
      return raw;
  }
};

describe("grading properties", () => {
  it("generated questions are valid under the contract", () => {
    fc.assert(
      fc.property(question, (q) => {
        expect(questionSchema.safeParse(q).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("parseResponse never throws, and a parsed response grades within [0, 1]", () => {
    fc.assert(
      fc.property(
        question.chain((q) => fc.tuple(fc.constant(q), fc.oneof(raw, validishFor(q)))),
        ([q, r]) => {
          const parsed = parseResponse(q, r);
          if (!parsed.ok) {
            expect(typeof parsed.message).toBe("string");
            expect(parsed.message.length).toBeGreaterThan(0);
            return;
          }
          const g = grade(q, parsed.response);
          expect(g.type).toBe(q.type);
          expect(g.score).toBeGreaterThanOrEqual(0);
          expect(g.score).toBeLessThanOrEqual(1);
          expect(g.correct).toBe(g.score === 1);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("grade is total on junk", () => {
    fc.assert(
      fc.property(question, raw, (q, r) => {
        const g = grade(q, r as never);
        expect(Number.isFinite(g.score) && g.score >= 0 && g.score <= 1).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("the correct answer built from the question scores 1 and is correct", () => {
    fc.assert(
      fc.property(question, (q) => {
        const r = correctResponse(q);
        expect(parseResponse(q, r).ok).toBe(true);
        expect(grade(q, r)).toMatchObject({ score: 1, correct: true });
      }),
      { numRuns: 1000 },
    );
  });

  it("numeric: the key in other formats is still right", () => {
    const numericQ = question.filter((q) => q.type === "numeric");
    fc.assert(
      fc.property(numericQ, fc.constantFrom("comma", "percent", "spaced", "scaled"), (q, style) => {
        if (q.type !== "numeric") return;
        const s = String(q.answer.value);
        const unit = q.answer.unit ?? "";
        const text =
          style === "comma"
            ? s.replace(".", ",")
            : style === "percent"
              ? `${s}%`
              : style === "spaced"
                ? `  ${s}  `
                : unit.startsWith("billion")
                  ? `${s} billion`
                  : s;
        // A 4-digit integer with a decimal comma is ambiguous ("1,234" is read as thousands).
        if (style === "comma" && /^-?\d{1,3}\.\d{3}$/.test(s)) return;
        expect(grade(q, { value: text })).toMatchObject({ correct: true, score: 1 });
      }),
      { numRuns: 500 },
    );
  });

  it("an attempt's score is the sum of its results and never exceeds the maximum", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(question, raw), { maxLength: 8 }), (pairs) => {
        const qs = pairs.map(([q]) => q);
        const responses = Object.fromEntries(pairs.map(([q, r]) => [q.id, r]));
        const g = gradeAttempt(qs, responses);
        const sum = g.results.reduce((s, r) => s + r.result.score, 0);
        expect(g.score).toBeCloseTo(sum, 5);
        expect(g.score).toBeLessThanOrEqual(g.maxScore);
        expect(g.percent).toBeGreaterThanOrEqual(0);
        expect(g.percent).toBeLessThanOrEqual(100);
      }),
      { numRuns: 200 },
    );
  });
});
