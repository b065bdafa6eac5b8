// What every question type shares: the base fields of a question (prompt, source, status …),
// the zod pieces the per-type schemas are built from, and small helpers for response parsing.
// No type-specific knowledge lives here: that is in the type's own module.
import { z } from "zod";

export const sourceRefSchema = z.object({
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const optionText = z.string().trim().min(1).max(300);

/** Why the engine's critic holds a question back for a teacher ("cut_stem", "pronoun_stem" …). */
export const questionFlagSchema = z.object({
  code: z.string().min(1).max(40),
  message: z.string().min(1).max(300),
});
export type QuestionFlag = z.infer<typeof questionFlagSchema>;

/** "ready": the engine is sure of it. "needs_review": a teacher must approve or edit it before any
 *  student sees it. Questions written or edited by a teacher are ready with no flags. */
export const QUESTION_STATUSES = ["ready", "needs_review"] as const;

export const base = {
  id: z.string().min(1).max(64),
  prompt: z.string().trim().min(5).max(600),
  answerText: z.string().trim().min(1).max(600),
  explanation: z.string().trim().min(1).max(2000),
  /** 0 (easy) .. 1 (hard). */
  difficulty: z.number().min(0).max(1),
  source: sourceRefSchema,
  factIds: z.array(z.string()).max(20),
  /** Set on every question the engine makes; absent (ready, no flags) on hand-written ones. */
  status: z.enum(QUESTION_STATUSES).optional(),
  flags: z.array(questionFlagSchema).max(20).optional(),
};

export const distinct = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length;
export const isPermutation = (xs: number[], n: number) =>
  xs.length === n && new Set(xs).size === n && xs.every((x) => x >= 0 && x < n);

/** A response's index into the options: bounded so huge payloads are refused. */
export const responseIndex = z.number().int().min(0).max(50);

export function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/** Reads one own field of an unknown value without trusting it to be an object. */
export function fieldOf(raw: unknown, key: string): unknown {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, key)) return undefined;
  return (raw as Record<string, unknown>)[key];
}

/** The same outcome for every all-or-nothing type: 1 point when right, else 0. */
export function allOrNothing<D extends object>(detail: D, right: boolean): D & { score: number; correct: boolean } {
  return { ...detail, score: right ? 1 : 0, correct: right };
}

/** Option i of a question with options, or undefined for anything else. */
export const optionAt = (options: readonly string[], i: unknown) => (typeof i === "number" ? options[i] : undefined);

/** An index mapped through a permutation table; anything else is left for validation to refuse. */
export const mapIndex = (i: unknown, table: number[]) => (typeof i === "number" && Number.isInteger(i) && i >= 0 && i < table.length ? table[i] : i);
