// The question-type registry: one module per type, looked up by a question's own type. Everything
// that behaves differently per type asks its module here instead of switching over types.
import { evidence } from "./evidence";
import { fillBlank } from "./fill-blank";
import { matching } from "./matching";
import type { QuestionTypeModule } from "./module";
import { multipleSelect } from "./multiple-select";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import { singleChoice } from "./single-choice";
import { trueFalse } from "./true-false";
import { QUESTION_TYPES, type PublicQuestion, type Question, type QuestionBody, type QuestionType } from "./model";

export const QUESTION_TYPE_MODULES: { [T in QuestionType]: QuestionTypeModule<T> } = {
  single_choice: singleChoice,
  multiple_select: multipleSelect,
  true_false: trueFalse,
  numeric,
  fill_blank: fillBlank,
  ordering,
  matching,
  evidence,
};

/** The module of a known type. Typed for any question: sound because callers hand each module
 *  only questions (and responses) of its own type, which is what looking it up by `q.type` does. */
export function moduleOf(type: QuestionType): QuestionTypeModule<QuestionType> {
  return QUESTION_TYPE_MODULES[type] as unknown as QuestionTypeModule<QuestionType>;
}

/** The module for whatever `type` is, or undefined for an unknown (corrupt, forged) one. */
export function findModule(type: unknown): QuestionTypeModule<QuestionType> | undefined {
  return typeof type === "string" && (QUESTION_TYPES as readonly string[]).includes(type) ? moduleOf(type as QuestionType) : undefined;
}

/** The module that handles this question. */
export const moduleFor = (q: Question | QuestionBody): QuestionTypeModule<QuestionType> => moduleOf(q.type);

export { TYPE_LABELS } from "./labels";

/** What a browser may see before the attempt is closed: no answer, answerText or explanation. */
export function toPublicQuestion(q: Question): PublicQuestion {
  return { id: q.id, type: q.type, prompt: q.prompt, ...moduleOf(q.type).publicFields(q) };
}

export * from "./model";
export { MESSAGES, NO_ANSWER } from "./messages";
export type { QuestionTypeModule, DraftBase } from "./module";
