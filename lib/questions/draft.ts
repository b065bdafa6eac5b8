// The question editor's working form and its conversion to and from the engine's questions.
// The editor edits a "draft" (plain lists and strings, easy to bind to inputs); the server turns
// it into a Question and validates that with the engine's own questionSchema, so a teacher's
// edit is held to exactly the contract generated questions are.
import { z } from "zod";
import { PASSAGE_MAX } from "@/lib/question-types/evidence";
import { moduleOf, questionSchema, questionTypeSchema, type DraftBase, type Question, type QuestionType } from "@/lib/question-types";

const line = z.string().max(600);
const list = z.array(line).max(12);

/** What the editor sends. Bounded so a forged request can't be huge; the real rules are questionSchema's. */
export const questionDraftSchema = z.object({
  type: questionTypeSchema,
  prompt: z.string().max(2000),
  explanation: z.string().max(4000),
  /** single/multiple choice: the choices; ordering: the items IN THE CORRECT ORDER. */
  options: list,
  /** single choice: [index]; multiple select: every correct index. */
  correct: z.array(z.number().int().min(-1).max(50)).max(12),
  truth: z.boolean(),
  value: z.string().max(40),
  tolerance: z.string().max(40),
  unit: z.string().max(60),
  /** fill in the blank: accepted answers. */
  accepted: list,
  /** matching: left item and its right-hand match. */
  pairs: z.array(z.object({ left: line, right: line })).max(12),
  /** matching: extra right-hand choices that match nothing. */
  extras: list,
  /** evidence: the passage's sentences, shown beside the choice of evidence (read only: the
   *  server takes the passage from the stored question, never from the draft). */
  passage: z.array(z.string().max(2000)).max(PASSAGE_MAX).default([]),
});
export type QuestionDraft = z.infer<typeof questionDraftSchema>;

export function emptyDraft(type: QuestionType): QuestionDraft {
  return {
    type,
    prompt: type === "fill_blank" ? "Complete the sentence: ____" : "",
    explanation: "",
    options: type === "ordering" ? ["", "", ""] : ["", "", "", ""],
    correct: type === "single_choice" ? [0] : [],
    truth: true,
    value: "",
    tolerance: "0",
    unit: "",
    accepted: [""],
    pairs: [
      { left: "", right: "" },
      { left: "", right: "" },
    ],
    extras: [],
    passage: [],
  };
}

export function questionToDraft(q: Question): QuestionDraft {
  return { ...emptyDraft(q.type), prompt: q.prompt, explanation: q.explanation, ...moduleOf(q.type).draft.from(q) };
}

/** The engine fields a draft stands for, with answerText derived so it always agrees with the answer. */
export function draftToFields(d: QuestionDraft, base: DraftBase): Record<string, unknown> {
  return { type: d.type, prompt: d.prompt.trim(), explanation: d.explanation.trim(), ...moduleOf(d.type).draft.toFields(d, base) };
}

const FRIENDLY: Record<string, string> = {
  correct: "Mark the correct answer among the options.",
  value: "Enter the correct number, e.g. 62.4.",
  tolerance: "Enter a tolerance of 0 or more.",
  accepted: "Add at least one accepted answer.",
};

export type DraftResult = { ok: true; question: Question } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Builds the question a draft stands for on top of `base` (id, difficulty, source, factIds) and
 * validates it with the engine's schema. Problems come back per editor field.
 */
export function buildQuestion(draft: QuestionDraft, base: Pick<Question, "id" | "difficulty" | "source" | "factIds"> & Pick<DraftBase, "passage">): DraftResult {
  const { passage, ...fields } = base;
  const parsed = questionSchema.safeParse({ ...fields, ...draftToFields(draft, { source: base.source, passage }) });
  if (parsed.success) return { ok: true, question: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = moduleOf(draft.type).draft.fieldFor(issue.path);
    const message = describe(field, issue);
    const list = (fieldErrors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return { ok: false, fieldErrors };
}

function describe(field: string, issue: z.core.$ZodIssue): string {
  // The schema's own refinement messages are already written for people; type errors aren't.
  if (issue.code === "custom") return issue.message;
  if (field === "prompt") return issue.code === "too_small" ? "Write a prompt of at least 5 characters." : "Keep the prompt under 600 characters.";
  if (field === "explanation") return issue.code === "too_small" ? "Explain the answer, quoting or pointing to the article." : "Keep the explanation under 2,000 characters.";
  if (field === "options" || field === "pairs") {
    if (issue.code === "too_small" && issue.path.length === 1) return `Add at least ${String(issue.minimum)} ${field === "pairs" ? "pairs" : "options"}.`;
    if (issue.code === "too_big" && issue.path.length === 1) return `Use at most ${String(issue.maximum)} ${field === "pairs" ? "pairs" : "options"}.`;
    return field === "pairs" ? "Fill in both sides of every pair (each at most 300 characters)." : "Fill in every option (each at most 300 characters), or remove the empty ones.";
  }
  return FRIENDLY[field] ?? issue.message;
}
