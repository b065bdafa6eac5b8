"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { createTeacherInvite, decideTeacherRequest, formatInviteCode, revokeTeacherInvite } from "@/lib/auth/teacher-access";
import { translated } from "@/lib/i18n/action-messages";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { setAccountDisabledInput } from "@/lib/validation/account";
import { createInviteInput, decideRequestInput, inviteIdInput } from "@/lib/validation/teacher-access";
import { setAccountState } from "./accounts";

// Every answer in the admin's language (lib/i18n/action-messages.ts, messages/*.json
// adminMessages): the action's own message, and the refusals and field errors it passes on.

/** A new school invitation code; the form shows it once made (it is listed on /admin too). */
const createInvite = defineFormAction({ role: "admin", input: createInviteInput, values: ["label", "maxUses", "expiresInDays"] }, async (input, { user }) => {
  const invite = await createTeacherInvite(input, user.id);
  revalidatePath("/admin");
  const t = await actionTranslator("adminMessages");
  return { ok: true, message: t("newCode", { code: formatInviteCode(invite.code) }) };
});
export const createInviteAction = translated("adminMessages", createInvite);

const revokeInvite = defineAction({ role: "admin", input: inviteIdInput }, async ({ inviteId }) => {
  await revokeTeacherInvite(inviteId);
  revalidatePath("/admin");
});
export const revokeInviteAction = translated("adminMessages", revokeInvite);

/** Approve (the account becomes a teacher) or refuse (it stays a student) a pending teacher sign-up. */
const decideTeacherRequestAnswer = defineAction({ role: "admin", input: decideRequestInput }, async ({ requestId, decision }, { user }) => {
  await decideTeacherRequest(requestId, decision, user.id);
  revalidatePath("/admin");
});
export const decideTeacherRequestAction = translated("adminMessages", decideTeacherRequestAnswer);

/** Disable (ends the account's sessions at once, refuses its sign-ins) or re-enable an account. */
const setAccountDisabled = defineAction({ role: "admin", input: setAccountDisabledInput }, async ({ userId, disabled }, { user }) => {
  await setAccountState(user.id, userId, disabled);
  revalidatePath("/admin");
});
export const setAccountDisabledAction = translated("adminMessages", setAccountDisabled);
