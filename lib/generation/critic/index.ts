// Stage 8: every question passes the critic. A question with a finding, or one its builder
// already doubted (a contradicted fact, an unsure attribution), becomes needs_review with the
// reasons a teacher reads; the rest are ready. Precision first: a question is ready only when
// no check has anything to say about it.
import type { QuestionFlag } from "../../question-types";
import type { Draft } from "../questions/context";
import { CHECKS, type CriticContext } from "./checks";

export type { CriticContext } from "./checks";
export { CHECKS } from "./checks";

/** Below this a quote's attribution is not trusted enough to ask it as fact. */
export const MIN_CONFIDENCE = 0.6;

export function critique(draft: Draft, ctx: CriticContext): QuestionFlag[] {
  const flags: QuestionFlag[] = [...(draft.flags ?? [])];
  if (draft.confidence !== undefined && draft.confidence < MIN_CONFIDENCE) {
    flags.push({ code: "unsure_speaker", message: "The engine is not sure who said this quotation." });
  }
  for (const check of CHECKS) {
    let message: string | null = null;
    try {
      message = check.run(draft.question, ctx);
    } catch {
      message = "The critic could not check this question.";
    }
    if (message) flags.push({ code: check.code, message: message.slice(0, 300) });
  }
  // One message per code: the first says enough.
  return flags.filter((f, i) => flags.findIndex((g) => g.code === f.code) === i).slice(0, 20);
}
