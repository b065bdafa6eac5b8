// The teacher's question bank against a real (temporary) database: adding an article, editing
// questions as new versions, writing questions by hand, and who may do what.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { closeAttempt } from "@/lib/attempts/close";
import { createArticleAction } from "@/lib/articles/actions";
import { runJob } from "@/lib/articles/jobs";
import { db } from "@/lib/db";
import { singleChoice } from "@/lib/grading/test-fixtures";
import { initialFormState } from "@/lib/forms";
import { createArticleWithQuestions, createAttempt, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createQuestionAction, setQuestionStatusAction, updateQuestionAction } from "./actions";
import { questionToDraft } from "./draft";
import { getQuestionBank, listQuestionBanks } from "./queries";
import { loadQuestion } from "./store";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const SEED_TEXT = readFileSync(new URL("../../content/korea-japan-economic-ties.md", import.meta.url), "utf8");

/** Runs an action that redirects on success; returns the URL, or the action's own result. */
async function redirected<T>(run: () => Promise<T>): Promise<{ url: string } | { result: T }> {
  try {
    return { result: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { url: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/**
 * Pastes through the action as the form does, then lets its generation job run (lib/articles/jobs.ts):
 * where the browser ends up once the job's page opens the bank, or the action's own answer.
 */
async function pasted(form: FormData): Promise<{ url: string } | { result: unknown }> {
  const sent = await redirected(() => createArticleAction(initialFormState, form));
  if (!("url" in sent)) return sent;
  const id = /^\/teacher\/articles\/new\/([\w-]+)$/.exec(sent.url)?.[1];
  if (!id) return sent;
  await runJob(id);
  const job = await db.generationJob.findUniqueOrThrow({ where: { id } });
  return job.articleSlug ? { url: `/teacher/articles/${job.articleSlug}` } : { result: { ok: false, formError: job.error } };
}

function articleForm(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ title: "Korea and Japan at 60", source: "Test Daily", published: "2025-06-23", text: SEED_TEXT, ...fields })) form.set(k, v);
  return form;
}

beforeEach(() => signOut());

describe("adding an article", () => {
  it("stores the article as the teacher's, with facts, findings and draft questions, under a unique slug", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const first = await pasted(articleForm({}));
    const second = await pasted(articleForm({}));
    expect(first).toEqual({ url: "/teacher/articles/korea-and-japan-at-60" });
    expect(second).toEqual({ url: "/teacher/articles/korea-and-japan-at-60-2" });

    const article = await db.article.findUniqueOrThrow({ where: { slug: "korea-and-japan-at-60" }, include: { _count: { select: { facts: true, issues: true, questions: true } } } });
    expect(article).toMatchObject({ title: "Korea and Japan at 60", source: "Test Daily", published: "2025-06-23", createdById: teacher.id });
    expect(article._count.facts).toBeGreaterThan(10);
    expect(article._count.issues).toBeGreaterThan(0);
    expect(article._count.questions).toBeGreaterThan(10);
    expect(await db.question.count({ where: { articleId: article.id, status: { not: "draft" } } })).toBe(0);
    expect(await db.questionVersion.count({ where: { question: { articleId: article.id } } })).toBe(article._count.questions);
  }, 120_000); // the first paste starts the generation worker (lib/articles/generation-worker.ts)

  it("refuses bad input with a clear message and stores nothing", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const before = await db.article.count();
    const cases: [Record<string, string | File>, (r: unknown) => void][] = [
      [{ text: "   " }, (r) => expect(r).toMatchObject({ fieldErrors: { text: [expect.stringMatching(/Paste the article/)] } })],
      [{ text: "x".repeat(200 * 1024 + 1) }, (r) => expect(r).toMatchObject({ fieldErrors: { text: [expect.stringMatching(/over 200 KB/)] } })],
      [{ text: "", file: new File(["%PDF-1.4"], "story.pdf") }, (r) => expect(r).toMatchObject({ fieldErrors: { file: [expect.stringMatching(/\.txt or \.md/)] } })],
      [{ title: "", text: SEED_TEXT }, (r) => expect(r).toMatchObject({ fieldErrors: { title: [expect.any(String)] } })],
      [{ published: "June 23" }, (r) => expect(r).toMatchObject({ fieldErrors: { published: [expect.any(String)] } })],
      [{ text: "Hello there. This is a short note with nothing much in it. See you soon." }, (r) => expect(r).toMatchObject({ formError: expect.stringMatching(/found nothing to ask about/) })],
    ];
    for (const [fields, check] of cases) {
      const outcome = await pasted(articleForm(fields));
      expect("result" in outcome).toBe(true);
      if ("result" in outcome) check(outcome.result);
    }
    expect(await db.article.count()).toBe(before);
  });

  it("reads an uploaded .md file when no text was pasted", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const outcome = await pasted(articleForm({ title: "From a file", text: "", file: new File([SEED_TEXT], "article.md", { type: "text/markdown" }) }));
    expect(outcome).toEqual({ url: "/teacher/articles/from-a-file" });
  });

  it("refuses students and visitors", async () => {
    const student = await createUser({ role: "student" });
    signInAs(student.id);
    expect(await createArticleAction(initialFormState, articleForm({ title: "Student try" }))).toMatchObject({ ok: false, formError: "You don't have access to that." });
    signOut();
    expect(await createArticleAction(initialFormState, articleForm({ title: "Visitor try" }))).toMatchObject({ ok: false, formError: "Please sign in first." });
    expect(await db.article.count({ where: { title: { in: ["Student try", "Visitor try"] } } })).toBe(0);
  });
});

