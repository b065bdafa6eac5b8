// Issue 14: a teacher edits, extends, closes, reopens, deletes or archives an assignment. Through
// the real actions: every change keeps grades and points as they were, a refusal changes nothing,
// and the student sees the change at once (their assignment list, their attempt's deadline).
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { submitAttemptAction } from "@/lib/attempts/actions";
import { withheldFromStudent } from "@/lib/attempts/withheld";
import { getTeacherClass } from "@/lib/classes/queries";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { fillBlank, singleChoice } from "@/lib/grading/test-fixtures";
import { utcToZonedLocal } from "@/lib/time/zones";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import {
  closeAssignmentAction,
  removeAssignmentAction,
  removeExtensionAction,
  reopenAssignmentAction,
  setExtensionAction,
  startAssignmentAction,
  updateAssignmentAction,
} from "./actions";
import { listStudentAssignments } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const MIN = 60_000;
const DAY = 86_400_000;
const local = (d: Date) => utcToZonedLocal(d, "UTC");
/** The form reads dates to the minute. */
const minute = (ms: number) => new Date(Math.floor(ms / MIN) * MIN);

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/**
 * Ann has handed in twice (one right answer each); Ben is 5 minutes into a 20-minute attempt with
 * one right answer; Cy has not started. Opened an hour ago, due tomorrow, two attempts allowed.
 */
async function world() {
  const now = Date.now();
  const teacher = await createUser({ role: "teacher" });
  const [ann, ben, cy] = [await createUser({ name: "Ann" }), await createUser({ name: "Ben" }), await createUser({ name: "Cy" })];
  const { questions } = await createArticleWithQuestions({ questions: [singleChoice, fillBlank] });
  const questionIds = questions.map((q) => q.id);
  const right = { [questions[0]!.id]: { answer: { choice: 1 } } };
  const set = await createSet(teacher.id, questionIds, "Trade facts");
  const klass = await createClass(teacher.id);
  await enroll(klass.id, [ann.id, ben.id, cy.id]);
  const assignment = await createAssignment({ classId: klass.id, setId: set.id, opensAt: new Date(now - 60 * MIN), dueAt: new Date(now + DAY), attemptsAllowed: 2 });
  await db.assignment.update({ where: { id: assignment.id }, data: { timeLimitSec: 20 * 60 } });
  for (const minutes of [50, 30]) {
    const startedAt = new Date(now - minutes * MIN);
    await createAssignmentAttempt({ userId: ann.id, assignmentId: assignment.id, questionIds, answers: right, startedAt, close: { status: "submitted", at: new Date(startedAt.getTime() + 5 * MIN) } });
  }
  const benStarted = new Date(now - 5 * MIN);
  const benAttempt = await createAssignmentAttempt({ userId: ben.id, assignmentId: assignment.id, questionIds, answers: right, startedAt: benStarted, deadline: new Date(benStarted.getTime() + 20 * MIN) });
  signInAs(teacher.id);
  return { now, teacher, ann, ben, cy, klass, set, assignment, benAttempt, questionIds };
}
type World = Awaited<ReturnType<typeof world>>;

/** The form as the edit page sends it, with these fields changed. */
const editForm = (w: World, changes: Record<string, string> = {}) =>
  form({
    assignmentId: w.assignment.id,
    opensAt: local(w.assignment.opensAt),
    dueAt: local(w.assignment.dueAt!),
    timeLimitMinutes: "20",
    attemptsAllowed: "2",
    feedbackMode: "after_submit",
    ...changes,
  });

/** Every grade and point: no management action may change one of these for a closed attempt. */
async function grades() {
  const attempts = await db.attempt.findMany({ where: { status: { not: "in_progress" } }, orderBy: { id: "asc" }, select: { id: true, status: true, score: true, maxScore: true, submittedAt: true } });
  const responses = await db.response.findMany({ where: { attempt: { status: { not: "in_progress" } } }, orderBy: { id: "asc" }, select: { id: true, score: true, correct: true } });
  const points = await db.pointsEntry.findMany({ orderBy: { id: "asc" }, select: { attemptId: true, points: true } });
  const users = await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, points: true } });
  return { attempts, responses, points, users };
}

