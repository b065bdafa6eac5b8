// The students' inputs alone, one per type: the quiz, the demo and review draw only these, so
// their pages don't bundle the teacher's editors and review views (bench/pages keeps the quiz
// under its 150 kB goal). The full registry (./index.ts) takes its inputs from here.
import type { ComponentType } from "react";
import type { QuestionType } from "@/lib/question-types";
import { EvidenceQuestionInput } from "./evidence/input";
import { FillBlankQuestionInput } from "./fill-blank/input";
import { MatchingQuestionInput } from "./matching/input";
import { MultipleSelectQuestionInput } from "./multiple-select/input";
import { NumericQuestionInput } from "./numeric/input";
import { OrderingQuestionInput } from "./ordering/input";
import { SingleChoiceQuestionInput } from "./single-choice/input";
import { TrueFalseQuestionInput } from "./true-false/input";
import type { InputProps } from "./types";

export const QUESTION_TYPE_INPUTS: Record<QuestionType, ComponentType<InputProps>> = {
  single_choice: SingleChoiceQuestionInput,
  multiple_select: MultipleSelectQuestionInput,
  true_false: TrueFalseQuestionInput,
  numeric: NumericQuestionInput,
  fill_blank: FillBlankQuestionInput,
  ordering: OrderingQuestionInput,
  matching: MatchingQuestionInput,
  evidence: EvidenceQuestionInput,
};
