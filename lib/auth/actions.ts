"use server";
import "server-only";
import { AuthError } from "next-auth";
import { db } from "@/lib/db";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { safeCallbackUrl } from "./callback-url";
import { signIn, SignInThrottled, signOut } from "./config";
import { hashPassword } from "./password";

const BAD_CREDENTIALS = "That email and password don't match an account. Check both and try again.";

async function signInOrMessage(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // signIn throws a redirect on success; only authentication failures are ours to handle.
    // Throttled (lib/security/rate-limit.ts, checked in `authenticate`): the same words for every email.
    if (error instanceof SignInThrottled) return { ok: false, formError: error.userMessage, values: { email } };
    if (error instanceof AuthError) return { ok: false, formError: BAD_CREDENTIALS, values: { email } };
    throw error;
  }
  return { ok: true };
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const redirectTo = safeCallbackUrl(formData.get("callbackUrl"), "/dashboard");
  return signInOrMessage(parsed.data.email, parsed.data.password, redirectTo);
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email", "role"]);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    role: formData.get("role"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { name, email, password, role } = parsed.data;

  const passwordHash = await hashPassword(password);
  try {
    await db.user.create({ data: { name, email, role, passwordHash } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return {
        ok: false,
        fieldErrors: { email: ["We can't create an account with that email. If it's yours, sign in instead."] },
        values,
      };
    }
    throw error;
  }
  return signInOrMessage(email, password, role === "teacher" ? "/teacher" : "/dashboard");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
