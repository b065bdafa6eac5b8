// The evidence type on passages written for these tests: parsing, grading by the source span,
// the key-free view, the editor's draft, and the engine's evidence questions.
import { describe, expect, it } from "vitest";
import { generate } from "@/lib/generation";
import { evidenceFlags, evidenceQuestions, passageAround, stemOf } from "@/lib/generation/questions/evidence-questions";
import { correctResponse, grade, MESSAGES, parseResponse } from "@/lib/grading";
import { evidence as q, numericCount, trueFalse } from "@/lib/grading/test-fixtures";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { analyseQuestion } from "@/lib/results/aggregate";
import { buildQuestion, questionToDraft } from "@/lib/questions/draft";
import { wrongResponse } from "@/lib/seed/demo-answers";
import { questionSchema, toPublicQuestion, type QuestionOf } from "./index";
import { sharedRun } from "./evidence";

describe("evidence: parsing a response", () => {
  it("takes the index of a passage sentence", () => {
    expect(parseResponse(q, { sentence: 0 })).toEqual({ ok: true, response: { sentence: 0 } });
    expect(parseResponse(q, { sentence: 3 })).toEqual({ ok: true, response: { sentence: 3 } });
  });

  it("refuses anything else with a message that names no sentence", () => {
    for (const raw of [{ sentence: 4 }, { sentence: -1 }, { sentence: 1.5 }, { sentence: "2" }, { choice: 2 }, null, "2", {}]) {
      expect(parseResponse(q, raw)).toEqual({ ok: false, message: MESSAGES.evidence });
    }
  });
});

describe("evidence: grading by the source span", () => {
  it("gives the point for the sentence at the source, none for its neighbours", () => {
    expect(grade(q, { sentence: 2 })).toEqual({ type: "evidence", chosen: 2, score: 1, correct: true });
    for (const sentence of [0, 1, 3]) expect(grade(q, { sentence })).toMatchObject({ type: "evidence", chosen: sentence, score: 0, correct: false });
  });

  it("is right by the span, not the index: a passage whose keyed index disagrees with the source grades nothing right", () => {
    // Corrupt data that skipped the schema: the index points at sentence 3, the source is sentence 2.
    const corrupt = { ...q, answer: 3 } as QuestionOf<"evidence">;
    expect(grade(corrupt, { sentence: 3 }).correct).toBe(false);
    expect(grade(corrupt, { sentence: 2 }).correct).toBe(true);
  });

  it("the correct response earns full marks and the demo's slip does not", () => {
    expect(correctResponse(q)).toEqual({ sentence: 2 });
    expect(grade(q, correctResponse(q)).score).toBe(1);
    expect(grade(q, wrongResponse(q)).score).toBe(0);
  });

  it("scores junk 0 with a message instead of throwing", () => {
    expect(grade(q, { sentence: 9 })).toEqual({ type: "invalid", message: MESSAGES.evidence, score: 0, correct: false });
  });
});

describe("evidence: the schema", () => {
  it("requires the keyed sentence to be the source, the passage in reading order, 2–7 sentences", () => {
    expect(questionSchema.safeParse(q).success).toBe(true);
    expect(questionSchema.safeParse({ ...q, answer: 1 }).success).toBe(false);
    expect(questionSchema.safeParse({ ...q, passage: [...q.passage].reverse(), answer: 1 }).success).toBe(false);
    expect(questionSchema.safeParse({ ...q, passage: q.passage.slice(2, 3), answer: 0 }).success).toBe(false);
  });
});

