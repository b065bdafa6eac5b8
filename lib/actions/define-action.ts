import "server-only";
import { notFound, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireRole, type SessionUser } from "@/lib/auth/session";
import { InvalidFieldsError, UNREADABLE_REQUEST, userMessage } from "@/lib/errors";
import { fieldErrorsOf, formValues, isForm, NO_FORM, type FormState } from "@/lib/forms";
import type { Role } from "@/lib/validation/auth";
import type { ActionFailure, ActionResult } from "./result";

// The one guard every server action goes through (issue 13), in the style of Formbricks' action
// client: authenticate and check the role, parse the input with zod, run the handler, and turn
// whatever it throws into one answer:
// - an expected error (an AppError of lib/errors.ts) → its message;
// - bad input (the schema, or an InvalidFieldsError from the handler) → the message per field,
//   and nothing ran (or, for the handler's own checks, nothing was written);
// - anything else → GENERIC_ERROR, and the error in the server log;
// - Next's redirect() / notFound() → passed through untouched (unstable_rethrow).
//
// Three shapes, for the three ways the app calls actions:
// - defineAction: called with a plain object or a FormData (buttons, client code): ActionResult<T>.
// - defineFormAction: a form driven by useActionState: FormState, with field errors and the
//   values typed so far.
// - defineRedirectAction: a plain <form action> that only navigates: nowhere to show a message, so
//   bad input is the not-found page and a refusal is the error page, as for a page.

export type { ActionResult } from "./result";

/** Who may call: a role or any above it (as requireRole), anyone signed in, or anyone. */
export type Access = Role | "any-signed-in" | "public";

export type ActionContext<A extends Access> = { user: A extends "public" ? null : SessionUser };

/** A schema, or one that depends on who calls (e.g. a password that may not contain their email). */
type InputSpec<A extends Access, S extends z.ZodType> = S | ((ctx: ActionContext<A>) => S);

type Spec<A extends Access, S extends z.ZodType> = {
  role: A;
  /** Parsed before the handler runs; a FormData is read as one value per key of the schema. */
  input?: InputSpec<A, S>;
};

/** The action's argument: a form, or the schema's input as an object; optional when the schema takes none. */
type Args<S extends z.ZodType> = undefined extends z.input<S> ? [input?: FormData | z.input<S>] : [input: FormData | z.input<S>];

/** What a handler that returns nothing (or never returns: a redirect) answers with. */
type Data<T> = [T] extends [never] ? never : [T] extends [void | undefined] ? object : T;

async function authorize<A extends Access>(access: A): Promise<ActionContext<A>> {
  if (access === "public") return { user: null } as ActionContext<A>;
  return { user: await requireRole(access === "any-signed-in" ? "student" : access) } as ActionContext<A>;
}

function schemaOf<A extends Access, S extends z.ZodType>(input: InputSpec<A, S> | undefined, ctx: ActionContext<A>): S | undefined {
  return typeof input === "function" ? input(ctx) : input;
}

/** A form's fields as the object the schema reads: one value per key, a missing one undefined (so defaults apply). */
function fieldsOf(schema: z.ZodType, formData: FormData): Record<string, unknown> {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [...new Set(formData.keys())];
  return Object.fromEntries(keys.map((key) => [key, formData.get(key) ?? undefined]));
}

type Parsed<S extends z.ZodType> = { success: true; data: z.output<S> } | { success: false; error: z.ZodError };

async function readInput<S extends z.ZodType>(schema: S | undefined, raw: unknown): Promise<Parsed<S>> {
  if (!schema) return { success: true, data: undefined as z.output<S> };
  return schema.safeParseAsync(isForm(raw) ? fieldsOf(schema, raw) : raw);
}

async function parseInput<S extends z.ZodType>(schema: S | undefined, raw: unknown, message: string): Promise<z.output<S>> {
  const parsed = await readInput(schema, raw);
  if (!parsed.success) throw new InvalidFieldsError(fieldErrorsOf(parsed.error), message);
  return parsed.data;
}

