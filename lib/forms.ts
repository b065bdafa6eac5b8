import type { z } from "zod";

export type FormState = {
  ok: boolean;
  formError?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Echo of what was typed (never passwords) so a failed submit doesn't clear the form. */
  values?: Record<string, string>;
  message?: string;
};

export const initialFormState: FormState = { ok: false };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function formValues(formData: FormData, keys: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const v = formData.get(key);
    if (typeof v === "string") values[key] = v.slice(0, 500);
  }
  return values;
}

/** Whether an action was sent a form at all: a hand-made request can call it with anything. */
export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}

/** What an action that needs a form answers a request that carried none. */
export const NO_FORM: FormState = { ok: false, formError: "This request carried no form. Reload the page and submit the form again." };
