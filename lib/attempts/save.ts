import "server-only";
import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import { db, executeSql, provider, querySql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Question } from "@/lib/question-types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseResponse } from "@/lib/grading";
import { fromSqlText, loadOptionOrders, loadQuestion, loadQuestionOrder } from "@/lib/data/loaders";
import { saveResponseInput } from "@/lib/validation/attempts";
import { remapResponse, type OptionOrders } from "./option-order";
import { acceptsAnswers, ATTEMPT_CLOSED } from "./policy";

const CHECKED = "You've already checked this answer, so it can't change.";
const NOT_IN_ATTEMPT = "That question isn't part of this attempt.";
const MOVED_ON = "This quiz goes one question at a time, and you've moved on from that question, so its answer can't change.";
const NOT_YET = "This quiz goes one question at a time: that question isn't open yet.";

// Autosave is the hottest write in the app: one call per answer, from every student at once.
// What it needs to know splits in two:
//  - facts that never change once written — an attempt's owner, questions, option order and
//    whether it goes one question at a time; a question's body at a given version — and its
//    deadline, which can only move later, are remembered per process, so a save usually reads
//    nothing (a save the remembered deadline would refuse reads it again first);
//  - state that does change — whether the attempt is still open, the question's current
//    version, whether the answer was already checked, which question a one-at-a-time attempt
//    is on — is checked by the write itself, in one conditional statement.
// Plain SQL on the driver connection rather than Prisma Client's queries: Prisma 6 compiles
// every query (in WebAssembly) on each call, which cost more than everything else in a save
// (bench/attempts). The statements run on SQLite and PostgreSQL alike (lib/db.ts sends each its placeholders).

type AttemptFacts = {
  userId: string;
  /** Each question's position in the attempt. */
  positions: Map<string, number>;
  optionOrders: OptionOrders;
  deadline: Date | null;
  oneAtATime: boolean;
};
type QuestionAt = { version: number; question: Question };

const attemptFacts = new LRUCache<string, AttemptFacts>({ max: 20_000 });
const questionsSeen = new LRUCache<string, QuestionAt>({ max: 5_000 });

const lookupRow = z.object({
  userId: z.string(),
  status: z.string(),
  deadline: z.string().nullable(),
  // The driver hands a BOOLEAN column back as "0" or "1".
  oneAtATime: z.union([z.boolean(), z.coerce.number()]).transform((v) => v === true || v === 1),
  // Json columns, as their stored text: read by lib/data/loaders.ts (fromSqlText).
  questionOrder: z.unknown(),
  optionOrder: z.unknown(),
  questionId: z.string().nullable(),
  bodyJson: z.unknown(),
  version: z.coerce.number().int().nullable(),
});

/** Reads the attempt (with its status) and the question's current version; refreshes what is remembered. */
async function lookUp(attemptId: string, questionId: string) {
  const [found] = await querySql(Prisma.sql`
    SELECT a."userId", a."status", a."deadline", a."oneAtATime", a."questionOrder", a."optionOrder", q."id" AS "questionId", q."bodyJson", q."version"
    FROM "Attempt" a LEFT JOIN "Question" q ON q."id" = ${questionId}
    WHERE a."id" = ${attemptId}`);
  if (!found) return null;
  const row = lookupRow.parse(found);
  const facts: AttemptFacts = {
    userId: row.userId,
    // A raw query: the Json columns come back as their stored text.
    positions: new Map(loadQuestionOrder({ id: attemptId, questionOrder: fromSqlText("Attempt", attemptId, "questionOrder", row.questionOrder) }).map((id, i) => [id, i])),
    optionOrders: loadOptionOrders({ id: attemptId, optionOrder: fromSqlText("Attempt", attemptId, "optionOrder", row.optionOrder) }),
    deadline: row.deadline === null ? null : new Date(row.deadline),
    oneAtATime: row.oneAtATime,
  };
  attemptFacts.set(attemptId, facts);
  let question: QuestionAt | undefined;
  if (row.questionId !== null && row.bodyJson != null && row.version !== null) {
    question = { version: row.version, question: loadQuestion({ id: row.questionId, bodyJson: fromSqlText("Question", row.questionId, "bodyJson", row.bodyJson) }) };
    questionsSeen.set(questionId, question);
  }
  return { facts, status: row.status, question };
}

