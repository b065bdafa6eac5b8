import "server-only";
import en from "@/messages/en.json";
import type { ActionResult } from "@/lib/actions/result";
import type { FormState } from "@/lib/forms";
import { actionTranslator } from "./server-messages";

// The teacher's classroom actions answer with messages written in English where they are made:
// zod schemas (lib/validation), the assignment rules (lib/assignments/manage-policy.ts), the
// errors of lib/errors.ts. Rather than thread a translator through each, an action's answer is
// said again in the teacher's language here: every fixed message of those is in
// messages/*.json teacherKnownMessages with its English word for word, so an English answer maps
// to its key; a message that isn't there (with a name or a number in it) stays as it is.

const KEY_OF = new Map(Object.entries(en.teacherKnownMessages).map(([key, text]) => [text, key]));

type Translate = (key: string) => string;

function say(t: Translate, message: string): string {
  const key = KEY_OF.get(message);
  return key ? t(key) : message;
}

function sayAll<T extends Partial<Pick<FormState, "formError" | "message" | "fieldErrors">>>(t: Translate, answer: T): T {
  const out = { ...answer };
  if (typeof out.formError === "string") out.formError = say(t, out.formError);
  if (typeof out.message === "string") out.message = say(t, out.message);
  if (out.fieldErrors) out.fieldErrors = Object.fromEntries(Object.entries(out.fieldErrors).map(([field, list]) => [field, list?.map((m) => say(t, m))])) as T["fieldErrors"];
  return out;
}

/** An action whose answer (form state or action result) is said in the teacher's language. */
export function inTeachersLanguage<A extends unknown[], R extends FormState | ActionResult<unknown>>(action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const answer = await action(...args);
    if (answer.ok && !("message" in answer)) return answer;
    const t = await actionTranslator("teacherKnownMessages");
    return sayAll(t, answer as Partial<FormState>) as R;
  };
}
