// What a teacher may change about an assignment once students have started, and how a
// student's extension adds to the assignment's settings: pure rules, unit-tested
// (manage-policy.test.ts); lib/assignments/manage.ts applies them to the database.
import type { FeedbackMode } from "@/lib/attempts/policy";

/** One student's extension: added on top of the assignment's own settings. */
export type Extension = { extraTimeSec: number; extraAttempts: number; dueAt: Date | null };

/** The settings that decide when a student may start and how long an attempt runs. */
export type Timing = { dueAt: Date | null; timeLimitSec: number | null; attemptsAllowed: number };

/**
 * The assignment as one student has it: their extra time on the time limit (none without a
 * limit), their extra attempts, and their own due date when it is later than the assignment's
 * (none without one: no due date is already as long as they like).
 */
export function effectiveTiming(a: Timing, ext: Extension | null | undefined): Timing {
  if (!ext) return { dueAt: a.dueAt, timeLimitSec: a.timeLimitSec, attemptsAllowed: a.attemptsAllowed };
  return {
    dueAt: effectiveDueAt(a.dueAt, ext),
    timeLimitSec: a.timeLimitSec ? a.timeLimitSec + Math.max(0, ext.extraTimeSec) : null,
    attemptsAllowed: a.attemptsAllowed + Math.max(0, ext.extraAttempts),
  };
}

/**
 * The student's own due date: their extension's when later than the assignment's. It is also when
 * "feedback after the due date" opens for them and when the assignment's keys may reach them.
 */
export function effectiveDueAt(dueAt: Date | null, ext: Pick<Extension, "dueAt"> | null | undefined): Date | null {
  return dueAt && ext?.dueAt && ext.dueAt.getTime() > dueAt.getTime() ? ext.dueAt : dueAt;
}

/** An attempt's deadline: its time limit from the start, never later than the due date; null for neither. */
export function attemptDeadline(startedAt: Date, timeLimitSec: number | null, dueAt: Date | null): Date | null {
  const limits = [timeLimitSec ? startedAt.getTime() + timeLimitSec * 1000 : null, dueAt?.getTime() ?? null].filter((t): t is number => t !== null);
  return limits.length ? new Date(Math.min(...limits)) : null;
}

/**
 * The deadline of an attempt under way after the assignment or the student's extension changed:
 * what the new settings give, but never earlier than what the student was promised (an edit may
 * lengthen an attempt under way, never shorten it; closing the assignment is how to stop it).
 */
export function adjustedDeadline(current: Date | null, startedAt: Date, timing: Pick<Timing, "dueAt" | "timeLimitSec">): Date | null {
  if (current === null) return null;
  const next = attemptDeadline(startedAt, timing.timeLimitSec, timing.dueAt);
  if (next === null) return null;
  return next.getTime() > current.getTime() ? next : current;
}

/** The settings a teacher edits. */
export type AssignmentSettings = Timing & {
  opensAt: Date;
  feedbackMode: FeedbackMode;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  oneAtATime: boolean;
};

/** What students have done so far, as the edit rules need it. */
export type StartedFacts = {
  /** Attempts of any status. */
  attempts: number;
  /** Attempts handed in or expired. */
  finished: number;
  /** Per student with attempts: how many they used (any status) and their extra attempts. */
  usage: readonly { name: string; used: number; extraAttempts: number }[];
};

export const STARTED_LOCKED = "Students have already started, and their attempts were set up with this setting, so it can't change now.";

/** The form's dates are to the minute: a date that reads the same minute in the form is unchanged. */
const minuteOf = (d: Date | null) => (d ? Math.floor(d.getTime() / 60_000) : null);
const sameTime = (a: Date | null, b: Date | null) => minuteOf(a) === minuteOf(b);

/**
 * Why the edit from `current` to `next` isn't allowed, per field (empty: it is). Before anyone
 * starts, anything the form accepts. Once someone has:
 * - the opening date can't move into the future (work already under way would be "not open");
 * - shuffling and one-at-a-time are fixed (attempts under way were built with them);
 * - feedback can't switch to or from "after each question" (the quiz runs differently), nor to
 *   "after the due date" once someone has handed in (feedback already seen can't be withdrawn);
 *   "after the due date" → "after submitting" releases it to everyone at once;
 * - attempts allowed can't go below what any student has used (with their extra attempts).
 * At any time a changed due date must be in the future; an unchanged one may have passed.
 * A time limit or due date may shrink: attempts under way keep their deadline (adjustedDeadline).
 */
export function editRefusals(current: AssignmentSettings, next: AssignmentSettings, facts: StartedFacts, now: Date): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  if (next.dueAt && !sameTime(next.dueAt, current.dueAt) && next.dueAt.getTime() <= now.getTime()) add("dueAt", "That due date has already passed.");

  if (facts.attempts === 0) return errors;

  if (!sameTime(next.opensAt, current.opensAt) && next.opensAt.getTime() > now.getTime()) {
    add("opensAt", "Students have already started, so the opening date can't move into the future.");
  }
  for (const key of ["shuffleQuestions", "shuffleOptions", "oneAtATime"] as const) {
    if (next[key] !== current[key]) add(key, STARTED_LOCKED);
  }
  if (next.feedbackMode !== current.feedbackMode) {
    if (next.feedbackMode === "immediate" || current.feedbackMode === "immediate") {
      add("feedbackMode", "Students have already started, so feedback can't switch to or from \"after each question\": their quiz runs differently.");
    } else if (next.feedbackMode === "after_due" && facts.finished > 0) {
      add("feedbackMode", "Some students have handed in and seen their feedback, so it can't be held back until the due date now.");
    }
  }
  const short = facts.usage.filter((u) => u.used > next.attemptsAllowed + u.extraAttempts);
  if (short.length > 0) {
    const need = Math.max(...short.map((u) => u.used - u.extraAttempts));
    const who = short[0]!;
    const others = short.length > 1 ? ` (and ${short.length - 1} more)` : "";
    add("attemptsAllowed", `${who.name}${others} already used ${who.used} ${who.used === 1 ? "attempt" : "attempts"}: allow at least ${need}.`);
  }
  return errors;
}

/** What the teacher asks for one student. */
export type ExtensionRequest = { extraTimeSec: number; extraAttempts: number; dueAt: Date | null };

/** Why this extension can't be given, per field (empty: it can). */
export function extensionRefusals(a: Pick<Timing, "dueAt" | "timeLimitSec">, req: ExtensionRequest, now: Date): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (req.extraTimeSec === 0 && req.extraAttempts === 0 && req.dueAt === null) {
    add("form", "Give at least one: extra minutes, extra attempts or a later due date.");
  }
  if (req.extraTimeSec > 0 && !a.timeLimitSec) add("extraMinutes", "This assignment has no time limit, so there is no time to add.");
  if (req.dueAt) {
    if (!a.dueAt) add("dueAt", "This assignment has no due date, so the student already has as long as they like.");
    else if (req.dueAt.getTime() <= a.dueAt.getTime()) add("dueAt", "Their due date must be later than the assignment's.");
    else if (req.dueAt.getTime() <= now.getTime()) add("dueAt", "That date has already passed.");
  }
  return errors;
}

/** Whether reopening needs a new due date: the assignment's own has passed. */
export function reopenNeedsDueDate(a: { dueAt: Date | null }, now: Date): boolean {
  return a.dueAt !== null && a.dueAt.getTime() <= now.getTime();
}
