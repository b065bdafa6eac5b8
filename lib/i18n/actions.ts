"use server";
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineRedirectAction } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, LOCALES } from "./locales";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * The language switch (components/i18n/language-switch.tsx): remembered in a cookie for this
 * browser and, for someone signed in, on their account, so another device starts in it too.
 * Setting a cookie in an action makes Next.js draw the current page again, now in that language.
 */
export const setLocaleAction = defineRedirectAction({ role: "public", input: z.object({ locale: z.enum(LOCALES) }) }, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax", httpOnly: true });
  const user = await currentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
});
