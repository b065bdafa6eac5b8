import { z } from "zod";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id");

export const saveResponseInput = z.object({
  attemptId: id,
  questionId: id,
  // Shape depends on the question type; lib/grading's parseResponse checks it against the question.
  // Optional: checking an answer refers to the saved one; a save without one is refused there.
  response: z.unknown().optional(),
  /** Time spent on the question as measured by the page; capped so a stale tab can't skew results. */
  timeMs: z.number().int().min(0).max(3_600_000).optional(),
});

export const attemptIdInput = z.object({ attemptId: id });
/** Submitting; `timeUp` when the page's timer ran out (the deadline may have moved since: an extension). */
export const submitAttemptInput = z.object({ attemptId: id, timeUp: z.boolean().optional() });
/** Moving on in a one-at-a-time quiz: `from` is the position the page shows, so a repeat moves once. */
export const moveOnInput = z.object({ attemptId: id, from: z.number().int().min(0).max(10_000) });
export const articleSlugInput = z.object({
  slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/, "Invalid article"),
  feedback: z.enum(["immediate", "after_submit"]).default("after_submit"),
});