async function everything() {
  const [assignments, allAttempts, extensions] = await Promise.all([db.assignment.findMany(), db.attempt.findMany(), db.assignmentExtension.findMany()]);
  return { assignments, allAttempts, extensions, grades: await grades() };
}

async function asStudent(userId: string) {
  return (await listStudentAssignments(userId))[0];
}

/** Starts as the student: the attempt id, or the refusal. */
async function start(userId: string, assignmentId: string): Promise<{ attemptId?: string; refused?: string }> {
  signInAs(userId);
  try {
    const result = await startAssignmentAction({ assignmentId });
    return { refused: result.ok ? "no redirect" : result.message };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT;")) throw error;
    return { attemptId: digest.split(";")[2]!.replace("/attempts/", "") };
  }
}

const deadlineOf = async (id: string) => (await db.attempt.findUniqueOrThrow({ where: { id } })).deadline;

let w: World;
beforeEach(async () => {
  w = await world();
});

describe("editing", () => {
  it("saves dates, limit and attempts; grades stay, the attempt under way keeps its promised time", async () => {
    const before = await grades();
    const promised = await deadlineOf(w.benAttempt.id);
    const due = minute(w.now + 2 * DAY);
    const result = await updateAssignmentAction(initialFormState, editForm(w, { dueAt: local(due), timeLimitMinutes: "10", attemptsAllowed: "3" }));
    expect(result).toMatchObject({ ok: true });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).toMatchObject({ timeLimitSec: 600, attemptsAllowed: 3, dueAt: due });
    expect(await grades()).toEqual(before);
    // 10 minutes from a start 5 minutes ago would end in 5: Ben was promised 15, and keeps them.
    expect(await deadlineOf(w.benAttempt.id)).toEqual(promised);
    // Cy sees the new settings at once.
    expect(await asStudent(w.cy.id)).toMatchObject({ attemptsAllowed: 3, timeLimitSec: 600, dueAt: due });
  });

  it("gives the attempt under way the longer time when the limit grows", async () => {
    expect(await updateAssignmentAction(initialFormState, editForm(w, { timeLimitMinutes: "40" }))).toMatchObject({ ok: true });
    expect(await deadlineOf(w.benAttempt.id)).toEqual(new Date(w.benAttempt.startedAt.getTime() + 40 * MIN));
  });

  it("refuses attempts below what Ann used, says why, and changes nothing", async () => {
    const before = await everything();
    const result = await updateAssignmentAction(initialFormState, editForm(w, { attemptsAllowed: "1", timeLimitMinutes: "40" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { attemptsAllowed: ["Ann already used 2 attempts: allow at least 2."] } });
    expect(await everything()).toEqual(before);
  });

  it("refuses switching to feedback after each question once started, and changes nothing", async () => {
    const before = await everything();
    const result = await updateAssignmentAction(initialFormState, editForm(w, { feedbackMode: "immediate" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { feedbackMode: [expect.stringMatching(/after each question/)] } });
    expect(await everything()).toEqual(before);
  });

  it("releases feedback held for the due date to the attempts already made", async () => {
    await db.assignment.update({ where: { id: w.assignment.id }, data: { feedbackMode: "after_due" } });
    await db.attempt.updateMany({ where: { assignmentId: w.assignment.id }, data: { feedbackMode: "after_due" } });
    expect(await updateAssignmentAction(initialFormState, editForm(w, { feedbackMode: "after_submit" }))).toMatchObject({ ok: true });
    expect(await db.attempt.count({ where: { assignmentId: w.assignment.id, feedbackMode: "after_submit" } })).toBe(3);
  });
});

describe("extensions", () => {
  it("gives Ben ten more minutes on the attempt he is taking, at once", async () => {
    const before = await grades();
    const result = await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.ben.id, extraMinutes: "10" }));
    expect(result).toMatchObject({ ok: true });
    expect(await deadlineOf(w.benAttempt.id)).toEqual(new Date(w.benAttempt.startedAt.getTime() + 30 * MIN));
    expect(await grades()).toEqual(before);
    // Taking it back leaves the attempt under way its time.
    expect(await removeExtensionAction({ assignmentId: w.assignment.id, userId: w.ben.id })).toEqual({ ok: true });
    expect(await deadlineOf(w.benAttempt.id)).toEqual(new Date(w.benAttempt.startedAt.getTime() + 30 * MIN));
  });

  it("keeps an attempt open when its page's timer runs out after the teacher gave more time", async () => {
    await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.ben.id, extraMinutes: "10" }));
    signInAs(w.ben.id);
    const extended = new Date(w.benAttempt.startedAt.getTime() + 30 * MIN);
    expect(await submitAttemptAction({ attemptId: w.benAttempt.id, timeUp: true })).toEqual({ ok: true, attemptId: w.benAttempt.id, extended: { deadline: extended.toISOString() } });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: w.benAttempt.id } })).status).toBe("in_progress");
    // Submitting by hand still hands it in.
    expect(await submitAttemptAction({ attemptId: w.benAttempt.id })).toEqual({ ok: true, attemptId: w.benAttempt.id });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: w.benAttempt.id } })).status).toBe("submitted");
  });

  it("lets Ann start a third time and Cy start after the class's due date, only them", async () => {
    expect((await start(w.ann.id, w.assignment.id)).refused).toMatch(/used all 2 attempts/);
    signInAs(w.teacher.id);
    expect(await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.ann.id, extraAttempts: "1" }))).toMatchObject({ ok: true });
    expect(await asStudent(w.ann.id)).toMatchObject({ attemptsAllowed: 3, canStart: true, extended: true });
    expect((await start(w.ann.id, w.assignment.id)).attemptId).toBeTruthy();

    // The class's due date passes; Cy's own is tomorrow.
    signInAs(w.teacher.id);
    const cyDue = minute(w.now + 2 * DAY);
    expect(await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.cy.id, dueAt: local(cyDue) }))).toMatchObject({ ok: true });
    await db.assignment.update({ where: { id: w.assignment.id }, data: { dueAt: new Date(w.now - MIN) } });
    expect(await asStudent(w.cy.id)).toMatchObject({ bucket: "todo", canStart: true, dueAt: cyDue });
    const started = await start(w.cy.id, w.assignment.id);
    expect(started.attemptId).toBeTruthy();
    // 20 minutes from now, well before Cy's due date.
    const deadline = (await deadlineOf(started.attemptId!))!.getTime();
    expect(deadline).toBeGreaterThan(Date.now() + 19 * MIN);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 20 * MIN);
  });

  it("keeps the keys from a student whose own due date is still ahead, once the class's has passed", async () => {
    const cyDue = minute(w.now + 2 * DAY);
    await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.cy.id, dueAt: local(cyDue) }));
    await db.assignment.update({ where: { id: w.assignment.id }, data: { dueAt: new Date(w.now - MIN), feedbackMode: "after_due" } });
    // Past the class's due date: Ann may see the keys (in review, practice); Cy, still to do it, may not.
    expect([...(await withheldFromStudent(w.ann.id))]).toEqual([]);
    expect([...(await withheldFromStudent(w.cy.id))].sort()).toEqual([...w.questionIds].sort());
  });

  it("refuses a student of another class and extra time on no limit, changing nothing", async () => {
    const stranger = await createUser({ name: "Stranger" });
    await db.assignment.update({ where: { id: w.assignment.id }, data: { timeLimitSec: null } });
    const before = await everything();
    const other = await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: stranger.id, extraAttempts: "1" }));
    expect(other).toMatchObject({ ok: false, fieldErrors: { userId: ["Choose a student of this class."] } });
    const noLimit = await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.cy.id, extraMinutes: "5" }));
    expect(noLimit).toMatchObject({ ok: false, fieldErrors: { extraMinutes: [expect.stringMatching(/no time limit/)] } });
    const nothing = await setExtensionAction(initialFormState, form({ assignmentId: w.assignment.id, userId: w.cy.id }));
    expect(nothing).toMatchObject({ ok: false, formError: expect.stringMatching(/at least one/) });
    expect(await everything()).toEqual(before);
  });
});

