import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Question } from "@/lib/question-types";
import { loadQuestion } from "./store";

type Tx = Prisma.TransactionClient;

/**
 * The questions as each response answered them: the stored version if the question was
 * edited since, else the current question. Grading always uses this, so an edit never
 * changes the grade of an answer already given.
 */
export async function questionsAsAnswered(tx: Tx, answered: { questionId: string; questionVersion: number }[], questionIds: string[]): Promise<Question[]> {
  const rows = await tx.question.findMany({ where: { id: { in: questionIds } } });
  const versions = await tx.questionVersion.findMany({ where: { questionId: { in: answered.map((a) => a.questionId) } } });
  const wanted = new Map(answered.map((a) => [a.questionId, a.questionVersion]));
  const byKey = new Map(versions.map((v) => [`${v.questionId}:${v.version}`, v]));
  return rows.map((row) => {
    const version = wanted.get(row.id);
    const snapshot = version !== undefined && version !== row.version ? byKey.get(`${row.id}:${version}`) : undefined;
    return snapshot ? loadQuestion({ id: row.id, bodyJson: snapshot.bodyJson }, "QuestionVersion") : loadQuestion(row);
  });
}
