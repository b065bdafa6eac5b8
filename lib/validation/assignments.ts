import { z } from "zod";
import { zonedLocalToUtc } from "@/lib/time/zones";
import { id } from "./classes";

/** When a student sees the answers: after each question, on handing in, or after the due date. */
export const FEEDBACK_MODES = ["immediate", "after_submit", "after_due"] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

export const MAX_ATTEMPTS_ALLOWED = 10;
export const MAX_TIME_LIMIT_MINUTES = 600;

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.null()])
  .optional()
  .transform((v) => v === "on" || v === "true");

const optionalText = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((v) => (typeof v === "string" ? v.trim() : ""));

const settingsShape = {
  opensAt: z.string({ message: "Say when the assignment opens." }).trim().min(1, "Say when the assignment opens."),
  dueAt: optionalText,
  timeLimitMinutes: optionalText,
  // Checked in the transform below with the dates, so every field's error shows at once.
  attemptsAllowed: optionalText,
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
  oneAtATime: checkbox,
  feedbackMode: z.enum(FEEDBACK_MODES, { message: "Choose when students see feedback." }),
};

type SettingsFields = { [K in keyof typeof settingsShape]: z.output<(typeof settingsShape)[K]> };

/**
 * The settings of an assignment form, read in the class's time zone. A due date in the past is
 * refused here when creating; when editing, the edit rules refuse it only if it changed
 * (lib/assignments/manage-policy.ts), so an assignment past due can still be edited otherwise.
 */
function readSettings(input: SettingsFields, ctx: z.RefinementCtx, opts: { timeZone: string; now: Date; pastDue: "refuse" | "allow" }) {
  const opensAt = zonedLocalToUtc(input.opensAt, opts.timeZone);
  if (!opensAt) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "Enter the opening date and time." });
  let dueAt: Date | null = null;
  if (input.dueAt) {
    dueAt = zonedLocalToUtc(input.dueAt, opts.timeZone);
    if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter the due date and time, or leave it empty." });
    else if (opensAt && dueAt.getTime() <= opensAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
    } else if (opts.pastDue === "refuse" && dueAt.getTime() <= opts.now.getTime()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "That due date has already passed." });
    }
  }
  let timeLimitSec: number | null = null;
  if (input.timeLimitMinutes) {
    const minutes = Number(input.timeLimitMinutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TIME_LIMIT_MINUTES) {
      ctx.addIssue({ code: "custom", path: ["timeLimitMinutes"], message: `A time limit is a whole number of minutes from 1 to ${MAX_TIME_LIMIT_MINUTES}, or empty for none.` });
    } else timeLimitSec = minutes * 60;
  }
  const attemptsAllowed = Number(input.attemptsAllowed || NaN);
  if (!Number.isInteger(attemptsAllowed)) {
    ctx.addIssue({ code: "custom", path: ["attemptsAllowed"], message: "Attempts allowed must be a whole number." });
  } else if (attemptsAllowed < 1) {
    ctx.addIssue({ code: "custom", path: ["attemptsAllowed"], message: "Allow at least 1 attempt." });
  } else if (attemptsAllowed > MAX_ATTEMPTS_ALLOWED) {
    ctx.addIssue({ code: "custom", path: ["attemptsAllowed"], message: `Allow at most ${MAX_ATTEMPTS_ALLOWED} attempts.` });
  }
  if (input.feedbackMode === "after_due" && input.dueAt === "") {
    ctx.addIssue({ code: "custom", path: ["feedbackMode"], message: "Feedback after the due date needs a due date." });
  }
  return {
    opensAt: opensAt ?? new Date(NaN),
    dueAt,
    timeLimitSec,
    attemptsAllowed,
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
    oneAtATime: input.oneAtATime,
    feedbackMode: input.feedbackMode,
  };
}

/**
 * An assignment form, read in the class's time zone: the datetime-local fields carry no zone.
 * `now` is a parameter so tests can pin it.
 */
export function assignmentInput(opts: { timeZone: string; now: Date }) {
  return z
    .object({
      classId: id,
      setId: z.string({ message: "Choose a question set." }).min(1, "Choose a question set.").max(64),
      ...settingsShape,
    })
    .transform((input, ctx) => ({ classId: input.classId, setId: input.setId, ...readSettings(input, ctx, { ...opts, pastDue: "refuse" }) }));
}

/** The edit form of an existing assignment: its settings (the set and class stay). */
export function assignmentEditInput(opts: { timeZone: string; now: Date }) {
  return z
    .object({ assignmentId: id, ...settingsShape })
    .transform((input, ctx) => ({ assignmentId: input.assignmentId, ...readSettings(input, ctx, { ...opts, pastDue: "allow" }) }));
}

export const MAX_EXTRA_MINUTES = 600;

/** One student's extension; the due date is read in the class's time zone. */
export function extensionInput(opts: { timeZone: string }) {
  return z
    .object({
      assignmentId: id,
      userId: z.string({ message: "Choose a student." }).min(1, "Choose a student.").max(64).regex(/^[A-Za-z0-9_-]+$/, "Choose a student."),
      extraMinutes: optionalText,
      extraAttempts: optionalText,
      dueAt: optionalText,
    })
    .transform((input, ctx) => {
      const whole = (raw: string, field: string, max: number, what: string) => {
        if (raw === "") return 0;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 0 || n > max) {
          ctx.addIssue({ code: "custom", path: [field], message: `${what} is a whole number from 0 to ${max}, or empty.` });
          return 0;
        }
        return n;
      };
      const extraMinutes = whole(input.extraMinutes, "extraMinutes", MAX_EXTRA_MINUTES, "Extra time in minutes");
      const extraAttempts = whole(input.extraAttempts, "extraAttempts", MAX_ATTEMPTS_ALLOWED, "Extra attempts");
      let dueAt: Date | null = null;
      if (input.dueAt) {
        dueAt = zonedLocalToUtc(input.dueAt, opts.timeZone);
        if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter the date and time, or leave it empty." });
      }
      return { assignmentId: input.assignmentId, userId: input.userId, extraTimeSec: extraMinutes * 60, extraAttempts, dueAt };
    });
}

/** Reopening: a new due date, needed when the assignment's own has passed. */
export function reopenInput(opts: { timeZone: string }) {
  return z.object({ assignmentId: id, dueAt: optionalText }).transform((input, ctx) => {
    if (!input.dueAt) return { assignmentId: input.assignmentId, dueAt: null };
    const dueAt = zonedLocalToUtc(input.dueAt, opts.timeZone);
    if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter the new due date and time." });
    return { assignmentId: input.assignmentId, dueAt };
  });
}

export const extensionKeyInput = z.object({ assignmentId: id, userId: id });

export type AssignmentInput = z.output<ReturnType<typeof assignmentInput>>;

export const assignmentIdInput = z.object({ assignmentId: id });
