"use server";
import "server-only";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError, userMessage } from "@/lib/errors";
import { fieldErrorsOf, formValues, isForm, NO_FORM, type FormState } from "@/lib/forms";
import { beginJoin, RateLimitedError, recordJoinSuccess, requestIp } from "@/lib/security/rate-limit";
import { classIdInput, createClassInput, joinClassInput, removeStudentInput } from "@/lib/validation/classes";
import { generateJoinCode } from "./join-code";
import { requireOwnClass } from "./queries";

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; message: string };

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
  throw new ConflictError("We couldn't make a unique join code. Please try again.");
}

export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "timeZone"]);
  let classId: string;
  try {
    const teacher = await requireRole("teacher");
    const parsed = createClassInput.safeParse({ name: formData.get("name"), timeZone: formData.get("timeZone") });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    const created = await withFreshJoinCode((joinCode) =>
      db.class.create({ data: { ...parsed.data, joinCode, teacherId: teacher.id }, select: { id: true } }),
    );
    classId = created.id;
  } catch (error) {
    return { ok: false, formError: userMessage(error), values };
  }
  revalidatePath("/teacher/classes");
  redirect(`/teacher/classes/${classId}`);
}

/** A new code for the class; the old one stops working at once. */
export async function regenerateJoinCodeAction(formData: FormData): Promise<ActionResult<{ joinCode: string }>> {
  try {
    const teacher = await requireRole("teacher");
    const parsed = classIdInput.safeParse({ classId: formData.get("classId") });
    if (!parsed.success) throw new NotFoundError("We couldn't find that class.");
    const own = await requireOwnClass(parsed.data.classId, teacher.id);
    const updated = await withFreshJoinCode((joinCode) =>
      db.class.update({ where: { id: own.id }, data: { joinCode }, select: { joinCode: true } }),
    );
    revalidatePath(`/teacher/classes/${own.id}`);
    return { ok: true, joinCode: updated.joinCode };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/** Takes a student off the roster. Their past attempts stay, so results already given don't vanish. */
export async function removeStudentAction(formData: FormData): Promise<ActionResult> {
  try {
    const teacher = await requireRole("teacher");
    const parsed = removeStudentInput.safeParse({ classId: formData.get("classId"), userId: formData.get("userId") });
    if (!parsed.success) throw new NotFoundError("We couldn't find that student in this class.");
    const own = await requireOwnClass(parsed.data.classId, teacher.id);
    const removed = await db.enrollment.deleteMany({ where: { classId: own.id, userId: parsed.data.userId } });
    if (removed.count === 0) throw new NotFoundError("That student is no longer in this class.");
    revalidatePath(`/teacher/classes/${own.id}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

const WRONG_CODE = "No class has that join code. Check it with your teacher: codes can be changed.";

/**
 * A student joins with a code. Joining twice is fine: it says so and changes nothing.
 * Wrong codes are counted per account and per address (lib/security/rate-limit.ts): past the
 * limit, no code is looked up at all until the block ends, so the code space can't be walked.
 */
export async function joinClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NO_FORM;
  const values = formValues(formData, ["code"]);
  try {
    const user = await requireRole("student");
    const parsed = joinClassInput.safeParse({ code: formData.get("code") });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    const ip = requestIp(await headers());
    await beginJoin(user.id, ip); // counts this attempt as a wrong code until it turns out right
    const found = await db.class.findUnique({ where: { joinCode: parsed.data.code }, select: { id: true, name: true, teacherId: true } });
    if (!found) return { ok: false, fieldErrors: { code: [WRONG_CODE] }, values };
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
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, formError: error.message, values };
    return { ok: false, formError: userMessage(error), values };
  }
}
