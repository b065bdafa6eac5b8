import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Question } from "@/lib/question-types";

type Tx = Prisma.TransactionClient;
type Original = { id: string; articleId: string; difficulty: number; sentence: string; start: number; end: number };

/**
 * A teacher's own copy of a question they don't own, with their edit in it: a new draft in the same
 * article's bank (same source sentence), theirs to approve, retire and edit in place. The original,
 * and every set and assignment using it, stays exactly as it was.
 */
export async function createOwnCopy(tx: Tx, original: Original, edited: Question, userId: string) {
  const key = `c-${randomUUID().slice(0, 12)}`;
  const bodyJson = { ...edited, id: key };
  return tx.question.create({
    data: {
      articleId: original.articleId,
      key,
      type: edited.type,
      status: "draft",
      prompt: edited.prompt,
      bodyJson,
      difficulty: original.difficulty,
      sentence: original.sentence,
      start: original.start,
      end: original.end,
      origin: "manual",
      createdById: userId,
      copiedFromId: original.id,
      versions: { create: { version: 1, bodyJson } },
    },
    select: { id: true },
  });
}
