// The app-wide question model: the type list, one zod schema per type (each owned by its type's
// module), the public key-free view and the response shapes. The engine validates what it
// generates against these, the teacher's editor validates edits against the same ones, and
// grading reads them. Behaviour per type lives in the modules (./index.ts is the registry).
import { z } from "zod";
import { evidenceResponse, evidenceSchema } from "./evidence";
import { fillBlankResponse, fillBlankSchema } from "./fill-blank";
import { matchingResponse, matchingSchema } from "./matching";
import { multipleSelectResponse, multipleSelectSchema } from "./multiple-select";
import { numericResponse, numericSchema } from "./numeric";
import { orderingResponse, orderingSchema } from "./ordering";
import { singleChoiceResponse, singleChoiceSchema } from "./single-choice";
import { trueFalseResponse, trueFalseSchema } from "./true-false";

export { sourceRefSchema, questionFlagSchema, QUESTION_STATUSES, type QuestionFlag } from "./base";
export { singleChoiceSchema, multipleSelectSchema, trueFalseSchema, numericSchema, fillBlankSchema, orderingSchema, matchingSchema, evidenceSchema };

export const QUESTION_TYPES = [
  "single_choice",
  "multiple_select",
  "true_false",
  "numeric",
  "fill_blank",
  "ordering",
  "matching",
  "evidence",
] as const;

export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleSelectSchema,
  trueFalseSchema,
  numericSchema,
  fillBlankSchema,
  orderingSchema,
  matchingSchema,
  evidenceSchema,
]);

export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** A question before the gate gives it an id, difficulty, status and flags (what builders make). */
export type QuestionBody<T extends QuestionType = QuestionType> = T extends QuestionType ? Omit<QuestionOf<T>, "id" | "difficulty" | "status" | "flags"> : never;

/** What a browser may see before the attempt is closed: no answer, answerText or explanation. */
export type PublicQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  options?: string[];
  prompts?: string[];
  /** Unit hint for numeric questions. */
  unit?: string;
  /** Evidence questions: the passage's sentences, in reading order (no offsets: they would key it). */
  passage?: string[];
};

// Responses: what a student submits for each type. Bounded so huge payloads are refused.
export const responseSchemas = {
  single_choice: singleChoiceResponse,
  multiple_select: multipleSelectResponse,
  true_false: trueFalseResponse,
  numeric: numericResponse,
  fill_blank: fillBlankResponse,
  ordering: orderingResponse,
  matching: matchingResponse,
  evidence: evidenceResponse,
} as const satisfies Record<QuestionType, z.ZodType>;

export type ResponseOf<T extends QuestionType> = z.infer<(typeof responseSchemas)[T]>;
export type AnyResponse = { [T in QuestionType]: ResponseOf<T> }[QuestionType];
