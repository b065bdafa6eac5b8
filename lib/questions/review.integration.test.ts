// The bank's side of the engine's verdicts, against a real (temporary) database: what the bank
// shows and filters, "Approve all ready", and an edit that makes a held-back question the teacher's.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { UNREADABLE_REQUEST } from "@/lib/errors";
import type { Question } from "@/lib/question-types";
import { matching, multipleSelect, numericPercent, singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { CUT_STEM, OPTION_IN_STEM } from "@/test/judged";
import { signInAs, signOut } from "@/test/session";
import { approveAllReadyAction, updateQuestionAction } from "./actions";
import { questionToDraft } from "./draft";
import { getQuestionBank, listQuestionBanks } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const held = (q: Question, flags = [CUT_STEM]): Question => ({ ...q, status: "needs_review", flags });
const ready = (q: Question): Question => ({ ...q, status: "ready", flags: [] });

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/**
 * A teacher's article, all drafts: two held back by the engine, two ready, one written by hand;
 * plus an approved and a retired question (left alone by everything here).
 */
async function bank(ownerId: string | null) {
  const { article, questions } = await createArticleWithQuestions({
    questions: [held(singleChoice), held(trueFalse, [CUT_STEM, OPTION_IN_STEM]), ready(multipleSelect), ready(numericPercent), matching],
    status: "draft",
  });
  await db.article.update({ where: { id: article.id }, data: { createdById: ownerId } });
  const [heldA, heldB, readyA, readyB, manual] = questions as [typeof questions[number], typeof questions[number], typeof questions[number], typeof questions[number], typeof questions[number]];
  await db.question.update({ where: { id: manual.id }, data: { origin: "manual", createdById: ownerId } });
  const extra = await createArticleWithQuestions({ questions: [{ ...ready(singleChoice), id: "q-approved" }, { ...held(trueFalse), id: "q-retired" }] });
  const [approved, retired] = extra.questions as [typeof questions[number], typeof questions[number]];
  await db.question.updateMany({ where: { id: { in: [approved.id, retired.id] } }, data: { articleId: article.id } });
  await db.question.update({ where: { id: retired.id }, data: { status: "retired" } });
  return { article, heldA, heldB, readyA, readyB, manual, approved, retired };
}

async function statuses(articleId: string) {
  const rows = await db.question.findMany({ where: { articleId }, select: { id: true, status: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

beforeEach(() => signOut());

describe("the bank shows what the engine held back", () => {
  it("counts ready and held-back drafts, filters by them, and keeps each question's reasons", async () => {
    const teacher = await createUser({ role: "teacher" });
    const b = await bank(teacher.id);
    const user = { id: teacher.id, role: "teacher" as const, name: teacher.name, email: teacher.email };
    const all = await getQuestionBank(b.article.slug, user, {});
    expect(all.review).toEqual({ ready: 2, needsReview: 2 });
    const byId = new Map(all.questions.map((q) => [q.question.id, q.question]));
    expect(byId.get(b.heldB.id)!.flags).toEqual([CUT_STEM, OPTION_IN_STEM]);

    const needs = await getQuestionBank(b.article.slug, user, { status: "needs_review" });
    expect(needs.questions.map((q) => q.question.id).sort()).toEqual([b.heldA.id, b.heldB.id].sort());
    const readyOnes = await getQuestionBank(b.article.slug, user, { status: "ready" });
    expect(readyOnes.questions.map((q) => q.question.id).sort()).toEqual([b.readyA.id, b.readyB.id].sort());
    expect((await getQuestionBank(b.article.slug, user, { status: "draft" })).questions).toHaveLength(5);

    const overview = await listQuestionBanks(user);
    expect(overview.find((a) => a.id === b.article.id)).toMatchObject({ needsReview: 2, byStatus: { draft: 5, approved: 1, retired: 1 } });
  });
});

describe("Approve all ready", () => {
  it("approves every ready engine draft in one go and leaves held-back, hand-written, approved and retired ones", async () => {
    const teacher = await createUser({ role: "teacher" });
    const b = await bank(teacher.id);
    signInAs(teacher.id);
    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toEqual({ ok: true, approved: 2, needsReview: 2 });
    expect(await statuses(b.article.id)).toEqual({
      [b.heldA.id]: "draft",
      [b.heldB.id]: "draft",
      [b.readyA.id]: "approved",
      [b.readyB.id]: "approved",
      [b.manual.id]: "draft",
      [b.approved.id]: "approved",
      [b.retired.id]: "retired",
    });
    // Nothing left to approve: a second click approves nothing and says so.
    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toEqual({ ok: true, approved: 0, needsReview: 2 });
  });

  it("refuses visitors, students, other teachers and bad input, and changes nothing", async () => {
    const owner = await createUser({ role: "teacher" });
    const other = await createUser({ role: "teacher" });
    const student = await createUser();
    const b = await bank(owner.id);
    const before = await statuses(b.article.id);

    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toMatchObject({ ok: false, message: expect.stringMatching(/sign in/i) });
    signInAs(student.id);
    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toEqual({ ok: false, message: "You don't have access to that." });
    signInAs(other.id);
    // The article is in the library (it has an approved question): another teacher sees it but may not change it.
    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toEqual({ ok: false, message: "Only the teacher who added this article can change its questions." });
    expect(await approveAllReadyAction(form({ slug: "no-such-article" }))).toEqual({ ok: false, message: "That article isn't in your library." });
    signInAs(owner.id);
    expect(await approveAllReadyAction(form({}))).toEqual({ ok: false, message: UNREADABLE_REQUEST, fieldErrors: { slug: ["Choose an article."] } });
    expect(await approveAllReadyAction(form({ slug: "x".repeat(500) }))).toMatchObject({ ok: false });
    expect(await statuses(b.article.id)).toEqual(before);
  });

  it("lets any teacher approve the ready drafts of a shared library article", async () => {
    const teacher = await createUser({ role: "teacher" });
    const b = await bank(null);
    signInAs(teacher.id);
    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toEqual({ ok: true, approved: 2, needsReview: 2 });
  });
});

describe("editing a held-back question", () => {
  it("stores the teacher's version without the engine's verdict; it stays a draft until approved", async () => {
    const teacher = await createUser({ role: "teacher" });
    const b = await bank(teacher.id);
    signInAs(teacher.id);
    try {
      await updateQuestionAction({ ...questionToDraft(singleChoice), prompt: "Which city hosted the 2025 summit?", questionId: b.heldA.id, version: 1 });
    } catch (error) {
      expect(String((error as { digest?: unknown }).digest)).toMatch(/^NEXT_REDIRECT;/);
    }
    const row = await db.question.findUniqueOrThrow({ where: { id: b.heldA.id }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(row).toMatchObject({ status: "draft", version: 2, prompt: "Which city hosted the 2025 summit?" });
    const body = row.bodyJson as Record<string, unknown>;
    expect(body).not.toHaveProperty("status");
    expect(body).not.toHaveProperty("flags");
    expect(row.versions[1]!.bodyJson).not.toHaveProperty("flags");
    // The version the engine made keeps its verdict: it is history.
    expect(row.versions[0]!.bodyJson).toMatchObject({ status: "needs_review", flags: [CUT_STEM] });

    // No longer held back: it counts as ready, and "Approve all ready" approves it with the others.
    const user = { id: teacher.id, role: "teacher" as const, name: teacher.name, email: teacher.email };
    expect((await getQuestionBank(b.article.slug, user, {})).review).toEqual({ ready: 3, needsReview: 1 });
    expect(await approveAllReadyAction(form({ slug: b.article.slug }))).toEqual({ ok: true, approved: 3, needsReview: 1 });
    expect((await db.question.findUniqueOrThrow({ where: { id: b.heldA.id } })).status).toBe("approved");
  });
});
