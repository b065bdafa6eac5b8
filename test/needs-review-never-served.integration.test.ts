// The product's rule, end to end against a real (temporary) database: a question the engine held
// back for review never reaches a student — demo quiz, practice, assignments, the review queue —
// until a teacher approves it. The questions are stored the way the seed stores them (storeArticle
// asked to approve everything), with the critic's verdicts set by the test.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startAssignmentAction } from "@/lib/assignments/actions";
import { startPracticeAction } from "@/lib/attempts/actions";
import { getAttemptForTaking } from "@/lib/attempts/queries";
import { db } from "@/lib/db";
import { gradeDemoAction } from "@/lib/demo/actions";
import { getDemoQuiz } from "@/lib/demo/queries";
import { correctResponse } from "@/lib/grading";
import { getProgress } from "@/lib/progress/queries";
import { setQuestionStatusAction } from "@/lib/questions/actions";
import { loadQuestion } from "@/lib/questions/store";
import { submitReviewAction } from "@/lib/review/actions";
import { countDue, nextDueCard, nextDueAt } from "@/lib/review/queries";
import { storeArticle } from "@/lib/articles/store";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";
import { addSetItemAction } from "@/lib/sets/actions";
import { createUser } from "@/test/factories";
import { judged, SEED_TEXT, seedResult } from "@/test/judged";
import { signInAs, signOut } from "@/test/session";
import { createAssignment, createClass, createSet, enroll } from "@/test/teacher-factories";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

let articleId: string;
let held: Set<string>;
let approved: string[];

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** Runs an action that ends in redirect() and returns where it sent the browser. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = await run();
    throw new Error(`no redirect: ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? "";
    throw error;
  }
}

const attemptIdOf = (url: string) => url.match(/^\/attempts\/([^/?#]+)/)?.[1] ?? "";

beforeAll(async () => {
  // Most of the bank held back (two in three), so an unguarded path would surely pick some.
  const { result, heldKeys } = judged(seedResult(), 1);
  const readyKeys = result.questions.map((q) => q.id).filter((_, i) => i % 3 === 1);
  const questions = result.questions.map((q) => (readyKeys.includes(q.id) ? { ...q, status: "ready" as const, flags: [] } : q));
  ({ id: articleId } = await storeArticle({ slug: SEED_ARTICLE_SLUG, rawText: SEED_TEXT, result: { ...result, questions } }, "approved"));
  const rows = await db.question.findMany({ where: { articleId }, select: { id: true, key: true, status: true } });
  held = new Set(rows.filter((r) => !readyKeys.includes(r.key)).map((r) => r.id));
  approved = rows.filter((r) => readyKeys.includes(r.key)).map((r) => r.id);
  expect(heldKeys.length).toBe(rows.length);
  expect(held.size).toBeGreaterThan(approved.length);
  expect(rows.filter((r) => held.has(r.id)).every((r) => r.status === "draft")).toBe(true);
});

beforeEach(() => signOut());

describe("a question held back for review", () => {
  it("is not in the visitor's demo quiz, and the demo refuses to grade it", async () => {
    const quiz = await getDemoQuiz();
    expect(quiz!.questions.length).toBe(Math.min(8, approved.length));
    expect(quiz!.questions.filter((q) => held.has(q.id))).toEqual([]);
    const heldId = [...held][0]!;
    expect(await gradeDemoAction({ questionIds: [heldId], responses: {} })).toMatchObject({ ok: false, message: expect.stringMatching(/aren't part of the demo quiz/) });
  });

  it("is never picked for a practice quiz", async () => {
    for (let i = 0; i < 4; i++) {
      const student = await createUser();
      signInAs(student.id);
      const attemptId = attemptIdOf(await redirectOf(() => startPracticeAction(form({ slug: SEED_ARTICLE_SLUG }))));
      const attempt = await getAttemptForTaking(attemptId, student.id);
      const ids = attempt.questions.map((q) => q.id);
      expect(ids.length).toBe(Math.min(10, approved.length));
      expect(ids.filter((id) => held.has(id))).toEqual([]);
    }
  });

  it("can't be added to a set, and drops out of an assignment whose set holds it", async () => {
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser();
    const heldIds = [...held].slice(0, 4);
    // A set built before the critic held them back: two approved questions, four now held back.
    const set = await createSet(teacher.id, [approved[0]!, ...heldIds, approved[1]!]);
    signInAs(teacher.id);
    expect(await addSetItemAction(form({ setId: set.id, questionId: [...held][5]! }))).toMatchObject({ ok: false, message: expect.stringMatching(/Only approved questions/) });
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const assignment = await createAssignment({ classId: klass.id, setId: set.id });

    signInAs(student.id);
    const attemptId = attemptIdOf(await redirectOf(() => startAssignmentAction(form({ assignmentId: assignment.id }))));
    const attempt = await getAttemptForTaking(attemptId, student.id);
    expect(attempt.questions.map((q) => q.id)).toEqual([approved[0], approved[1]]);
  });

  it("leaves the review queue while it is a draft, and comes back once a teacher approves it", async () => {
    const student = await createUser();
    const teacher = await createUser({ role: "teacher" });
    // A card from before the question was held back (answered while it was approved), due now.
    const heldId = [...held][6]!;
    const past = new Date(Date.now() - 86_400_000);
    await db.reviewCard.create({ data: { userId: student.id, questionId: heldId, due: past, lastReview: past, reps: 1, state: 2 } });
    expect(await countDue(student.id)).toBe(0);
    expect(await nextDueCard(student.id)).toBeNull();
    expect(await nextDueAt(student.id)).toBeNull();
    expect((await getProgress(student.id)).dueReviews).toBe(0);
    signInAs(student.id);
    const row = await db.question.findUniqueOrThrow({ where: { id: heldId } });
    const answer = correctResponse(loadQuestion(row));
    expect(await submitReviewAction({ questionId: heldId, response: answer })).toEqual({ ok: false, message: "That question isn't on your review queue." });

    signInAs(teacher.id);
    expect(await setQuestionStatusAction(form({ questionId: heldId, status: "approved" }))).toEqual({ ok: true });
    expect(await countDue(student.id)).toBe(1);
    expect((await nextDueCard(student.id))?.question.id).toBe(heldId);
    signInAs(student.id);
    expect(await submitReviewAction({ questionId: heldId, response: answer })).toMatchObject({ ok: true, correct: true });
  });
});
