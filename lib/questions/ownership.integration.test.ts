// Issue 12, defect 7: a teacher could change the answer key of, or retire, a library question inside
// another teacher's live assignment. Now an edit by anyone but the question's owner makes their own
// copy, and only the owner (or an admin) retires a question or returns it to draft.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { singleChoice } from "@/lib/grading/test-fixtures";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { setQuestionStatusAction, updateQuestionAction } from "./actions";
import { questionToDraft } from "./draft";
import { NOT_YOURS_STATUS } from "./ownership";
import { getQuestionBank } from "./queries";
import { loadQuestion } from "./store";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function redirectUrl(run: () => Promise<unknown>): Promise<string> {
  try {
    throw new Error(`no redirect: ${JSON.stringify(await run())}`);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? "";
    throw error;
  }
}

const statusForm = (questionId: string, status: string) => {
  const form = new FormData();
  form.set("questionId", questionId);
  form.set("status", status);
  return form;
};

/** A shipped library article (no creator) whose approved question is in teacher A's open assignment. */
async function world() {
  const teacherA = await createUser({ role: "teacher", name: "Teacher Avery" });
  const teacherB = await createUser({ role: "teacher", name: "Teacher Blake" });
  const student = await createUser({ name: "Student Sol" });
  const { article, questions } = await createArticleWithQuestions({ questions: [singleChoice] });
  const question = questions[0]!;
  const klass = await createClass(teacherA.id);
  await enroll(klass.id, [student.id]);
  const set = await createSet(teacherA.id, [question.id], "Avery's set");
  const assignment = await createAssignment({ classId: klass.id, setId: set.id });
  return { teacherA, teacherB, student, article, question, set, assignment };
}

beforeEach(() => signOut());

describe("editing a question you don't own", () => {
  it("makes your own copy; the original, its set and the assignment's grading are unchanged", async () => {
    const w = await world();
    const before = await db.question.findUniqueOrThrow({ where: { id: w.question.id } });

    signInAs(w.teacherB.id);
    // Busan (index 1) is the key; B tries to make Daegu (index 3) right.
    const url = await redirectUrl(() => updateQuestionAction({ ...questionToDraft(singleChoice), correct: [3], prompt: "Which city hosted it, really?", questionId: w.question.id, version: 1 }));
    expect(url).toMatch(new RegExp(`^/teacher/articles/${w.article.slug}\\?copied=`));

    expect(await db.question.findUniqueOrThrow({ where: { id: w.question.id } })).toEqual(before);
    expect(await db.questionVersion.count({ where: { questionId: w.question.id } })).toBe(0);
    const copy = await db.question.findFirstOrThrow({ where: { copiedFromId: w.question.id } });
    expect(copy).toMatchObject({ articleId: w.article.id, createdById: w.teacherB.id, status: "draft", origin: "manual", version: 1, prompt: "Which city hosted it, really?" });
    expect(url).toContain(copy.id);
    expect(loadQuestion(copy)).toMatchObject({ answer: 3, answerText: "Daegu" });
    expect(await db.questionSetItem.findMany({ where: { setId: w.set.id }, select: { questionId: true } })).toEqual([{ questionId: w.question.id }]);

    // A student of A's assignment is still graded by the original key.
    const attempt = await createAssignmentAttempt({
      userId: w.student.id,
      assignmentId: w.assignment.id,
      questionIds: [w.question.id],
      answers: { [w.question.id]: { answer: { choice: 1 } } },
      startedAt: new Date(),
      close: { status: "submitted", at: new Date() },
    });
    expect(attempt).toMatchObject({ score: 1, maxScore: 1 });

    // B's copy is B's: B edits it in place, A can't change it but gets a copy of their own.
    const again = await redirectUrl(() => updateQuestionAction({ ...questionToDraft(loadQuestion(copy)), correct: [2], questionId: copy.id, version: 1 }));
    expect(again).toContain(`edited=${copy.id}`);
    expect(await db.question.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ version: 2 });
    signInAs(w.teacherA.id);
    await redirectUrl(() => updateQuestionAction({ ...questionToDraft(singleChoice), questionId: copy.id, version: 2 }));
    expect(await db.question.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ version: 2, createdById: w.teacherB.id });
    expect(await db.question.count({ where: { copiedFromId: copy.id, createdById: w.teacherA.id } })).toBe(1);
  });

  it("the bank says which edits make a copy and offers only the status changes allowed", async () => {
    const w = await world();
    const { questions: drafts } = await createArticleWithQuestions({ questions: [{ ...singleChoice, id: "q-draft" }], status: "draft" });
    await db.question.update({ where: { id: drafts[0]!.id }, data: { articleId: w.article.id } });
    const teacherB = await db.user.findUniqueOrThrow({ where: { id: w.teacherB.id } });
    const bank = await getQuestionBank(w.article.slug, { ...teacherB, role: "teacher" }, {});
    const approved = bank.questions.find((q) => q.question.id === w.question.id)!;
    const draft = bank.questions.find((q) => q.question.id === drafts[0]!.id)!;
    expect(approved).toMatchObject({ makesCopy: true, statusChoices: [] });
    expect(draft).toMatchObject({ makesCopy: true, statusChoices: ["approved"] });
  });
});

describe("retiring a question", () => {
  it("another teacher can't retire a library question in A's assignment, nor return it to draft", async () => {
    const w = await world();
    signInAs(w.teacherB.id);
    expect(await setQuestionStatusAction(statusForm(w.question.id, "retired"))).toEqual({ ok: false, message: NOT_YOURS_STATUS });
    expect(await setQuestionStatusAction(statusForm(w.question.id, "draft"))).toEqual({ ok: false, message: NOT_YOURS_STATUS });
    // Not even the teacher whose assignment uses it: the library question is no one's.
    signInAs(w.teacherA.id);
    expect(await setQuestionStatusAction(statusForm(w.question.id, "retired"))).toEqual({ ok: false, message: NOT_YOURS_STATUS });
    expect((await db.question.findUniqueOrThrow({ where: { id: w.question.id } })).status).toBe("approved");
  });

  it("another teacher can't retire A's own question in the library; A and an admin can", async () => {
    const w = await world();
    await db.question.update({ where: { id: w.question.id }, data: { createdById: w.teacherA.id, origin: "manual" } });
    signInAs(w.teacherB.id);
    expect(await setQuestionStatusAction(statusForm(w.question.id, "retired"))).toEqual({ ok: false, message: NOT_YOURS_STATUS });
    expect((await db.question.findUniqueOrThrow({ where: { id: w.question.id } })).status).toBe("approved");
    signInAs(w.teacherA.id);
    expect(await setQuestionStatusAction(statusForm(w.question.id, "retired"))).toEqual({ ok: true });
    const admin = await createUser({ role: "admin" });
    signInAs(admin.id);
    expect(await setQuestionStatusAction(statusForm(w.question.id, "draft"))).toEqual({ ok: true });
  });

  it("any teacher may still approve an ownerless library draft (it changes no one's set)", async () => {
    const { questions } = await createArticleWithQuestions({ questions: [singleChoice], status: "draft" });
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    expect(await setQuestionStatusAction(statusForm(questions[0]!.id, "approved"))).toEqual({ ok: true });
  });
});
