"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { createTeacherInvite, decideTeacherRequest, formatInviteCode, revokeTeacherInvite } from "@/lib/auth/teacher-access";
import { ValidationError, userMessage } from "@/lib/errors";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { setAccountDisabledInput } from "@/lib/validation/account";
import { createInviteInput, decideRequestInput, inviteIdInput } from "@/lib/validation/teacher-access";
import { setAccountState } from "./accounts";

export type AdminResult = { ok: true } | { ok: false; message: string };

/** A new school invitation code; the form shows it once made (it is listed on /admin too). */
export async function createInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["label", "maxUses", "expiresInDays"]);
  try {
    const admin = await requireRole("admin");
    const parsed = createInviteInput.safeParse({ label: formData.get("label") ?? "", maxUses: formData.get("maxUses"), expiresInDays: formData.get("expiresInDays") });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    const invite = await createTeacherInvite(parsed.data, admin.id);
    revalidatePath("/admin");
    return { ok: true, message: `New invitation code: ${formatInviteCode(invite.code)}` };
  } catch (error) {
    return { ok: false, formError: userMessage(error), values };
  }
}

export async function revokeInviteAction(formData: FormData): Promise<AdminResult> {
  try {
    await requireRole("admin");
    const parsed = inviteIdInput.safeParse({ inviteId: formData.get("inviteId") });
    if (!parsed.success) throw new ValidationError("That request couldn't be read. Reload the page and try again.");
    await revokeTeacherInvite(parsed.data.inviteId);
    revalidatePath("/admin");
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/** Approve (the account becomes a teacher) or refuse (it stays a student) a pending teacher sign-up. */
export async function decideTeacherRequestAction(formData: FormData): Promise<AdminResult> {
  try {
    const admin = await requireRole("admin");
    const parsed = decideRequestInput.safeParse({ requestId: formData.get("requestId"), decision: formData.get("decision") });
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "That request couldn't be read.");
    await decideTeacherRequest(parsed.data.requestId, parsed.data.decision, admin.id);
    revalidatePath("/admin");
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/** Disable (ends the account's sessions at once, refuses its sign-ins) or re-enable an account. */
export async function setAccountDisabledAction(formData: FormData): Promise<AdminResult> {
  try {
    const admin = await requireRole("admin");
    const parsed = setAccountDisabledInput.safeParse({ userId: formData.get("userId"), disabled: formData.get("disabled") });
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "That request couldn't be read.");
    await setAccountState(admin.id, parsed.data.userId, parsed.data.disabled);
    revalidatePath("/admin");
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
