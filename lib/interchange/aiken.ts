// Aiken, Moodle's plainest format (https://docs.moodle.org/en/Aiken_format): a question on one
// line, its options as "A. …", then "ANSWER: B". It has single choice only and no feedback, so
// an export leaves the other types out and can't keep source sentences or explanations; the
// summary says both.
import type { QuestionOf, QuestionType } from "@/lib/question-types";
import { draftOf, linesOf, NO_EXPLANATION } from "./common";
import { said } from "./said";
import { fileNameOf, lineError, summaryOf, type Exporter, type LineError, type ParsedQuestion, type ParseResult } from "./types";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, " ");

/** Which types Aiken can hold, and how: a new type fails to compile until it has an entry. */
export const AIKEN_WRITERS: { [T in QuestionType]: ((q: QuestionOf<T>) => string) | null } = {
  single_choice: (q) => [oneLine(q.prompt), ...q.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o)}`), `ANSWER: ${LETTERS[q.answer]}`].join("\n"),
  multiple_select: null,
  true_false: null,
  numeric: null,
  fill_blank: null,
  ordering: null,
  matching: null,
  evidence: null,
};

export const exportAiken: Exporter = (questions, { title }) => {
  const written: string[] = [];
  let skipped = 0;
  for (const q of questions) {
    const write = AIKEN_WRITERS[q.type] as ((q: QuestionOf<QuestionType>) => string) | null;
    if (write) written.push(write(q));
    else skipped++;
  }
  const { summary, said: saidLines } = summaryOf([
    ...(skipped ? [said(skipped === 1 ? "aikenLeftOutOne" : "aikenLeftOutMany", { n: String(skipped) })] : []),
    said("aikenNoFeedback"),
  ]);
  return {
    body: written.length ? `${written.join("\n\n")}\n` : "",
    fileName: fileNameOf(title, "aiken.txt"),
    contentType: "text/plain; charset=utf-8",
    exported: written.length,
    summary,
    said: saidLines,
  };
};

const OPTION = /^([A-Z])\s*[.)]\s+(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

/** Reads an Aiken file: every question becomes a single choice question. */
export function parseAiken(text: string): ParseResult {
  const questions: ParsedQuestion[] = [];
  const errors: LineError[] = [];
  type Open = { line: number; prompt: string[]; options: { letter: string; text: string; line: number }[]; broken: boolean };
  let open: Open | null = null;
  const finish = (endLine: number) => {
    if (open && !open.broken) errors.push(lineError(open.line, "aikenNoAnswer", { end: String(endLine) }));
    open = null;
  };
  const lines = linesOf(text);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t === "") return;
    const answer = ANSWER.exec(t);
    const option = OPTION.exec(t);
    if (answer) {
      const q: Open | null = open;
      open = null;
      if (!q) return void errors.push(lineError(line, "aikenAnswerAlone"));
      if (q.broken) return;
      if (q.options.length < 2) return void errors.push(lineError(line, "aikenTwoOptions"));
      const letter = answer[1]!.trim().toUpperCase();
      const chosen = q.options.findIndex((o) => o.letter === letter);
      if (!/^[A-Z]$/.test(letter)) return void errors.push(lineError(line, "aikenLetter", { found: answer[1]!.trim() }));
      if (chosen < 0) return void errors.push(lineError(line, "aikenNotOption", { letter, letters: q.options.map((o) => o.letter).join(", ") }));
      questions.push({
        line: q.line,
        source: null,
        notes: [said("aikenNoFeedbackNote")],
        draft: draftOf("single_choice", { prompt: q.prompt.join(" "), options: q.options.map((o) => o.text), correct: [chosen], explanation: NO_EXPLANATION }),
      });
      return;
    }
    if (option && open && open.prompt.length > 0) {
      const expected = LETTERS[open.options.length];
      if (option[1] !== expected && !open.broken) {
        errors.push(lineError(line, "aikenOrder", { expected: expected ?? "", found: option[1]! }));
        open.broken = true;
      }
      open.options.push({ letter: option[1]!, text: option[2]!.trim(), line });
      return;
    }
    if (open && open.options.length > 0) {
      if (!open.broken) errors.push(lineError(line, "aikenOption"));
      open.broken = true;
      return;
    }
    if (!open) open = { line, prompt: [], options: [], broken: false };
    open.prompt.push(t);
  });
  finish(lines.length);
  return { questions, errors };
}
