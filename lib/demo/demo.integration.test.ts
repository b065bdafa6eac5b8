// Integration tests for the visitor demo quiz on a temporary SQLite database: what the page
// sends (no answer keys), how gradeDemoAction grades and refuses input, and that it stores nothing.
import { tableNames } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Question } from "@/lib/question-types";
import { correctResponse } from "@/lib/grading";
import { wrongResponse } from "@/lib/seed/demo-answers";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";
import { createArticleWithQuestions, createUser, ONE_PER_TYPE } from "@/test/factories";
import { createAssignment, createClass, createSet } from "@/test/teacher-factories";
import { gradeDemoAction } from "./actions";
import { getDemoQuiz } from "./queries";

type Rows = Awaited<ReturnType<typeof createArticleWithQuestions>>["questions"];
let demo: Rows;
let foreign: Rows;
let draftId: string;

function keyOf(id: string): Question {
  const row = demo.find((r) => r.id === id)!;
  return { ...(row.bodyJson as Question), id };
}

/** Every row in every table: the demo must leave this unchanged. */
async function countAllRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

beforeAll(async () => {
  const made = await createArticleWithQuestions();
  await db.article.update({ where: { id: made.article.id }, data: { slug: SEED_ARTICLE_SLUG } });
  demo = made.questions;
  const draft = await createArticleWithQuestions({ questions: [ONE_PER_TYPE[0]!], status: "draft" });
  // A draft question on the demo article itself: not part of the demo bank.
  draftId = (await db.question.update({ where: { id: draft.questions[0]!.id }, data: { articleId: made.article.id, key: "q-draft" } })).id;
  foreign = (await createArticleWithQuestions()).questions;
});

describe("getDemoQuiz", () => {
  it("picks a mix of the demo article's approved questions, without answer keys", async () => {
    const quiz = await getDemoQuiz();
    expect(quiz?.articleSlug).toBe(SEED_ARTICLE_SLUG);
    const ids = quiz!.questions.map((q) => q.id);
    expect(ids.length).toBe(Math.min(8, demo.length));
    expect(new Set(quiz!.questions.map((q) => q.type)).size).toBe(ids.length); // one per type here
    expect(ids).not.toContain(draftId);
    expect(ids.every((id) => demo.some((r) => r.id === id))).toBe(true);
    const json = JSON.stringify(quiz);
    for (const field of ['"answer"', '"answerText"', '"explanation"', '"accepted"', '"tolerance"', '"source"']) expect(json).not.toContain(field);
    // Stable for every visitor: the same seed, the same quiz.
    expect((await getDemoQuiz())!.questions.map((q) => q.id)).toEqual(ids);
  });
});

describe("gradeDemoAction", () => {
  it("grades right, wrong and missing answers and returns the review with the source", async () => {
    const ids = demo.map((r) => r.id);
    const [first, second, ...rest] = ids;
    const responses: Record<string, unknown> = {
      [first!]: correctResponse(keyOf(first!)),
      [second!]: wrongResponse(keyOf(second!)),
    };
    for (const id of rest.slice(0, 3)) responses[id] = correctResponse(keyOf(id));
    const result = await gradeDemoAction({ questionIds: ids, responses });
    if (!result.ok) throw new Error(result.message);
    expect(result.maxScore).toBe(ids.length);
    expect(result.items.map((i) => i.questionId)).toEqual(ids);
    expect(result.items[0]).toMatchObject({ correct: true, score: 1, answerText: keyOf(first!).answerText, explanation: keyOf(first!).explanation });
    expect(result.items[1]!.correct).toBe(false);
    expect(result.items.at(-1)).toMatchObject({ correct: false, score: 0, yourAnswer: "No answer", answered: false });
    // A question left blank gets its verdict, never its key (issue 12, defect 2).
    const blank = keyOf(ids.at(-1)!);
    expect(result.items.at(-1)).not.toHaveProperty("answerText");
    expect(JSON.stringify(result.items.at(-1))).not.toContain(blank.explanation);
    expect(result.score).toBeGreaterThanOrEqual(4);
    expect(result.score).toBeLessThan(5);
    const { source } = keyOf(first!);
    expect(result.items[0]).toMatchObject({ answered: true, source });
    expect(result.items[0]).toHaveProperty("sourceHref", `/articles/${SEED_ARTICLE_SLUG}?s=${source.start}-${source.end}#source`);
  });

  it("formats the visitor's own answer as a person would read it", async () => {
    const single = demo.find((r) => r.type === "single_choice")!;
    const key = keyOf(single.id) as Extract<Question, { type: "single_choice" }>;
    const result = await gradeDemoAction({ questionIds: [single.id], responses: { [single.id]: { choice: key.answer } } });
    expect(result.ok && result.items[0]!.yourAnswer).toBe(key.options[key.answer]);
  });

  it.each([
    ["not an object", "answers please"],
    ["no questions", { questionIds: [], responses: {} }],
    ["more than 20 questions", { questionIds: Array.from({ length: 21 }, (_, i) => `q${i}`), responses: {} }],
    ["an id with odd characters", { questionIds: ["../etc"], responses: {} }],
    ["responses that are not a record", { questionIds: ["a"], responses: [1, 2] }],
  ])("refuses malformed input (%s) with a clear message", async (_label, input) => {
    const result = await gradeDemoAction(input as never);
    expect(result).toMatchObject({ ok: false, message: "We couldn't read your answers. Please reload the page and try again." });
  });

  it("refuses duplicate question ids and answers to questions outside the quiz", async () => {
    const [a, b] = demo;
    expect((await gradeDemoAction({ questionIds: [a!.id, a!.id], responses: {} })).ok).toBe(false);
    const stray = await gradeDemoAction({ questionIds: [a!.id], responses: { [b!.id]: { value: true } } });
    expect(stray).toMatchObject({ ok: false, message: expect.stringContaining("isn't in this quiz") });
  });

  it("refuses another article's questions and the demo article's unapproved ones, revealing nothing", async () => {
    for (const ids of [[demo[0]!.id, foreign[0]!.id], [draftId], ["no-such-question"]]) {
      const result = await gradeDemoAction({ questionIds: ids, responses: {} });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("aren't part of the demo quiz") });
    }
  });

  it("refuses malformed answers with the question's own message", async () => {
    const single = demo.find((r) => r.type === "single_choice")!;
    const fill = demo.find((r) => r.type === "fill_blank")!;
    const ids = [single.id, fill.id];
    expect(await gradeDemoAction({ questionIds: ids, responses: { [single.id]: { choice: 99 } } })).toEqual({
      ok: false,
      message: "Question 1: Choose one of the options.",
    });
    expect(await gradeDemoAction({ questionIds: ids, responses: { [single.id]: "first" } })).toMatchObject({ ok: false });
    expect(await gradeDemoAction({ questionIds: ids, responses: { [fill.id]: { text: "x".repeat(100_000) } } })).toEqual({
      ok: false,
      message: "Question 2: Keep your answer under 200 characters.",
    });
  });

  it("writes nothing to the database, whether it grades or refuses", async () => {
    const before = await countAllRows();
    expect(Object.keys(before).length).toBeGreaterThan(5);
    const ids = demo.map((r) => r.id);
    const responses = Object.fromEntries(ids.map((id) => [id, correctResponse(keyOf(id))]));
    const graded = await gradeDemoAction({ questionIds: ids, responses });
    expect(graded.ok && graded.score).toBe(ids.length);
    await gradeDemoAction({ questionIds: ids, responses: { [ids[0]!]: { nope: 1 } } });
    await gradeDemoAction({ questionIds: [foreign[0]!.id], responses: {} });
    expect(await countAllRows()).toEqual(before);
  });
});

