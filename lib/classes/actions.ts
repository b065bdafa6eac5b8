"use server";
import "server-only";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { translated } from "@/lib/i18n/action-messages";
import { db } from "@/lib/db";
import { ConflictError, InvalidFieldsError, NotFoundError, ValidationError } from "@/lib/errors";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { beginJoin, recordJoinSuccess, requestIp } from "@/lib/security/rate-limit";
import { classIdInput, createClassInput, joinClassInput, removeStudentInput } from "@/lib/validation/classes";
import { generateJoinCode } from "./join-code";
import { requireOwnClass } from "./queries";

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/** Runs `write` with fresh codes until one is unused: 31^6 ≈ 887 million codes, so a retry is rare. */
async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let tries = 0; tries < 8; tries++) {
    try {
      return await write(generateJoinCode(randomInt));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new ConflictError((await actionTranslator("teacherClassesActions"))("noUniqueCode"));
}

export const createClassAction = translated("teacherKnownMessages", defineFormAction({ role: "teacher", input: createClassInput, values: ["name", "timeZone"] }, async (input, { user }) => {
  const created = await withFreshJoinCode((joinCode) => db.class.create({ data: { ...input, joinCode, teacherId: user.id }, select: { id: true } }));
  revalidatePath("/teacher/classes");
  redirect(`/teacher/classes/${created.id}`);
}));

/** A new code for the class; the old one stops working at once. */
export const regenerateJoinCodeAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: classIdInput }, async ({ classId }, { user }) => {
  const own = await requireOwnClass(classId, user.id);
  const updated = await withFreshJoinCode((joinCode) => db.class.update({ where: { id: own.id }, data: { joinCode }, select: { joinCode: true } }));
  revalidatePath(`/teacher/classes/${own.id}`);
  return { joinCode: updated.joinCode };
}));

/** Takes a student off the roster. Their past attempts stay, so results already given don't vanish. */
export const removeStudentAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: removeStudentInput }, async ({ classId, userId }, { user }) => {
  const own = await requireOwnClass(classId, user.id);
  const removed = await db.enrollment.deleteMany({ where: { classId: own.id, userId } });
  if (removed.count === 0) throw new NotFoundError((await actionTranslator("teacherClassesActions"))("studentGone"));
  revalidatePath(`/teacher/classes/${own.id}`);
}));

const WRONG_CODE = "No class has that join code. Check it with your teacher: codes can be changed.";

/**
 * A student joins with a code. Joining twice is fine: it says so and changes nothing.
 * Wrong codes are counted per account and per address (lib/security/rate-limit.ts): past the
 * limit, no code is looked up at all until the block ends, so the code space can't be walked.
 */
export const joinClassAction = translated("classJoinMessages", defineFormAction({ role: "student", input: joinClassInput, values: ["code"] }, async ({ code }, { user }) => {
  const ip = requestIp(await headers());
  await beginJoin(user.id, ip); // counts this attempt as a wrong code until it turns out right (throttled: RateLimitedError)
  const found = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, teacherId: true } });
  if (!found) throw new InvalidFieldsError({ code: [WRONG_CODE] });
  await recordJoinSuccess(user.id, ip);
  if (found.teacherId === user.id) throw new ValidationError("That's your own class: you teach it, so you can't join it as a student.");
  try {
    await db.enrollment.create({ data: { classId: found.id, userId: user.id } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: true, message: `You're already in ${found.name}.` };
  }
  revalidatePath("/dashboard");
  return { ok: true, message: `You joined ${found.name}. Its assignments are below.` };
}));
