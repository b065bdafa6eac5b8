// The question types' display names, apart from their modules so that a client component (the
// quiz, the demo) can show them without bundling the registry's schemas and grading: importing
// TYPE_LABELS from "@/lib/question-types" put 37 kB (gzipped) on every quiz page (bench/pages).
// Each module's `label` is read from here, so the name still has one home.
import type { QuestionType } from "./model";

export const TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_select: "Multiple select",
  true_false: "True or false",
  numeric: "Number",
  fill_blank: "Fill in the blank",
  ordering: "Put in order",
  matching: "Matching",
  evidence: "Find the evidence",
};
