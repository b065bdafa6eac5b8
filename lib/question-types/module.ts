// The contract every question type fulfils. One module per type implements it (./<type>.ts) and
// the registry (./index.ts) holds them as Record<QuestionType, …>, so adding a type to
// QUESTION_TYPES fails to compile until its module exists, and no caller switches over types.
// Methods (not arrow properties) so a module for one type is usable as a module for any type:
// callers look the module up by the question's own type, which is what makes that sound.
import type { z } from "zod";
import type { GradeResult, ParseResult } from "../grading/types";
import type { QuestionDraft } from "@/lib/questions/draft";
import type { PublicQuestion, QuestionBody, QuestionOf, QuestionType, ResponseOf } from "./model";

/** What the server knows of the stored question when a teacher's draft is turned back into one. */
export type DraftBase = { source: QuestionOf<QuestionType>["source"]; passage?: QuestionOf<"evidence">["passage"] };

export interface QuestionTypeModule<T extends QuestionType> {
  type: T;
  /** What teachers read ("Single choice"). */
  label: string;
  /** The question's zod schema (also a member of questionSchema's union). */
  schema: z.ZodType;
  /** What a student submits. */
  response: z.ZodType<ResponseOf<T>>;
  /** 0..1 before closeness and option count (the gate's difficulty). */
  baseDifficulty: number;
  /** Options shown in a per-attempt shuffled order (answers stay in canonical indices). */
  shufflesOptions: boolean;
  /** The key-free fields a browser may see beside id, type and prompt. */
  publicFields(q: QuestionOf<T>): Partial<PublicQuestion>;
  /** The browser's raw response as a typed one, or a message saying how to answer. May throw on hostile input (the caller catches). */
  parse(q: QuestionOf<T>, raw: unknown): ParseResult<T>;
  /** The message when parsing throws (hostile input, corrupt question). */
  parseFallback: string;
  /** Scores a parsed response: score in [0, 1], correct only when fully right. */
  grade(q: QuestionOf<T>, r: ResponseOf<T>): GradeResult;
  /** The response that earns full marks. */
  correctResponse(q: QuestionOf<T>): ResponseOf<T>;
  /** A typical slip (demo students' past attempts). */
  wrongResponse(q: QuestionOf<T>): ResponseOf<T>;
  /** A stored answer as a person reads it; null when there is none (or it is unreadable). */
  formatAnswer(q: QuestionOf<T>, r: Record<string, unknown>): string | null;
  /** A response's option indices mapped through a shuffle table (identity for unshuffled types). */
  remapResponse(r: Record<string, unknown>, table: number[]): unknown;
  /** The answer (or an option) readable in the stem: the critic's answer_in_stem, and gate.leaks(). */
  stemLeak(q: QuestionBody<T>): string | null;
  /** Answers a student gives, as text another question's stem could show (./giveaway in the engine). */
  keys(q: QuestionBody<T>): string[];
  /** Text the question states (stem, items) and text it offers as choices. */
  shown(q: QuestionBody<T>): { stated: string[]; offered: string[] };
  /** Choice-like types: every option with whether it is keyed, and the labels a response picked (results tallies). */
  tally: { labels(q: QuestionOf<T>): { labels: string[]; correct: boolean[] }; picked(q: QuestionOf<T>, r: Record<string, unknown>): string[] } | null;
  /** How a wrong answer is grouped in results ("62.40" and "62.4 %" are one); null when there is none. */
  wrongKey(q: QuestionOf<T>, r: Record<string, unknown>): string | null;
  /** The editor's working form: the draft fields this question fills, and the question fields a draft stands for. */
  draft: {
    from(q: QuestionOf<T>): Partial<QuestionDraft>;
    toFields(d: QuestionDraft, base: DraftBase): Record<string, unknown>;
    /** Which editor field a schema problem at this path (under "answer"/"answerText"/…) belongs to. */
    fieldFor(path: PropertyKey[]): string;
  };
}
