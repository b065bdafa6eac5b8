// CSV: one row per question, every type, lossless (docs/interchange.md has the column layout).
// The shared columns are plain text a spreadsheet shows well; what differs per type sits in one
// JSON column, `fields`, written and read by the per-type entries below (each with its zod schema).
import { z } from "zod";
import { type QuestionOf, type QuestionType, QUESTION_TYPES } from "@/lib/question-types";
import type { QuestionDraft } from "@/lib/questions/draft";
import { draftOf, NO_EXPLANATION } from "./common";
import { said } from "./said";
import { fileNameOf, lineError, summaryOf, type Exporter, type LineError, type ParsedQuestion, type ParseResult } from "./types";

export const CSV_COLUMNS = ["type", "prompt", "fields", "explanation", "source_sentence", "source_start", "source_end", "answer_text"] as const;

const text = z.string().max(2000);
const span = z.object({ sentence: z.string().min(1).max(2000), start: z.number().int().nonnegative(), end: z.number().int().positive() });

type Entry<T extends QuestionType, S extends z.ZodType> = {
  schema: S;
  write(q: QuestionOf<T>): z.input<S>;
  read(f: z.output<S>): { draft: Partial<QuestionDraft>; passage?: z.infer<typeof span>[] };
};
const entry = <T extends QuestionType, S extends z.ZodType>(e: Entry<T, S>) => e;

/** The `fields` column per type: a new type fails to compile until it has an entry. */
export const CSV_FIELDS: { [T in QuestionType]: Entry<T, z.ZodType> } = {
  single_choice: entry({
    schema: z.object({ options: z.array(text).max(12), answer: text }).strict(),
    write: (q) => ({ options: q.options, answer: q.options[q.answer] ?? "" }),
    read: (f) => ({ draft: { options: f.options, correct: [f.options.indexOf(f.answer)] } }),
  }),
  multiple_select: entry({
    schema: z.object({ options: z.array(text).max(12), answers: z.array(text).max(12) }).strict(),
    write: (q) => ({ options: q.options, answers: q.answer.map((i) => q.options[i] ?? "") }),
    read: (f) => ({ draft: { options: f.options, correct: f.answers.map((a) => f.options.indexOf(a)) } }),
  }),
  true_false: entry({
    schema: z.object({ answer: z.boolean() }).strict(),
    write: (q) => ({ answer: q.answer }),
    read: (f) => ({ draft: { truth: f.answer } }),
  }),
  numeric: entry({
    schema: z.object({ value: z.number().finite(), tolerance: z.number().finite().nonnegative().default(0), unit: z.string().max(60).optional() }).strict(),
    write: (q) => ({ value: q.answer.value, tolerance: q.answer.tolerance, ...(q.answer.unit ? { unit: q.answer.unit } : {}) }),
    read: (f) => ({ draft: { value: String(f.value), tolerance: String(f.tolerance), unit: f.unit ?? "" } }),
  }),
  fill_blank: entry({
    schema: z.object({ accepted: z.array(text).max(12) }).strict(),
    write: (q) => ({ accepted: q.answer.accepted }),
    read: (f) => ({ draft: { accepted: f.accepted } }),
  }),
  ordering: entry({
    schema: z.object({ items_in_order: z.array(text).max(12) }).strict(),
    write: (q) => ({ items_in_order: q.answer.map((i) => q.options[i] ?? "") }),
    read: (f) => ({ draft: { options: f.items_in_order } }),
  }),
  matching: entry({
    schema: z.object({ pairs: z.array(z.tuple([text, text])).max(12), extras: z.array(text).max(12).default([]) }).strict(),
    write: (q) => {
      const used = new Set(q.answer);
      return { pairs: q.prompts.map((p, i): [string, string] => [p, q.options[q.answer[i] ?? -1] ?? ""]), extras: q.options.filter((_, i) => !used.has(i)) };
    },
    read: (f) => ({ draft: { pairs: f.pairs.map(([left, right]) => ({ left, right })), extras: f.extras } }),
  }),
  evidence: entry({
    schema: z.object({ passage: z.array(span).max(12), answer: z.number().int().nonnegative() }).strict(),
    write: (q) => ({ passage: q.passage, answer: q.answer }),
    read: (f) => ({ draft: { passage: f.passage.map((p) => p.sentence), correct: [f.answer] }, passage: f.passage }),
  }),
};

