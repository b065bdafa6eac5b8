// Result shapes shared by the grading modules. Plain data, so the attempts layer can store
// them as JSON. They describe the response against the answer key: the caller decides
// whether feedback may reach the browser yet (see the feedback modes in issue 4).
import type { QuestionType, ResponseOf } from "@/lib/question-types";

export type ParseResult<T extends QuestionType = QuestionType> =
  | { ok: true; response: ResponseOf<T> }
  | { ok: false; message: string };

export type GradeDetail =
  | { type: "single_choice"; chosen: number }
  | { type: "true_false"; value: boolean }
  | {
      type: "multiple_select";
      /** Picked and correct. */
      rightPicks: number[];
      /** Picked but not correct. */
      wrongPicks: number[];
      /** Correct but not picked. */
      missed: number[];
    }
  | {
      type: "numeric";
      /** The student's number, expressed in the question's unit. */
      parsed: number;
      /** |parsed - answer|. */
      difference: number;
    }
  | {
      type: "fill_blank";
      /** The response after normaliseText, as it was compared. */
      normalised: string;
      /** The accepted value it matched, or null. */
      matched: string | null;
    }
  | {
      type: "ordering";
      /** inPlace[k]: the item the student put at position k belongs there. */
      inPlace: boolean[];
      /** Item pairs the student ordered the same way as the key, out of `pairs`. */
      agreeingPairs: number;
      pairs: number;
    }
  | {
      type: "matching";
      /** matched[i]: prompt i was paired with its right choice (unanswered = false). */
      matched: boolean[];
    }
  | {
      type: "evidence";
      /** The passage sentence the student chose (its index in the passage). */
      chosen: number;
    }
  | {
      /** The response (or the question) could not be graded; it scores 0. */
      type: "invalid";
      message: string;
    };

/** score is in [0, 1]; correct is true only for a fully right answer (score 1). */
export type GradeResult = { score: number; correct: boolean } & GradeDetail;

export interface QuestionOutcome {
  questionId: string;
  /** False when no response was given for this question. */
  answered: boolean;
  result: GradeResult;
}

export interface AttemptGrade {
  results: QuestionOutcome[];
  /** Sum of the per-question scores. */
  score: number;
  /** One point per question. */
  maxScore: number;
  /** 0..100, one decimal place; 0 for an empty quiz. */
  percent: number;
}
