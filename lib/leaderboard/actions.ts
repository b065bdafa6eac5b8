"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { userMessage } from "@/lib/errors";
import type { FormState } from "@/lib/forms";
import { leaderboardSettingsInput } from "@/lib/validation/review";

/** Shows or hides the signed-in student on the global board (class boards always show classmates). */
export async function setHideFromGlobalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireRole("student");
    const { hideFromGlobal } = leaderboardSettingsInput.parse({ hideFromGlobal: formData.get("hideFromGlobal") ?? false });
    await db.user.update({ where: { id: user.id }, data: { hideFromGlobal } });
    revalidatePath("/leaderboard");
    return { ok: true, message: hideFromGlobal ? "You're hidden from the global leaderboard." : "You're shown on the global leaderboard." };
  } catch (error) {
    return { ok: false, formError: userMessage(error) };
  }
}
