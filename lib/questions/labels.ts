import type { QuestionType } from "@/lib/generation/question-schema";

export const TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_select: "Multiple select",
  true_false: "True or false",
  numeric: "Number",
  fill_blank: "Fill in the blank",
  ordering: "Put in order",
  matching: "Matching",
};
