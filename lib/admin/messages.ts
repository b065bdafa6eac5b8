import "server-only";
import { actionTranslator } from "@/lib/i18n/server-messages";
import en from "@/messages/en.json";

// The admin actions' answers in the request's language. The errors they pass on keep their
// English text where they are thrown (lib/auth/teacher-access.ts, lib/admin/accounts.ts, the
// schemas of lib/validation): logs, tests and the English pages read it. An answer's message
// that is one of messages/en.json `adminMessages` word for word is shown as that message's
// translation; any other text is shown as it is.

const KEY_OF = new Map<string, string>(Object.entries(en.adminMessages).map(([key, text]) => [text, key]));

type Answer = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

/** `answer` with its messages in the request's language. */
export async function inAdminLanguage<R extends Answer>(answer: R): Promise<R> {
  if (answer.message === undefined && answer.formError === undefined && answer.fieldErrors === undefined) return answer;
  const t = await actionTranslator("adminMessages");
  const say = (text: string) => {
    const key = KEY_OF.get(text);
    return key ? t(key) : text;
  };
  const fieldErrors = answer.fieldErrors && Object.fromEntries(Object.entries(answer.fieldErrors).map(([field, errors]) => [field, errors?.map(say)]));
  return {
    ...answer,
    ...(answer.message !== undefined ? { message: say(answer.message) } : {}),
    ...(answer.formError !== undefined ? { formError: say(answer.formError) } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}

/** An admin action whose answers come in the request's language. */
export function answeringInAdminLanguage<F extends (...args: never[]) => Promise<Answer>>(action: F): F {
  return (async (...args: Parameters<F>) => inAdminLanguage(await action(...args))) as F;
}
