// Feedback modes, option shuffling, deadlines and question versions against a real database.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadQuestionBody } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import { putAnswer, saveAnswer } from "@/test/autosave";
import { createArticleWithQuestions, createAttempt, createUser, snapshotAttempt } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { checkAnswerAction, moveOnAction, submitAttemptAction } from "./actions";
import { closeOverdueFor } from "./close";
import { DEADLINE_GRACE_MS, type FeedbackMode } from "./policy";
import { getAttemptForTaking, getAttemptReview, listAttempts } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function setup(
  opts: { feedbackMode?: FeedbackMode; optionOrder?: (ids: Record<string, string>) => Record<string, number[]>; deadline?: Date; oneAtATime?: boolean } = {},
) {
  const student = await createUser({ role: "student" });
  const { article, questions } = await createArticleWithQuestions();
  const ids = Object.fromEntries(questions.map((q) => [q.type, q.id])) as Record<string, string>;
  const attempt = await createAttempt({
    userId: student.id,
    articleId: article.id,
    questionIds: questions.map((q) => q.id),
    feedbackMode: opts.feedbackMode,
    optionOrder: opts.optionOrder?.(ids),
    deadline: opts.deadline,
    oneAtATime: opts.oneAtATime,
  });
  signInAs(student.id);
  return { student, article, ids, attempt, order: questions.map((q) => q.id) };
}

beforeEach(() => signOut());

describe("immediate feedback", () => {
  it("grades one saved answer, shows its key, and locks it", async () => {
    const { ids, attempt } = await setup({ feedbackMode: "immediate" });
    const questionId = ids.single_choice!;
    expect(await saveAnswer({ attemptId: attempt.id, questionId, response: { choice: 0 } })).toMatchObject({ ok: true });
    const checked = await checkAnswerAction({ attemptId: attempt.id, questionId });
    expect(checked).toMatchObject({ ok: true, feedback: { correct: false, score: 0, answerText: expect.any(String) } });

    const change = await saveAnswer({ attemptId: attempt.id, questionId, response: { choice: 1 } });
    expect(change).toEqual({ ok: false, message: "You've already checked this answer, so it can't change." });
    const row = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId } });
    expect(row.answerJson).toEqual({ choice: 0 });

    // A reload shows the feedback again, and only for the checked question.
    const taking = await getAttemptForTaking(attempt.id, attempt.userId);
    expect(Object.keys(taking.checked)).toEqual([questionId]);
  });

  it("refuses to check before answering, and in after-submit mode", async () => {
    const { ids, attempt } = await setup({ feedbackMode: "immediate" });
    expect(await checkAnswerAction({ attemptId: attempt.id, questionId: ids.true_false! })).toEqual({
      ok: false,
      message: "Answer the question first, then check it.",
    });
    const other = await setup({ feedbackMode: "after_submit" });
    await saveAnswer({ attemptId: other.attempt.id, questionId: other.ids.true_false, response: { value: true } });
    const refused = await checkAnswerAction({ attemptId: other.attempt.id, questionId: other.ids.true_false! });
    expect(refused).toEqual({ ok: false, message: "Feedback for this quiz comes after you submit it." });
    expect(await db.response.count({ where: { attemptId: other.attempt.id, checkedAt: { not: null } } })).toBe(0);
  });
});

