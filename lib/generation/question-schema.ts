// One zod schema per question type. The engine validates what it generates against these,
// the teacher's editor validates edits against the same ones, and grading reads them.
import { z } from "zod";

export const QUESTION_TYPES = [
  "single_choice",
  "multiple_select",
  "true_false",
  "numeric",
  "fill_blank",
  "ordering",
  "matching",
] as const;

export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const sourceRefSchema = z.object({
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

const optionText = z.string().trim().min(1).max(300);

/** Why the engine's critic holds a question back for a teacher ("cut_stem", "pronoun_stem" …). */
export const questionFlagSchema = z.object({
  code: z.string().min(1).max(40),
  message: z.string().min(1).max(300),
});
export type QuestionFlag = z.infer<typeof questionFlagSchema>;

/** "ready": the engine is sure of it. "needs_review": a teacher must approve or edit it before any
 *  student sees it. Questions written or edited by a teacher are ready with no flags. */
export const QUESTION_STATUSES = ["ready", "needs_review"] as const;

const base = {
  id: z.string().min(1).max(64),
  prompt: z.string().trim().min(5).max(600),
  answerText: z.string().trim().min(1).max(600),
  explanation: z.string().trim().min(1).max(2000),
  /** 0 (easy) .. 1 (hard). */
  difficulty: z.number().min(0).max(1),
  source: sourceRefSchema,
  factIds: z.array(z.string()).max(20),
  /** Set on every question the engine makes; absent (ready, no flags) on hand-written ones. */
  status: z.enum(QUESTION_STATUSES).optional(),
  flags: z.array(questionFlagSchema).max(20).optional(),
};

const distinct = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length;
const isPermutation = (xs: number[], n: number) =>
  xs.length === n && new Set(xs).size === n && xs.every((x) => x >= 0 && x < n);

export const singleChoiceSchema = z
  .object({
    ...base,
    type: z.literal("single_choice"),
    options: z.array(optionText).min(2).max(8).refine(distinct, "Options must be distinct"),
    /** Index of the correct option. */
    answer: z.number().int().nonnegative(),
  })
  .refine((q) => q.answer < q.options.length, { message: "Answer must be one of the options", path: ["answer"] });

export const multipleSelectSchema = z
  .object({
    ...base,
    type: z.literal("multiple_select"),
    options: z.array(optionText).min(3).max(10).refine(distinct, "Options must be distinct"),
    /** Indices of every correct option, ascending. */
    answer: z.array(z.number().int().nonnegative()).min(1),
  })
  .refine((q) => q.answer.every((i) => i < q.options.length) && new Set(q.answer).size === q.answer.length, {
    message: "Answers must be distinct options",
    path: ["answer"],
  });

export const trueFalseSchema = z.object({
  ...base,
  type: z.literal("true_false"),
  answer: z.boolean(),
});

export const numericSchema = z
  .object({
    ...base,
    type: z.literal("numeric"),
    answer: z.object({
      value: z.number().finite(),
      /** Absolute tolerance: a response r is right when |r - value| <= tolerance. */
      tolerance: z.number().finite().nonnegative(),
      /** Shown next to the input, e.g. "%", "billion USD", "points". */
      unit: z.string().max(40).optional(),
    }),
  });

export const fillBlankSchema = z.object({
  ...base,
  type: z.literal("fill_blank"),
  /** The prompt contains exactly one "____" where the answer goes. */
  answer: z.object({ accepted: z.array(z.string().trim().min(1).max(200)).min(1).max(10) }),
}).refine((q) => q.prompt.includes("____"), { message: "The prompt needs a ____ blank", path: ["prompt"] });

export const orderingSchema = z
  .object({
    ...base,
    type: z.literal("ordering"),
    /** Items in the order they are shown. */
    options: z.array(optionText).min(3).max(8).refine(distinct, "Items must be distinct"),
    /** answer[k] = index (into options) of the item that belongs in position k. */
    answer: z.array(z.number().int().nonnegative()),
  })
  .refine((q) => isPermutation(q.answer, q.options.length), {
    message: "The order must use every item once",
    path: ["answer"],
  });

export const matchingSchema = z
  .object({
    ...base,
    type: z.literal("matching"),
    /** Left-hand items (e.g. quotes, acronyms). */
    prompts: z.array(optionText).min(2).max(8).refine(distinct, "Items must be distinct"),
    /** Right-hand choices (e.g. speakers, organisations); may have extra distractors. */
    options: z.array(optionText).min(2).max(10).refine(distinct, "Choices must be distinct"),
    /** answer[i] = index (into options) matching prompts[i]. */
    answer: z.array(z.number().int().nonnegative()),
  })
  .refine(
    (q) =>
      q.answer.length === q.prompts.length &&
      q.answer.every((i) => i < q.options.length) &&
      new Set(q.answer).size === q.answer.length,
    { message: "Each item needs its own matching choice", path: ["answer"] },
  );

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleSelectSchema,
  trueFalseSchema,
  numericSchema,
  fillBlankSchema,
  orderingSchema,
  matchingSchema,
]);

export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** What a browser may see before the attempt is closed: no answer, answerText or explanation. */
export type PublicQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  options?: string[];
  prompts?: string[];
  /** Unit hint for numeric questions. */
  unit?: string;
};

export function toPublicQuestion(q: Question): PublicQuestion {
  const pub: PublicQuestion = { id: q.id, type: q.type, prompt: q.prompt };
  if ("options" in q) pub.options = [...q.options];
  if (q.type === "matching") pub.prompts = [...q.prompts];
  if (q.type === "numeric" && q.answer.unit) pub.unit = q.answer.unit;
  return pub;
}

// Responses: what a student submits for each type. Bounded so huge payloads are refused.
const idx = z.number().int().min(0).max(50);
export const responseSchemas = {
  single_choice: z.object({ choice: idx }),
  multiple_select: z.object({ choices: z.array(idx).max(20) }),
  true_false: z.object({ value: z.boolean() }),
  numeric: z.object({ value: z.string().max(40) }),
  fill_blank: z.object({ text: z.string().max(200) }),
  ordering: z.object({ order: z.array(idx).max(20) }),
  matching: z.object({ pairs: z.array(idx.nullable()).max(20) }),
} as const;

export type ResponseOf<T extends QuestionType> = z.infer<(typeof responseSchemas)[T]>;
export type AnyResponse = { [T in QuestionType]: ResponseOf<T> }[QuestionType];
