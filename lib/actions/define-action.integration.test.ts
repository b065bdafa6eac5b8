// The action guard itself (lib/actions/define-action.ts): who may call, what bad input gets, what
// an expected or unexpected error becomes, and that Next's redirect() / notFound() pass through.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { notFound, redirect } from "next/navigation";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, GENERIC_ERROR, InvalidFieldsError, UnauthenticatedError, UNREADABLE_REQUEST } from "@/lib/errors";
import { initialFormState, NO_FORM } from "@/lib/forms";
import { RateLimitedError } from "@/lib/security/rate-limit";
import { createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { defineAction, defineFormAction, defineRedirectAction } from "./define-action";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** The digest Next gives a thrown redirect() / notFound(), or what happened instead. */
async function digestOf(run: () => Promise<unknown>): Promise<string> {
  try {
    return `returned ${JSON.stringify(await run())}`;
  } catch (error) {
    return (error as { digest?: string }).digest ?? `threw ${String(error)}`;
  }
}

const nameInput = z.object({ name: z.string().trim().min(2, "Give a name of at least 2 characters."), note: z.string().default("none") });

let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  signOut();
  logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

describe("who may call", () => {
  it("refuses a visitor and a role below the one asked, without running the handler", async () => {
    const handler = vi.fn(async () => ({ done: true }));
    const action = defineAction({ role: "teacher", input: nameInput }, handler);
    expect(await action({ name: "Ada" })).toEqual({ ok: false, message: new UnauthenticatedError().message });
    signInAs((await createUser()).id);
    expect(await action({ name: "Ada" })).toEqual({ ok: false, message: new ForbiddenError().message });
    expect(handler).not.toHaveBeenCalled();

    signInAs((await createUser({ role: "teacher" })).id);
    expect(await action({ name: "Ada" })).toEqual({ ok: true, done: true });
    signInAs((await createUser({ role: "admin" })).id);
    expect(await action({ name: "Ada" })).toEqual({ ok: true, done: true }); // a role above counts, as with requireRole
  });

  it("hands the handler the signed-in user; 'any-signed-in' takes a student, 'public' takes a visitor", async () => {
    const student = await createUser({ name: "Student Sam" });
    const anyone = defineAction({ role: "any-signed-in" }, async (_input, { user }) => ({ who: user.name }));
    expect(await anyone()).toEqual({ ok: false, message: new UnauthenticatedError().message });
    signInAs(student.id);
    expect(await anyone()).toEqual({ ok: true, who: "Student Sam" });

    signOut();
    const open = defineAction({ role: "public", input: nameInput }, async ({ name }, { user }) => ({ name, user }));
    expect(await open({ name: "Ada" })).toEqual({ ok: true, name: "Ada", user: null });
  });

  it("a form's refusal is its error, with what was typed kept", async () => {
    const action = defineFormAction({ role: "teacher", input: nameInput, values: ["name"] }, async () => ({ ok: true }));
    expect(await action(initialFormState, form({ name: "Ada" }))).toEqual({ ok: false, formError: new UnauthenticatedError().message, values: { name: "Ada" } });
  });
});

describe("bad input", () => {
  it("answers the field errors with a clear message, and nothing runs", async () => {
    signInAs((await createUser()).id);
    const handler = vi.fn(async () => undefined);
    const action = defineAction({ role: "student", input: nameInput }, handler);
    const expected = { ok: false, message: UNREADABLE_REQUEST, fieldErrors: { name: ["Give a name of at least 2 characters."] } };
    expect(await action({ name: " A " })).toEqual(expected);
    expect(await action(form({ name: "A" }))).toEqual(expected);
    expect(await action("not even an object" as never)).toMatchObject({ ok: false, message: UNREADABLE_REQUEST });
    expect(handler).not.toHaveBeenCalled();
    expect(logged).not.toHaveBeenCalled();
    // Never "couldn't find": bad input is not a missing thing.
    expect(JSON.stringify(await action({ name: "" }))).not.toMatch(/couldn't find/);

    const custom = defineAction({ role: "student", input: nameInput, invalid: "That answer couldn't be read." }, handler);
    expect(await custom({ name: "" })).toMatchObject({ ok: false, message: "That answer couldn't be read." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reads a form as one value per key of the schema, a missing key getting the schema's default", async () => {
    const action = defineAction({ role: "public", input: nameInput }, async (input) => input);
    const f = form({ name: " Ada ", extra: "ignored" });
    f.append("name", "second value");
    expect(await action(f)).toEqual({ ok: true, name: "Ada", note: "none" });
  });

  it("a form gets its field errors and its values back; a bad hidden field is an unreadable request", async () => {
    signInAs((await createUser()).id);
    const handler = vi.fn(async () => ({ ok: true }));
    const action = defineFormAction({ role: "student", input: nameInput.extend({ id: z.string().regex(/^\w+$/) }), hidden: ["id"], values: ["name"] }, handler);
    expect(await action(initialFormState, form({ name: "A", id: "abc" }))).toEqual({ ok: false, fieldErrors: { name: ["Give a name of at least 2 characters."] }, values: { name: "A" } });
    expect(await action(initialFormState, form({ name: "Ada", id: "../etc" }))).toEqual({ ok: false, formError: UNREADABLE_REQUEST, values: { name: "Ada" } });
    expect(await action(initialFormState, "name=Ada" as unknown as FormData)).toEqual(NO_FORM);
    expect(handler).not.toHaveBeenCalled();
  });

  it("a schema may depend on who calls", async () => {
    const user = await createUser({ name: "Grace Hopper" });
    signInAs(user.id);
    const action = defineAction(
      { role: "student", input: ({ user: me }) => z.object({ nickname: z.string().refine((n) => n !== me.name, "Pick something other than your name.") }) },
      async ({ nickname }) => ({ nickname }),
    );
    expect(await action({ nickname: "Grace Hopper" })).toMatchObject({ ok: false, fieldErrors: { nickname: ["Pick something other than your name."] } });
    expect(await action({ nickname: "Amazing Grace" })).toEqual({ ok: true, nickname: "Amazing Grace" });
  });

  it("a navigation form's bad input is the not-found page, and nothing runs", async () => {
    signInAs((await createUser()).id);
    const handler = vi.fn(async () => undefined);
    const action = defineRedirectAction({ role: "student", input: nameInput }, handler);
    expect(await digestOf(() => action(form({ name: "" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("errors", () => {
  it("an expected error (an AppError, a rate limit) answers its own message, unlogged", async () => {
    const conflict = defineAction({ role: "public" }, async () => {
      throw new ConflictError("That changed meanwhile.");
    });
    expect(await conflict()).toEqual({ ok: false, message: "That changed meanwhile." });
    const limited = defineFormAction({ role: "public", values: ["code"] }, async () => {
      throw new RateLimitedError(60_000, "wrong codes");
    });
    expect(await limited(initialFormState, form({ code: "X" }))).toMatchObject({ ok: false, formError: expect.stringMatching(/^Too many wrong codes\./), values: { code: "X" } });
    expect(logged).not.toHaveBeenCalled();
  });

  it("the handler's own field checks come back per field", async () => {
    const fields = new InvalidFieldsError({ code: ["No class has that code."] });
    const action = defineAction({ role: "public" }, async () => {
      throw fields;
    });
    expect(await action()).toEqual({ ok: false, message: fields.message, fieldErrors: { code: ["No class has that code."] } });
    const formAction = defineFormAction({ role: "public", values: ["code"] }, async () => {
      throw fields;
    });
    expect(await formAction(initialFormState, form({ code: "ABC" }))).toEqual({ ok: false, fieldErrors: { code: ["No class has that code."] }, values: { code: "ABC" } });
  });

  it("an unexpected error answers the generic message and is logged on the server, not sent", async () => {
    const boom = new Error("SQLITE_BUSY: secret table details");
    const action = defineAction({ role: "public" }, async () => {
      throw boom;
    });
    const result = await action();
    expect(result).toEqual({ ok: false, message: GENERIC_ERROR });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|secret/);
    expect(logged).toHaveBeenCalledWith(boom);

    const formAction = defineFormAction({ role: "public" }, async () => {
      throw boom;
    });
    expect(await formAction(initialFormState, form({}))).toEqual({ ok: false, formError: GENERIC_ERROR });
  });

  it("redirect() and notFound() pass through untouched", async () => {
    const redirecting = defineAction({ role: "public" }, async () => redirect("/somewhere"));
    expect(await digestOf(() => redirecting())).toMatch(/^NEXT_REDIRECT;replace;\/somewhere;/);
    const formRedirect = defineFormAction({ role: "public" }, async () => redirect("/elsewhere"));
    expect(await digestOf(() => formRedirect(initialFormState, form({})))).toMatch(/^NEXT_REDIRECT;replace;\/elsewhere;/);
    const missing = defineAction({ role: "public" }, async () => notFound());
    expect(await digestOf(() => missing())).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(logged).not.toHaveBeenCalled();
  });
});
