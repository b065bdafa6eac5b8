import "server-only";
import en from "@/messages/en.json";
import { knownMessages, translateKnown } from "./known-messages";
import { actionTranslator } from "./server-messages";

// An action's answer in the request's language. The code below an action (lib/questions,
// lib/articles, lib/assignments, lib/admin, the schemas, lib/errors.ts) writes its messages in
// English, as its tests and logs read them; those messages are in messages/en.json verbatim
// (lib/i18n/known-messages.ts), so the action's answer is translated on its way out, whatever deep
// function wrote it; a message with values (a student's name, a count) matches its template with
// them. Text the namespace doesn't know stays as it is.

/** The namespaces of messages/en.json that hold code's English word for word, one per part of the product. */
type Namespace = "teacherBankMessages" | "teacherArticleMessages" | "teacherKnownMessages" | "adminMessages" | "classJoinMessages";

const readers = new Map<Namespace, ReturnType<typeof knownMessages>>();
const readerOf = (namespace: Namespace) => {
  let reader = readers.get(namespace);
  if (!reader) readers.set(namespace, (reader = knownMessages(en[namespace])));
  return reader;
};

type Answer = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/** One message in the request's language, when `namespace` knows its English; else as it is. */
export async function messageTranslator(namespace: Namespace): Promise<(message: string) => string> {
  const t = await actionTranslator(namespace);
  const read = readerOf(namespace);
  return (message) => translateKnown(message, read, t);
}

/**
 * The answer's message, form error and field errors in the request's language (a refusal's, or a
 * success's message such as an admin's "New code made"); an answer with none of them as it is.
 */
export async function translateAnswer<R>(namespace: Namespace, result: R): Promise<R> {
  const answer = result as Answer;
  if (!answer || typeof answer !== "object" || (answer.message === undefined && answer.formError === undefined && answer.fieldErrors === undefined)) return result;
  const say = await messageTranslator(namespace);
  const out: Answer = { ...answer };
  if (typeof out.message === "string") out.message = say(out.message);
  if (typeof out.formError === "string") out.formError = say(out.formError);
  if (out.fieldErrors) out.fieldErrors = Object.fromEntries(Object.entries(out.fieldErrors).map(([field, errors]) => [field, errors?.map(say)]));
  return out as R;
}

/** An action whose answers come in the request's language (redirects and bare successes are untouched). */
export function translated<A extends unknown[], R>(namespace: Namespace, action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => translateAnswer(namespace, await action(...args));
}
