import "server-only";
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import en from "@/messages/en.json";
import { loadMessages } from "./messages";
import type { Locale } from "./locales";

/**
 * A server action's messages in the request's language. Outside a request (an integration test
 * calling the action directly) next-intl has no request to read: the English messages then.
 */
export async function actionTranslator(namespace: keyof typeof en): Promise<(key: string, values?: Record<string, string | number>) => string> {
  try {
    return await getTranslations(namespace);
  } catch {
    const t = createTranslator({ locale: "en", messages: en, namespace });
    return (key, values) => t(key as never, values as never);
  }
}

/**
 * Messages in a language known already: for a request Next.js didn't route (scripts/serve.mjs's
 * shortcut), where next-intl has no request to read the language from.
 */
export async function translatorFor(locale: Locale, namespace: keyof typeof en): Promise<(key: string, values?: Record<string, string | number>) => string> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace });
  return (key, values) => t(key as never, values as never);
}
