import "server-only";
// Feedback as every view shows it (result page, immediate feedback, spaced review, demo): the
// explanation without a second copy of the source sentence, the words of the sentence that answer
// the question, and the scoring rule beside a partial mark. Holds answer keys: call it only where
// the key may be shown.
import type { Prisma } from "@/lib/generated/prisma/client";
import { moduleOf, type Question } from "@/lib/question-types";
import { answerMarks, type Span } from "./answer-marks";
import { feedbackExplanation } from "./explanation";
import { partialCreditNote, type Graded } from "./scoring-rule";

export type { Span } from "./answer-marks";

type Tx = Pick<Prisma.TransactionClient, "fact">;

export type PresentedFeedback = {
  /** The explanation to show; empty when it only quoted the sentence. */
  explanation: string;
  /** The answering words, as offsets into `source.sentence`; empty when they can't be told for sure. */
  marks: Span[];
  /** How a partial mark was worked out; null unless the mark is partial. */
  partialNote: string | null;
};

/**
 * Where each question's facts are mentioned in its source sentence (offsets into the sentence),
 * by question id: what places a key the sentence holds more than once. One query for all.
 */
export async function factSpansFor(tx: Tx, items: readonly { question: Question; articleId: string | null }[]): Promise<Map<string, Span[]>> {
  // An imported question with no article (lib/interchange) has no facts to place.
  const wanted = items.flatMap(({ question, articleId }) => (articleId !== null && question.factIds.length > 0 ? [{ question, articleId }] : []));
  const out = new Map<string, Span[]>();
  if (wanted.length === 0) return out;
  const facts = await tx.fact.findMany({
    where: { OR: [...new Set(wanted.map((i) => i.articleId))].map((articleId) => ({ articleId, key: { in: wanted.filter((i) => i.articleId === articleId).flatMap((i) => i.question.factIds) } })) },
    select: { articleId: true, key: true, start: true, end: true, markStart: true, markEnd: true },
  });
  for (const { question, articleId } of wanted) {
    const { start, end } = question.source;
    const spans = facts
      .filter((f) => f.articleId === articleId && question.factIds.includes(f.key) && f.markStart !== null && f.markEnd !== null)
      .filter((f) => f.markStart! >= start && f.markEnd! <= end)
      .map((f) => ({ start: f.markStart! - start, end: f.markEnd! - start }));
    out.set(question.id, spans);
  }
  return out;
}

/** The shown parts of one question's feedback. `result` may carry the grade's detail (a worked sum). */
export function presentFeedback(question: Question, result: Graded, factSpans: readonly Span[] = []): PresentedFeedback {
  return {
    explanation: feedbackExplanation(question.explanation, question.source.sentence, question.answerText),
    marks: answerMarks({ sentence: question.source.sentence, keys: moduleOf(question.type).keys(question), factSpans }),
    partialNote: partialCreditNote(question.type, result),
  };
}
