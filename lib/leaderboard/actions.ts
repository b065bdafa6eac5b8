"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { leaderboardSettingsInput } from "@/lib/validation/review";

/** Shows or hides the signed-in student on the global board (class boards always show classmates). */
export const setHideFromGlobalAction = defineFormAction({ role: "student", input: leaderboardSettingsInput }, async ({ hideFromGlobal }, { user }) => {
  await db.user.update({ where: { id: user.id }, data: { hideFromGlobal } });
  revalidatePath("/leaderboard");
  return { ok: true, message: hideFromGlobal ? "You're hidden from the global leaderboard." : "You're shown on the global leaderboard." };
});