/** An article owned by `owner` with one single-choice question (as draft). */
async function ownedQuestion(ownerId: string, status: "draft" | "approved" = "draft") {
  const { article, questions } = await createArticleWithQuestions({ questions: [singleChoice], status });
  await db.article.update({ where: { id: article.id }, data: { createdById: ownerId } });
  return { article, question: questions[0]! };
}

const edit = (questionId: string, version: number, patch: Partial<ReturnType<typeof questionToDraft>> = {}) => ({ ...questionToDraft(singleChoice), ...patch, questionId, version });

describe("editing a question", () => {
  it("saves a new version and keeps the old one", async () => {
    const teacher = await createUser({ role: "teacher" });
    const { question } = await ownedQuestion(teacher.id);
    signInAs(teacher.id);
    const outcome = await redirected(() => updateQuestionAction(edit(question.id, 1, { prompt: "Which city hosted the 2025 summit?", correct: [2] })));
    expect("url" in outcome && outcome.url).toMatch(/\?edited=/);
    const row = await db.question.findUniqueOrThrow({ where: { id: question.id }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(row.version).toBe(2);
    expect(row.prompt).toBe("Which city hosted the 2025 summit?");
    expect(loadQuestion(row)).toMatchObject({ answer: 2, answerText: "Incheon" });
    expect(row.versions.map((v) => [v.version, (v.bodyJson as { answer: unknown }).answer])).toEqual([[1, 1], [2, 2]]);
  });

  it("bad edits return field errors and change nothing", async () => {
    const teacher = await createUser({ role: "teacher" });
    const { question } = await ownedQuestion(teacher.id);
    signInAs(teacher.id);
    const before = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    const bad = [
      { correct: [7] },
      { options: [] as string[], correct: [0] },
      { options: ["Seoul", "", "Incheon"] },
      { prompt: "" },
      { explanation: "" },
    ];
    for (const patch of bad) {
      const result = await updateQuestionAction(edit(question.id, 1, patch));
      expect(result.ok).toBe(false);
      expect(Object.keys(result.fieldErrors ?? {}).length, JSON.stringify(patch)).toBeGreaterThan(0);
    }
    expect(await updateQuestionAction({ ...edit(question.id, 1), type: "numeric" })).toMatchObject({ message: expect.stringMatching(/type can't change/) });
    expect(await updateQuestionAction({ questionId: question.id, version: 1, prompt: 42 } as never)).toMatchObject({
      message: "That edit couldn't be read. Reload the page and try again.",
      fieldErrors: expect.objectContaining({ prompt: expect.any(Array) }),
    });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toEqual(before);
    expect(await db.questionVersion.count({ where: { questionId: question.id } })).toBe(0);
  });

  it("refuses a stale edit instead of overwriting a newer version", async () => {
    const teacher = await createUser({ role: "teacher" });
    const { question } = await ownedQuestion(teacher.id);
    signInAs(teacher.id);
    await redirected(() => updateQuestionAction(edit(question.id, 1, { correct: [0] })));
    expect(await updateQuestionAction(edit(question.id, 1, { correct: [3] }))).toMatchObject({ message: expect.stringMatching(/Someone saved/) });
    expect(loadQuestion(await db.question.findUniqueOrThrow({ where: { id: question.id } }))).toMatchObject({ answer: 0 });
  });

  it("an answer given before an edit keeps its grade when the attempt closes", async () => {
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser({ role: "student" });
    const { article, question } = await ownedQuestion(teacher.id, "approved");
    const attempt = await createAttempt({ userId: student.id, articleId: article.id, questionIds: [question.id] });
    // Right under version 1 (Busan, index 1).
    await db.response.create({ data: { attemptId: attempt.id, questionId: question.id, questionVersion: 1, answerJson: { choice: 1 } } });

    signInAs(teacher.id);
    await redirected(() => updateQuestionAction(edit(question.id, 1, { correct: [0] })));
    await closeAttempt(attempt.id, "submitted");
    const graded = await db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } } });
    expect(graded).toMatchObject({ correct: true, score: 1 });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({ score: 1, status: "submitted" });

    // The same answer given to version 2 is wrong: new answers follow the edit.
    const later = await createAttempt({ userId: student.id, articleId: article.id, questionIds: [question.id] });
    await db.response.create({ data: { attemptId: later.id, questionId: question.id, questionVersion: 2, answerJson: { choice: 1 } } });
    await closeAttempt(later.id, "submitted");
    expect(await db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: later.id, questionId: question.id } } })).toMatchObject({ correct: false });
  });
});

