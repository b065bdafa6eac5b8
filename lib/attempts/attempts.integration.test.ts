// Integration tests for quiz attempts against a real (temporary) SQLite database: the server
// actions and data-layer queries, with only the session faked. Issue 4, "Must hold, with tests".
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Question } from "@/lib/question-types";
import { gradeAttempt } from "@/lib/grading";
import { gradeAttempt as realGradeAttempt } from "@/lib/grading/grade-attempt";
import { loadQuestion } from "@/lib/questions/store";
import { setQuestionStatusAction } from "@/lib/questions/actions";
import { saveAnswer } from "@/test/autosave";
import { createArticleWithQuestions, createAttempt, createUser, snapshotAttempt } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { startPracticeAction, submitAttemptAction } from "./actions";
import { DEADLINE_GRACE_MS } from "./policy";
import { getAttemptForTaking, getAttemptReview } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
// revalidatePath needs a Next.js request context; outside one it throws.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// The real grading, counted: "exactly one grade" is checked by how often a close grades.
vi.mock("@/lib/grading", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/grading")>();
  return { ...actual, gradeAttempt: vi.fn(actual.gradeAttempt) };
});

type QuestionRow = Awaited<ReturnType<typeof createArticleWithQuestions>>["questions"][number];

function byType(rows: readonly QuestionRow[], type: Question["type"]): QuestionRow {
  const row = rows.find((r) => r.type === type);
  if (!row) throw new Error(`fixture has no ${type} question`);
  return row;
}

/** Runs startPracticeAction and returns the URL it redirected to (redirect() throws NEXT_REDIRECT). */
async function startPractice(slug: string): Promise<string> {
  const form = new FormData();
  form.set("slug", slug);
  try {
    await startPracticeAction(form);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("startPracticeAction returned without redirecting");
}

/** A student with an in-progress attempt over one question of each type. */
async function studentWithAttempt(opts: { deadline?: Date | null } = {}) {
  const student = await createUser({ role: "student" });
  const { article, questions } = await createArticleWithQuestions();
  const attempt = await createAttempt({
    userId: student.id,
    articleId: article.id,
    questionIds: questions.map((q) => q.id),
    deadline: opts.deadline,
  });
  return { student, article, questions, attempt };
}

async function save(attemptId: string, questionId: string, response: unknown) {
  return saveAnswer({ attemptId, questionId, response });
}

beforeEach(() => {
  signOut();
});

describe("submitting an attempt", () => {
  it("50 concurrent submits produce exactly one grade, and a later submit changes nothing", async () => {
    const { student, questions, attempt } = await studentWithAttempt();
    signInAs(student.id);

    // A mix of right, partly right, wrong and unanswered, so the score is neither 0 nor full.
    const answers: Record<string, unknown> = {
      [byType(questions, "single_choice").id]: { choice: 1 }, // right
      [byType(questions, "multiple_select").id]: { choices: [0, 2] }, // partly right
      [byType(questions, "true_false").id]: { value: true }, // wrong
      [byType(questions, "numeric").id]: { value: "62,4" }, // right, comma decimal
      [byType(questions, "ordering").id]: { order: [1, 0, 4, 2, 3] }, // partly right
      // fill_blank and matching left unanswered
    };
    for (const [questionId, response] of Object.entries(answers)) {
      expect(await save(attempt.id, questionId, response)).toMatchObject({ ok: true });
    }

    const expected = realGradeAttempt(questions.map((q) => loadQuestion(q)), answers);
    expect(expected.score).toBeGreaterThan(0);
    expect(expected.score).toBeLessThan(questions.length);

    vi.mocked(gradeAttempt).mockClear();
    const results = await Promise.all(Array.from({ length: 50 }, () => submitAttemptAction({ attemptId: attempt.id })));

    expect(results).toHaveLength(50);
    for (const result of results) expect(result).toEqual({ ok: true, attemptId: attempt.id });
    expect(gradeAttempt).toHaveBeenCalledTimes(1);

    const after = await snapshotAttempt(attempt.id);
    expect(after.attempt).toMatchObject({
      status: "submitted",
      activeKey: null,
      score: expected.score,
      maxScore: questions.length,
    });
    expect(after.attempt.submittedAt).toBeInstanceOf(Date);

    // Every saved answer graded exactly as one grading of the saved answers says.
    expect(after.responses).toHaveLength(Object.keys(answers).length);
    for (const outcome of expected.results) {
      const row = after.responses.find((r) => r.questionId === outcome.questionId);
      if (!outcome.answered) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row).toMatchObject({ score: outcome.result.score, correct: outcome.result.correct });
      expect(row!.answerJson).toEqual(answers[outcome.questionId]);
    }

    // Later retries (a double click, a second tab) change nothing, not even submittedAt.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await Promise.all([1, 2, 3].map(() => submitAttemptAction({ attemptId: attempt.id })));
    for (const result of again) expect(result).toEqual({ ok: true, attemptId: attempt.id });
    expect(await snapshotAttempt(attempt.id)).toEqual(after);
    expect(gradeAttempt).toHaveBeenCalledTimes(1);
  });

  it("answers saved while a submit is in flight are either graded or refused, never left ungraded", async () => {
    const { student, questions, attempt } = await studentWithAttempt();
    signInAs(student.id);
    const single = byType(questions, "single_choice");
    const tf = byType(questions, "true_false");
    expect(await save(attempt.id, single.id, { choice: 0 })).toMatchObject({ ok: true });

    const outcomes = await Promise.all([
      save(attempt.id, tf.id, { value: false }),
      submitAttemptAction({ attemptId: attempt.id }),
      save(attempt.id, single.id, { choice: 1 }),
      save(attempt.id, tf.id, { value: true }),
    ]);
    expect(outcomes[1]).toEqual({ ok: true, attemptId: attempt.id });

    // Whatever interleaving happened, the stored answer of every response is the one graded.
    const after = await snapshotAttempt(attempt.id);
    expect(after.attempt.status).toBe("submitted");
    const graded = realGradeAttempt(
      questions.map((q) => loadQuestion(q)),
      Object.fromEntries(after.responses.map((r) => [r.questionId, r.answerJson])),
    );
    for (const row of after.responses) {
      const outcome = graded.results.find((o) => o.questionId === row.questionId);
      expect(row.score).toBe(outcome?.result.score);
      expect(row.correct).toBe(outcome?.result.correct);
    }
    expect(after.attempt.score).toBe(graded.score);
  });
});