describe("one question at a time", () => {
  it("takes answers only for the question the attempt is on, and never goes back", async () => {
    const { attempt, order } = await setup({ oneAtATime: true });
    // The fixture's first two questions: a single choice, then a multiple select.
    const [first, second] = [order[0]!, order[1]!];
    const [firstAnswer, secondAnswer] = [{ choice: 1 }, { choices: [0, 2] }];

    expect(await saveAnswer({ attemptId: attempt.id, questionId: second, response: secondAnswer })).toEqual({
      ok: false,
      message: "This quiz goes one question at a time: that question isn't open yet.",
    });
    expect(await saveAnswer({ attemptId: attempt.id, questionId: first, response: firstAnswer })).toMatchObject({ ok: true });
    expect(await moveOnAction({ attemptId: attempt.id, from: 0 })).toEqual({ ok: true, index: 1 });
    expect(await getAttemptForTaking(attempt.id, attempt.userId)).toMatchObject({ oneAtATime: true, currentIndex: 1 });

    // The first question is behind the student now: its answer can't change.
    const before = await snapshotAttempt(attempt.id);
    const late = await putAnswer(attempt.id, first, { body: { response: firstAnswer } });
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({
      ok: false,
      message: "This quiz goes one question at a time, and you've moved on from that question, so its answer can't change.",
    });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
    expect(await saveAnswer({ attemptId: attempt.id, questionId: second, response: secondAnswer })).toMatchObject({ ok: true });
  });

  it("moves on once for a double click or a retry, and never past the last question", async () => {
    const { attempt, order } = await setup({ oneAtATime: true });
    const replies = await Promise.all(Array.from({ length: 10 }, () => moveOnAction({ attemptId: attempt.id, from: 0 })));
    expect(new Set(replies.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ ok: true, index: 1 })]));
    const last = order.length - 1;
    await db.attempt.update({ where: { id: attempt.id }, data: { currentIndex: last } });
    expect(await moveOnAction({ attemptId: attempt.id, from: last })).toEqual({ ok: true, index: last });
    // A stale page that thinks it is further back changes nothing either.
    expect(await moveOnAction({ attemptId: attempt.id, from: 0 })).toEqual({ ok: true, index: last });
  });

  it("refuses malformed moves, other students' attempts, free attempts and closed ones", async () => {
    const { attempt } = await setup({ oneAtATime: true });
    for (const bad of [null, {}, { attemptId: attempt.id }, { attemptId: attempt.id, from: -1 }, { attemptId: attempt.id, from: 1.5 }, { attemptId: attempt.id, from: "1" }, { attemptId: "x".repeat(500), from: 0 }]) {
      expect(await moveOnAction(bad as never)).toMatchObject({ ok: false, message: "That move couldn't be read. Please try again." });
    }
    const other = await setup({ oneAtATime: true }); // signs in as another student
    expect(await moveOnAction({ attemptId: attempt.id, from: 0 })).toEqual({ ok: false, message: "We couldn't find that attempt." });
    const free = await setup();
    expect(await moveOnAction({ attemptId: free.attempt.id, from: 0 })).toEqual({ ok: false, message: "This quiz lets you move between questions freely." });
    signInAs(other.student.id);
    await submitAttemptAction({ attemptId: other.attempt.id });
    expect(await moveOnAction({ attemptId: other.attempt.id, from: 0 })).toEqual({ ok: false, message: "This attempt is closed, so answers can no longer change." });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).currentIndex).toBe(0);
  });
});

describe("option shuffling", () => {
  it("stores answers in canonical order and shows them back in the shuffled order", async () => {
    // The fixture's single choice is ["Seoul","Busan","Incheon","Daegu"], Busan (1) correct.
    const { ids, attempt } = await setup({ optionOrder: (i) => ({ [i.single_choice!]: [2, 1, 3, 0] }) });
    const taking = await getAttemptForTaking(attempt.id, attempt.userId);
    const shown = taking.questions.find((q) => q.id === ids.single_choice)!;
    expect(shown.options).toEqual(["Incheon", "Busan", "Daegu", "Seoul"]);

    // The student picks "Seoul", shown last (index 3).
    await saveAnswer({ attemptId: attempt.id, questionId: ids.single_choice, response: { choice: 3 } });
    const row = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: ids.single_choice } });
    expect(row.answerJson).toEqual({ choice: 0 });
    expect((await getAttemptForTaking(attempt.id, attempt.userId)).saved[ids.single_choice!]).toEqual({ choice: 3 });

    // Picking "Busan" (shown at 1) is right once graded.
    await saveAnswer({ attemptId: attempt.id, questionId: ids.single_choice, response: { choice: 1 } });
    await submitAttemptAction({ attemptId: attempt.id });
    const graded = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: ids.single_choice } });
    expect(graded.correct).toBe(true);
  });
});

describe("grading on submit", () => {
  it("records each answer's own grade — right, wrong, partial — and leaves blanks ungraded", async () => {
    const { ids, attempt } = await setup();
    const answers: [string, unknown][] = [
      ["single_choice", { choice: 1 }], // right
      ["true_false", { value: true }], // wrong
      ["numeric", { value: "62.4" }], // right
      ["multiple_select", { choices: [0, 2] }], // 2 of 3, none wrong
    ];
    for (const [type, response] of answers) {
      expect(await saveAnswer({ attemptId: attempt.id, questionId: ids[type], response })).toMatchObject({ ok: true });
    }
    await submitAttemptAction({ attemptId: attempt.id });

    const rows = await db.response.findMany({ where: { attemptId: attempt.id } });
    const grade = (type: string) => rows.find((r) => r.questionId === ids[type]);
    expect(grade("single_choice")).toMatchObject({ score: 1, correct: true });
    expect(grade("numeric")).toMatchObject({ score: 1, correct: true });
    expect(grade("true_false")).toMatchObject({ score: 0, correct: false });
    const partial = grade("multiple_select")!;
    expect(partial.correct).toBe(false);
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThan(1);
    expect(rows).toHaveLength(4); // the three blank questions have no response to grade
    const closed = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(closed.score).toBeCloseTo(2 + partial.score!, 6);
  });
});

