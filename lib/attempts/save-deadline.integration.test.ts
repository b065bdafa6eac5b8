// The autosave remembers an attempt's facts per process (lib/attempts/save.ts). A deadline can
// move later after that — a teacher's extension, here or through another app instance — and a
// save after the remembered deadline must then still land.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticleWithQuestions, createAttempt, createUser } from "@/test/factories";
import { DEADLINE_GRACE_MS } from "./policy";
import { saveResponse } from "./save";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An attempt in its last 800 ms of grace, with one answer saved: its facts, deadline included, are remembered. */
async function answeredInLastGrace() {
  const student = await createUser();
  const { article, questions } = await createArticleWithQuestions();
  const single = questions.find((q) => q.type === "single_choice")!;
  const deadline = new Date(Date.now() - DEADLINE_GRACE_MS + 800);
  const attempt = await createAttempt({ userId: student.id, articleId: article.id, questionIds: questions.map((q) => q.id), deadline });
  await saveResponse(student.id, { attemptId: attempt.id, questionId: single.id, response: { choice: 1 } });
  return { student, attempt, single };
}

describe("saving after the deadline moved later", () => {
  it("reads the new deadline instead of refusing with the remembered one", async () => {
    const { student, attempt, single } = await answeredInLastGrace();

    // The teacher gives an hour more (as lib/assignments/manage.ts writes it), then the grace runs out.
    await db.attempt.update({ where: { id: attempt.id }, data: { deadline: new Date(Date.now() + 3_600_000) } });
    await pause(1_000);
    await saveResponse(student.id, { attemptId: attempt.id, questionId: single.id, response: { choice: 2 } });
    expect((await db.response.findFirstOrThrow({ where: { attemptId: attempt.id } })).answerJson).toEqual({ choice: 2 });
  });

  it("still refuses once the deadline has really passed", async () => {
    const { student, attempt, single } = await answeredInLastGrace();
    await pause(1_000);
    await expect(saveResponse(student.id, { attemptId: attempt.id, questionId: single.id, response: { choice: 2 } })).rejects.toThrow(/closed|time/i);
    expect((await db.response.findFirstOrThrow({ where: { attemptId: attempt.id } })).answerJson).toEqual({ choice: 1 });
  });
});