/** Runs `work`; a throw becomes a failure with a message for the user (the only catch actions need). */
async function guarded<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | ActionFailure> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and Next's other control flow are not errors
    if (error instanceof InvalidFieldsError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    return { ok: false, message: userMessage(error) }; // an AppError's own message; anything else logged, GENERIC_ERROR
  }
}

/**
 * An action answering with data (or, when its success is a redirect, only ever with a failure).
 * Bad input answers `invalid` (default: "That request couldn't be read…") with the field errors.
 */
export function defineAction<A extends Access, T, S extends z.ZodType = z.ZodUndefined>(
  spec: Spec<A, S> & { invalid?: string },
  handler: (input: z.output<S>, ctx: ActionContext<A>) => Promise<T>,
): (...args: Args<S>) => Promise<ActionResult<Data<T>>> {
  return async (...[raw]) => {
    const outcome = await guarded(async () => {
      const ctx = await authorize(spec.role);
      return handler(await parseInput(schemaOf(spec.input, ctx), raw, spec.invalid ?? UNREADABLE_REQUEST), ctx);
    });
    if (!outcome.ok) return outcome;
    return { ok: true, ...(outcome.value ?? {}) } as ActionResult<Data<T>>;
  };
}

type FormSpec<A extends Access, S extends z.ZodType> = Spec<A, S> & {
  /** Fields echoed back on a failure so the form keeps what was typed (never passwords). */
  values?: readonly string[] | ((formData: FormData) => Record<string, string>);
  /** Fields no one types (ids in hidden inputs): a bad one is an unreadable request, not a field to fix. */
  hidden?: readonly string[];
};

export type FormContext<A extends Access> = ActionContext<A> & { formData: FormData; values?: Record<string, string> };

/**
 * An action behind `useActionState(action, initialFormState)`. The handler returns the state to
 * show on success (or redirects); failures are the guard's: a refusal or an AppError is the form's
 * error, bad input the field errors, both with the values echoed.
 */
export function defineFormAction<A extends Access, S extends z.ZodType = z.ZodUndefined>(
  spec: FormSpec<A, S>,
  handler: (input: z.output<S>, ctx: FormContext<A>) => Promise<FormState>,
): (prev: FormState, formData: FormData) => Promise<FormState> {
  return async (_prev, formData) => {
    if (!isForm(formData)) return NO_FORM;
    const values = typeof spec.values === "function" ? spec.values(formData) : spec.values ? formValues(formData, [...spec.values]) : undefined;
    const outcome = await guarded(async () => {
      const ctx = await authorize(spec.role);
      const input = await parseInput(schemaOf(spec.input, ctx), formData, UNREADABLE_REQUEST);
      return handler(input, { ...ctx, formData, values });
    });
    if (outcome.ok) return outcome.value;
    const echo = values ? { values } : {};
    const { fieldErrors } = outcome;
    if (!fieldErrors) return { ok: false, formError: outcome.message, ...echo };
    if (spec.hidden?.some((key) => fieldErrors[key])) return { ok: false, formError: UNREADABLE_REQUEST, ...echo };
    return { ok: false, fieldErrors, ...echo };
  };
}

/**
 * A plain `<form action>` whose success is a redirect (or nothing to show). Same role check and
 * parse, but with no place for a message: bad input is the not-found page (as a bad URL would be),
 * and a refusal or any error thrown goes to the error page, which shows a generic message.
 */
export function defineRedirectAction<A extends Access, S extends z.ZodType = z.ZodUndefined>(
  spec: Spec<A, S>,
  handler: (input: z.output<S>, ctx: ActionContext<A>) => Promise<void>,
): (formData?: FormData) => Promise<void> {
  return async (raw) => {
    const ctx = await authorize(spec.role);
    const parsed = await readInput(schemaOf(spec.input, ctx), raw);
    if (!parsed.success) notFound();
    await handler(parsed.data, ctx);
  };
}