describe("deadlines", () => {
  it("closes an abandoned attempt at its deadline with the answers it had", async () => {
    const { ids, attempt } = await setup({ deadline: new Date(Date.now() + 60_000) });
    await saveAnswer({ attemptId: attempt.id, questionId: ids.true_false, response: { value: false } });
    // Time passes: the deadline (plus grace) is behind us.
    const deadline = new Date(Date.now() - DEADLINE_GRACE_MS - 1_000);
    await db.attempt.update({ where: { id: attempt.id }, data: { deadline } });

    expect(await closeOverdueFor({ userId: attempt.userId })).toBe(1);
    const list = await listAttempts(attempt.userId);
    const closed = list.find((a) => a.id === attempt.id)!;
    expect(closed.status).toBe("expired");
    expect(closed.submittedAt?.toISOString()).toBe(deadline.toISOString());
    const review = await getAttemptReview(attempt.id, attempt.userId);
    expect(review?.items.find((i) => i.question.id === ids.true_false)?.given).toEqual({ value: false });
    expect(await db.pointsEntry.count({ where: { attemptId: attempt.id } })).toBe(1);
  });
  it("a submit that arrives after the deadline and grace closes the attempt as expired, at its deadline", async () => {
    const { ids, attempt } = await setup({ deadline: new Date(Date.now() + 60_000) });
    await saveAnswer({ attemptId: attempt.id, questionId: ids.true_false, response: { value: false } });
    const deadline = new Date(Date.now() - DEADLINE_GRACE_MS - 1_000);
    await db.attempt.update({ where: { id: attempt.id }, data: { deadline } });

    expect(await submitAttemptAction({ attemptId: attempt.id })).toEqual({ ok: true, attemptId: attempt.id });
    const closed = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(closed.status).toBe("expired");
    expect(closed.submittedAt?.toISOString()).toBe(deadline.toISOString());
    expect(await db.pointsEntry.findFirstOrThrow({ where: { attemptId: attempt.id } })).toMatchObject({ awardedAt: deadline });
  });

  it("a submit within the grace after the deadline still counts as submitted", async () => {
    const { attempt } = await setup({ deadline: new Date(Date.now() - DEADLINE_GRACE_MS / 2) });
    await submitAttemptAction({ attemptId: attempt.id });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe("submitted");
  });

  it("the quiz page is told the server's clock, for its timer", async () => {
    const { attempt } = await setup({ deadline: new Date(Date.now() + 60_000) });
    const before = Date.now();
    const taking = await getAttemptForTaking(attempt.id, attempt.userId);
    expect(taking.serverNow).toBeGreaterThanOrEqual(before);
    expect(taking.serverNow).toBeLessThanOrEqual(Date.now());
  });
});

describe("question versions", () => {
  it("grades an answer by the version it answered, even after the question is edited", async () => {
    const { ids, attempt } = await setup();
    const questionId = ids.single_choice!;
    await saveAnswer({ attemptId: attempt.id, questionId, response: { choice: 1 } }); // right in v1
    const row = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    const body = loadQuestionBody(row);
    await db.questionVersion.create({ data: { questionId, version: 1, bodyJson: body } });
    const edited = { ...body, answer: 2 }; // the teacher changes the key
    await db.question.update({ where: { id: questionId }, data: { version: 2, bodyJson: edited } });
    await db.questionVersion.create({ data: { questionId, version: 2, bodyJson: edited } });

    await submitAttemptAction({ attemptId: attempt.id });
    const graded = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId } });
    expect(graded).toMatchObject({ questionVersion: 1, correct: true, score: 1 });
  });
});

describe("points", () => {
  it("writes one ledger entry per graded attempt and keeps the user's total equal to it", async () => {
    const { ids, attempt, student } = await setup();
    await saveAnswer({ attemptId: attempt.id, questionId: ids.single_choice, response: { choice: 1 } });
    await Promise.all(Array.from({ length: 5 }, () => submitAttemptAction({ attemptId: attempt.id })));
    const entries = await db.pointsEntry.findMany({ where: { userId: student.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.points).toBe(10);
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).points).toBe(10);
  });
});
