import en from "@/messages/en.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === "ko" ? (await import("@/messages/ko.json")).default : en;
}

/**
 * The namespaces client components read (components/i18n/client-messages.tsx): only these are
 * sent to the browser, in the page's data, not in its JavaScript. Their messages use nothing
 * but `{name}` placeholders (no ICU plural or select), which the client fills in itself.
 * `client` goes with every page (the root layout); a staff section's layout adds its own
 * (`teacherClient`, `adminClient`), so students' pages don't carry the staff pages' messages.
 */
export const CLIENT_NAMESPACES = ["client", "teacherClient", "adminClient"] as const;

export function clientMessages(messages: Messages): Pick<Messages, "client"> {
  return { client: messages.client };
}

export function sectionClientMessages<N extends "teacherClient" | "adminClient">(messages: Messages, namespace: N): Pick<Messages, N> {
  return { [namespace]: messages[namespace] } as Pick<Messages, N>;
}
