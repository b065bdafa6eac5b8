import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";

/** This request's interface language (lib/i18n/locales.ts resolveLocale), once per request. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const cookie = jar.get(LOCALE_COOKIE)?.value;
  // The user row is read for the session anyway (one cached lookup per request); only without
  // the cookie does the saved choice matter.
  const saved = cookie ? null : ((await currentUser().catch(() => null))?.locale ?? null);
  return resolveLocale({ cookie, saved, acceptLanguage: head.get("accept-language") });
});
