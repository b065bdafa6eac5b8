// The submit route (POST /api/attempts/:id/submit) as the quiz page calls it: real requests, a
// real encrypted session cookie, a real (temporary) SQLite database, real grading (counted).
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { gradeAttempt } from "@/lib/grading";
import { gradeAttempt as realGradeAttempt } from "@/lib/grading/grade-attempt";
import { pointsForAttempt } from "@/lib/leaderboard/points";
import { loadQuestion } from "@/lib/questions/store";
import { isoWeekOf } from "@/lib/time/zones";
import { putAnswer, sessionCookie } from "@/test/autosave";
import { createArticleWithQuestions, createAttempt, createUser, snapshotAttempt } from "@/test/factories";
import { closeAttempt } from "./close";
import { DEADLINE_GRACE_MS } from "./policy";
import { postSubmit } from "./submit-route";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
// The real grading, counted: "graded once" is checked by how often a submit grades.
vi.mock("@/lib/grading", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/grading")>();
  return { ...actual, gradeAttempt: vi.fn(actual.gradeAttempt) };
});

const ORIGIN = "http://localhost:3000";

async function submit(attemptId: string, opts: { userId?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const request = new Request(`${ORIGIN}/api/attempts/${encodeURIComponent(attemptId)}/submit`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: ORIGIN,
      "sec-fetch-site": "same-origin",
      ...(opts.userId ? { cookie: await sessionCookie(opts.userId) } : {}),
      ...opts.headers,
    },
    body: opts.raw ?? JSON.stringify(opts.body ?? {}),
  });
  const res = await postSubmit(request, attemptId);
  return { status: res.status, body: (await res.json()) as unknown, cache: res.headers.get("cache-control") };
}

/** A student with an in-progress attempt over one question of each type, some answered right, some wrong, two left blank. */
async function answeredAttempt(opts: { deadline?: Date | null } = {}) {
  const student = await createUser();
  const { article, questions } = await createArticleWithQuestions();
  const attempt = await createAttempt({ userId: student.id, articleId: article.id, questionIds: questions.map((q) => q.id) });
  const byType = (type: string) => questions.find((q) => q.type === type)!;
  const answers: Record<string, unknown> = {
    [byType("single_choice").id]: { choice: 2 },
    [byType("multiple_select").id]: { choices: [0, 2] },
    [byType("true_false").id]: { value: true },
    [byType("numeric").id]: { value: "62,4" },
    [byType("ordering").id]: { order: [1, 0, 4, 2, 3] },
  };
  for (const [questionId, response] of Object.entries(answers)) {
    const res = await putAnswer(attempt.id, questionId, { userId: student.id, body: { response } });
    expect(res.status).toBe(200);
  }
  // The deadline comes after the answers (a past one would refuse them), as if time had passed.
  if (opts.deadline !== undefined) await db.attempt.update({ where: { id: attempt.id }, data: { deadline: opts.deadline } });
  const expected = realGradeAttempt(
    questions.map((q) => loadQuestion(q)),
    answers,
  );
  return { student, questions, attempt, answers, expected };
}

/** What grading writes beside the attempt: the points ledger, the user's totals, the review cards. */
async function ledgerOf(userId: string, attemptId: string) {
  const [entries, user, weeks, cards] = await Promise.all([
    db.pointsEntry.findMany({ where: { attemptId } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { points: true } }),
    db.weeklyPoints.findMany({ where: { userId } }),
    db.reviewCard.findMany({ where: { userId }, orderBy: { questionId: "asc" } }),
  ]);
  return { entries, points: user.points, weeks, cards };
}