describe("closing and reopening", () => {
  it("closes Ben's attempt graded with the answers it had, keeps Ann's grades, and stops starts", async () => {
    const before = await grades();
    const result = await closeAssignmentAction({ assignmentId: w.assignment.id });
    expect(result).toEqual({ ok: true, closedAttempts: 1 });
    const ben = await db.attempt.findUniqueOrThrow({ where: { id: w.benAttempt.id }, include: { pointsEntry: true } });
    expect(ben).toMatchObject({ status: "expired", score: 1, maxScore: 2, activeKey: null });
    expect(ben.pointsEntry?.points).toBeGreaterThan(0);
    const after = await grades();
    // Ann's rows are as they were; Ben's are new.
    for (const a of before.attempts) expect(after.attempts).toContainEqual(a);
    for (const p of before.points) expect(after.points).toContainEqual(p);
    expect(await asStudent(w.cy.id)).toMatchObject({ bucket: "late", closed: true, canStart: false });
    expect((await start(w.cy.id, w.assignment.id)).refused).toMatch(/closed this assignment/);
    // Closing again changes nothing.
    signInAs(w.teacher.id);
    const again = await everything();
    expect(await closeAssignmentAction({ assignmentId: w.assignment.id })).toEqual({ ok: true, closedAttempts: 0 });
    expect(await everything()).toEqual(again);
  });

  it("reopens, asking for a new due date once the old one has passed", async () => {
    await closeAssignmentAction({ assignmentId: w.assignment.id });
    await db.assignment.update({ where: { id: w.assignment.id }, data: { dueAt: new Date(w.now - MIN) } });
    const before = await everything();
    const refused = await reopenAssignmentAction(initialFormState, form({ assignmentId: w.assignment.id }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { dueAt: [expect.stringMatching(/give a new one/)] } });
    expect(await everything()).toEqual(before);
    const due = minute(w.now + DAY);
    expect(await reopenAssignmentAction(initialFormState, form({ assignmentId: w.assignment.id, dueAt: local(due) }))).toMatchObject({ ok: true });
    expect(await asStudent(w.cy.id)).toMatchObject({ bucket: "todo", closed: false, canStart: true, dueAt: due });
    expect(await grades()).toEqual(before.grades);
    expect((await start(w.cy.id, w.assignment.id)).attemptId).toBeTruthy();
  });
});

