// Review queue and progress access against a real (temporary) database. Issue 6.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { closeAttempt } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { correctResponse } from "@/lib/grading";
import { wrongResponse } from "@/lib/seed/demo-answers";
import { getProgress, getStudentProgressForTeacher } from "@/lib/progress/queries";
import { loadQuestion } from "@/lib/questions/store";
import { createArticleWithQuestions, createAttempt, createUser } from "@/test/factories";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { signInAs, signOut } from "@/test/session";
import { submitReviewAction } from "./actions";
import { countDue, nextDueAt, nextDueCard } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

beforeEach(() => signOut());

async function gradedStudent() {
  const student = await createUser();
  const { article, questions } = await createArticleWithQuestions();
  const attempt = await createAttempt({ userId: student.id, articleId: article.id, questionIds: questions.map((q) => q.id) });
  // Two right, one wrong (the true/false one), the rest blank.
  const [a, b, c] = questions;
  for (const [row, right] of [[a!, true], [b!, true], [c!, false]] as const) {
    const q = loadQuestion(row);
    const response = right ? correctResponse(q) : q.type === "true_false" ? { value: !q.answer } : {}; // {}: no answer of its type
    await db.response.create({ data: { attemptId: attempt.id, questionId: row.id, questionVersion: 1, answerJson: response } });
  }
  const closedAt = new Date(Date.now() - 3 * 86_400_000);
  await closeAttempt(attempt.id, "submitted", closedAt);
  return { student, article, questions, closedAt };
}

describe("the review queue", () => {
  it("holds every answered question once, scheduled by the answer; blanks stay off", async () => {
    const { student, questions, closedAt } = await gradedStudent();
    const cards = await db.reviewCard.findMany({ where: { userId: student.id } });
    expect(cards.map((c) => c.questionId).sort()).toEqual(questions.slice(0, 3).map((q) => q.id).sort());
    const wrong = cards.find((c) => c.questionId === questions[2]!.id)!;
    const right = cards.find((c) => c.questionId === questions[0]!.id)!;
    expect(wrong.due.getTime()).toBeLessThan(right.due.getTime());
    expect(wrong.lastReview).toEqual(closedAt);
  });

  it("a later attempt moves the cards it answers again, once each, and adds cards for new questions", async () => {
    const { student, article, questions } = await gradedStudent();
    const before = new Map((await db.reviewCard.findMany({ where: { userId: student.id } })).map((c) => [c.questionId, c]));
    // The second attempt answers question 0 again (right) and question 3 for the first time (right).
    const attempt = await createAttempt({ userId: student.id, articleId: article.id, questionIds: questions.map((q) => q.id) });
    for (const row of [questions[0]!, questions[3]!]) {
      await db.response.create({ data: { attemptId: attempt.id, questionId: row.id, questionVersion: 1, answerJson: correctResponse(loadQuestion(row)) } });
    }
    await closeAttempt(attempt.id, "submitted");

    const after = await db.reviewCard.findMany({ where: { userId: student.id } });
    expect(after.map((c) => c.questionId).sort()).toEqual([0, 1, 2, 3].map((i) => questions[i]!.id).sort());
    const again = after.find((c) => c.questionId === questions[0]!.id)!;
    expect(again.id).toBe(before.get(questions[0]!.id)!.id);
    expect(again.reps).toBe(before.get(questions[0]!.id)!.reps + 1);
    expect(after.find((c) => c.questionId === questions[3]!.id)!.reps).toBe(1);
    // Untouched by this attempt:
    expect(after.find((c) => c.questionId === questions[1]!.id)).toEqual(before.get(questions[1]!.id));
  });

  it("grades a review on the server, returns the key only then, and reschedules the card once", async () => {
    const { student, questions } = await gradedStudent();
    signInAs(student.id);
    const due = await countDue(student.id);
    expect(due).toBeGreaterThan(0);
    const next = await nextDueCard(student.id);
    expect(next).not.toBeNull();
    // What the page gets before answering has no answer key.
    expect(JSON.stringify(next)).not.toMatch(/answerText|explanation|"answer"/);

    const row = questions.find((q) => q.id === next!.question.id)!;
    const response = correctResponse(loadQuestion(row));
    const [first, second] = await Promise.all([
      submitReviewAction({ questionId: row.id, response }),
      submitReviewAction({ questionId: row.id, response }),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const ok = results.find((r) => r.ok)!;
    expect(ok).toMatchObject({ ok: true, correct: true, answerText: loadQuestion(row).answerText });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: student.id, questionId: row.id } } });
    expect(card.due.getTime()).toBeGreaterThan(Date.now());
    expect(await countDue(student.id)).toBe(due - 1);
  });

  it("refuses another student's card and a card not yet due", async () => {
    const { student, questions } = await gradedStudent();
    const other = await createUser();
    signInAs(other.id);
    const theirs = await submitReviewAction({ questionId: questions[0]!.id, response: { choice: 0 } });
    expect(theirs).toEqual({ ok: false, message: "That question isn't on your review queue." });
    signInAs(student.id);
    await db.reviewCard.updateMany({ where: { userId: student.id }, data: { due: new Date(Date.now() + 86_400_000) } });
    const early = await submitReviewAction({ questionId: questions[0]!.id, response: correctResponse(loadQuestion(questions[0]!)) });
    expect(early.ok).toBe(false);
  });
});