describe("POST /api/attempts/:id/submit", () => {
  it("grades the attempt once, writes its points and review cards, and a repeat answers the same and changes nothing", async () => {
    const { student, questions, attempt, answers, expected } = await answeredAttempt();
    vi.mocked(gradeAttempt).mockClear();

    const first = await submit(attempt.id, { userId: student.id });
    expect(first).toEqual({ status: 200, body: { ok: true, attemptId: attempt.id }, cache: "private, no-store" });
    expect(gradeAttempt).toHaveBeenCalledTimes(1);

    const after = await snapshotAttempt(attempt.id);
    expect(after.attempt).toMatchObject({ status: "submitted", activeKey: null, score: expected.score, maxScore: questions.length });
    expect(after.attempt.submittedAt).toBeInstanceOf(Date);
    expect(after.responses).toHaveLength(Object.keys(answers).length);
    for (const outcome of expected.results.filter((o) => o.answered)) {
      const row = after.responses.find((r) => r.questionId === outcome.questionId);
      expect(row, outcome.questionId).toMatchObject({ score: outcome.result.score, correct: outcome.result.correct });
    }

    const points = pointsForAttempt({ score: expected.score, isAssignment: false });
    const ledger = await ledgerOf(student.id, attempt.id);
    expect(ledger.entries).toEqual([expect.objectContaining({ userId: student.id, classId: null, points, awardedAt: after.attempt.submittedAt })]);
    expect(ledger.points).toBe(points);
    expect(ledger.weeks).toEqual([{ weekStart: isoWeekOf(after.attempt.submittedAt!, "UTC").start, userId: student.id, points }]);
    // One card per answered question, new and reviewed once; blanks stay off the queue.
    expect(ledger.cards.map((c) => c.questionId).sort()).toEqual(Object.keys(answers).sort());
    for (const card of ledger.cards) {
      expect(card).toMatchObject({ reps: 1, lastReview: after.attempt.submittedAt });
      expect(card.due.getTime()).toBeGreaterThan(after.attempt.submittedAt!.getTime());
    }

    // A retry (a double click, a second tab, the timer firing after the button): same answer, nothing moves.
    const again = await submit(attempt.id, { userId: student.id });
    expect(again).toEqual(first);
    const timeUp = await submit(attempt.id, { userId: student.id, body: { timeUp: true } });
    expect(timeUp).toEqual(first);
    expect(await snapshotAttempt(attempt.id)).toEqual(after);
    expect(await ledgerOf(student.id, attempt.id)).toEqual(ledger);
    expect(gradeAttempt).toHaveBeenCalledTimes(1);
  });

  it("graded once under 25 submits at the same moment, each answered alike", async () => {
    const { student, attempt, expected } = await answeredAttempt();
    vi.mocked(gradeAttempt).mockClear();

    const replies = await Promise.all(Array.from({ length: 25 }, (_, i) => submit(attempt.id, { userId: student.id, body: i % 2 ? { timeUp: true } : {} })));
    for (const reply of replies) expect(reply).toMatchObject({ status: 200, body: { ok: true, attemptId: attempt.id } });
    expect(gradeAttempt).toHaveBeenCalledTimes(1);

    const points = pointsForAttempt({ score: expected.score, isAssignment: false });
    const ledger = await ledgerOf(student.id, attempt.id);
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.points).toBe(points);
    expect(ledger.weeks.map((w) => w.points)).toEqual([points]);
    for (const card of ledger.cards) expect(card.reps).toBe(1);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(expected.score);
  });

  it("closes racing after each saw the attempt open (a submit and the deadline's close): one claim wins, the rest change nothing", async () => {
    const { student, attempt } = await answeredAttempt();
    vi.mocked(gradeAttempt).mockClear();
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => closeAttempt(attempt.id, i % 2 ? "expired" : "submitted")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(gradeAttempt).toHaveBeenCalledTimes(1);
    expect((await ledgerOf(student.id, attempt.id)).entries).toHaveLength(1);
  });

  it("a second attempt moves the cards it answers again and adds the totals up", async () => {
    const { student, questions, attempt, expected } = await answeredAttempt();
    expect((await submit(attempt.id, { userId: student.id })).status).toBe(200);
    const before = await ledgerOf(student.id, attempt.id);

    const single = questions.find((q) => q.type === "single_choice")!;
    const second = await createAttempt({ userId: student.id, articleId: questions[0]!.articleId!, questionIds: [single.id] });
    expect((await putAnswer(second.id, single.id, { userId: student.id, body: { response: { choice: 1 } } })).status).toBe(200);
    expect(await submit(second.id, { userId: student.id })).toMatchObject({ status: 200, body: { ok: true, attemptId: second.id } });

    const graded = await db.attempt.findUniqueOrThrow({ where: { id: second.id } });
    const secondPoints = pointsForAttempt({ score: graded.score!, isAssignment: false });
    const after = await ledgerOf(student.id, second.id);
    expect(after.entries).toHaveLength(1);
    expect(after.points).toBe(pointsForAttempt({ score: expected.score, isAssignment: false }) + secondPoints);
    expect(after.cards).toHaveLength(before.cards.length); // moved, not added
    const moved = after.cards.find((c) => c.questionId === single.id)!;
    const was = before.cards.find((c) => c.questionId === single.id)!;
    expect(moved).toMatchObject({ id: was.id, reps: 2, lastReview: graded.submittedAt, createdAt: was.createdAt });
    for (const card of after.cards.filter((c) => c.questionId !== single.id)) expect(card).toEqual(before.cards.find((c) => c.id === card.id));
  });

  it("a grade that fails part-way leaves nothing behind (the claim rolls back) and says so without details; the retry grades", async () => {
    const { student, attempt, expected } = await answeredAttempt();
    const before = await snapshotAttempt(attempt.id);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.mocked(gradeAttempt).mockImplementationOnce(() => {
      throw new Error("secret detail: key 42");
    });
    const failed = await submit(attempt.id, { userId: student.id });
    logged.mockRestore();
    expect(failed).toEqual({ status: 500, body: { ok: false, message: "Something went wrong on our side. Please try again." }, cache: "private, no-store" });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
    expect(await db.pointsEntry.count({ where: { attemptId: attempt.id } })).toBe(0);

    // The connection is free again (the lock was released) and the retry grades.
    expect(await submit(attempt.id, { userId: student.id })).toMatchObject({ status: 200, body: { ok: true, attemptId: attempt.id } });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(expected.score);
  });

  it("refuses a visitor, a forged cookie, another student, another site and unknown attempts, changing nothing", async () => {
    const { student, attempt } = await answeredAttempt();
    const intruder = await createUser();
    const teacher = await createUser({ role: "teacher" });
    const before = await snapshotAttempt(attempt.id);

    expect(await submit(attempt.id, { userId: null })).toMatchObject({
      status: 401,
      body: { ok: false, message: "You've been signed out. Sign in again to submit: your answers are saved." },
    });
    const forged = (await sessionCookie(student.id)).slice(0, -6) + "AAAAAA";
    expect(await submit(attempt.id, { headers: { cookie: forged } })).toMatchObject({ status: 401 });
    for (const other of [intruder, teacher]) {
      expect(await submit(attempt.id, { userId: other.id })).toEqual({
        status: 404,
        body: { ok: false, message: "We couldn't find that attempt." },
        cache: "private, no-store",
      });
    }
    expect(await submit("no-such-attempt", { userId: student.id })).toMatchObject({ status: 404 });
    const foreign: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { origin: "https://evil.example", "sec-fetch-site": "" }];
    for (const headers of foreign) {
      expect(await submit(attempt.id, { userId: student.id, headers }), JSON.stringify(headers)).toMatchObject({
        status: 403,
        body: { ok: false, message: "Quizzes can only be submitted from Factdeck's own pages." },
      });
    }
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
    expect(await db.pointsEntry.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("refuses what the quiz page never sends with one clear message, changing nothing", async () => {
    const { student, attempt } = await answeredAttempt();
    const before = await snapshotAttempt(attempt.id);
    const unreadable = { ok: false, message: "That attempt couldn't be read." };
    const cases: { raw: string; headers?: Record<string, string>; status?: number }[] = [
      { raw: "{not json" },
      { raw: JSON.stringify({ timeUp: "yes" }) },
      { raw: JSON.stringify({ timeUp: true, attemptId: "someone-else" }) }, // the attempt comes from the path only
      { raw: JSON.stringify([true]) },
      { raw: "timeUp=1", headers: { "content-type": "application/x-www-form-urlencoded" } },
      { raw: JSON.stringify({ pad: "x".repeat(5_000) }), status: 413 },
    ];
    for (const c of cases) {
      const reply = await submit(attempt.id, { userId: student.id, raw: c.raw, headers: c.headers });
      expect(reply, c.raw.slice(0, 40)).toMatchObject({ status: c.status ?? 400, body: unreadable });
    }
    const badId = await submit("not an id!", { userId: student.id });
    expect(badId).toMatchObject({ status: 400, body: unreadable });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("past the deadline and its grace, closes the attempt as expired at its deadline, points dated then", async () => {
    const deadline = new Date(Date.now() - DEADLINE_GRACE_MS - 60_000);
    const { student, attempt, expected } = await answeredAttempt({ deadline });
    expect(await submit(attempt.id, { userId: student.id })).toEqual({ status: 200, body: { ok: true, attemptId: attempt.id }, cache: "private, no-store" });
    const after = await snapshotAttempt(attempt.id);
    expect(after.attempt).toMatchObject({ status: "expired", submittedAt: deadline, score: expected.score });
    const [entry] = (await ledgerOf(student.id, attempt.id)).entries;
    expect(entry).toMatchObject({ awardedAt: deadline });
  });

  it("within the grace after the deadline, a submit still counts as submitted", async () => {
    const { student, attempt } = await answeredAttempt({ deadline: new Date(Date.now() - DEADLINE_GRACE_MS / 2) });
    expect(await submit(attempt.id, { userId: student.id })).toMatchObject({ status: 200, body: { ok: true } });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe("submitted");
  });

  it("when the page's timer ran out but the teacher gave more time, closes nothing and says the new deadline", async () => {
    const later = new Date(Date.now() + 10 * 60_000);
    const { student, attempt } = await answeredAttempt({ deadline: later });
    const before = await snapshotAttempt(attempt.id);
    expect(await submit(attempt.id, { userId: student.id, body: { timeUp: true } })).toEqual({
      status: 200,
      body: { ok: true, attemptId: attempt.id, extended: { deadline: later.toISOString() } },
      cache: "private, no-store",
    });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
    // The student's own submit (no timeUp) closes it as usual.
    expect(await submit(attempt.id, { userId: student.id })).toMatchObject({ status: 200, body: { ok: true, attemptId: attempt.id } });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe("submitted");
  });
});
