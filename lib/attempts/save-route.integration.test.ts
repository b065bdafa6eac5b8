// The autosave route (PUT /api/attempts/:id/responses/:questionId) as the quiz page calls it:
// real requests, a real encrypted session cookie, a real (temporary) SQLite database.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { questionSchema } from "@/lib/question-types";
import { putAnswer, sessionCookie } from "@/test/autosave";
import { createArticleWithQuestions, createAttempt, createUser, snapshotAttempt } from "@/test/factories";
import { submitAttemptAction } from "./actions";
import { signInAs } from "@/test/session";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));

async function studentWithAttempt() {
  const student = await createUser();
  const { article, questions } = await createArticleWithQuestions();
  const attempt = await createAttempt({ userId: student.id, articleId: article.id, questionIds: questions.map((q) => q.id) });
  const single = questions.find((q) => q.type === "single_choice")!;
  return { student, questions, attempt, single };
}

async function reply(res: Response) {
  return { status: res.status, body: (await res.json()) as unknown, cache: res.headers.get("cache-control") };
}

describe("PUT /api/attempts/:id/responses/:questionId", () => {
  it("saves the answer, says when, and saving it again changes nothing", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    const first = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 2 }, timeMs: 4200 } }));
    expect(first).toEqual({ status: 200, body: { ok: true, savedAt: expect.any(String) }, cache: "private, no-store" });
    const again = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 2 } } }));
    expect(again.status).toBe(200);

    const rows = await db.response.findMany({ where: { attemptId: attempt.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ questionId: single.id, answerJson: { choice: 2 }, questionVersion: single.version, timeMs: 4200 });
  });

  it("refuses a visitor, a forged or expired cookie, and another student, changing nothing", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    const intruder = await createUser();
    await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 1 } } });
    const before = await snapshotAttempt(attempt.id);
    const body = { response: { choice: 3 } };

    const signedOut = { ok: false, message: "You've been signed out. Sign in again to keep saving your answers." };
    expect(await reply(await putAnswer(attempt.id, single.id, { userId: null, body }))).toMatchObject({ status: 401, body: signedOut });
    const forged = (await sessionCookie(student.id)).slice(0, -6) + "AAAAAA";
    expect(await reply(await putAnswer(attempt.id, single.id, { userId: null, body, headers: { cookie: forged } }))).toMatchObject({ status: 401 });
    const expired = await sessionCookie(student.id, { maxAge: -60 });
    expect(await reply(await putAnswer(attempt.id, single.id, { userId: null, body, headers: { cookie: expired } }))).toMatchObject({ status: 401 });

    const theirs = await reply(await putAnswer(attempt.id, single.id, { userId: intruder.id, body }));
    expect(theirs).toMatchObject({ status: 404, body: { ok: false, message: "We couldn't find that attempt." } });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("refuses requests from other sites (the cookie alone is not enough)", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    const before = await snapshotAttempt(attempt.id);
    const foreign: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "https://evil.example", "sec-fetch-site": "" }];
    for (const headers of foreign) {
      const res = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 1 } }, headers }));
      expect(res, JSON.stringify(headers)).toMatchObject({ status: 403, body: { ok: false, message: "Answers can only be saved from Factdeck's own pages." } });
    }
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("refuses bodies that aren't a JSON answer, with a clear message", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    const before = await snapshotAttempt(attempt.id);
    const cases = [
      { raw: "{not json", message: "That answer couldn't be read. Please try again." },
      { raw: "choice=1", headers: { "content-type": "application/x-www-form-urlencoded" }, message: "Send the answer as JSON." },
      { raw: JSON.stringify({ response: { choice: 1 }, timeMs: -5 }), message: "That answer couldn't be read. Please try again." },
      { raw: JSON.stringify({ response: { choice: 9 } }) },
    ];
    for (const c of cases) {
      const res = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, raw: c.raw, headers: c.headers }));
      expect(res.status, c.raw.slice(0, 40)).toBe(400);
      if (c.message) expect(res.body).toEqual({ ok: false, message: c.message });
    }
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("refuses an over-long body with 413, reading no more of a chunked one than the bound (issue 12, defect 10)", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    const before = await snapshotAttempt(attempt.id);
    const tooLong = { status: 413, body: { ok: false, message: "That answer is too long to save." } };
    const declared = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, raw: JSON.stringify({ response: { choice: 1 }, pad: "x".repeat(20_000) }) }));
    expect(declared).toMatchObject(tooLong);

    // 256 MB sent in 64 KB chunks with no Content-Length: the stream is pulled only as it is read.
    const CHUNK = 64 * 1024;
    const TOTAL = 256 * 1024 * 1024;
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= TOTAL) return controller.close();
        pulled += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const url = `http://localhost:3000/api/attempts/${attempt.id}/responses/${single.id}`;
    const request = new Request(url, {
      method: "PUT",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "sec-fetch-site": "same-origin", cookie: await sessionCookie(student.id) },
      body,
      duplex: "half",
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const { putResponse } = await import("./save-route");
    expect(await reply(await putResponse(request, attempt.id, single.id))).toMatchObject(tooLong);
    expect(cancelled).toBe(true);
    // The bound is 16 KB; the stream may be a chunk or two ahead of the reader, never the whole body.
    expect(pulled).toBeLessThan(1024 * 1024);
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("says a submitted attempt is closed even right after a save (nothing stale is trusted)", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    expect((await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 0 } } })).status).toBe(200);
    signInAs(student.id);
    expect(await submitAttemptAction({ attemptId: attempt.id })).toMatchObject({ ok: true });
    const before = await snapshotAttempt(attempt.id);
    const late = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 1 } } }));
    expect(late).toMatchObject({ status: 409, body: { ok: false, message: "This attempt is closed, so answers can no longer change." } });
    expect(await snapshotAttempt(attempt.id)).toEqual(before);
  });

  it("records the question's current version after an edit, and checks the answer against it", async () => {
    const { student, attempt, single } = await studentWithAttempt();
    expect((await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 3 } } })).status).toBe(200);

    // The teacher trims the question to three options (version 2).
    const body = questionSchema.parse(single.bodyJson);
    if (body.type !== "single_choice") throw new Error("fixture changed");
    const trimmed = { ...body, options: body.options.slice(0, 3), answer: Math.min(body.answer, 2) };
    await db.question.update({ where: { id: single.id }, data: { version: single.version + 1, bodyJson: trimmed } });

    const outOfRange = await reply(await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 3 } } }));
    expect(outOfRange.status).toBe(400);
    expect((await putAnswer(attempt.id, single.id, { userId: student.id, body: { response: { choice: 2 } } })).status).toBe(200);
    const row = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: single.id } });
    expect(row).toMatchObject({ questionVersion: single.version + 1, answerJson: { choice: 2 } });
  });
});