describe("review cards from an assignment (issue 12, defect 3)", () => {
  const MINUTE = 60_000;
  const DAY = 86_400_000;

  /** A student who submitted an assignment a minute ago, one answer right and one wrong. */
  async function submittedAssignment(feedbackMode: "after_due" | "after_submit", dueInMs: number | null) {
    const student = await createUser();
    const teacher = await createUser({ role: "teacher" });
    const { questions } = await createArticleWithQuestions();
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const set = await createSet(teacher.id, [questions[0]!.id, questions[1]!.id]);
    const dueAt = dueInMs === null ? null : new Date(Date.now() + dueInMs);
    const assignment = await createAssignment({ classId: klass.id, setId: set.id, dueAt, feedbackMode });
    const [right, wrong] = [loadQuestion(questions[0]!), loadQuestion(questions[1]!)];
    const submittedAt = new Date(Date.now() - MINUTE);
    await createAssignmentAttempt({
      userId: student.id,
      assignmentId: assignment.id,
      questionIds: [right.id, wrong.id],
      answers: { [right.id]: { answer: correctResponse(right) }, [wrong.id]: { answer: wrongResponse(wrong) } },
      startedAt: new Date(submittedAt.getTime() - MINUTE),
      close: { status: "submitted", at: submittedAt },
      feedbackMode,
    });
    return { student, assignment, right, wrong, dueAt };
  }

  it("with feedback after the due date: cards wait until the due date, then are served", async () => {
    const { student, assignment, wrong, dueAt } = await submittedAssignment("after_due", 2 * DAY);
    // Grading scheduled the cards (the missed one is due within minutes by FSRS)…
    const cards = await db.reviewCard.findMany({ where: { userId: student.id } });
    expect(cards).toHaveLength(2);
    const soon = new Date(Date.now() + 30 * MINUTE);
    expect(cards.some((c) => c.due <= soon)).toBe(true);
    // …but half an hour after submitting, two days before the due date, none is served or keyed.
    expect(await countDue(student.id, soon)).toBe(0);
    expect(await nextDueCard(student.id, soon)).toBeNull();
    expect(await nextDueAt(student.id, soon)).toBeNull();
    signInAs(student.id);
    await db.reviewCard.updateMany({ where: { userId: student.id }, data: { due: new Date(Date.now() - MINUTE) } }); // due now by FSRS
    const early = await submitReviewAction({ questionId: wrong.id, response: correctResponse(wrong) });
    expect(early).toEqual({ ok: false, message: "That question isn't on your review queue." });
    expect(JSON.stringify(early)).not.toContain(wrong.explanation);
    expect(await countDue(student.id)).toBe(0);

    // After the due date they are served, and answering one gives its key.
    const after = new Date(dueAt!.getTime() + MINUTE);
    expect(await countDue(student.id, after)).toBe(2);
    expect((await nextDueCard(student.id, after))?.question.id).toBeDefined();
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - MINUTE) } }); // time passes
    expect(await countDue(student.id)).toBe(2);
    const late = await submitReviewAction({ questionId: wrong.id, response: correctResponse(wrong) });
    expect(late).toMatchObject({ ok: true, correct: true, explanation: wrong.explanation });
  });

  it("a due date moved later holds the cards back again", async () => {
    const { student, assignment } = await submittedAssignment("after_due", 2 * DAY);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - MINUTE) } });
    expect(await countDue(student.id, new Date(Date.now() + 30 * MINUTE))).toBe(2);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() + DAY) } });
    expect(await countDue(student.id, new Date(Date.now() + 30 * MINUTE))).toBe(0);
  });

  it("with feedback after submitting, the cards are served once the student has submitted", async () => {
    const { student } = await submittedAssignment("after_submit", 2 * DAY);
    expect(await countDue(student.id, new Date(Date.now() + 30 * MINUTE))).toBeGreaterThan(0);
  });

  it("a practice card on a question of an assignment the student hasn't submitted waits for it too", async () => {
    const { student, questions } = await gradedStudent(); // practice cards on questions 0..2
    const teacher = await createUser({ role: "teacher" });
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const before = await countDue(student.id, new Date(Date.now() + 30 * DAY));
    expect(before).toBe(3);
    const set = await createSet(teacher.id, [questions[0]!.id]);
    const assignment = await createAssignment({ classId: klass.id, setId: set.id, dueAt: new Date(Date.now() + DAY) });
    expect(await countDue(student.id, new Date(Date.now() + 30 * DAY))).toBe(3); // the assignment is past due by then
    expect(await countDue(student.id, new Date(Date.now() + 12 * 3_600_000))).toBeLessThan(before);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: null } }); // open with no due date
    const later = new Date(Date.now() + 30 * DAY);
    expect(await countDue(student.id, later)).toBe(2);
    expect((await nextDueCard(student.id, later))?.question.id).not.toBe(questions[0]!.id);
    signInAs(student.id);
    await db.reviewCard.updateMany({ where: { userId: student.id }, data: { due: new Date(Date.now() - MINUTE) } });
    const asked = await submitReviewAction({ questionId: questions[0]!.id, response: correctResponse(loadQuestion(questions[0]!)) });
    expect(asked).toEqual({ ok: false, message: "That question isn't on your review queue." });
  });
});