describe("deleting and archiving", () => {
  it("archives once someone started: hidden from students and the active list, grades kept", async () => {
    const before = await grades();
    const outcome = await removeAssignmentAction({ assignmentId: w.assignment.id }).catch((e: { digest?: string }) => e.digest);
    expect(outcome).toMatch(new RegExp(`^NEXT_REDIRECT;\\w+;/teacher/classes/${w.klass.id}\\?archived=1;`));
    const row = await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } });
    expect(row.archivedAt).not.toBeNull();
    expect(row.closedAt).not.toBeNull();
    const after = await grades();
    for (const a of before.attempts) expect(after.attempts).toContainEqual(a);
    expect(await db.attempt.count({ where: { assignmentId: w.assignment.id, status: "in_progress" } })).toBe(0);
    expect(await listStudentAssignments(w.ann.id)).toEqual([]);
    const klass = await getTeacherClass(w.klass.id, w.teacher.id);
    expect(klass.assignments).toEqual([]);
    expect(klass.archived.map((a) => a.id)).toEqual([w.assignment.id]);
  });

  it("deletes an assignment no one started", async () => {
    const fresh = await createAssignment({ classId: w.klass.id, setId: w.set.id });
    const outcome = await removeAssignmentAction({ assignmentId: fresh.id }).catch((e: { digest?: string }) => e.digest);
    expect(outcome).toMatch(/\?deleted=1;/);
    expect(await db.assignment.findUnique({ where: { id: fresh.id } })).toBeNull();
    expect(await db.assignment.findUnique({ where: { id: w.assignment.id } })).not.toBeNull();
  });
});