/**
 * Saves one answer of the user's own attempt as it is given. Idempotent: saving the same
 * answer twice changes nothing. Throws an AppError with a message for the user when the input
 * can't be read, the attempt or question isn't the user's, or the attempt no longer takes answers.
 */
export async function saveResponse(userId: string, input: unknown): Promise<{ savedAt: Date }> {
  const parsedInput = saveResponseInput.safeParse(input);
  if (!parsedInput.success) throw new ValidationError("That answer couldn't be read. Please try again.");
  const { attemptId, questionId, response, timeMs } = parsedInput.data;

  for (let fresh = false; ; fresh = true) {
    let facts = fresh ? undefined : attemptFacts.get(attemptId);
    let question = fresh ? undefined : questionsSeen.get(questionId);
    if (!facts || !question) {
      const found = await lookUp(attemptId, questionId);
      if (!found || found.facts.userId !== userId) throw new NotFoundError("We couldn't find that attempt.");
      if (found.status !== "in_progress") throw new ConflictError(ATTEMPT_CLOSED);
      if (!found.question) throw new NotFoundError(NOT_IN_ATTEMPT);
      facts = found.facts;
      question = found.question;
    }
    if (facts.userId !== userId) throw new NotFoundError("We couldn't find that attempt.");
    const position = facts.positions.get(questionId);
    if (position === undefined) throw new NotFoundError(NOT_IN_ATTEMPT);
    const now = new Date();
    if (!acceptsAnswers({ status: "in_progress", deadline: facts.deadline }, now)) {
      // A deadline only ever moves later (an extension, a longer time limit: lib/assignments/
      // manage.ts), so a remembered one can be out of date only in the student's favour: read it
      // again before refusing. This also covers a change made through another app instance.
      if (!fresh) continue;
      throw new ConflictError(ATTEMPT_CLOSED);
    }

    const shown = remapResponse(question.question.type, response, facts.optionOrders[questionId], "toCanonical");
    const parsed = parseResponse(question.question, shown);
    if (!parsed.ok) throw new ValidationError(parsed.message);

    // Lands only while the attempt is open (and, one question at a time, on this question) and
    // the question is still at the version the answer was checked against, and never over an
    // answer already checked. One statement, so a submit or a move on racing it can't slip
    // between the check and the write: SQLite runs statements one at a time and atomically.
    // PostgreSQL runs them side by side, so there the row is read FOR SHARE: a save racing a
    // submit waits for the submit's claim on the attempt row to commit, then reads the attempt
    // again and finds it closed (and a submit waits for a save already holding the row).
    const changed = await executeSql(Prisma.sql`
      INSERT INTO "Response" ("id", "attemptId", "questionId", "questionVersion", "answerJson", "answeredAt", "timeMs")
      SELECT ${randomUUID()}, a."id", q."id", q."version", ${JSON.stringify(parsed.response) /* a Json column: its text */}, ${now}, ${timeMs ?? null}
      FROM "Attempt" a JOIN "Question" q ON q."id" = ${questionId} AND q."version" = ${question.version}
      WHERE a."id" = ${attemptId} AND a."userId" = ${userId} AND a."status" = 'in_progress'
        ${facts.oneAtATime ? Prisma.sql`AND a."currentIndex" = ${position}` : Prisma.empty}
        ${provider === "postgresql" ? Prisma.sql`FOR SHARE OF a` : Prisma.empty}
      ON CONFLICT ("attemptId", "questionId") DO UPDATE SET
        "questionVersion" = excluded."questionVersion",
        "answerJson" = excluded."answerJson",
        "answeredAt" = excluded."answeredAt",
        "timeMs" = COALESCE(excluded."timeMs", "Response"."timeMs")
      WHERE "Response"."checkedAt" IS NULL`);
    if (changed > 0) return { savedAt: now };
    // Refused: the attempt closed or moved on, the question was edited (check against the new
    // version), or the answer was checked. The rare path, so a fresh read says which.
    if (!fresh) continue;
    const state = await db.attempt.findUnique({ where: { id: attemptId }, select: { status: true, currentIndex: true } });
    if (!state || state.status !== "in_progress") throw new ConflictError(ATTEMPT_CLOSED);
    if (facts.oneAtATime && state.currentIndex !== position) throw new ConflictError(position < state.currentIndex ? MOVED_ON : NOT_YET);
    throw new ConflictError(CHECKED);
  }
}
