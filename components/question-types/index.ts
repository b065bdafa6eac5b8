// The client side of the question-type registry: each type's input, editor fields and review
// view, from its own folder. Typed as one entry per QuestionType, so a new type fails to compile
// until its folder is registered here (see docs/question-types.md).
import type { QuestionType } from "@/lib/question-types";
import { EvidenceEditor } from "./evidence/editor";
import { EvidenceReview } from "./evidence/review";
import { FillBlankEditor } from "./fill-blank/editor";
import { FillBlankReview } from "./fill-blank/review";
import { MatchingEditor } from "./matching/editor";
import { MatchingReview } from "./matching/review";
import { MultipleSelectEditor } from "./multiple-select/editor";
import { MultipleSelectReview } from "./multiple-select/review";
import { NumericEditor } from "./numeric/editor";
import { NumericReview } from "./numeric/review";
import { OrderingEditor } from "./ordering/editor";
import { OrderingReview } from "./ordering/review";
import { SingleChoiceEditor } from "./single-choice/editor";
import { SingleChoiceReview } from "./single-choice/review";
import { TrueFalseEditor } from "./true-false/editor";
import { TrueFalseReview } from "./true-false/review";
import { QUESTION_TYPE_INPUTS as INPUT } from "./inputs";
import type { QuestionTypeComponents } from "./types";

export const QUESTION_TYPE_COMPONENTS: { [T in QuestionType]: QuestionTypeComponents<T> } = {
  single_choice: { Input: INPUT.single_choice, Editor: SingleChoiceEditor, Review: SingleChoiceReview, promptLabel: "prompt" },
  multiple_select: { Input: INPUT.multiple_select, Editor: MultipleSelectEditor, Review: MultipleSelectReview, promptLabel: "prompt" },
  true_false: { Input: INPUT.true_false, Editor: TrueFalseEditor, Review: TrueFalseReview, promptLabel: "statement", promptHint: "trueFalse" },
  numeric: { Input: INPUT.numeric, Editor: NumericEditor, Review: NumericReview, promptLabel: "prompt" },
  fill_blank: {
    Input: INPUT.fill_blank,
    Editor: FillBlankEditor,
    Review: FillBlankReview,
    promptLabel: "prompt",
    promptHint: "fillBlank",
    adaptPrompt: (prompt) => (prompt.includes("____") ? prompt : `${prompt} ____`.trim()),
  },
  ordering: { Input: INPUT.ordering, Editor: OrderingEditor, Review: OrderingReview, promptLabel: "prompt" },
  matching: { Input: INPUT.matching, Editor: MatchingEditor, Review: MatchingReview, promptLabel: "prompt" },
  evidence: {
    Input: INPUT.evidence,
    Editor: EvidenceEditor,
    Review: EvidenceReview,
    promptLabel: "claim",
    promptHint: "evidence",
  },
};

/** A type's components, typed for any question: sound because each is handed only questions of its own type. */
export function componentsOf(type: QuestionType): QuestionTypeComponents<QuestionType> {
  return QUESTION_TYPE_COMPONENTS[type] as unknown as QuestionTypeComponents<QuestionType>;
}

export type { Answer, InputProps, EditorProps, QuestionTypeComponents } from "./types";
