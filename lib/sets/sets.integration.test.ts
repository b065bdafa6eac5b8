// Question sets against a real (temporary) database: composing, reordering, duplicating,
// deleting, and that only the owner can do any of it.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { UNREADABLE_REQUEST } from "@/lib/errors";
import { initialFormState } from "@/lib/forms";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { addQuestionsToSetAction, addSetItemAction, createSetAction, deleteSetAction, duplicateSetAction, moveSetItemAction, removeSetItemAction, updateSetDetailsAction } from "./actions";
import { getQuestionPicker, getSet, listSets } from "./queries";
import { clashesAmong } from "./clashes";
import type { Question } from "@/lib/question-types";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function redirectUrl(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function teacherWithSet() {
  const teacher = await createUser({ role: "teacher" });
  signInAs(teacher.id);
  const url = await redirectUrl(() => createSetAction(initialFormState, form({ title: "Week 3: trade", description: "Figures and members" })));
  const setId = url.split("/").pop()!;
  return { teacher, setId };
}

const order = async (setId: string) => (await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map((i) => i.questionId);

beforeEach(() => signOut());

describe("composing a set", () => {
  it("adds approved questions from several articles, reorders, removes", async () => {
    const { setId } = await teacherWithSet();
    const a = await createArticleWithQuestions();
    const b = await createArticleWithQuestions();
    const [q1, q2] = a.questions;
    const [q3] = b.questions;
    for (const q of [q1!, q2!, q3!]) expect(await addSetItemAction(form({ setId, questionId: q.id }))).toMatchObject({ ok: true });
    expect(await addSetItemAction(form({ setId, questionId: q1!.id }))).toEqual({ ok: false, message: "That question is already in the set." });
    expect(await order(setId)).toEqual([q1!.id, q2!.id, q3!.id]);

    expect(await moveSetItemAction(form({ setId, questionId: q3!.id, direction: "up" }))).toEqual({ ok: true, message: "Moved to position 2 of 3." });
    expect(await moveSetItemAction(form({ setId, questionId: q1!.id, direction: "up" }))).toMatchObject({ ok: true, message: "Already first." });
    expect(await order(setId)).toEqual([q1!.id, q3!.id, q2!.id]);

    expect(await removeSetItemAction(form({ setId, questionId: q1!.id }))).toMatchObject({ ok: true });
    expect(await order(setId)).toEqual([q3!.id, q2!.id]);
    expect((await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map((i) => i.position)).toEqual([0, 1]);
  });

  it("refuses draft and retired questions", async () => {
    const { setId } = await teacherWithSet();
    const drafts = await createArticleWithQuestions({ status: "draft" });
    const retired = await createArticleWithQuestions({ status: "retired" });
    for (const q of [drafts.questions[0]!, retired.questions[0]!]) {
      expect(await addSetItemAction(form({ setId, questionId: q.id }))).toMatchObject({ ok: false, message: expect.stringMatching(/Only approved questions/) });
    }
    expect(await order(setId)).toEqual([]);
  });

  it("validates the title and description", async () => {
    const { setId } = await teacherWithSet();
    const r = await updateSetDetailsAction(initialFormState, form({ setId, title: "x", description: "" }));
    expect(r.fieldErrors?.title).toBeDefined();
    expect(await updateSetDetailsAction(initialFormState, form({ setId, title: "Week 4", description: "New" }))).toMatchObject({ ok: true });
    expect(await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).toMatchObject({ title: "Week 4", description: "New" });
  });

  it("duplicates a set with its order, and deletes one (not while assigned)", async () => {
    const { teacher, setId } = await teacherWithSet();
    const { questions } = await createArticleWithQuestions();
    for (const q of questions.slice(0, 3).reverse()) await addSetItemAction(form({ setId, questionId: q.id }));
    const copyUrl = await redirectUrl(() => duplicateSetAction(form({ setId })));
    const copyId = copyUrl.split("/").pop()!.split("?")[0]!;
    expect(copyId).not.toBe(setId);
    expect(await order(copyId)).toEqual(await order(setId));
    expect((await db.questionSet.findUniqueOrThrow({ where: { id: copyId } })).title).toBe("Copy of Week 3: trade");

    const klass = await db.class.create({ data: { name: "7B", teacherId: teacher.id, joinCode: `C${Date.now()}` } });
    const assignment = await db.assignment.create({ data: { classId: klass.id, setId, opensAt: new Date() } });
    const student = await createUser({ role: "student" });
    const attempt = await db.attempt.create({
      data: { userId: student.id, assignmentId: assignment.id, status: "submitted", questionOrder: [], optionOrder: {}, score: 2, maxScore: 3 },
    });
    await db.pointsEntry.create({ data: { userId: student.id, attemptId: attempt.id, classId: klass.id, points: 20, awardedAt: new Date() } });
    expect(await deleteSetAction(form({ setId }))).toMatchObject({ ok: false, message: expect.stringMatching(/assigned to a class/) });
    // The database itself refuses (Assignment.set is Restrict), whoever asks: the grades stay.
    await expect(db.questionSet.delete({ where: { id: setId } })).rejects.toMatchObject({ code: "P2003" });
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
    expect(await db.pointsEntry.count({ where: { attemptId: attempt.id } })).toBe(1);
    expect(await redirectUrl(() => deleteSetAction(form({ setId: copyId })))).toBe("/teacher/sets?deleted=1");
    expect(await db.questionSet.count({ where: { id: { in: [setId, copyId] } } })).toBe(1);
  });
});

describe("a teacher sees and changes only their own sets", () => {
  it("another teacher and students are refused everything", async () => {
    const { teacher, setId } = await teacherWithSet();
    const { questions } = await createArticleWithQuestions();
    await addSetItemAction(form({ setId, questionId: questions[0]!.id }));
    const before = await order(setId);
    const other = await createUser({ role: "teacher" });
    const student = await createUser({ role: "student" });

    for (const [user, message] of [
      [other, "We couldn't find that question set."],
      [student, "You don't have access to that."],
    ] as const) {
      signInAs(user.id);
      expect(await addSetItemAction(form({ setId, questionId: questions[1]!.id }))).toEqual({ ok: false, message });
      expect(await removeSetItemAction(form({ setId, questionId: questions[0]!.id }))).toEqual({ ok: false, message });
      expect(await moveSetItemAction(form({ setId, questionId: questions[0]!.id, direction: "down" }))).toEqual({ ok: false, message });
      expect(await duplicateSetAction(form({ setId }))).toEqual({ ok: false, message });
      expect(await deleteSetAction(form({ setId }))).toEqual({ ok: false, message });
      expect(await updateSetDetailsAction(initialFormState, form({ setId, title: "Mine now" }))).toMatchObject({ ok: false, formError: message });
    }
    signOut();
    expect(await addSetItemAction(form({ setId, questionId: questions[1]!.id }))).toEqual({ ok: false, message: "Please sign in first." });

    const otherUser = { id: other.id, name: other.name, email: other.email, role: "teacher" as const };
    await expect(getSet(setId, otherUser)).rejects.toThrow(/couldn't find/);
    expect(await listSets(otherUser)).toEqual([]);
    expect(await order(setId)).toEqual(before);
    expect(await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).toMatchObject({ ownerId: teacher.id, title: "Week 3: trade" });
  });

  it("bad input says the request couldn't be read (not that the set is missing) and changes nothing", async () => {
    const { setId } = await teacherWithSet();
    const { questions } = await createArticleWithQuestions();
    await addSetItemAction(form({ setId, questionId: questions[0]!.id }));
    const before = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, include: { items: true } });
    const unreadable = { ok: false, message: UNREADABLE_REQUEST, fieldErrors: expect.any(Object) };
    expect(await addSetItemAction(form({ setId }))).toEqual(unreadable);
    expect(await removeSetItemAction(form({ setId: "", questionId: questions[0]!.id }))).toEqual(unreadable);
    expect(await moveSetItemAction(form({ setId, questionId: questions[0]!.id, direction: "sideways" }))).toEqual({ ...unreadable, fieldErrors: { direction: [expect.any(String)] } });
    expect(await duplicateSetAction(form({ setId: "x".repeat(65) }))).toEqual(unreadable);
    expect(await deleteSetAction(form({}))).toEqual(unreadable);
    // The details form: a bad hidden id is the form's error; a bad title is the title's, with what was typed kept.
    expect(await updateSetDetailsAction(initialFormState, form({ title: "Renamed" }))).toEqual({ ok: false, formError: UNREADABLE_REQUEST, values: { title: "Renamed" } });
    expect(await updateSetDetailsAction(initialFormState, form({ setId, title: "R" }))).toEqual({ ok: false, fieldErrors: { title: [expect.stringMatching(/at least 3/)] }, values: { title: "R" } });
    expect(await db.questionSet.findUniqueOrThrow({ where: { id: setId }, include: { items: true } })).toEqual(before);
  });

  it("the picker offers approved questions of visible articles only", async () => {
    const owner = await createUser({ role: "teacher" });
    const other = await createUser({ role: "teacher" });
    const privateDrafts = await createArticleWithQuestions({ status: "draft" });
    await db.article.update({ where: { id: privateDrafts.article.id }, data: { createdById: owner.id } });
    const picker = await getQuestionPicker({ id: other.id, name: "", email: "", role: "teacher" }, privateDrafts.article.slug);
    expect(picker.articles.some((a) => a.slug === privateDrafts.article.slug)).toBe(false);
    expect(picker.questions.every((q) => !privateDrafts.questions.some((p) => p.id === q.id))).toBe(true);
  });
});

describe("adding several questions at once", () => {
  const snapshot = async () => ({
    sets: await db.questionSet.findMany({ orderBy: { id: "asc" } }),
    items: await db.questionSetItem.findMany({ orderBy: { id: "asc" } }),
  });

  it("makes a new set of the picked questions in the order picked, in one step", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const a = await createArticleWithQuestions();
    const [q1, q2, q3] = a.questions.map((q) => q.id) as [string, string, string];
    const result = await addQuestionsToSetAction({ newSetTitle: "Korea and Japan at 60", questionIds: [q3, q1, q2, q1] });
    expect(result).toMatchObject({ ok: true, added: 3, alreadyIn: 0, created: true, message: "Added 3 questions to the set." });
    if (!result.ok) throw new Error(result.message);
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: result.setId } });
    expect(set).toMatchObject({ title: "Korea and Japan at 60", ownerId: teacher.id });
    expect(await order(result.setId)).toEqual([q3, q1, q2]);
  });

  it("adds to an existing set after its questions, and leaves the ones already there", async () => {
    const { setId } = await teacherWithSet();
    const a = await createArticleWithQuestions();
    const [q1, q2, q3] = a.questions.map((q) => q.id) as [string, string, string];
    await addSetItemAction(form({ setId, questionId: q2 }));
    const result = await addQuestionsToSetAction({ setId, questionIds: [q1, q2, q3] });
    expect(result).toMatchObject({ ok: true, setId, added: 2, alreadyIn: 1, created: false, message: "Added 2 questions to the set. 1 question was already in it." });
    expect(await order(setId)).toEqual([q2, q1, q3]);
    // Again: nothing new, nothing duplicated.
    expect(await addQuestionsToSetAction({ setId, questionIds: [q3, q1] })).toMatchObject({ ok: true, added: 0, alreadyIn: 2 });
    expect(await order(setId)).toEqual([q2, q1, q3]);
  });

  it("keeps out a question that would show another's answer, and says how many, and the set page's data shows the pair added by hand", async () => {
    // Sentences written for this test: a cloze on the first prints the figure the numeric asks for.
    const sentence = "Harbour revenue climbed 8.5% to $3.2 billion in 2022, the port authority said.";
    const ferries = "Fourteen of the 20 ferries on the island routes ran late in March.";
    const at = (text: string, start: number) => ({ explanation: "Because the article says so.", difficulty: 0.4, source: { sentence: text, start, end: start + text.length } });
    const cloze: Question = { type: "fill_blank", id: "q-pct", prompt: `Fill in the blank: “${sentence.replace("8.5%", "____ percent")}”`, answer: { accepted: ["8.5", "8.5 percent"] }, answerText: "8.5 percent", factIds: ["pct"], ...at(sentence, 0) };
    const askUsd: Question = { type: "numeric", id: "q-usd", prompt: "According to the article, what was harbour revenue in 2022? Answer in billions of US dollars.", answer: { value: 3.2, tolerance: 0.05 }, answerText: "$3.2 billion", factIds: ["usd"], ...at(sentence, 0) };
    const askFerries: Question = { type: "numeric", id: "q-ferries", prompt: "According to the article, how many of the 20 ferries on the island routes ran late in March?", answer: { value: 14, tolerance: 0 }, answerText: "14", factIds: ["late"], ...at(ferries, 200) };
    const { setId } = await teacherWithSet();
    const a = await createArticleWithQuestions({ questions: [cloze, askUsd, askFerries] });
    const [pct, usd, late] = a.questions.map((q) => q.id) as [string, string, string];

    const result = await addQuestionsToSetAction({ setId, questionIds: [pct, usd, late] });
    expect(result).toMatchObject({ ok: true, added: 2, alreadyIn: 0, keptApart: 1 });
    expect(result.ok && result.message).toBe(
      "Added 2 questions to the set. 1 question was kept out, each because it would show the answer to another question in the set or ask the same thing again. Put it in another set, or add it here one by one if you want.",
    );
    expect(await order(setId)).toEqual([pct, late]);
    // Again, the one kept out stays out; added alone, it goes in, and the set says which pair clashes.
    expect(await addQuestionsToSetAction({ setId, questionIds: [usd, late] })).toMatchObject({ ok: true, added: 0, alreadyIn: 1, keptApart: 1 });
    expect(await addSetItemAction(form({ setId, questionId: usd }))).toMatchObject({ ok: true });
    const set = await getSet(setId, { id: (await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).ownerId, name: "", email: "", role: "teacher" });
    expect(set.items.map((i) => i.articleId)).toEqual([a.article.id, a.article.id, a.article.id]);
    expect(clashesAmong(set.items)).toEqual([{ kind: "shows", shower: pct, shown: usd, key: "$3.2 billion" }]);
  });

  it("refuses the whole batch, and writes nothing (not even the new set), when one question can't go in", async () => {
    const { teacher, setId } = await teacherWithSet();
    const approved = await createArticleWithQuestions();
    const drafts = await createArticleWithQuestions({ status: "draft" }); // drafts: never in a set
    const other = await createUser({ role: "teacher" });
    const theirs = await createArticleWithQuestions({ status: "draft" });
    await db.article.update({ where: { id: theirs.article.id }, data: { createdById: other.id } }); // another teacher's private bank
    const ok = approved.questions[0]!.id;
    signInAs(teacher.id);
    const before = await snapshot();
    for (const bad of [drafts.questions[0]!.id, theirs.questions[0]!.id, "no-such-question"]) {
      const existing = await addQuestionsToSetAction({ setId, questionIds: [ok, bad] });
      expect(existing).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was added") });
      const fresh = await addQuestionsToSetAction({ newSetTitle: "Should not exist", questionIds: [ok, bad] });
      expect(fresh).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was added") });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another teacher's set, an empty pick and a muddled target, changing nothing", async () => {
    const { setId } = await teacherWithSet();
    const a = await createArticleWithQuestions();
    const ids = a.questions.map((q) => q.id);
    const other = await createUser({ role: "teacher" });
    signInAs(other.id);
    const before = await snapshot();
    expect(await addQuestionsToSetAction({ setId, questionIds: ids })).toEqual({ ok: false, message: "We couldn't find that question set." });
    expect(await addQuestionsToSetAction({ setId, questionIds: [] })).toMatchObject({ ok: false, fieldErrors: { questionIds: ["Select at least one question."] } });
    expect(await addQuestionsToSetAction({ questionIds: ids })).toMatchObject({ ok: false, fieldErrors: { setId: ["Choose a set, or a new one."] } });
    expect(await addQuestionsToSetAction({ setId, newSetTitle: "Both", questionIds: ids })).toMatchObject({ ok: false });
    expect(await addQuestionsToSetAction({ newSetTitle: "x", questionIds: ids })).toMatchObject({ ok: false, fieldErrors: { newSetTitle: [expect.any(String)] } });
    signOut();
    expect(await addQuestionsToSetAction({ newSetTitle: "Anonymous", questionIds: ids })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });
});