describe("progress", () => {
  it("counts answers, accuracy and mastery from graded responses", async () => {
    const { student, article } = await gradedStudent();
    const progress = await getProgress(student.id);
    expect(progress.answered).toBe(3);
    expect(progress.quizzes).toBe(1);
    expect(progress.byArticle).toEqual([expect.objectContaining({ key: article.id, answered: 3 })]);
    expect(progress.history).toHaveLength(1);
  });

  it("is visible to the student's teacher only", async () => {
    const { student } = await gradedStudent();
    const teacher = await createUser({ role: "teacher" });
    const stranger = await createUser({ role: "teacher" });
    const klass = await db.class.create({ data: { name: "Mine", teacherId: teacher.id, joinCode: `J${Date.now()}` } });
    await db.enrollment.create({ data: { classId: klass.id, userId: student.id } });
    await expect(getStudentProgressForTeacher(student.id, teacher.id)).resolves.toMatchObject({ answered: 3 });
    await expect(getStudentProgressForTeacher(student.id, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a teacher their own class's assignments and the student's practice, not another teacher's results", async () => {
    const { student, questions } = await gradedStudent(); // one practice attempt, 3 answers
    const mine = await createUser({ role: "teacher" });
    const other = await createUser({ role: "teacher" });
    const myClass = await createClass(mine.id);
    const otherClass = await createClass(other.id);
    await enroll(myClass.id, [student.id]);
    await enroll(otherClass.id, [student.id]);
    const otherSet = await createSet(other.id, [questions[0]!.id], "Their set");
    const theirs = await createAssignment({ classId: otherClass.id, setId: otherSet.id });
    const q = loadQuestion(questions[0]!);
    await createAssignmentAttempt({
      userId: student.id,
      assignmentId: theirs.id,
      questionIds: [q.id],
      answers: { [q.id]: { answer: correctResponse(q) } },
      startedAt: new Date(Date.now() - 86_400_000),
      close: { status: "submitted", at: new Date(Date.now() - 86_000_000) },
    });

    const seenByMe = await getStudentProgressForTeacher(student.id, mine.id);
    expect(seenByMe.quizzes).toBe(1);
    expect(seenByMe.history.map((h) => h.title)).not.toContain("Their set");
    const seenByThem = await getStudentProgressForTeacher(student.id, other.id);
    expect(seenByThem.quizzes).toBe(2);
    expect((await getProgress(student.id)).quizzes).toBe(2); // the student sees everything
  });
});
