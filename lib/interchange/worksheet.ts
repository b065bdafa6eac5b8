// A printable worksheet of a set or a bank: what each question shows on paper and, for the
// optional answer key, its answer and source sentence. The page (components/interchange/
// worksheet.tsx) lays it out with print styles.
import type { Question, QuestionOf, QuestionType } from "@/lib/question-types";

export type WorksheetBody = {
  /** How to answer on paper ("Circle one letter."). */
  instruction: string;
  /** Lettered choices to circle. */
  choices?: string[];
  /** Matching: items on the left, lettered choices on the right. */
  left?: string[];
  right?: string[];
  /** Put in order: items to number. */
  items?: string[];
  /** Writing lines below the question. */
  lines?: number;
  /** Shown after the writing line (a numeric question's unit). */
  unit?: string;
};

/** `type`: the page says the instruction (and True/False) in the teacher's language by it. */
export type WorksheetItem = WorksheetBody & { number: number; type: QuestionType; prompt: string; answer: string; explanation: string; source: string };

/** Shown order for items whose stored order could give the answer away: rotated by one. */
const rotated = <T,>(xs: T[]) => (xs.length < 2 ? xs : [...xs.slice(1), xs[0] as T]);

/** What each type puts on paper: a new type fails to compile until it has an entry. */
export const WORKSHEET_LAYOUT: { [T in QuestionType]: (q: QuestionOf<T>) => WorksheetBody } = {
  single_choice: (q) => ({ instruction: "Circle one letter.", choices: q.options }),
  multiple_select: (q) => ({ instruction: "Circle every letter that is right.", choices: q.options }),
  true_false: () => ({ instruction: "Circle one.", choices: ["True", "False"] }),
  numeric: (q) => ({ instruction: "Write the number.", lines: 1, ...(q.answer.unit ? { unit: q.answer.unit } : {}) }),
  fill_blank: () => ({ instruction: "Fill in the blank.", lines: 1 }),
  // Stored options are in shown order, which the editor derives from the right order: rotate
  // again so paper never prints the answer.
  ordering: (q) => ({ instruction: "Number the items in the right order (1 = first).", items: rotated(q.options) }),
  matching: (q) => ({ instruction: "Write the letter of the match beside each item.", left: q.prompts, right: q.options }),
  evidence: (q) => ({ instruction: "Circle the letter of the sentence that supports the claim.", choices: q.passage.map((s) => s.sentence) }),
};

export function worksheetItems(questions: readonly Question[]): WorksheetItem[] {
  return questions.map((q, i) => ({
    number: i + 1,
    type: q.type,
    prompt: q.prompt,
    answer: q.answerText,
    explanation: q.explanation,
    source: q.source.sentence,
    ...(WORKSHEET_LAYOUT[q.type] as (q: Question) => WorksheetBody)(q),
  }));
}