describe("starting a practice attempt", () => {
  it("20 concurrent starts by one student converge on one attempt in progress", async () => {
    const student = await createUser({ role: "student" });
    const { article } = await createArticleWithQuestions();
    signInAs(student.id);

    const urls = await Promise.all(Array.from({ length: 20 }, () => startPractice(article.slug)));

    const attempts = await db.attempt.findMany({ where: { userId: student.id } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.status).toBe("in_progress");
    expect(new Set(urls)).toEqual(new Set([`/attempts/${attempts[0]?.id}`]));

    // Starting again resumes it, too.
    expect(await startPractice(article.slug)).toBe(`/attempts/${attempts[0]?.id}`);
    expect(await db.attempt.count({ where: { userId: student.id, status: "in_progress" } })).toBe(1);
  });

  it("refuses an unknown article and an article without approved questions", async () => {
    const student = await createUser({ role: "student" });
    const { article } = await createArticleWithQuestions({ status: "draft" });
    signInAs(student.id);
    // An unknown article is the not-found page (a 404, not a 500: issue 12, defect 11).
    await expect(startPractice("no-such-article")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    // Nothing to practise yet: back to the article's page.
    expect(await startPractice(article.slug)).toBe(`/articles/${article.slug}`);
    expect(await db.attempt.count({ where: { userId: student.id } })).toBe(0);
  });
});

describe("another student's attempt", () => {
  it("can be neither read nor changed", async () => {
    const { student: owner, questions, attempt } = await studentWithAttempt();
    const intruder = await createUser({ role: "student" });
    const teacher = await createUser({ role: "teacher" });
    const single = byType(questions, "single_choice");
    signInAs(owner.id);
    expect(await save(attempt.id, single.id, { choice: 0 })).toMatchObject({ ok: true });
    const before = await snapshotAttempt(attempt.id);

    for (const other of [intruder, teacher]) {
      await expect(getAttemptForTaking(attempt.id, other.id)).rejects.toThrow(NotFoundError);
      await expect(getAttemptReview(attempt.id, other.id)).rejects.toThrow(NotFoundError);

      signInAs(other.id);
      const saved = await save(attempt.id, single.id, { choice: 1 });
      expect(saved).toEqual({ ok: false, message: "We couldn't find that attempt." });
      const submitted = await submitAttemptAction({ attemptId: attempt.id });
      expect(submitted).toEqual({ ok: false, message: "We couldn't find that attempt." });
      expect(await snapshotAttempt(attempt.id)).toEqual(before);
    }

    // Once it is closed, its review (with the answer key) is still the owner's alone.
    signInAs(owner.id);
    expect(await submitAttemptAction({ attemptId: attempt.id })).toMatchObject({ ok: true });
    expect(await getAttemptReview(attempt.id, owner.id)).not.toBeNull();
    await expect(getAttemptReview(attempt.id, intruder.id)).rejects.toThrow(NotFoundError);
    await expect(getAttemptForTaking(attempt.id, intruder.id)).rejects.toThrow(NotFoundError);
  });
});

describe("malformed answers", () => {
  it("get a clear message that does not give the answer away, and change nothing", async () => {
    const { student, article, questions, attempt: full } = await studentWithAttempt();
    signInAs(student.id);
    // A second attempt over some of the questions only (a student has one practice attempt per
    // article, so this one belongs to another article's bank copy of the same questions).
    const other = await createArticleWithQuestions();
    const partial = await createAttempt({
      userId: student.id,
      articleId: other.article.id,
      questionIds: other.questions.slice(0, 2).map((q) => q.id),
    });
    const notInPartial = other.questions[3]!;

    const q = (type: Question["type"]) => byType(questions, type).id;
    // One valid answer already saved: a malformed one must not overwrite it.
    expect(await save(full.id, q("single_choice"), { choice: 0 })).toMatchObject({ ok: true });
    const before = await Promise.all([snapshotAttempt(full.id), snapshotAttempt(partial.id)]);

    const megabyte = "x".repeat(1024 * 1024);
    const nested: unknown = JSON.parse(`${"[".repeat(500)}{"choice":1}${"]".repeat(500)}`);
    const cases: { name: string; input: unknown; message?: string }[] = [
      { name: "wrong type (string for index)", input: { attemptId: full.id, questionId: q("single_choice"), response: { choice: "1" } } },
      { name: "wrong type (bare number)", input: { attemptId: full.id, questionId: q("single_choice"), response: 1 } },
      { name: "out-of-range index", input: { attemptId: full.id, questionId: q("single_choice"), response: { choice: 4 } } },
      { name: "negative index", input: { attemptId: full.id, questionId: q("single_choice"), response: { choice: -1 } } },
      { name: "fractional index", input: { attemptId: full.id, questionId: q("single_choice"), response: { choice: 1.5 } } },
      { name: "out-of-range choice", input: { attemptId: full.id, questionId: q("multiple_select"), response: { choices: [0, 9] } } },
      { name: "no choices", input: { attemptId: full.id, questionId: q("multiple_select"), response: { choices: [] } } },
      { name: "boolean as string", input: { attemptId: full.id, questionId: q("true_false"), response: { value: "false" } } },
      { name: "number instead of text", input: { attemptId: full.id, questionId: q("numeric"), response: { value: 62.4 } } },
      { name: "1 MB numeric string", input: { attemptId: full.id, questionId: q("numeric"), response: { value: megabyte } } },
      { name: "1 MB blank", input: { attemptId: full.id, questionId: q("fill_blank"), response: { text: megabyte } } },
      { name: "1 MB bare string", input: { attemptId: full.id, questionId: q("fill_blank"), response: megabyte } },
      { name: "not a permutation", input: { attemptId: full.id, questionId: q("ordering"), response: { order: [0, 0, 1, 2, 3] } } },
      { name: "too few items", input: { attemptId: full.id, questionId: q("ordering"), response: { order: [0, 1] } } },
      { name: "choice used twice", input: { attemptId: full.id, questionId: q("matching"), response: { pairs: [0, 0, 1] } } },
      { name: "null", input: { attemptId: full.id, questionId: q("single_choice"), response: null } },
      { name: "missing response", input: { attemptId: full.id, questionId: q("true_false") } },
      { name: "nested junk", input: { attemptId: full.id, questionId: q("single_choice"), response: nested } },
      { name: "object junk", input: { attemptId: full.id, questionId: q("matching"), response: { pairs: { __proto__: { 0: 1 }, length: 3 } } } },
      {
        name: "unknown question id",
        input: { attemptId: full.id, questionId: "does-not-exist", response: { choice: 1 } },
        message: "That question isn't part of this attempt.",
      },
      {
        name: "question of another attempt",
        input: { attemptId: partial.id, questionId: notInPartial.id, response: { choice: 1 } },
        message: "That question isn't part of this attempt.",
      },
      {
        name: "unknown attempt id",
        input: { attemptId: "does-not-exist", questionId: q("single_choice"), response: { choice: 1 } },
        message: "We couldn't find that attempt.",
      },
      { name: "1 MB attempt id", input: { attemptId: megabyte, questionId: q("single_choice"), response: { choice: 1 } } },
      { name: "id with odd characters", input: { attemptId: `${full.id}' OR 1=1`, questionId: q("single_choice"), response: { choice: 1 } } },
      { name: "input null", input: null },
      { name: "input a string", input: megabyte },
      { name: "input an array", input: [full.id, q("single_choice"), { choice: 1 }] },
    ];

    const secrets = questions.flatMap((row) => {
      const question = loadQuestion(row);
      const texts = [question.answerText, question.explanation];
      if (typeof question.answer === "object") texts.push(JSON.stringify(question.answer));
      if (question.type === "single_choice") texts.push(question.options[question.answer]!);
      if (question.type === "fill_blank") texts.push(...question.answer.accepted);
      return texts;
    });

    for (const c of cases) {
      const result = await saveAnswer(c.input);
      expect(result.ok, c.name).toBe(false);
      if (result.ok) continue;
      if (c.message) expect(result.message, c.name).toBe(c.message);
      // A sentence a student can act on: short, plain, no internals, no answer.
      expect(result.message, c.name).toMatch(/^[A-Z][^{}<>\n]{5,150}[.!?]$/);
      expect(result.message, c.name).not.toMatch(/error|zod|prisma|undefined|null|stack/i);
      for (const secret of secrets) expect(result.message, `${c.name} reveals "${secret}"`).not.toContain(secret);
    }

    expect(await Promise.all([snapshotAttempt(full.id), snapshotAttempt(partial.id)])).toEqual(before);
    expect(await db.response.count({ where: { attempt: { articleId: { in: [article.id, other.article.id] } } } })).toBe(1);
  });

  it("the submit action refuses malformed input", async () => {
    const { student, attempt } = await studentWithAttempt();
    signInAs(student.id);
    const before = await snapshotAttempt(attempt.id);
    for (const input of [null, "x", { attemptId: 42 }, { attemptId: "a".repeat(1024 * 1024) }, { attemptId: "../../etc" }]) {
      expect(await submitAttemptAction(input as never)).toMatchObject({ ok: false, message: "That attempt couldn't be read." });
    }
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });
});

describe("closed attempts", () => {
  it("refuse answers after the attempt is submitted", async () => {
    const { student, questions, attempt } = await studentWithAttempt();
    signInAs(student.id);
    const single = byType(questions, "single_choice");
    expect(await save(attempt.id, single.id, { choice: 0 })).toMatchObject({ ok: true });
    expect(await submitAttemptAction({ attemptId: attempt.id })).toMatchObject({ ok: true });
    const before = await snapshotAttempt(attempt.id);

    expect(await save(attempt.id, single.id, { choice: 1 })).toEqual({
      ok: false,
      message: "This attempt is closed, so answers can no longer change.",
    });
    expect(await save(attempt.id, byType(questions, "true_false").id, { value: false })).toMatchObject({ ok: false });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("refuse answers after the deadline plus grace, and accept them within the grace", async () => {
    const late = await studentWithAttempt({ deadline: new Date(Date.now() - DEADLINE_GRACE_MS - 2_000) });
    signInAs(late.student.id);
    const before = await snapshotAttempt(late.attempt.id);
    expect(await save(late.attempt.id, byType(late.questions, "true_false").id, { value: false })).toEqual({
      ok: false,
      message: "This attempt is closed, so answers can no longer change.",
    });
    expect(await snapshotAttempt(late.attempt.id)).toEqual(before);

    const inGrace = await studentWithAttempt({ deadline: new Date(Date.now() - 2_000) });
    signInAs(inGrace.student.id);
    expect(await save(inGrace.attempt.id, byType(inGrace.questions, "true_false").id, { value: false })).toMatchObject({
      ok: true,
    });
  });
});

describe("without a session", () => {
  it("every attempt action refuses with a message and changes nothing", async () => {
    const { student, article, questions, attempt } = await studentWithAttempt();
    signOut();
    const before = await snapshotAttempt(attempt.id);

    const signInMessage = { ok: false, message: "Please sign in first." };
    expect(await save(attempt.id, byType(questions, "true_false").id, { value: false })).toEqual({
      ok: false,
      message: "You've been signed out. Sign in again to keep saving your answers.",
    });
    expect(await submitAttemptAction({ attemptId: attempt.id })).toEqual(signInMessage);
    await expect(startPractice(article.slug)).rejects.toThrow("Please sign in first.");

    expect(await snapshotAttempt(attempt.id)).toEqual(before);
    expect(await db.attempt.count({ where: { articleId: article.id } })).toBe(1);

    // A session for a user who no longer exists is no session.
    await db.user.delete({ where: { id: student.id } });
    signInAs(student.id);
    expect(await submitAttemptAction({ attemptId: attempt.id })).toEqual(signInMessage);
    // The autosave route checks the session against the user row (issue 12: sessions that end).
    expect(await save(attempt.id, byType(questions, "true_false").id, { value: false })).toEqual({
      ok: false,
      message: "You've been signed out. Sign in again to keep saving your answers.",
    });
  });
});

describe("answer-key safety", () => {
  it("the attempt as sent to the quiz page carries no answer, answerText or explanation", async () => {
    const { student, questions, attempt } = await studentWithAttempt();
    signInAs(student.id);
    expect(await save(attempt.id, byType(questions, "single_choice").id, { choice: 2 })).toMatchObject({ ok: true });

    const taking = await getAttemptForTaking(attempt.id, student.id);
    expect(taking.questions).toHaveLength(questions.length);
    expect(new Set(taking.questions.map((q) => q.type)).size).toBe(7);

    const keys = new Set<string>();
    JSON.stringify(taking, (key, value: unknown) => {
      keys.add(key);
      return value;
    });
    for (const forbidden of ["answer", "answerText", "explanation", "source", "factIds", "bodyJson"]) {
      expect(keys.has(forbidden), `key "${forbidden}" in the quiz payload`).toBe(false);
    }
    const text = JSON.stringify(taking);
    const sample = loadQuestion(questions[0]!);
    expect(text).not.toContain(sample.answerText);
    expect(text).not.toContain(sample.explanation);
    // The student's own saved answer does come back, so a reload resumes where it was.
    expect(Object.values(taking.saved)).toEqual([{ choice: 2 }]);
  });
});

describe("practice and open assignments (issue 12: one rule for keys)", () => {
  /** A student in a class whose open assignment holds the article's first `n` questions. */
  async function studentWithOpenAssignment(n: number, feedbackMode: "after_submit" | "after_due" = "after_due") {
    const student = await createUser({ role: "student" });
    const teacher = await createUser({ role: "teacher" });
    const { article, questions } = await createArticleWithQuestions();
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const assigned = questions.slice(0, n).map((q) => q.id);
    const set = await createSet(teacher.id, assigned);
    const assignment = await createAssignment({ classId: klass.id, setId: set.id, dueAt: new Date(Date.now() + 86_400_000), feedbackMode });
    return { student, article, questions, assigned, assignment };
  }

  it("a practice quiz leaves out the questions of an assignment whose feedback the student can't see yet", async () => {
    const { student, article, questions, assigned } = await studentWithOpenAssignment(3);
    signInAs(student.id);
    const url = await startPractice(article.slug);
    const attempt = await db.attempt.findFirstOrThrow({ where: { userId: student.id } });
    expect(url).toBe(`/attempts/${attempt.id}`);
    const order = attempt.questionOrder as string[];
    expect(order).toHaveLength(questions.length - assigned.length);
    for (const id of assigned) expect(order).not.toContain(id);
  });

  it("says so, and starts nothing, when every question is in such an assignment", async () => {
    const { student, article, questions } = await studentWithOpenAssignment(7);
    expect(questions).toHaveLength(7);
    signInAs(student.id);
    await expect(startPractice(article.slug)).rejects.toThrow("all in an assignment of yours");
    expect(await db.attempt.count({ where: { userId: student.id } })).toBe(0);
  });

  it("once the student has submitted an after-submit assignment, its questions come back to practice", async () => {
    const { student, article, questions, assigned, assignment } = await studentWithOpenAssignment(3, "after_submit");
    await createAssignmentAttempt({
      userId: student.id,
      assignmentId: assignment.id,
      questionIds: assigned,
      answers: {},
      startedAt: new Date(Date.now() - 60_000),
      close: { status: "submitted", at: new Date() },
    });
    signInAs(student.id);
    await startPractice(article.slug);
    const attempt = await db.attempt.findFirstOrThrow({ where: { userId: student.id, assignmentId: null } });
    expect(attempt.questionOrder).toHaveLength(questions.length);
  });

  it("a practice result keeps back the key of a question assigned after the practice began", async () => {
    const { student, questions, attempt } = await studentWithAttempt();
    signInAs(student.id);
    const teacher = await createUser({ role: "teacher" });
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const set = await createSet(teacher.id, [questions[0]!.id]);
    await createAssignment({ classId: klass.id, setId: set.id, dueAt: new Date(Date.now() + 86_400_000) });
    expect(await submitAttemptAction({ attemptId: attempt.id })).toMatchObject({ ok: true });
    const review = await getAttemptReview(attempt.id, student.id);
    expect(review!.showAnswers).toBe(true);
    const keyed = review!.items.filter((i) => i.keyVisible).map((i) => i.question.id);
    expect(keyed).toHaveLength(questions.length - 1);
    expect(keyed).not.toContain(questions[0]!.id);
  });
});

describe("teacher-only actions", () => {
  function statusForm(questionId: string, status: string): FormData {
    const form = new FormData();
    form.set("questionId", questionId);
    form.set("status", status);
    return form;
  }

  it("setQuestionStatusAction refuses students and visitors and lets a teacher change the status", async () => {
    const { article, questions } = await createArticleWithQuestions();
    const question = questions[0]!;
    const student = await createUser({ role: "student" });
    const teacher = await createUser({ role: "teacher" });
    // Only a question's owner retires it (lib/questions/ownership.ts): the teacher added this article.
    await db.article.update({ where: { id: article.id }, data: { createdById: teacher.id } });
    const status = async () => (await db.question.findUniqueOrThrow({ where: { id: question.id } })).status;

    signOut();
    expect(await setQuestionStatusAction(statusForm(question.id, "retired"))).toEqual({
      ok: false,
      message: "Please sign in first.",
    });
    signInAs(student.id);
    expect(await setQuestionStatusAction(statusForm(question.id, "retired"))).toEqual({
      ok: false,
      message: "You don't have access to that.",
    });
    expect(await status()).toBe("approved");

    signInAs(teacher.id);
    expect(await setQuestionStatusAction(statusForm(question.id, "sideways"))).toMatchObject({ ok: false });
    expect(await status()).toBe("approved");
    expect(await setQuestionStatusAction(statusForm(question.id, "retired"))).toEqual({ ok: true });
    expect(await status()).toBe("retired");
  });
});
