// next-intl's request configuration (wired by the plugin in next.config.mjs), without locale
// routing: the language is the request's (lib/i18n/request-locale.ts), the messages are
// messages/<locale>.json.
import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadMessages } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale) };
});
