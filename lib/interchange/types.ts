// What every interchange format shares: what an exporter writes and what an importer reads.
// No server-only here: the parsers are pure (the preview runs them on the server, tests anywhere).
import type { QuestionDraft } from "@/lib/questions/draft";
import type { Question } from "@/lib/question-types";

export const INTERCHANGE_FORMATS = ["gift", "aiken", "csv", "moodle-xml"] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];
export const IMPORT_FORMATS = ["gift", "aiken", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<InterchangeFormat, string> = {
  gift: "GIFT (Moodle)",
  aiken: "Aiken (Moodle)",
  csv: "CSV spreadsheet",
  "moodle-xml": "Moodle XML",
};

/** A finished export: the file, and what the format could not express (shown beside the download). */
export type ExportResult = {
  body: string;
  fileName: string;
  contentType: string;
  /** How many of the questions the file holds (Aiken leaves some out). */
  exported: number;
  /** One line per thing the format lost, e.g. "2 questions left out: Aiken has only single choice." */
  summary: string[];
};

export type SourceText = { sentence: string; start?: number; end?: number };

/** One question read from a file, before the editor's validation turns it into a Question. */
export type ParsedQuestion = {
  /** The line the question starts on (1-based). */
  line: number;
  draft: QuestionDraft;
  /** The source sentence the file gave (GIFT/CSV general feedback, CSV columns); null when none. */
  source: SourceText | null;
  /** Evidence questions read from CSV: the passage with its offsets. */
  passage?: { sentence: string; start: number; end: number }[];
  /** GIFT `$CATEGORY:` in force for this question, if any. */
  category?: string;
  /** What the importer changed or could not keep for this question (shown in the preview). */
  notes: string[];
};

export type LineError = { line: number; message: string };

export type ParseResult = { questions: ParsedQuestion[]; errors: LineError[] };

/** An exporter for one format: the questions in, a file and its summary out. */
export type Exporter = (questions: readonly Question[], meta: { title: string }) => ExportResult;

export const lineError = (line: number, message: string): LineError => ({ line, message });
export const describeError = (e: LineError) => `line ${e.line}: ${e.message}`;

/** "3 questions" / "1 question". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A file name from a set's title: letters, digits and dashes only. */
export function fileNameOf(title: string, ext: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return `${base || "questions"}.${ext}`;
}

/** Summary lines for the questions a format turned into another kind ("evidence → single choice"). */
export function countNotes(notes: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of notes) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} (${c} questions)` : n));
}
