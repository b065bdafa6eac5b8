import { describe, expect, it } from "vitest";
import { questionSchema, type Question } from "@/lib/question-types";
import { fillBlank, matching, multipleSelect, numericPercent, ordering, singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import { buildQuestion, emptyDraft, questionToDraft, type QuestionDraft } from "./draft";

const base = (q: Question) => ({ id: q.id, difficulty: q.difficulty, source: q.source, factIds: q.factIds });

describe("questionToDraft → buildQuestion", () => {
  it.each([singleChoice, multipleSelect, trueFalse, numericPercent, fillBlank])("round-trips a $type question's answer", (q) => {
    const built = buildQuestion(questionToDraft(q), base(q));
    expect(built.ok).toBe(true);
    if (built.ok) expect(built.question.answer).toEqual(q.answer);
  });

  it.each([ordering, matching])("keeps a $type question's meaning (the right item in each position)", (q) => {
    const built = buildQuestion(questionToDraft(q), base(q));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const meaning = (x: Question) =>
      x.type === "ordering" ? x.answer.map((i) => x.options[i]) : x.type === "matching" ? x.prompts.map((p, i) => [p, x.options[x.answer[i]!]]) : null;
    expect(meaning(built.question)).toEqual(meaning(q));
    // Ordering items are never shown already in order.
    if (built.question.type === "ordering") expect(built.question.answer).not.toEqual([0, 1, 2, 3].slice(0, built.question.answer.length));
  });

  it("derives answerText from the answer, so they can't disagree", () => {
    const d = { ...questionToDraft(singleChoice), correct: [3] };
    const built = buildQuestion(d, base(singleChoice));
    expect(built.ok && built.question.answerText).toBe("Daegu");
  });
});

describe("bad drafts come back as field errors", () => {
  const errorsOf = (d: QuestionDraft, q: Question = singleChoice) => {
    const r = buildQuestion(d, base(q));
    expect(r.ok).toBe(false);
    return r.ok ? {} : r.fieldErrors;
  };
  it("answer index out of range", () => {
    expect(errorsOf({ ...questionToDraft(singleChoice), correct: [9] }).correct).toBeDefined();
    expect(errorsOf({ ...questionToDraft(singleChoice), correct: [] }).correct).toBeDefined();
  });
  it("empty and duplicate options, too few options", () => {
    expect(errorsOf({ ...questionToDraft(singleChoice), options: ["Seoul", "", "Incheon"] }).options).toBeDefined();
    expect(errorsOf({ ...questionToDraft(singleChoice), options: ["Seoul", "seoul"], correct: [0] }).options).toEqual(["Options must be distinct"]);
    expect(errorsOf({ ...questionToDraft(singleChoice), options: ["Seoul"], correct: [0] }).options?.[0]).toMatch(/at least 2/);
  });
  it("short prompt and missing explanation", () => {
    const e = errorsOf({ ...questionToDraft(singleChoice), prompt: "Hm?", explanation: " " });
    expect(e.prompt?.[0]).toMatch(/at least 5/);
    expect(e.explanation).toBeDefined();
  });
  it("numeric: no number, negative tolerance", () => {
    const e = errorsOf({ ...questionToDraft(numericPercent), value: "lots", tolerance: "-1" }, numericPercent);
    expect(e.value).toBeDefined();
    expect(e.tolerance).toBeDefined();
  });
  it("numeric accepts a comma decimal", () => {
    const r = buildQuestion({ ...questionToDraft(numericPercent), value: "62,4", tolerance: "0,1" }, base(numericPercent));
    expect(r.ok && r.question.type === "numeric" && r.question.answer).toMatchObject({ value: 62.4, tolerance: 0.1 });
  });
  it("fill in the blank: no blank, no accepted answer", () => {
    const e = errorsOf({ ...emptyDraft("fill_blank"), prompt: "No blank in this prompt", explanation: "Because.", accepted: [" "] }, fillBlank);
    expect(e.prompt).toEqual(["The prompt needs a ____ blank"]);
    expect(e.accepted).toBeDefined();
  });
  it("matching: a missing right-hand side", () => {
    const d = questionToDraft(matching);
    const e = errorsOf({ ...d, pairs: d.pairs.map((p, i) => (i === 0 ? { ...p, right: "" } : p)) }, matching);
    expect(e.pairs).toBeDefined();
  });
  it("what the editor builds always satisfies the engine's schema", () => {
    for (const q of [singleChoice, multipleSelect, trueFalse, numericPercent, fillBlank, ordering, matching]) {
      const r = buildQuestion(questionToDraft(q), base(q));
      expect(r.ok && questionSchema.safeParse(r.question).success).toBe(true);
    }
  });
});
