// Review queue and progress access against a real (temporary) database. Issue 6.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { closeAttempt } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { correctResponse } from "@/lib/grading";
import { getProgress, getStudentProgressForTeacher } from "@/lib/progress/queries";
import { loadQuestion } from "@/lib/questions/store";
import { createArticleWithQuestions, createAttempt, createUser } from "@/test/factories";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { signInAs, signOut } from "@/test/session";
import { submitReviewAction } from "./actions";
import { countDue, nextDueCard } from "./queries";

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
    const response = right ? correctResponse(q) : q.type === "true_false" ? { value: !q.answer } : null;
    await db.response.create({ data: { attemptId: attempt.id, questionId: row.id, questionVersion: 1, answerJson: JSON.stringify(response) } });
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
      await db.response.create({ data: { attemptId: attempt.id, questionId: row.id, questionVersion: 1, answerJson: JSON.stringify(correctResponse(loadQuestion(row))) } });
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
