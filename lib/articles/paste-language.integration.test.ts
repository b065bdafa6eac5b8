// A teacher's paste in Korean (issue 17): the generator reads English only, so the paste is
// refused with a message and nothing is queued or stored, rather than becoming an empty bank.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createArticleAction } from "@/lib/articles/actions";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { createUser } from "@/test/factories";
import { signInAs } from "@/test/session";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Written for this test: a short Korean news paragraph.
const KOREAN =
  "교육청은 다음 학기부터 모든 중학교에 오후 돌봄 교실을 열겠다고 밝혔다. 교육청은 맞벌이 가정이 늘어 방과 후 돌봄 수요가 크게 늘었다고 설명했다. 학부모 단체는 환영하면서도 교사 업무가 늘지 않도록 전담 인력을 뽑아야 한다고 말했다.";

describe("a paste that is not in English", () => {
  beforeEach(async () => {
    signInAs((await createUser({ role: "teacher" })).id);
  });

  it("is refused with a message saying the generator takes English articles only, and nothing is queued", async () => {
    const jobsBefore = await db.generationJob.count();
    const f = new FormData();
    f.set("title", "Afternoon care classes");
    f.set("text", KOREAN);
    const result = await createArticleAction(initialFormState, f);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.text?.[0]).toMatch(/mostly in Korean\. Factdeck makes questions from English articles only/);
    expect(result.values?.text).toBe(KOREAN); // kept in the form
    expect(await db.generationJob.count()).toBe(jobsBefore);
  });
});
