import "server-only";
import { z } from "zod";
import { CorruptDataError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionSchema, sourceRefSchema, type Question } from "@/lib/question-types";
import type { Block, BlockKind, SourceRef } from "@/lib/generation/types";

// The one place stored JSON is read (issue 13, item 4): each Json column of the schema has its
// zod schema here, and every read of one goes through these loaders. One corrupt-data policy:
// a value that doesn't match is logged (model, row id, column and what failed — paths and codes,
// never the value: a question body holds its answer key) and a CorruptDataError is thrown, which
// the action guard and the pages turn into the generic "something went wrong" (lib/errors.ts).
//
// Prisma returns a Json column already parsed; a raw query (lib/db.ts querySql) returns the stored
// JSON text, which `fromSqlText` reads first. Every value these columns hold is an object or an
// array, so a string where a value belongs is a value written twice-encoded: corrupt, too.

type Model = "Article" | "Fact" | "ArticleIssue" | "Question" | "QuestionVersion" | "Attempt" | "Response";

function corrupt(model: Model, id: string, column: string, what: string): never {
  console.error(`[corrupt data] ${model} ${id}: ${column} ${what}`);
  throw new CorruptDataError(model, id, column);
}

function load<S extends z.ZodType>(schema: S, model: Model, id: string, column: string, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(value)"}: ${i.code}`);
  return corrupt(model, id, column, `doesn't match its schema (${issues.join("; ")})`);
}

/** A Json column as a raw query returns it (its JSON text), parsed; the loaders below then check it. */
export function fromSqlText(model: Model, id: string, column: string, text: unknown): unknown {
  if (typeof text !== "string") return corrupt(model, id, column, `is ${text === null ? "null" : typeof text}, not JSON text`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return corrupt(model, id, column, "is not JSON");
  }
}

/**
 * The engine's plain-data values (Block, Fact, SourceRef: interfaces, which TypeScript won't take
 * as JSON) as a Json column's input. Only for values built from JSON data: no Dates, no functions.
 */
export function asJson(value: object): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

// ── Article ──────────────────────────────────────────────────────────────────────────────────
const BLOCK_KINDS = ["frontmatter", "headline", "body", "image", "caption", "credit", "footer"] as const satisfies readonly BlockKind[];
// Fails to compile when the engine gains a block kind this list lacks.
const everyBlockKind: [Exclude<BlockKind, (typeof BLOCK_KINDS)[number]>] extends [never] ? true : never = true;
void everyBlockKind;
const blockSchema = z.object({
  index: z.number().int(),
  kind: z.enum(BLOCK_KINDS),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
const blocksSchema = z.array(blockSchema);

/** The article's blocks (the engine's Block[]). */
export function loadBlocks(article: { id: string; blocksJson: unknown }): Block[] {
  return load(blocksSchema, "Article", article.id, "blocksJson", article.blocksJson);
}

// ── Fact ─────────────────────────────────────────────────────────────────────────────────────
/** The engine's Fact as stored: its fields vary by kind, so only what the app reads is checked. */
const factDataSchema = z.looseObject({
  source: z.looseObject({ sentence: z.string().optional(), start: z.number().int(), end: z.number().int() }).optional(),
});
export type FactData = z.output<typeof factDataSchema>;

export function loadFactData(fact: { id: string; dataJson: unknown }): FactData {
  return load(factDataSchema, "Fact", fact.id, "dataJson", fact.dataJson);
}

// ── ArticleIssue ─────────────────────────────────────────────────────────────────────────────
const sourcesSchema = z.array(sourceRefSchema);

export function loadIssueSources(issue: { id: string; sourcesJson: unknown }): SourceRef[] {
  return load(sourcesSchema, "ArticleIssue", issue.id, "sourcesJson", issue.sourcesJson);
}

// ── Question and QuestionVersion ─────────────────────────────────────────────────────────────
/**
 * The full question with its answer key (server-only: never pass it to a client component). The
 * stored body keeps the engine's id; the database id is the one the app uses. A version's body
 * is read the same way, under its question's id.
 */
export function loadQuestion(row: { id: string; bodyJson: unknown }, model: "Question" | "QuestionVersion" = "Question"): Question {
  return { ...loadQuestionBody(row, model), id: row.id };
}

/** The body as stored, keeping the engine's id (for an edit, which keeps it too). */
export function loadQuestionBody(row: { id: string; bodyJson: unknown }, model: "Question" | "QuestionVersion" = "Question"): Question {
  return load(questionSchema, model, row.id, "bodyJson", row.bodyJson);
}

/** The stored body as it is, unchecked beyond being an object: for comparing it with the engine's. */
export function loadStoredBody(row: { id: string; bodyJson: unknown }): Record<string, unknown> {
  return load(z.record(z.string(), z.unknown()), "Question", row.id, "bodyJson", row.bodyJson);
}

// ── Attempt ──────────────────────────────────────────────────────────────────────────────────
const questionOrderSchema = z.array(z.string());
/** Per question id, the permutation of its options as shown. */
const optionOrdersSchema = z.record(z.string(), z.array(z.number().int().nonnegative()));

/** The question ids in the order the attempt shows them. */
export function loadQuestionOrder(attempt: { id: string; questionOrder: unknown }): string[] {
  return load(questionOrderSchema, "Attempt", attempt.id, "questionOrder", attempt.questionOrder);
}

export function loadOptionOrders(attempt: { id: string; optionOrder: unknown }): Record<string, number[]> {
  return load(optionOrdersSchema, "Attempt", attempt.id, "optionOrder", attempt.optionOrder);
}

// ── Response ─────────────────────────────────────────────────────────────────────────────────
/**
 * The answer as the student sent it. Any JSON object: lib/grading/parse-response.ts reads it per
 * question type (an answer that no longer fits its question counts as unanswered there).
 */
const answerSchema = z.record(z.string(), z.json());

export function loadAnswer(response: { id: string; answerJson: unknown }): Record<string, unknown> {
  return load(answerSchema, "Response", response.id, "answerJson", response.answerJson);
}
