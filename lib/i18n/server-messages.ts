import "server-only";
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import en from "@/messages/en.json";

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
