// What every interchange format shares: what an exporter writes and what an importer reads.
// No server-only here: the parsers are pure (the preview runs them on the server, tests anywhere).
import type { QuestionDraft } from "@/lib/questions/draft";
import type { Question } from "@/lib/question-types";
import { Said, type SaidCode, type SaidData, type SaidValues } from "./said";

export const INTERCHANGE_FORMATS = ["gift", "aiken", "csv", "moodle-xml"] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];
export const IMPORT_FORMATS = ["gift", "aiken", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A finished export: the file, and what the format could not express (shown beside the download). */
export type ExportResult = {
  body: string;
  fileName: string;
  contentType: string;
  /** How many of the questions the file holds (Aiken leaves some out). */
  exported: number;
  /** One line per thing the format lost, e.g. "2 questions left out: Aiken has only single choice." (English, as in the file). */
  summary: string[];
  /** The same lines as codes and values, for the page to say in the teacher's language. */
  said: SaidData[];
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
  notes: Said[];
};

/** `message` is the English (tests, logs); the page says `code` with `values` in the teacher's language. */
export type LineError = { line: number; message: string; code: SaidCode; values: SaidValues };

export type ParseResult = { questions: ParsedQuestion[]; errors: LineError[] };

/** An exporter for one format: the questions in, a file and its summary out. */
export type Exporter = (questions: readonly Question[], meta: { title: string }) => ExportResult;

export const lineError = (line: number, code: SaidCode, values: SaidValues = {}): LineError => ({ line, message: new Said(code, values).english, code, values });
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
export function countNotes(notes: Said[]): Said[] {
  const counts = new Map<string, { note: Said; count: number }>();
  for (const n of notes) {
    const seen = counts.get(n.english);
    if (seen) seen.count++;
    else counts.set(n.english, { note: n, count: 1 });
  }
  return [...counts.values()].map(({ note, count }) => (count > 1 ? new Said(note.code, note.values, count) : note));
}

/** An export's summary: the English lines and the same as data. */
export function summaryOf(notes: Said[]): Pick<ExportResult, "summary" | "said"> {
  return { summary: notes.map((n) => n.english), said: notes.map((n) => n.data) };
}
