// Importing against a real (temporary) database: the preview stores nothing, a file with a bad
// line stores nothing, a good file becomes a new set of approved, teacher-owned questions with no
// article (or linked to the one picked), and a set's export is only for its owner.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadQuestion } from "@/lib/questions/store";
import { getSet } from "@/lib/sets/queries";
import { getAttemptForTaking, getAttemptReview } from "@/lib/attempts/queries";
import { getProgress } from "@/lib/progress/queries";
import { getAssignmentResults } from "@/lib/results/queries";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { createAssignment, createAssignmentAttempt, createClass, enroll } from "@/test/teacher-factories";
import { signInAs } from "@/test/session";
import { confirmImportAction, previewImportAction } from "./actions";
import { setCollection } from "./server";
import { exportGift } from "./gift";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const GIFT = [
  "$CATEGORY: Trade",
  "",
  "Which city is the capital of Korea? {",
  "  =Seoul#It is named as the capital.",
  "  ~Busan",
  "  ~Incheon",
  "  ####Seoul is the capital.",
  "}",
  "",
  "Trade rose last year. {TRUE#The article says so.#The article says so.####Another sentence from the article.}",
].join("\n");

const file = (text: string, name = "questions.gift.txt") => new File([text], name, { type: "text/plain" });

async function redirected(run: () => Promise<unknown>): Promise<string | unknown> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? "";
    throw error;
  }
}

const counts = async () => ({ sets: await db.questionSet.count(), questions: await db.question.count() });

describe("importing questions", () => {
  let teacher: { id: string };
  beforeEach(async () => {
    teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
  });

  it("previews without storing anything", async () => {
    const before = await counts();
    const r = await previewImportAction({ file: file(GIFT), format: "gift", article: "" });
    expect(r).toMatchObject({ ok: true, preview: { errors: [], questions: [{ line: 3, type: "Single choice", category: "Trade" }, { line: 10, type: "True or false" }] } });
    expect(await counts()).toEqual(before);
  });

  it("stores nothing when a line has a problem", async () => {
    const before = await counts();
    const r = await redirected(() => confirmImportAction({ file: file(`${GIFT}\n\nBroken {\n  yes\n}`), format: "gift", article: "", title: "Broken import" }));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was imported: one line has a problem/) });
    expect(await counts()).toEqual(before);
  });

  it("refuses a file over 1 MB before reading it", async () => {
    const r = await previewImportAction({ file: file("x".repeat(1_000_001)), format: "gift", article: "" });
    expect(r).toMatchObject({ ok: true, preview: { questions: [], errors: [{ line: 1, message: expect.stringMatching(/limit is 1 MB/) }] } });
  });

  it("makes a new set of the teacher's approved questions, not linked to an article", async () => {
    const url = await redirected(() => confirmImportAction({ file: file(GIFT), format: "gift", article: "", title: "Imported trade" }));
    expect(url).toMatch(/^\/teacher\/sets\/[\w-]+\?imported=2$/);
    const setId = String(url).split("/").pop()!.split("?")[0]!;
    const set = await getSet(setId, { id: teacher.id, role: "teacher" } as never);
    expect(set.items.map((i) => [i.article, i.status, i.question.type])).toEqual([
      [null, "approved", "single_choice"],
      [null, "approved", "true_false"],
    ]);
    const rows = await db.question.findMany({ where: { setItems: { some: { setId } } }, include: { versions: true } });
    expect(rows.every((r) => r.articleId === null && r.createdById === teacher.id && r.origin === "manual" && r.versions.length === 1)).toBe(true);
    // Exported again, it is the same file (apart from the title).
    const c = await setCollection(setId, { id: teacher.id, role: "teacher" } as never);
    expect(c.questions.map((q) => q.prompt)).toEqual(["Which city is the capital of Korea?", "Trade rose last year."]);
    expect(exportGift(c.questions, { title: "x" }).body).toContain("####Seoul is the capital.");
    // Another teacher can neither see nor export it.
    const other = await createUser({ role: "teacher" });
    await expect(setCollection(setId, { id: other.id, role: "teacher" } as never)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("links to a picked article, placing source sentences found in its text", async () => {
    const { article } = await createArticleWithQuestions({ status: "approved" });
    const url = await redirected(() => confirmImportAction({ file: file(GIFT), format: "gift", article: article.slug, title: "Linked trade" }));
    const setId = String(url).split("/").pop()!.split("?")[0]!;
    const rows = await db.question.findMany({ where: { setItems: { some: { setId } } }, orderBy: { prompt: "desc" } });
    expect(rows.every((r) => r.articleId === article.id)).toBe(true);
    const tf = loadQuestion(rows.find((r) => r.type === "true_false")!);
    expect(article.rawText.slice(tf.source.start, tf.source.end)).toBe("Another sentence from the article.");
  });

  it("a student takes an imported question with no article: graded, reviewed with its source sentence and no link", async () => {
    const url = await redirected(() => confirmImportAction({ file: file(GIFT), format: "gift", article: "", title: "Quiz of imports" }));
    const setId = String(url).split("/").pop()!.split("?")[0]!;
    const ids = (await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map((i) => i.questionId);
    const student = await createUser();
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const assignment = await createAssignment({ classId: klass.id, setId });
    const attempt = await createAssignmentAttempt({
      userId: student.id,
      assignmentId: assignment.id,
      questionIds: ids,
      answers: { [ids[0]!]: { answer: { choice: 0 } }, [ids[1]!]: { answer: { value: false } } },
      startedAt: new Date(Date.now() - 60_000),
      close: { status: "submitted", at: new Date() },
    });
    const review = await getAttemptReview(attempt.id, student.id);
    expect(review?.items.map((i) => [i.feedback?.source.sentence, i.articleSlug, i.correct])).toEqual([
      ["Seoul is the capital.", "", true],
      ["Another sentence from the article.", "", false],
    ]);
    const taking = await getAttemptForTaking(attempt.id, student.id);
    expect(taking.questions.map((q) => q.prompt)).toEqual(["Which city is the capital of Korea?", "Trade rose last year."]);
    const results = await getAssignmentResults(assignment.id, { id: teacher.id });
    expect(results.questions).toHaveLength(2);
    await expect(getProgress(student.id)).resolves.toBeDefined();
  });
});
