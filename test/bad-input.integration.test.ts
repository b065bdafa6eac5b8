// Bad input that used to end in a 500 (issue 12, defect 11): each gets a 404 or a clear message
// and changes nothing.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createArticleAction } from "@/lib/articles/actions";
import { startPracticeAction } from "@/lib/attempts/actions";
import { joinClassAction } from "@/lib/classes/actions";
import { db } from "@/lib/db";
import { initialFormState, NO_FORM } from "@/lib/forms";
import { createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

/** The digest Next.js gives notFound(): the not-found page with status 404. */
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const digestOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return "returned";
  } catch (error) {
    return (error as { digest?: string }).digest ?? `threw ${(error as Error).name}`;
  }
};

beforeEach(() => signOut());

describe("bad input answers 4xx or a message, not a 500", () => {
  it("practice on an unknown or malformed slug is the not-found page", async () => {
    const student = await createUser();
    signInAs(student.id);
    for (const slug of ["no-such-article", "../etc", ""]) {
      const form = new FormData();
      form.set("slug", slug);
      expect(await digestOf(() => startPracticeAction(form)), slug).toBe(NOT_FOUND);
    }
    expect(await db.attempt.count({ where: { userId: student.id } })).toBe(0);
  });

  it("a join or paste request that carries no form gets a clear message", async () => {
    const student = await createUser();
    signInAs(student.id);
    const noForm = undefined as unknown as FormData;
    expect(await joinClassAction(initialFormState, noForm)).toEqual(NO_FORM);
    expect(await joinClassAction(undefined as never, "code=ABC" as unknown as FormData)).toEqual(NO_FORM);
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    expect(await createArticleAction(initialFormState, noForm)).toEqual(NO_FORM);
    expect(await db.enrollment.count()).toBe(0);
  });

  it("a paste of megabytes gets the friendly 'over 200 KB' message", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const form = new FormData();
    form.set("title", "Everything");
    form.set("text", "Exports rose 5 percent in 2024. ".repeat(160_000)); // about 5 MB
    const state = await createArticleAction(initialFormState, form);
    expect(state).toMatchObject({ ok: false, fieldErrors: { text: ["The article is over 200 KB. Paste a single article, not a whole page or a collection."] } });
    expect(await db.article.count()).toBe(0);
  });
});