describe("evidence: what the browser sees", () => {
  it("shows the passage's sentences and nothing that says which one is the evidence", () => {
    const pub = toPublicQuestion(q);
    expect(pub).toEqual({ id: q.id, type: "evidence", prompt: q.prompt, passage: q.passage.map((s) => s.sentence) });
    const json = JSON.stringify(pub);
    for (const secret of ['"answer"', '"start"', '"source"', q.explanation]) expect(json).not.toContain(secret);
  });

  it("formats a stored answer as the chosen sentence, and tallies results by sentence", () => {
    expect(formatAnswer(q, { sentence: 1 })).toBe(q.passage[1]!.sentence);
    expect(formatAnswer(q, { sentence: 7 })).toBe("No answer");
    const stats = analyseQuestion({ question: q, articleSlug: "marrow-bay", shown: 3 }, 1, [
      { questionId: q.id, answer: { sentence: 2 }, score: 1, correct: true, timeMs: 1000, asAnswered: q },
      { questionId: q.id, answer: { sentence: 1 }, score: 0, correct: false, timeMs: 2000, asAnswered: q },
    ]);
    expect(stats.options?.map((o) => [o.count, o.correct])).toEqual([
      [0, false],
      [1, false],
      [1, true],
      [0, false],
    ]);
    expect(stats.commonWrong).toBeNull();
  });
});

describe("evidence: the teacher's draft", () => {
  const base = { id: q.id, difficulty: q.difficulty, source: q.source, factIds: q.factIds, passage: q.passage };

  it("round-trips, and moving the evidence moves the source with it", () => {
    expect(buildQuestion(questionToDraft(q), base)).toEqual({ ok: true, question: q });
    const moved = buildQuestion({ ...questionToDraft(q), correct: [3], prompt: "Which sentence says what the new leader promised?" }, base);
    expect(moved.ok && moved.question.type === "evidence" && moved.question.source).toEqual(q.passage[3]);
    expect(moved.ok && moved.question.answerText).toBe(q.passage[3]!.sentence);
  });

  it("takes the passage from the stored question, never from the draft", () => {
    const forged = buildQuestion({ ...questionToDraft(q), passage: ["Invented.", "Also invented."] }, base);
    expect(forged.ok && forged.question.type === "evidence" && forged.question.passage).toEqual(q.passage);
  });

  it("asks for a sentence when none is chosen", () => {
    const r = buildQuestion({ ...questionToDraft(q), correct: [] }, base);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors.correct).toBeDefined();
  });
});

