// The route-by-role matrix (issue 5): every teacher server action and route handler, called as
// a visitor, as a student and as another teacher, is refused and leaves the database exactly as
// it was; called by the owning teacher, it works (so a refusal is never just a broken input).
//
// Actions and handlers are DISCOVERED (every "use server" module under lib/ and app/, every
// route.ts under app/(teacher)) and each must have an entry below: a new one without an entry
// fails the first test, by name. Admin actions (lib/admin) get their own matrix: refused to
// everyone but an admin, a pending teacher included. Pages are covered by e2e/role-matrix.spec.ts.
import { snapshotTables } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runJob } from "@/lib/articles/jobs";
import { db } from "@/lib/db";
import { ForbiddenError, GENERIC_ERROR, UnauthenticatedError } from "@/lib/errors";
import { initialFormState } from "@/lib/forms";
import { createGame, hostAction, joinGame } from "@/lib/live/store";
import { multipleSelect, singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import { questionToDraft } from "@/lib/questions/draft";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// lib/auth/actions.ts imports AuthError from next-auth, which needs Next's runtime; discovery only lists its exports.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ARTICLE_TEXT = readFileSync(path.join(ROOT, "content/korea-japan-economic-ties.md"), "utf8");

// ---------------------------------------------------------------------------------------------
// Discovery

function walk(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const isSource = (f: string) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f);
const sources = [...walk(path.join(ROOT, "lib"), isSource), ...walk(path.join(ROOT, "app"), isSource)];

/** A module is a server-action module when its first statement is the "use server" directive. */
const TOP_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
const actionModules = sources.filter((f) => TOP_DIRECTIVE.test(readFileSync(f, "utf8"))).map(rel).sort();
/** Inline "use server" (inside a function, e.g. in a page) would hide an action from this matrix. */
const inlineActions = sources.filter((f) => {
  const text = readFileSync(f, "utf8");
  return /["']use server["']/.test(text) && !TOP_DIRECTIVE.test(text);
});
const teacherRoutes = walk(path.join(ROOT, "app/(teacher)"), (f) => /\/route\.(ts|tsx)$/.test(f)).map(rel).sort();

type ActionFn = (...args: unknown[]) => Promise<unknown>;

async function discoverActions(): Promise<Map<string, ActionFn>> {
  const found = new Map<string, ActionFn>();
  for (const file of actionModules) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") found.set(`${file}#${name}`, value as ActionFn);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// A world per case: teacher A owns everything; B is another teacher with a class and set of their own.

async function makeWorld() {
  const teacherA = await createUser({ role: "teacher", name: "Teacher Avery" });
  const teacherB = await createUser({ role: "teacher", name: "Teacher Blake" });
  const student = await createUser({ name: "Student Sol" });
  // A's article with approved questions: in the library (readable by all, editable only by A).
  const shared = await createArticleWithQuestions({ questions: [singleChoice, trueFalse, multipleSelect] });
  await db.article.update({ where: { id: shared.article.id }, data: { createdById: teacherA.id } });
  // A's article with drafts only: private to A.
  const drafts = await createArticleWithQuestions({ questions: [singleChoice], status: "draft" });
  await db.article.update({ where: { id: drafts.article.id }, data: { createdById: teacherA.id } });
  const [q0, q1, q2] = shared.questions.map((q) => q.id) as [string, string, string];
  // A shipped library article (no creator): its question is in A's assignment but is no one's.
  const library = await createArticleWithQuestions({ questions: [{ ...singleChoice, id: "q-library" }] });
  const libraryQuestionId = library.questions[0]!.id;
  const klass = await createClass(teacherA.id, { name: "Avery's class" });
  await enroll(klass.id, [student.id]);
  const set = await createSet(teacherA.id, [q0, q1, libraryQuestionId], "Avery's assigned set");
  const spareSet = await createSet(teacherA.id, [q0, q1], "Avery's spare set");
  const assignment = await createAssignment({ classId: klass.id, setId: set.id });
  // Closed early, with an extension for the student: to reopen, and to take the extension back.
  const closedAssignment = await createAssignment({ classId: klass.id, setId: set.id, dueAt: new Date(Date.now() + 86_400_000) });
  await db.assignment.update({ where: { id: closedAssignment.id }, data: { closedAt: new Date() } });
  await db.assignmentExtension.create({ data: { assignmentId: closedAssignment.id, userId: student.id, extraAttempts: 1 } });
  // The student handed in another assignment with one wrong answer: what a teacher may re-mark
  // (its own assignment, so the one above can still be deleted outright).
  const gradedAssignment = await createAssignment({ classId: klass.id, setId: set.id });
  const handedIn = await createAssignmentAttempt({
    userId: student.id,
    assignmentId: gradedAssignment.id,
    questionIds: [q0, q1, libraryQuestionId],
    startedAt: new Date("2026-01-05T09:00:00Z"),
    close: { status: "submitted", at: new Date("2026-01-05T09:10:00Z") },
    answers: { [q0]: { answer: { choice: 0 } } },
  });
  const wrongAnswer = await db.response.findFirstOrThrow({ where: { attemptId: handedIn.id }, select: { id: true } });
  const failedJob = await db.generationJob.create({ data: { createdById: teacherA.id, title: "Avery's unreadable paste", rawText: "x", status: "failed", error: "nothing to ask" } });
  // A's live game of the spare set, the student playing: its results are A's alone.
  const live = await createGame({ id: teacherA.id, name: teacherA.name, email: teacherA.email, role: "teacher" }, { kind: "set", setId: spareSet.id });
  await joinGame({ pin: live.pin, nickname: "", userId: student.id, ip: "10.9.9.9" });
  await hostAction(live.id, teacherA, "start");
  const classB = await createClass(teacherB.id, { name: "Blake's class" });
  const setB = await createSet(teacherB.id, [q0], "Blake's set");
  return {
    teacherA,
    teacherB,
    student,
    shared: { ...shared.article, questionIds: [q0, q1, q2] },
    drafts: { ...drafts.article, questionId: drafts.questions[0]!.id },
    libraryQuestionId,
    klass,
    set,
    spareSet,
    liveGameId: live.id,
    assignment,
    closedAssignment,
    gradedAssignment,
    wrongAnswerId: wrongAnswer.id,
    classB,
    setB,
    failedJob,
  };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

// ---------------------------------------------------------------------------------------------
// The matrix

type Call = (action: ActionFn, w: World) => Promise<unknown>;
type TeacherAction = {
  /** Valid input aimed at teacher A's resources: A succeeds with it. */
  call: Call;
  /**
   * "refused": another teacher is refused too (the action targets A's resource).
   * "own": the action only creates something new; another teacher may, and it must be theirs.
   */
  otherTeacher: "refused" | "own";
  /** Other teachers' attempts mixing their own resources with A's (e.g. their class, A's set). */
  crossCalls?: Record<string, Call>;
  /** What A's successful call must have done. */
  check: (w: World, outcome: Outcome) => Promise<void>;
};
type NotTeacher = { notTeacher: string };

const setForm = (w: World, extra: Record<string, string> = {}) => form({ setId: w.spareSet.id, ...extra });

/** A one-question GIFT file to import, linked to `article` (a slug; "" for none). */
const importForm = (article: string) => {
  const f = form({ format: "gift", title: "Imported in the matrix", article });
  f.set("file", new File(["::Q1:: The capital of France is Paris. {T}\n"], "matrix.gift", { type: "text/plain" }));
  return f;
};

const ACTIONS: Record<string, TeacherAction | NotTeacher> = {
  // --- teacher actions
  "lib/articles/actions.ts#createArticleAction": {
    call: (act) => act(initialFormState, form({ title: "Korea and Japan at 60", source: "Test Daily", published: "2025-06-23", text: ARTICLE_TEXT })),
    otherTeacher: "own",
    check: async (w, o) => {
      expect(o).toMatchObject({ kind: "redirect", url: expect.stringMatching(/^\/teacher\/articles\/new\/[\w-]+$/) });
      // The paste is a job, read in the background: let every job started here finish, so none
      // writes while a later case compares the database before and after.
      const jobs = await db.generationJob.findMany({ where: { status: { in: ["queued", "reading", "storing"] } }, select: { id: true } });
      await Promise.all(jobs.map((j) => runJob(j.id)));
      expect(await db.article.count({ where: { createdById: w.teacherA.id } })).toBe(3);
    },
  },
  "lib/articles/actions.ts#discardJobAction": {
    call: (act, w) => act(form({ id: w.failedJob.id })),
    otherTeacher: "refused",
    check: async (w) => expect(await db.generationJob.findUnique({ where: { id: w.failedJob.id } })).toBeNull(),
  },
  "lib/questions/actions.ts#setQuestionStatusAction": {
    call: (act, w) => act(form({ questionId: w.drafts.questionId, status: "approved" })),
    otherTeacher: "refused",
    crossCalls: {
      "retire an approved question of A's shared article": (act, w) => act(form({ questionId: w.shared.questionIds[0]!, status: "retired" })),
      "retire a library question in A's assignment": (act, w) => act(form({ questionId: w.libraryQuestionId, status: "retired" })),
      "return a library question in A's assignment to draft": (act, w) => act(form({ questionId: w.libraryQuestionId, status: "draft" })),
    },
    check: async (w) => expect((await db.question.findUniqueOrThrow({ where: { id: w.drafts.questionId } })).status).toBe("approved"),
  },
  "lib/questions/actions.ts#approveAllReadyAction": {
    call: (act, w) => act(form({ slug: w.drafts.slug })),
    otherTeacher: "refused",
    crossCalls: {
      "approve all ready in A's shared article": (act, w) => act(form({ slug: w.shared.slug })),
    },
    check: async (w, o) => {
      expect(o).toEqual({ kind: "returned", value: { ok: true, approved: 1, needsReview: 0 } });
      expect((await db.question.findUniqueOrThrow({ where: { id: w.drafts.questionId } })).status).toBe("approved");
    },
  },
  "lib/questions/actions.ts#updateQuestionAction": {
    call: (act, w) => act({ ...questionToDraft(singleChoice), prompt: "Which city hosted the summit?", questionId: w.drafts.questionId, version: 1 }),
    otherTeacher: "refused",
    crossCalls: {
      "edit an approved question of A's shared article": (act, w) =>
        act({ ...questionToDraft(singleChoice), prompt: "Hijacked?", questionId: w.shared.questionIds[0]!, version: 1 }),
    },
    check: async (w) => expect(await db.question.findUniqueOrThrow({ where: { id: w.drafts.questionId } })).toMatchObject({ version: 2, prompt: "Which city hosted the summit?" }),
  },
  "lib/questions/actions.ts#createQuestionAction": {
    call: (act, w) => act({ ...questionToDraft(singleChoice), prompt: "A question by hand?", slug: w.drafts.slug, sentenceIndex: 0 }),
    otherTeacher: "refused",
    crossCalls: {
      "write a question into A's shared article": (act, w) => act({ ...questionToDraft(singleChoice), prompt: "Planted?", slug: w.shared.slug, sentenceIndex: 0 }),
    },
    check: async (w) => expect(await db.question.count({ where: { articleId: w.drafts.id, origin: "manual", createdById: w.teacherA.id } })).toBe(1),
  },
  "lib/sets/actions.ts#createSetAction": {
    call: (act) => act(initialFormState, form({ title: "Week 3: trade", description: "" })),
    otherTeacher: "own",
    check: async (w, o) => {
      expect(o).toMatchObject({ kind: "redirect", url: expect.stringMatching(/^\/teacher\/sets\//) });
      expect(await db.questionSet.count({ where: { ownerId: w.teacherA.id } })).toBe(3);
    },
  },
  "lib/sets/actions.ts#updateSetDetailsAction": {
    call: (act, w) => act(initialFormState, setForm(w, { title: "Renamed", description: "New words" })),
    otherTeacher: "refused",
    check: async (w) => expect((await db.questionSet.findUniqueOrThrow({ where: { id: w.spareSet.id } })).title).toBe("Renamed"),
  },
  "lib/sets/actions.ts#addSetItemAction": {
    call: (act, w) => act(setForm(w, { questionId: w.shared.questionIds[2]! })),
    otherTeacher: "refused",
    check: async (w) => expect(await db.questionSetItem.count({ where: { setId: w.spareSet.id } })).toBe(3),
  },
  "lib/sets/actions.ts#addQuestionsToSetAction": {
    call: (act, w) => act({ setId: w.spareSet.id, questionIds: [w.shared.questionIds[2]!, w.shared.questionIds[0]!] }),
    otherTeacher: "refused",
    crossCalls: {
      "add A's private draft to their own set": (act, w) => act({ setId: w.setB.id, questionIds: [w.drafts.questionId] }),
      "make a new set of A's private draft": (act, w) => act({ newSetTitle: "Taken from Avery", questionIds: [w.drafts.questionId] }),
    },
    check: async (w, o) => {
      expect(o).toMatchObject({ kind: "returned", value: { ok: true, setId: w.spareSet.id, added: 1, alreadyIn: 1, created: false } });
      expect(await db.questionSetItem.count({ where: { setId: w.spareSet.id } })).toBe(3);
    },
  },
  "lib/sets/actions.ts#removeSetItemAction": {
    call: (act, w) => act(setForm(w, { questionId: w.shared.questionIds[0]! })),
    otherTeacher: "refused",
    check: async (w) => expect(await db.questionSetItem.count({ where: { setId: w.spareSet.id } })).toBe(1),
  },
  "lib/sets/actions.ts#moveSetItemAction": {
    call: (act, w) => act(setForm(w, { questionId: w.shared.questionIds[0]!, direction: "down" })),
    otherTeacher: "refused",
    check: async (w) => {
      const items = await db.questionSetItem.findMany({ where: { setId: w.spareSet.id }, orderBy: { position: "asc" } });
      expect(items.map((i) => i.questionId)).toEqual([w.shared.questionIds[1], w.shared.questionIds[0]]);
    },
  },
  "lib/sets/actions.ts#duplicateSetAction": {
    call: (act, w) => act(setForm(w)),
    otherTeacher: "refused",
    check: async (w) => expect(await db.questionSet.count({ where: { ownerId: w.teacherA.id, title: "Copy of Avery's spare set" } })).toBe(1),
  },
  "lib/live/actions.ts#hostLiveAction": {
    call: (act, w) => act(setForm(w, { seconds: "20" })),
    otherTeacher: "refused",
    check: async (w, o) => {
      expect(o).toMatchObject({ kind: "redirect", url: expect.stringMatching(/^\/teacher\/live\/\w+$/) });
      expect(await db.liveGame.count({ where: { hostId: w.teacherA.id, setId: w.spareSet.id, status: "lobby" } })).toBe(1);
    },
  },
  "lib/interchange/actions.ts#confirmImportAction": {
    call: (act) => act(importForm("")),
    otherTeacher: "own",
    crossCalls: { "linking A's private article": (act, w) => act(importForm(w.drafts.slug)) },
    check: async (w, o) => {
      expect(o).toMatchObject({ kind: "redirect", url: expect.stringMatching(/^\/teacher\/sets\/\w+\?imported=1$/) });
      expect(await db.questionSet.count({ where: { ownerId: w.teacherA.id, title: "Imported in the matrix" } })).toBe(1);
    },
  },
  "lib/sets/actions.ts#deleteSetAction": {
    call: (act, w) => act(setForm(w)),
    otherTeacher: "refused",
    check: async (w) => expect(await db.questionSet.findUnique({ where: { id: w.spareSet.id } })).toBeNull(),
  },
  "lib/classes/actions.ts#createClassAction": {
    call: (act) => act(initialFormState, form({ name: "Civics 9", timeZone: "Europe/Paris" })),
    otherTeacher: "own",
    check: async (w, o) => {
      expect(o).toMatchObject({ kind: "redirect", url: expect.stringMatching(/^\/teacher\/classes\//) });
      expect(await db.class.count({ where: { teacherId: w.teacherA.id } })).toBe(2);
    },
  },
  "lib/classes/actions.ts#regenerateJoinCodeAction": {
    call: (act, w) => act(form({ classId: w.klass.id })),
    otherTeacher: "refused",
    check: async (w) => expect((await db.class.findUniqueOrThrow({ where: { id: w.klass.id } })).joinCode).not.toBe(w.klass.joinCode),
  },
  "lib/classes/actions.ts#removeStudentAction": {
    call: (act, w) => act(form({ classId: w.klass.id, userId: w.student.id })),
    otherTeacher: "refused",
    crossCalls: {
      "remove A's student through their own class": (act, w) => act(form({ classId: w.classB.id, userId: w.student.id })),
    },
    check: async (w) => expect(await db.enrollment.count({ where: { classId: w.klass.id } })).toBe(0),
  },
  "lib/assignments/actions.ts#createAssignmentAction": {
    call: (act, w) => act(initialFormState, form({ classId: w.klass.id, setId: w.spareSet.id, opensAt: "2026-01-01T09:00", attemptsAllowed: "1", feedbackMode: "after_submit" })),
    otherTeacher: "refused",
    crossCalls: {
      "assign A's set to their own class": (act, w) =>
        act(initialFormState, form({ classId: w.classB.id, setId: w.spareSet.id, opensAt: "2026-01-01T09:00", attemptsAllowed: "1", feedbackMode: "after_submit" })),
      "assign their own set to A's class": (act, w) =>
        act(initialFormState, form({ classId: w.klass.id, setId: w.setB.id, opensAt: "2026-01-01T09:00", attemptsAllowed: "1", feedbackMode: "after_submit" })),
    },
    check: async (w) => expect(await db.assignment.count({ where: { classId: w.klass.id } })).toBe(4),
  },
  "lib/assignments/actions.ts#updateAssignmentAction": {
    call: (act, w) => act(initialFormState, form({ assignmentId: w.assignment.id, opensAt: "2026-01-01T09:00", attemptsAllowed: "3", feedbackMode: "after_submit" })),
    otherTeacher: "refused",
    check: async (w) => expect((await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).attemptsAllowed).toBe(3),
  },
  "lib/assignments/actions.ts#closeAssignmentAction": {
    call: (act, w) => act(form({ assignmentId: w.assignment.id })),
    otherTeacher: "refused",
    check: async (w) => expect((await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).closedAt).not.toBeNull(),
  },
  "lib/assignments/actions.ts#reopenAssignmentAction": {
    call: (act, w) => act(initialFormState, form({ assignmentId: w.closedAssignment.id })),
    otherTeacher: "refused",
    check: async (w) => expect((await db.assignment.findUniqueOrThrow({ where: { id: w.closedAssignment.id } })).closedAt).toBeNull(),
  },
  "lib/assignments/actions.ts#removeAssignmentAction": {
    call: (act, w) => act(form({ assignmentId: w.assignment.id })),
    otherTeacher: "refused",
    check: async (w, o) => {
      expect(o).toEqual({ kind: "redirect", url: `/teacher/classes/${w.klass.id}?deleted=1` });
      expect(await db.assignment.findUnique({ where: { id: w.assignment.id } })).toBeNull();
    },
  },
  "lib/assignments/actions.ts#setExtensionAction": {
    call: (act, w) => act(initialFormState, form({ assignmentId: w.assignment.id, userId: w.student.id, extraAttempts: "2" })),
    otherTeacher: "refused",
    check: async (w) =>
      expect(await db.assignmentExtension.findUniqueOrThrow({ where: { assignmentId_userId: { assignmentId: w.assignment.id, userId: w.student.id } } })).toMatchObject({ extraAttempts: 2 }),
  },
  "lib/assignments/actions.ts#removeExtensionAction": {
    call: (act, w) => act(form({ assignmentId: w.closedAssignment.id, userId: w.student.id })),
    otherTeacher: "refused",
    check: async (w) => expect(await db.assignmentExtension.count({ where: { assignmentId: w.closedAssignment.id } })).toBe(0),
  },
  "lib/results/actions.ts#overrideAnswerAction": {
    call: (act, w) => act(form({ responseId: w.wrongAnswerId, score: "1", reason: "Accepted on review" })),
    otherTeacher: "refused",
    check: async (w) => {
      expect(await db.response.findUniqueOrThrow({ where: { id: w.wrongAnswerId } })).toMatchObject({ score: 1, correct: true });
      expect(await db.answerOverride.findFirstOrThrow({ where: { responseId: w.wrongAnswerId } })).toMatchObject({ teacherId: w.teacherA.id, reason: "Accepted on review", pointsDelta: 10 });
      expect((await db.user.findUniqueOrThrow({ where: { id: w.student.id } })).points).toBe(20 + 10); // the hand-in bonus, then one right answer
    },
  },

  // --- not teacher actions: each says why it is not in the matrix
  "lib/auth/actions.ts#signInAction": { notTeacher: "public: signing in is for everyone" },
  "lib/auth/actions.ts#signUpAction": { notTeacher: "public: creating an account is for everyone" },
  "lib/auth/actions.ts#signOutAction": { notTeacher: "ends the caller's own session only" },
  "lib/demo/actions.ts#gradeDemoAction": { notTeacher: "public demo: grades the seed quiz, stores nothing (lib/demo/demo.integration.test.ts)" },
  "lib/classes/actions.ts#joinClassAction": { notTeacher: "student: joins by code, only ever enrols the caller" },
  "lib/assignments/actions.ts#startAssignmentAction": { notTeacher: "student: only assignments of the caller's classes (lib/classes/classes.integration.test.ts)" },
  "lib/attempts/actions.ts#startPracticeAction": { notTeacher: "student: practice on library articles, the caller's own attempt" },
  "lib/attempts/actions.ts#checkAnswerAction": { notTeacher: "student: the caller's own attempt (lib/attempts/quiz-modes.integration.test.ts)" },
  "lib/attempts/actions.ts#moveOnAction": { notTeacher: "student: the caller's own attempt (lib/attempts/quiz-modes.integration.test.ts)" },
  "lib/attempts/actions.ts#submitAttemptAction": { notTeacher: "student: the caller's own attempt (lib/attempts/attempts.integration.test.ts)" },
  "lib/review/actions.ts#submitReviewAction": { notTeacher: "student: the caller's own review cards" },
  "lib/leaderboard/actions.ts#setHideFromGlobalAction": { notTeacher: "student: the caller's own leaderboard setting" },
  "lib/admin/actions.ts#createInviteAction": { notTeacher: "admin: ADMIN_ACTIONS below" },
  "lib/admin/actions.ts#revokeInviteAction": { notTeacher: "admin: ADMIN_ACTIONS below" },
  "lib/admin/actions.ts#decideTeacherRequestAction": { notTeacher: "admin: ADMIN_ACTIONS below" },
  "lib/admin/actions.ts#setAccountDisabledAction": { notTeacher: "admin: ADMIN_ACTIONS below" },
  "lib/account/actions.ts#changePasswordAction": { notTeacher: "any signed-in role: the caller's own password, after their current one (lib/account/account.integration.test.ts)" },
  "lib/account/actions.ts#signOutEverywhereAction": { notTeacher: "ends the caller's own sessions only" },
  "lib/interchange/actions.ts#previewImportAction": {
    notTeacher: "teacher role, stores nothing: reads the caller's own uploaded file back to them (lib/interchange/import.integration.test.ts); the confirm step above is the one that writes",
  },
  "lib/i18n/actions.ts#setLocaleAction": { notTeacher: "anyone: the caller's own language (a cookie, and their own User.locale when signed in)" },
};

// ---------------------------------------------------------------------------------------------
// Admin actions: refused to a visitor, a student, a teacher and a teacher awaiting approval; the admin's works.

type AdminWorld = { admin: { id: string }; pending: { id: string }; requestId: string; inviteId: string };
async function makeAdminWorld(): Promise<AdminWorld> {
  const admin = await createUser({ role: "admin", name: "Admin Ada" });
  const pending = await createUser({ name: "Pending Pat" });
  const request = await db.teacherRequest.create({ data: { userId: pending.id } });
  const invite = await db.teacherInvite.create({ data: { code: `MATRIX${Math.random().toString(36).slice(2, 8).toUpperCase()}`, expiresAt: new Date(Date.now() + 86_400_000) } });
  return { admin, pending, requestId: request.id, inviteId: invite.id };
}
type AdminAction = { call: (action: ActionFn, w: AdminWorld) => Promise<unknown>; check: (w: AdminWorld) => Promise<void> };
const ADMIN_ACTIONS: Record<string, AdminAction> = {
  "lib/admin/actions.ts#createInviteAction": {
    call: (act) => act(initialFormState, form({ label: "Matrix school", maxUses: "3", expiresInDays: "7" })),
    check: async () => expect(await db.teacherInvite.count({ where: { label: "Matrix school" } })).toBe(1),
  },
  "lib/admin/actions.ts#revokeInviteAction": {
    call: (act, w) => act(form({ inviteId: w.inviteId })),
    check: async (w) => expect((await db.teacherInvite.findUniqueOrThrow({ where: { id: w.inviteId } })).revokedAt).not.toBeNull(),
  },
  "lib/admin/actions.ts#decideTeacherRequestAction": {
    call: (act, w) => act(form({ requestId: w.requestId, decision: "approve" })),
    check: async (w) => expect((await db.user.findUniqueOrThrow({ where: { id: w.pending.id } })).role).toBe("teacher"),
  },
  "lib/admin/actions.ts#setAccountDisabledAction": {
    call: (act, w) => act(form({ userId: w.pending.id, disabled: "true" })),
    check: async (w) => expect(await db.user.findUniqueOrThrow({ where: { id: w.pending.id } })).toMatchObject({ disabledAt: expect.any(Date), sessionVersion: 1 }),
  },
};

/** `owner`: what the owner's reply holds (default: a CSV naming the student or a question). */
type RouteCase = { params: (w: World) => Record<string, string>; url: (w: World) => string; owner?: RegExp };
const ROUTES: Record<string, RouteCase> = {
  "app/(teacher)/teacher/assignments/[id]/results/questions.csv/route.ts": {
    params: (w) => ({ id: w.assignment.id }),
    url: (w) => `http://factdeck.test/teacher/assignments/${w.assignment.id}/results/questions.csv`,
  },
  "app/(teacher)/teacher/assignments/[id]/results/answers.csv/route.ts": {
    params: (w) => ({ id: w.gradedAssignment.id }),
    url: (w) => `http://factdeck.test/teacher/assignments/${w.gradedAssignment.id}/results/answers.csv`,
  },
  "app/(teacher)/teacher/assignments/[id]/results/students.csv/route.ts": {
    params: (w) => ({ id: w.assignment.id }),
    url: (w) => `http://factdeck.test/teacher/assignments/${w.assignment.id}/results/students.csv`,
  },
  "app/(teacher)/teacher/sets/[id]/export/[format]/route.ts": {
    params: (w) => ({ id: w.set.id, format: "csv" }),
    url: (w) => `http://factdeck.test/teacher/sets/${w.set.id}/export/csv`,
  },
  "app/(teacher)/teacher/live/[id]/results/answers.csv/route.ts": {
    params: (w) => ({ id: w.liveGameId }),
    url: (w) => `http://factdeck.test/teacher/live/${w.liveGameId}/results/answers.csv`,
  },
  // A's private article (drafts only): the bank export holds approved questions, so the owner's
  // file is the header row; another teacher must not learn the article exists.
  "app/(teacher)/teacher/articles/[slug]/export/[format]/route.ts": {
    params: (w) => ({ slug: w.drafts.slug, format: "csv" }),
    url: (w) => `http://factdeck.test/teacher/articles/${w.drafts.slug}/export/csv`,
    owner: /^type,prompt,fields,/,
  },
};

// ---------------------------------------------------------------------------------------------
// Calling and judging

type Outcome = { kind: "returned"; value: unknown } | { kind: "redirect"; url: string } | { kind: "threw"; error: unknown };

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "returned", value: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", url: digest.split(";")[2] ?? "" };
    return { kind: "threw", error };
  }
}

/** The refusal's message, or null when the outcome is not a refusal. */
function refusal(o: Outcome): string | null {
  if (o.kind === "redirect") return /^\/(sign-in|forbidden)\b/.test(o.url) ? `redirect ${o.url}` : null;
  if (o.kind === "threw") {
    const code = (o.error as { code?: unknown }).code;
    return code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "NOT_FOUND" ? (o.error as Error).message : null;
  }
  const v = o.value as { ok?: unknown; message?: unknown; formError?: unknown; fieldErrors?: unknown } | null;
  if (!v || v.ok !== false) return null;
  if (typeof v.message === "string") return v.message;
  if (typeof v.formError === "string") return v.formError;
  return v.fieldErrors ? `fieldErrors ${JSON.stringify(v.fieldErrors)}` : "ok:false";
}

/** Every row of every table: a refused call must leave all of it as it was. */
const snapshotDb = () => snapshotTables(db);

type Caller = { label: "anonymous" | "student" | "other teacher"; as: (w: World) => string | null; expected?: string; note?: string };
const OUTSIDERS: Caller[] = [
  { label: "anonymous", as: () => null, expected: new UnauthenticatedError().message },
  { label: "student", as: (w) => w.student.id, expected: new ForbiddenError().message },
  { label: "other teacher", as: (w) => w.teacherB.id },
];

function signInOrOut(id: string | null) {
  if (id) signInAs(id);
  else signOut();
}

/** Rows of the printed matrix, in the order the cases ran. */
const report: string[] = [];

// ---------------------------------------------------------------------------------------------

beforeEach(() => signOut());

let actions: Map<string, ActionFn>;

describe("discovery", () => {
  it("finds the server actions and every one has a matrix entry", async () => {
    actions = await discoverActions();
    expect(actionModules.length).toBeGreaterThan(5);
    expect(inlineActions.map(rel), 'inline "use server" inside a file: move the action to lib/<domain>/actions.ts').toEqual([]);
    const missing = [...actions.keys()].filter((key) => !(key in ACTIONS));
    expect(missing, `server actions with no role-matrix entry in test/role-matrix.integration.test.ts: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(ACTIONS).filter((key) => !actions.has(key));
    expect(stale, "matrix entries for actions that no longer exist").toEqual([]);
  });

  it("finds the teacher route handlers and every one has a matrix entry", () => {
    expect(teacherRoutes.length).toBeGreaterThan(0);
    const missing = teacherRoutes.filter((file) => !(file in ROUTES));
    expect(missing, `teacher route handlers with no role-matrix entry: ${missing.join(", ")}`).toEqual([]);
    expect(Object.keys(ROUTES).filter((file) => !teacherRoutes.includes(file)), "stale route entries").toEqual([]);
  });
});

describe("teacher pages", () => {
  // Next renders a layout and its page in parallel: the (teacher) layout's check does not stop a
  // page's own queries from running, so each page checks the role itself (the e2e matrix then
  // checks what each role actually gets).
  const pages = walk(path.join(ROOT, "app/(teacher)"), (f) => /\/page\.(ts|tsx)$/.test(f)).map(rel).sort();
  it("every page checks the teacher role itself", () => {
    expect(pages.length).toBeGreaterThan(5);
    const unchecked = pages.filter((file) => !/\brequireRole(Page)?\(\s*"teacher"/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(unchecked, "teacher pages that rely on the layout alone").toEqual([]);
  });
});

const teacherActions = Object.entries(ACTIONS).filter((e): e is [string, TeacherAction] => "call" in e[1]);

describe("teacher actions", () => {
  it.each(teacherActions)("%s: refused to a visitor, a student and another teacher; works for the owner", async (key, spec) => {
    actions ??= await discoverActions();
    const action = actions.get(key);
    expect(action, `${key} was not discovered`).toBeDefined();
    const w = await makeWorld();
    const row: string[] = [];

    const callers: Array<Caller & { call: Call }> = OUTSIDERS.filter((c) => c.label !== "other teacher" || spec.otherTeacher === "refused").map((c) => ({ ...c, call: spec.call }));
    for (const [label, call] of Object.entries(spec.crossCalls ?? {})) callers.push({ label: "other teacher", as: (x) => x.teacherB.id, call, note: label });

    for (const caller of callers) {
      const before = await snapshotDb();
      signInOrOut(caller.as(w));
      const outcome = await outcomeOf(() => caller.call(action!, w));
      const message = refusal(outcome);
      const who = caller.note ? `${caller.label} (${caller.note})` : caller.label;
      expect(message, `${key} as ${who} was not refused: ${JSON.stringify(outcome)}`).not.toBeNull();
      expect(message).not.toBe(GENERIC_ERROR);
      if (caller.expected) expect(message, `${key} as ${who}`).toBe(caller.expected);
      expect(await snapshotDb(), `${key} as ${who} changed the database`).toEqual(before);
      row.push(`${who}: refused (${message})`);
    }

    if (spec.otherTeacher === "own") {
      // Another teacher may create their own; it must be theirs, and nothing of A's may change.
      const before = await snapshotDb();
      signInAs(w.teacherB.id);
      const outcome = await outcomeOf(() => spec.call(action!, w));
      expect(outcome.kind, JSON.stringify(outcome)).toBe("redirect");
      const after = await snapshotDb();
      for (const [table, rows] of Object.entries(before)) {
        const kept = after[table]!.slice(0, rows.length);
        expect(kept, `${key} as another teacher changed existing ${table} rows`).toEqual(rows);
      }
      row.push("other teacher: creates their own only");
    }

    // The owner, with the very same input: it must work, so the refusals above mean something.
    const before = await snapshotDb();
    signInAs(w.teacherA.id);
    const outcome = await outcomeOf(() => spec.call(action!, w));
    expect(refusal(outcome), `${key} as its owner: ${JSON.stringify(outcome)}`).toBeNull();
    if (outcome.kind === "threw") throw outcome.error;
    expect(await snapshotDb(), `${key} as its owner changed nothing`).not.toEqual(before);
    await spec.check(w, outcome);
    row.push("owner: works");
    report.push(`${key}\n    ${row.join("\n    ")}`);
  });
});

describe("admin actions", () => {
  it.each(Object.entries(ADMIN_ACTIONS))("%s: refused to a visitor, a student, a pending teacher and a teacher; works for an admin", async (key, spec) => {
    actions ??= await discoverActions();
    const action = actions.get(key);
    expect(action, `${key} was not discovered`).toBeDefined();
    const w = await makeAdminWorld();
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser();
    const callers: [string, string | null][] = [["anonymous", null], ["student", student.id], ["pending teacher", w.pending.id], ["teacher", teacher.id]];
    const row: string[] = [];
    for (const [label, id] of callers) {
      const before = await snapshotDb();
      signInOrOut(id);
      const outcome = await outcomeOf(() => spec.call(action!, w));
      const message = refusal(outcome);
      expect(message, `${key} as ${label} was not refused: ${JSON.stringify(outcome)}`).not.toBeNull();
      expect(message).toBe(id ? new ForbiddenError().message : new UnauthenticatedError().message);
      expect(await snapshotDb(), `${key} as ${label} changed the database`).toEqual(before);
      row.push(`${label}: refused (${message})`);
    }
    signInAs(w.admin.id);
    const outcome = await outcomeOf(() => spec.call(action!, w));
    expect(refusal(outcome), `${key} as the admin: ${JSON.stringify(outcome)}`).toBeNull();
    await spec.check(w);
    row.push("admin: works");
    report.push(`${key}\n    ${row.join("\n    ")}`);
  });
});

describe("admin pages", () => {
  const pages = walk(path.join(ROOT, "app/(admin)"), (f) => /\/page\.(ts|tsx)$/.test(f)).map(rel).sort();
  it("every page checks the admin role itself", () => {
    expect(pages).toContain("app/(admin)/admin/page.tsx");
    const unchecked = pages.filter((file) => !/\brequireRole(Page)?\(\s*"admin"/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(unchecked, "admin pages that rely on the layout alone").toEqual([]);
  });
});

describe("teacher route handlers", () => {
  it.each(Object.entries(ROUTES))("%s: 401 / 403 / 404 to outsiders, 200 to the owner", async (file, spec) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    const methods = Object.keys(mod).filter((k) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(k));
    expect(methods, `${file}: only GET is covered by the matrix`).toEqual(["GET"]);
    const get = mod.GET as (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
    const w = await makeWorld();
    const call = () => get(new Request(spec.url(w)), { params: Promise.resolve(spec.params(w)) });
    const expected = { anonymous: 401, student: 403, "other teacher": 404 } as const;
    const row: string[] = [];
    for (const caller of OUTSIDERS) {
      signInOrOut(caller.as(w));
      const res = await call();
      expect(res.status, `${file} as ${caller.label}`).toBe(expected[caller.label]);
      expect(res.headers.get("content-type")).not.toContain("text/csv");
      const body = await res.text();
      expect(body).not.toMatch(/Student Sol|Avery/);
      row.push(`${caller.label}: ${res.status}`);
    }
    signInAs(w.teacherA.id);
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(await res.text()).toMatch(spec.owner ?? /Student Sol|Which city/);
    row.push("owner: 200");
    report.push(`${file}\n    ${row.join("\n    ")}`);
  });
});

afterAll(() => {
  if (process.env.ROLE_MATRIX_REPORT) console.log(`Role matrix:\n${report.join("\n")}`);
});
