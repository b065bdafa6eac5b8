// The question editor's working form and its conversion to and from the engine's questions.
// The editor edits a "draft" (plain lists and strings, easy to bind to inputs); the server turns
// it into a Question and validates that with the engine's own questionSchema, so a teacher's
// edit is held to exactly the contract generated questions are.
import { z } from "zod";
import { questionSchema, questionTypeSchema, type Question, type QuestionType } from "@/lib/generation/question-schema";

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
  };
}

export function questionToDraft(q: Question): QuestionDraft {
  const d = { ...emptyDraft(q.type), prompt: q.prompt, explanation: q.explanation };
  switch (q.type) {
    case "single_choice":
      return { ...d, options: [...q.options], correct: [q.answer] };
    case "multiple_select":
      return { ...d, options: [...q.options], correct: [...q.answer] };
    case "true_false":
      return { ...d, truth: q.answer };
    case "numeric":
      return { ...d, value: String(q.answer.value), tolerance: String(q.answer.tolerance), unit: q.answer.unit ?? "" };
    case "fill_blank":
      return { ...d, accepted: [...q.answer.accepted] };
    case "ordering":
      return { ...d, options: q.answer.map((i) => q.options[i] ?? "") };
    case "matching": {
      const used = new Set(q.answer);
      return {
        ...d,
        pairs: q.prompts.map((left, i) => ({ left, right: q.options[q.answer[i] ?? -1] ?? "" })),
        extras: q.options.filter((_, i) => !used.has(i)),
      };
    }
  }
}

const trimmed = (xs: string[]) => xs.map((x) => x.trim());
// Written numbers may use a comma decimal or thousands separators; "" stays invalid (NaN).
const toNumber = (s: string) => (s.trim() === "" ? Number.NaN : Number(s.trim().replace(/,(?=\d{3}\b)/g, "").replace(",", ".")));

/** Shown order for ordering items: rotated by one so the items never appear already in order. */
function rotate<T>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...xs.slice(1), xs[0] as T];
}

/** The engine fields a draft stands for, with answerText derived so it always agrees with the answer. */
export function draftToFields(d: QuestionDraft): Record<string, unknown> {
  const common = { type: d.type, prompt: d.prompt.trim(), explanation: d.explanation.trim() };
  switch (d.type) {
    case "single_choice": {
      const options = trimmed(d.options);
      const answer = d.correct[0] ?? -1;
      return { ...common, options, answer, answerText: options[answer] ?? "" };
    }
    case "multiple_select": {
      const options = trimmed(d.options);
      const answer = [...d.correct].sort((a, b) => a - b);
      return { ...common, options, answer, answerText: answer.map((i) => options[i] ?? "").join("; ") };
    }
    case "true_false":
      return { ...common, answer: d.truth, answerText: d.truth ? "True" : "False" };
    case "numeric": {
      const value = toNumber(d.value);
      const unit = d.unit.trim() || undefined;
      return { ...common, answer: { value, tolerance: toNumber(d.tolerance), ...(unit ? { unit } : {}) }, answerText: `${d.value.trim()}${unit ? ` ${unit}` : ""}` };
    }
    case "fill_blank": {
      const accepted = trimmed(d.accepted).filter(Boolean);
      return { ...common, answer: { accepted }, answerText: accepted[0] ?? "" };
    }
    case "ordering": {
      const items = trimmed(d.options);
      const options = rotate(items);
      return { ...common, options, answer: items.map((item) => options.indexOf(item)), answerText: items.join(" → ") };
    }
    case "matching": {
      const rights = d.pairs.map((p) => p.right.trim());
      const options = [...rotate(rights), ...trimmed(d.extras).filter(Boolean)];
      return {
        ...common,
        prompts: d.pairs.map((p) => p.left.trim()),
        options,
        answer: rights.map((r) => options.indexOf(r)),
        answerText: d.pairs.map((p) => `${p.left.trim()} → ${p.right.trim()}`).join("; "),
      };
    }
  }
}

/** Which editor field an engine-schema problem belongs to. */
function fieldOf(type: QuestionType, path: PropertyKey[]): string {
  const head = String(path[0] ?? "form");
  if (head === "prompts") return "pairs";
  if (head === "options" && type === "matching") return "pairs";
  if (head === "answer") {
    if (type === "numeric") return path[1] === "tolerance" ? "tolerance" : "value";
    if (type === "fill_blank") return "accepted";
    if (type === "true_false") return "truth";
    if (type === "ordering" || type === "matching") return type === "ordering" ? "options" : "pairs";
    return "correct";
  }
  if (head === "answerText") return type === "numeric" ? "value" : type === "fill_blank" ? "accepted" : "correct";
  return head;
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
export function buildQuestion(draft: QuestionDraft, base: Pick<Question, "id" | "difficulty" | "source" | "factIds">): DraftResult {
  const parsed = questionSchema.safeParse({ ...base, ...draftToFields(draft) });
  if (parsed.success) return { ok: true, question: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(draft.type, issue.path);
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
