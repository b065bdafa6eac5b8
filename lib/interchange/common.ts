// Helpers the importers share: turning a parsed question into the editor's draft shape, the
// defaults for what a file may leave out, and the file checks (size, binary) done before parsing.
import { emptyDraft, type QuestionDraft } from "@/lib/questions/draft";
import type { QuestionType } from "@/lib/question-types";
import type { SaidCode, SaidValues } from "./said";

/** What an imported question with no source sentence cites instead (said plainly, never invented). */
export const NO_SOURCE = "No source sentence: this question was imported without one.";
/** The explanation of an imported question whose file gave none. */
export const NO_EXPLANATION = "No explanation was given with this imported question.";

/** The largest file an import reads. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** The most questions one import makes (a set stays something a teacher can read). */
export const MAX_IMPORT_QUESTIONS = 500;

/** A draft of `type` with the given fields over the editor's empty one. */
export function draftOf(type: QuestionType, fields: Partial<QuestionDraft>): QuestionDraft {
  return { ...emptyDraft(type), explanation: "", ...fields, type };
}

/** Why a file can't be read as text at all (a line error's code and values), or null when it can. */
export function refuseFile(text: string, bytes: number): { code: SaidCode; values?: SaidValues } | null {
  if (bytes > MAX_IMPORT_BYTES) return { code: "tooBig", values: { mb: (bytes / 1_000_000).toFixed(1) } };
  if (text.trim() === "") return { code: "empty" };
  // NUL bytes or many replacement characters: a binary file (a .docx, a picture), not text.
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (text.includes("\u0000") || replaced > Math.max(3, text.length / 100)) {
    return { code: "binary" };
  }
  return null;
}

/** Lines of a text with its line ends normalised (a byte-order mark dropped). */
export function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
}
