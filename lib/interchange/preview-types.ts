// The import preview as the browser receives it (no "server-only": the form renders it).
import type { QuestionType } from "@/lib/question-types";
import type { SaidData } from "./said";

export type ClientPreview = {
  fileName: string;
  /** `message` in English; the form says `code` with `values` in the teacher's language. */
  errors: ({ line: number; message: string } & Omit<SaidData, "times">)[];
  /** `type`: the type's English label; `typeKey` for the teacher's language. */
  questions: { line: number; type: string; typeKey: QuestionType; prompt: string; answer: string; source: string; notes: SaidData[]; category?: string }[];
};