describe("writing a question by hand", () => {
  it("ties it to the chosen sentence with the engine's offsets, as a manual draft", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    await pasted(articleForm({ title: "Manual questions here" }));
    const draft = { ...questionToDraft(singleChoice), prompt: "Which city hosted the anniversary dinner?", explanation: "The article says so." };
    const refused = await createQuestionAction({ ...draft, slug: "manual-questions-here", sentenceIndex: -1 });
    expect(refused.fieldErrors?.sentence).toBeDefined();
    const outcome = await redirected(() => createQuestionAction({ ...draft, slug: "manual-questions-here", sentenceIndex: 3 }));
    expect("url" in outcome && outcome.url).toMatch(/\?created=/);
    const row = await db.question.findFirstOrThrow({ where: { origin: "manual", article: { slug: "manual-questions-here" } }, include: { article: true, versions: true } });
    expect(row).toMatchObject({ status: "draft", createdById: teacher.id, version: 1 });
    expect(row.article!.rawText.slice(row.start, row.end)).toBe(row.sentence);
    expect(row.versions).toHaveLength(1);
  });
});

describe("who may do what", () => {
  it("another teacher can't see a private article or touch its questions; students are refused", async () => {
    const owner = await createUser({ role: "teacher" });
    const other = await createUser({ role: "teacher" });
    const student = await createUser({ role: "student" });
    const { article, question } = await ownedQuestion(owner.id);
    const form = new FormData();
    form.set("questionId", question.id);
    form.set("status", "approved");

    signInAs(other.id);
    expect((await listQuestionBanks((await db.user.findUniqueOrThrow({ where: { id: other.id } })) as never)).some((b) => b.id === article.id)).toBe(false);
    await expect(getQuestionBank(article.slug, { id: other.id } as never, {})).rejects.toThrow(/isn't in your library/);
    expect(await setQuestionStatusAction(form)).toEqual({ ok: false, message: "That article isn't in your library." });
    expect(await updateQuestionAction(edit(question.id, 1, { correct: [0] }))).toMatchObject({ message: "That article isn't in your library." });
    expect(await createQuestionAction({ ...questionToDraft(singleChoice), slug: article.slug, sentenceIndex: 0 })).toMatchObject({ message: "That article isn't in your library." });

    signInAs(student.id);
    expect(await setQuestionStatusAction(form)).toEqual({ ok: false, message: "You don't have access to that." });
    expect(await updateQuestionAction(edit(question.id, 1, { correct: [0] }))).toMatchObject({ message: "You don't have access to that." });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ status: "draft", version: 1 });

    // Once approved by its owner it is shared: visible read-only, approved questions only, still not editable.
    signInAs(owner.id);
    expect(await setQuestionStatusAction(form)).toEqual({ ok: true });
    const shared = await getQuestionBank(article.slug, { id: other.id } as never, {});
    expect(shared.editable).toBe(false);
    signInAs(other.id);
    const retire = new FormData();
    retire.set("questionId", question.id);
    retire.set("status", "retired");
    expect(await setQuestionStatusAction(retire)).toEqual({ ok: false, message: "Only the teacher who added this article can change its questions." });
  });

  it("shared library articles (no creator): any teacher's edit is their own copy (lib/questions/ownership.integration.test.ts)", async () => {
    const teacher = await createUser({ role: "teacher" });
    const { questions } = await createArticleWithQuestions({ questions: [singleChoice], status: "draft" });
    signInAs(teacher.id);
    const outcome = await redirected(() => updateQuestionAction(edit(questions[0]!.id, 1, { correct: [2] })));
    expect("url" in outcome && outcome.url).toMatch(/\?copied=/);
    expect(await db.question.count({ where: { copiedFromId: questions[0]!.id, createdById: teacher.id } })).toBe(1);
  });
});