// ---------------------------------------------------------------------------------------------
// RFC 4180 writing and reading

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Records of a CSV text, each with the line it starts on; an unclosed quote is an error. */
export function readCsv(input: string): { rows: { line: number; cells: string[] }[]; error?: LineError } {
  const s = input.replace(/^\uFEFF/, "");
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const start = line;
    const cells: string[] = [];
    let field = "";
    for (;;) {
      if (s[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= s.length) return { rows, error: lineError(quoteLine, "csvQuote") };
          if (s[i] === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (s[i] === "\n") line++;
          field += s[i++];
        }
      }
      while (i < s.length && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") field += s[i++];
      cells.push(field);
      field = "";
      if (s[i] === ",") {
        i++;
        continue;
      }
      if (s[i] === "\r") i++;
      if (s[i] === "\n") {
        i++;
        line++;
      }
      break;
    }
    if (!(cells.length === 1 && cells[0]!.trim() === "")) rows.push({ line: start, cells });
  }
  return { rows };
}

// ---------------------------------------------------------------------------------------------
// Export and import

export const exportCsv: Exporter = (questions, { title }) => {
  const rows = questions.map((q) => {
    const fields = (CSV_FIELDS[q.type] as Entry<QuestionType, z.ZodType>).write(q);
    return [q.type, q.prompt, JSON.stringify(fields), q.explanation, q.source.sentence, q.source.start, q.source.end, q.answerText];
  });
  return {
    // CRLF and a byte-order mark: what spreadsheet programs expect of a UTF-8 CSV.
    body: `\uFEFF${[[...CSV_COLUMNS], ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`,
    fileName: fileNameOf(title, "csv"),
    contentType: "text/csv; charset=utf-8",
    exported: questions.length,
    ...summaryOf([said("csvEverything")]),
  };
};

const typeSchema = z.enum(QUESTION_TYPES);
const offset = (s: string) => (s.trim() === "" ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** Reads a CSV written by exportCsv (or by hand in the same layout). */
export function parseCsv(input: string): ParseResult {
  const { rows, error } = readCsv(input);
  const errors: LineError[] = error ? [error] : [];
  const questions: ParsedQuestion[] = [];
  const [header, ...records] = rows;
  if (!header) return { questions, errors: errors.length ? errors : [lineError(1, "csvNoHeader")] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => c !== "answer_text" && c !== "source_start" && c !== "source_end" && !names.includes(c));
  if (missing.length) return { questions, errors: [lineError(header.line, missing.length > 1 ? "csvMissingColumns" : "csvMissingColumn", { columns: missing.join(", ") })] };
  const col = (cells: string[], name: string) => cells[names.indexOf(name)] ?? "";
  for (const { line, cells } of records) {
    if (cells.length !== names.length) {
      errors.push(lineError(line, "csvCells", { cells: String(cells.length), header: String(names.length) }));
      continue;
    }
    const type = typeSchema.safeParse(col(cells, "type").trim());
    if (!type.success) {
      errors.push(lineError(line, "csvType", { type: col(cells, "type").trim().slice(0, 40), types: QUESTION_TYPES.join(", ") }));
      continue;
    }
    const e = CSV_FIELDS[type.data] as Entry<QuestionType, z.ZodType>;
    let json: unknown;
    try {
      json = JSON.parse(col(cells, "fields"));
    } catch {
      errors.push(lineError(line, "csvJson"));
      continue;
    }
    const fields = e.schema.safeParse(json);
    if (!fields.success) {
      const issue = fields.error.issues[0]!;
      errors.push(lineError(line, "csvFields", { type: type.data, detail: `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}` }));
      continue;
    }
    const read = e.read(fields.data);
    const sentence = col(cells, "source_sentence");
    const start = offset(col(cells, "source_start"));
    const end = offset(col(cells, "source_end"));
    if (Number.isNaN(start) || Number.isNaN(end)) {
      errors.push(lineError(line, "csvOffsets"));
      continue;
    }
    const explanation = col(cells, "explanation").trim();
    questions.push({
      line,
      draft: draftOf(type.data, { ...read.draft, prompt: col(cells, "prompt"), explanation: explanation || NO_EXPLANATION }),
      source: sentence.trim() ? { sentence, ...(start !== undefined && end !== undefined ? { start, end } : {}) } : null,
      ...(read.passage ? { passage: read.passage } : {}),
      notes: explanation ? [] : [said("noExplanation")],
    });
  }
  return { questions, errors };
}