describe("the demo keys only what it served, answered (issue 12, defect 2)", () => {
  const DAY = 86_400_000;

  it("never serves or keys a question of an open assignment; once past due, it may again", async () => {
    const teacher = await createUser({ role: "teacher" });
    const klass = await createClass(teacher.id);
    const assigned = [demo[0]!, demo[1]!];
    const set = await createSet(teacher.id, assigned.map((q) => q.id));
    const assignment = await createAssignment({ classId: klass.id, setId: set.id, dueAt: new Date(Date.now() + 2 * DAY) });

    const served = (await getDemoQuiz())!.questions.map((q) => q.id);
    expect(served.length).toBeGreaterThan(0);
    for (const q of assigned) expect(served).not.toContain(q.id);

    // Asked for them directly, answered right, the grader refuses and reveals no key.
    const ids = assigned.map((q) => q.id);
    const responses = Object.fromEntries(ids.map((id) => [id, correctResponse(keyOf(id))]));
    for (const questionIds of [ids, [...ids, served[0]!]]) {
      const result = await gradeDemoAction({ questionIds, responses: Object.fromEntries(Object.entries(responses).filter(([id]) => questionIds.includes(id))) });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("aren't part of the demo quiz") });
      for (const id of ids) expect(JSON.stringify(result)).not.toContain(keyOf(id).explanation);
    }

    // An assignment with no due date stays open; past its due date its questions are fair game.
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: null } });
    expect((await getDemoQuiz())!.questions.map((q) => q.id)).not.toContain(ids[0]);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    const graded = await gradeDemoAction({ questionIds: ids, responses });
    expect(graded).toMatchObject({ ok: true, items: [{ answered: true, explanation: keyOf(ids[0]!).explanation }, { answered: true }] });
    await db.assignment.delete({ where: { id: assignment.id } });
  });

  it("grades only the questions it serves: an approved demo-article question it didn't pick is refused", async () => {
    // A second bank on the demo article: more approved questions than the quiz takes.
    const more = await createArticleWithQuestions();
    const article = await db.article.findUniqueOrThrow({ where: { slug: SEED_ARTICLE_SLUG } });
    for (const [i, q] of more.questions.entries()) await db.question.update({ where: { id: q.id }, data: { articleId: article.id, key: `q-more-${i}` } });
    const bank = [...demo, ...more.questions];
    const served = (await getDemoQuiz())!.questions.map((q) => q.id);
    expect(served).toHaveLength(8);
    const unserved = bank.filter((q) => !served.includes(q.id));
    expect(unserved.length).toBeGreaterThan(0);
    for (const q of unserved) {
      const body = { ...(q.bodyJson as Question), id: q.id };
      const result = await gradeDemoAction({ questionIds: [q.id], responses: { [q.id]: correctResponse(body) } });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("aren't part of the demo quiz") });
      expect(JSON.stringify(result)).not.toContain(body.explanation);
    }
    const ok = await gradeDemoAction({ questionIds: served, responses: {} });
    expect(ok.ok && ok.items.every((item) => !item.answered && !("explanation" in item))).toBe(true);
  });
});
