"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { createTeacherInvite, decideTeacherRequest, formatInviteCode, revokeTeacherInvite } from "@/lib/auth/teacher-access";
import { setAccountDisabledInput } from "@/lib/validation/account";
import { createInviteInput, decideRequestInput, inviteIdInput } from "@/lib/validation/teacher-access";
import { setAccountState } from "./accounts";

/** A new school invitation code; the form shows it once made (it is listed on /admin too). */
export const createInviteAction = defineFormAction(
  { role: "admin", input: createInviteInput, values: ["label", "maxUses", "expiresInDays"] },
  async (input, { user }) => {
    const invite = await createTeacherInvite(input, user.id);
    revalidatePath("/admin");
    return { ok: true, message: `New invitation code: ${formatInviteCode(invite.code)}` };
  },
);

export const revokeInviteAction = defineAction({ role: "admin", input: inviteIdInput }, async ({ inviteId }) => {
  await revokeTeacherInvite(inviteId);
  revalidatePath("/admin");
});

/** Approve (the account becomes a teacher) or refuse (it stays a student) a pending teacher sign-up. */
export const decideTeacherRequestAction = defineAction({ role: "admin", input: decideRequestInput }, async ({ requestId, decision }, { user }) => {
  await decideTeacherRequest(requestId, decision, user.id);
  revalidatePath("/admin");
});

/** Disable (ends the account's sessions at once, refuses its sign-ins) or re-enable an account. */
export const setAccountDisabledAction = defineAction({ role: "admin", input: setAccountDisabledInput }, async ({ userId, disabled }, { user }) => {
  await setAccountState(user.id, userId, disabled);
  revalidatePath("/admin");
});
