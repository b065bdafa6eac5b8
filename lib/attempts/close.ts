import "server-only";
import { z } from "zod";
import { fromSqlText, loadAnswer, loadQuestion, loadQuestionOrder } from "@/lib/data/loaders";
import { db, sqlTransaction, type SqlTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { gradeAttempt } from "@/lib/grading";
import type { Question } from "@/lib/question-types";
import { afterAttemptGraded } from "./after-grade";
import { DEADLINE_GRACE_MS, isOverdue } from "./policy";

// Grading is the write a whole class makes in the same second (a timed assignment's pages
// submit themselves when time runs out), and SQLite has one writer. So it is one short
// transaction of plain statements on the driver connection (lib/db.ts sqlTransaction): Prisma
// Client's typed queries compiled each of its ~15 statements in WebAssembly on every call, which
// was half a submit's CPU (bench/attempts/README.md). Statements are written for SQLite, like the
// schema's provider (a PostgreSQL port reads them as they are, bar the value shapes parsed below).

const claimedRow = z.object({
  userId: z.string(),
  classId: z.string().nullable(),
  questionOrder: z.unknown(), // Json: its stored text
});

/** One question of the attempt as the student answered it: the body they saw, their answer if any. */
const answeredRow = z.object({
  id: z.string(),
  bodyJson: z.unknown(),
  /** The body of the version answered, when the question was edited since (null: the current one is it). */
  answeredBodyJson: z.unknown(),
  responseId: z.string().nullable(),
  answerJson: z.unknown(),
});

/** The attempt's questions as each response answered them (lib/questions/versions.ts, in SQL) and the answers. */
async function readAnswers(tx: SqlTransaction, attemptId: string, order: string[]): Promise<{ questions: Question[]; raw: Record<string, unknown> }> {
  if (order.length === 0) return { questions: [], raw: {} };
  const rows = await tx.query(Prisma.sql`
    SELECT q."id", q."bodyJson", v."bodyJson" AS "answeredBodyJson", r."id" AS "responseId", r."answerJson"
    FROM "Question" q
    LEFT JOIN "Response" r ON r."attemptId" = ${attemptId} AND r."questionId" = q."id"
    LEFT JOIN "QuestionVersion" v ON v."questionId" = q."id" AND v."version" = r."questionVersion" AND r."questionVersion" <> q."version"
    WHERE q."id" IN (${Prisma.join(order)})`);
  const questions: Question[] = [];
  const raw: Record<string, unknown> = {};
  for (const found of rows) {
    const row = answeredRow.parse(found);
    questions.push(
      row.answeredBodyJson != null
        ? loadQuestion({ id: row.id, bodyJson: fromSqlText("QuestionVersion", row.id, "bodyJson", row.answeredBodyJson) }, "QuestionVersion")
        : loadQuestion({ id: row.id, bodyJson: fromSqlText("Question", row.id, "bodyJson", row.bodyJson) }),
    );
    if (row.responseId !== null) raw[row.id] = loadAnswer({ id: row.responseId, answerJson: fromSqlText("Response", row.responseId, "answerJson", row.answerJson) });
  }
  return { questions, raw };
}

/**
 * Grades an in-progress attempt and closes it, exactly once. The conditional status update is
 * the claim: of any number of concurrent closes, one flips in_progress → closed inside the
 * transaction and writes the grades; the others see nothing to claim and change nothing. The
 * claim comes first, so no answer can be saved between reading the answers and closing (a save
 * lands only while the attempt is in progress: lib/attempts/save.ts). Each answer is graded by
 * the question version it answered. True when this call closed it.
 */
export async function closeAttempt(attemptId: string, status: "submitted" | "expired", closedAt = new Date()): Promise<boolean> {
  return sqlTransaction(async (tx) => {
    const [claimed] = await tx.query(Prisma.sql`
      UPDATE "Attempt" SET "status" = ${status}, "submittedAt" = ${closedAt}, "activeKey" = NULL
      WHERE "id" = ${attemptId} AND "status" = 'in_progress'
      RETURNING "userId", "questionOrder", (SELECT s."classId" FROM "Assignment" s WHERE s."id" = "Attempt"."assignmentId") AS "classId"`);
    if (!claimed) return false;
    const attempt = claimedRow.parse(claimed);
    const order = loadQuestionOrder({ id: attemptId, questionOrder: fromSqlText("Attempt", attemptId, "questionOrder", attempt.questionOrder) });

    const { questions, raw } = await readAnswers(tx, attemptId, order);
    const graded = gradeAttempt(questions, raw);
    const answered = graded.results.filter((o) => o.answered);
    // Every answer's grade in one statement: each statement waits its turn on SQLite's one writer.
    // The casts: PostgreSQL types a CASE of bare parameters as text (SQLite takes the values as they are).
    if (answered.length > 0) {
      const score = Prisma.join(answered.map((o) => Prisma.sql`WHEN ${o.questionId} THEN ${o.result.score}`), " ");
      const correct = Prisma.join(answered.map((o) => Prisma.sql`WHEN ${o.questionId} THEN ${o.result.correct}`), " ");
      await tx.execute(Prisma.sql`
        UPDATE "Response" SET "score" = CAST(CASE "questionId" ${score} END AS DOUBLE PRECISION), "correct" = CAST(CASE "questionId" ${correct} END AS BOOLEAN)
        WHERE "attemptId" = ${attemptId} AND "questionId" IN (${Prisma.join(answered.map((o) => o.questionId))})`);
    }
    await tx.execute(Prisma.sql`UPDATE "Attempt" SET "score" = ${graded.score}, "maxScore" = ${order.length} WHERE "id" = ${attemptId}`);
    await afterAttemptGraded(tx, {
      attemptId,
      userId: attempt.userId,
      classId: attempt.classId,
      score: graded.score,
      awardedAt: closedAt,
      answered: answered.map((o) => ({ questionId: o.questionId, score: o.result.score, correct: o.result.correct })),
    });
    return true;
  });
}

/** Which overdue attempts to close: one student's, one assignment's, or one class's assignments'. */
export type OverdueScope = { userId: string } | { assignmentId: string } | { classId: string };

function scopeWhere(scope: OverdueScope): Prisma.AttemptWhereInput {
  if ("userId" in scope) return { userId: scope.userId };
  if ("assignmentId" in scope) return { assignmentId: scope.assignmentId };
  return { assignment: { classId: scope.classId } };
}

/**
 * Expiring is a step of its own, never a side effect of reading: a page or route handler that
 * shows attempts, grades or points calls one of these first, then its query (which only reads).
 * Each attempt left open past its deadline and grace is closed at its deadline with the answers
 * it had, graded, and its points and review cards written (closeAttempt: exactly once, however
 * many of these race). Returns how many this call closed.
 */
async function closeOverdue(where: Prisma.AttemptWhereInput, now: Date): Promise<number> {
  // Overdue means past deadline + grace (isOverdue); the range reads Attempt(status, deadline).
  const open = await db.attempt.findMany({
    where: { ...where, status: "in_progress", deadline: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    select: { id: true, status: true, deadline: true },
  });
  let closed = 0;
  for (const a of open) {
    if (isOverdue(a, now) && (await closeAttempt(a.id, "expired", a.deadline!))) closed++;
  }
  return closed;
}

/** Closes the overdue attempts in one scope: before a student's pages, an assignment's results, a class's board. */
export function closeOverdueFor(scope: OverdueScope, now = new Date()): Promise<number> {
  return closeOverdue(scopeWhere(scope), now);
}

/** Closes every overdue attempt: before the global boards, which rank everyone. */
export function closeAllOverdue(now = new Date()): Promise<number> {
  return closeOverdue({}, now);
}
