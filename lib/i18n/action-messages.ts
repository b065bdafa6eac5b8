import "server-only";
import en from "@/messages/en.json";
import { knownMessages, translateKnown } from "./known-messages";
import { actionTranslator } from "./server-messages";

// A server action's refusal in the teacher's language. The code below an action (lib/questions,
// lib/articles, the schemas) writes its messages in English, as its tests read them; those
// messages are in messages/en.json verbatim (lib/i18n/known-messages.ts), so the action's answer is
// translated on its way out, whatever deep function wrote it.

type Namespace = "teacherBankMessages" | "teacherArticleMessages";

const readers = new Map<Namespace, ReturnType<typeof knownMessages>>();
const readerOf = (namespace: Namespace) => {
  let reader = readers.get(namespace);
  if (!reader) readers.set(namespace, (reader = knownMessages(en[namespace])));
  return reader;
};

type Failure = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/** The refusal's message, form error and field errors in the request's language; a success as it is. */
export async function translateRefusal<R>(namespace: Namespace, result: R): Promise<R> {
  const failure = result as Failure;
  if (!failure || typeof failure !== "object" || failure.ok !== false) return result;
  const t = await actionTranslator(namespace);
  const read = readerOf(namespace);
  const say = (message: string) => translateKnown(message, read, t);
  const out: Failure = { ...failure };
  if (typeof out.message === "string") out.message = say(out.message);
  if (typeof out.formError === "string") out.formError = say(out.formError);
  if (out.fieldErrors) out.fieldErrors = Object.fromEntries(Object.entries(out.fieldErrors).map(([field, errors]) => [field, errors?.map(say)]));
  return out as R;
}

/** An action whose refusals answer in the request's language (its successes and redirects are untouched). */
export function translated<A extends unknown[], R>(namespace: Namespace, action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => translateRefusal(namespace, await action(...args));
}