describe("evidence questions from the engine", () => {
  const sentences = q.passage.map((s) => ({ text: s.sentence, start: s.start, end: s.end }));

  it("cuts a passage around a sentence, shifted at the article's ends", () => {
    expect(passageAround(sentences, 0, 3).map((s) => s.start)).toEqual(sentences.slice(0, 3).map((s) => s.start));
    expect(passageAround(sentences, 3, 3).map((s) => s.start)).toEqual(sentences.slice(1, 4).map((s) => s.start));
    expect(passageAround(sentences, 1, 3, 0)[0]!.start).toBe(sentences[1]!.start);
    expect(passageAround(sentences, 1, 3, 2).map((s) => s.start)).toEqual(sentences.slice(0, 3).map((s) => s.start));
    expect(passageAround(sentences, 9)).toEqual([]);
  });

  it("turns a stem into a claim without the article phrase or format hint, and refuses stems that point at options or quote", () => {
    expect(stemOf("According to the article, how many seats did the cooperative win? Answer with a number.")).toBe("How many seats did the cooperative win?");
    expect(stemOf("Which of these is NOT a council member?")).toBeNull();
    expect(stemOf("What number fills the blank? “The cooperative won ____ seats.”")).toBeNull();
  });

  it("holds back a claim that copies its sentence, a passage cut short and a passage with two answers", () => {
    const from = { ...numericCount, answerText: "four", source: q.source };
    expect(evidenceFlags("How many seats did the cooperative win?", q.passage, 2, from)).toEqual([]);
    expect(evidenceFlags("The fishing cooperative won four of the nine seats, it says", q.passage, 2, from).map((f) => f.code)).toContain("answer_in_stem");
    const twice = q.passage.map((s, i) => (i === 3 ? { ...s, sentence: "Its four councillors met on Monday." } : s));
    expect(evidenceFlags("How many seats did the cooperative win?", twice, 2, from).map((f) => f.code)).toEqual(["ambiguous_evidence"]);
    const cut = q.passage.map((s, i) => (i === 1 ? { ...s, sentence: "Turnout was higher than at any" } : s));
    expect(evidenceFlags("How many seats did the cooperative win?", cut, 2, from).map((f) => f.code)).toEqual(["broken_passage"]);
    expect(sharedRun("a b c d", "x b c d y")).toBe(3);
  });

  it("makes a few per article from ready stems, keyed to their source, and never more than the share allows", () => {
    const ready = { ...numericCount, prompt: "According to the article, how many seats did the cooperative win? Answer with a number.", status: "ready" as const, source: q.source, factIds: ["f1"] };
    const made = evidenceQuestions([ready], sentences);
    expect(made).toHaveLength(1);
    const e = made[0]!;
    expect(e.type).toBe("evidence");
    if (e.type !== "evidence") return;
    expect(e.prompt).toBe("Which sentence answers this question? How many seats did the cooperative win?");
    expect(e.passage[e.answer]).toEqual(q.source);
    expect(e.status).toBe("ready");
    // A ready question on a sentence beside the evidence whose answer the passage prints: held back.
    const beside = { ...numericCount, id: "q-pier", prompt: "How many years did the leader give for the pier?", answerText: "two years", answer: { value: 2, tolerance: 0 }, status: "ready" as const, source: q.passage[3]!, factIds: ["f2"] };
    const [held] = evidenceQuestions([ready, beside], sentences);
    expect(held?.status).toBe("needs_review");
    expect(held?.flags?.map((f) => f.code)).toEqual(["gives_away"]);
    // One per claim: the same stem on two sentences (a repetitive article) makes one question, so ids stay unique.
    const again = { ...ready, id: "q-again", source: q.passage[0]!, factIds: ["f3"] };
    const filler = Array.from({ length: 12 }, (_, i) => ({ ...trueFalse, id: `q-tf-${i}`, status: "ready" as const, source: q.passage[1]! }));
    expect(evidenceQuestions([ready, again, ...filler], sentences, { maxPerSentence: 20 })).toHaveLength(1);
    // A held-back source question, or a sentence already at its cap, makes none.
    expect(evidenceQuestions([{ ...ready, status: "needs_review" }], sentences)).toEqual([]);
    expect(evidenceQuestions([ready], sentences, { maxPerSentence: 1 })).toEqual([]);
  });

  it("on a whole article: evidence questions are valid, keyed to the article, and a modest share", () => {
    const article = [
      "# Marrow Bay elects its council",
      "",
      "The harbour town of Marrow Bay elected a new council on Saturday, officials said.",
      "Turnout reached 64 percent, the highest since the ferry line opened in 1998.",
      "The fishing cooperative won four of the nine seats, while independents took three.",
      "Its leader, Ada Quill, promised to rebuild the north pier within two years.",
      "The pier was closed in 2021 after a winter storm damaged its pilings.",
      "Repairs are expected to cost 12 million dollars, according to the town's engineers.",
      "The council will meet for the first time on Monday.",
    ].join("\n");
    const r = generate(article);
    const ev = r.questions.filter((x) => x.type === "evidence");
    const ready = r.questions.filter((x) => x.status === "ready");
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.filter((x) => x.status === "ready").length).toBeLessThanOrEqual(Math.max(1, Math.floor(0.15 * ready.length)));
    for (const x of ev) {
      if (x.type !== "evidence") continue;
      expect(questionSchema.safeParse(x).success).toBe(true);
      for (const s of x.passage) expect(article.slice(s.start, s.end)).toBe(s.sentence);
      expect(x.passage[x.answer]).toEqual(x.source);
    }
    // Each evidence question asks what a ready question of another kind asks, on the same sentence.
    for (const x of ev) expect(r.questions.some((o) => o.type !== "evidence" && o.status === "ready" && o.source.start === x.source.start)).toBe(true);
  });
});
