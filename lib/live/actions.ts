"use server";
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { refusalOf } from "./refusals";
import { createGame } from "./store";

const hostInput = z.object({
  setId: z.string().min(1).max(64).optional(),
  articleSlug: z.string().min(1).max(200).optional(),
  seconds: z.coerce.number().int().default(20),
});

/** "Host live" on a set (or an article): a new game in its lobby, then the host's page. */
export const hostLiveAction = defineAction({ role: "teacher", input: hostInput }, async ({ setId, articleSlug, seconds }, { user }) => {
  const source = setId ? ({ kind: "set", setId } as const) : articleSlug ? ({ kind: "article", slug: articleSlug } as const) : null;
  if (!source) redirect("/teacher/sets");
  const { id } = await createGame(user, source, seconds).catch(async (error: unknown) => {
    // A refusal (no playable questions, a time not on the list…) in the teacher's language.
    const refusal = refusalOf(error);
    if (refusal) (error as Error).message = (await actionTranslator("liveRefusals"))(refusal.code, refusal.values);
    throw error;
  });
  redirect(`/teacher/live/${id}`);
});
