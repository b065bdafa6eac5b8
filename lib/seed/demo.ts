import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { closeAttempt } from "@/lib/attempts/close";
import { pickPracticeQuestions } from "@/lib/attempts/select";
import { db } from "@/lib/db";
import { generate } from "@/lib/generation";
import { createRng } from "@/lib/generation/random";
import { loadQuestion } from "@/lib/questions/store";
import { displayNameKey, type Role } from "@/lib/validation/auth";
import { storeArticle } from "@/lib/articles/store";
import { demoResponse } from "./demo-answers";
import { seedDemoClass } from "./demo-class";

export const SEED_ARTICLE_SLUG = "korea-japan-economic-ties";

export const DEMO_TEACHER = { email: "teacher@factdeck.test", password: "factdeck-teacher", name: "Ms. Rivera" };
export const DEMO_STUDENT = { email: "student@factdeck.test", password: "factdeck-student", name: "Sam Park" };
/** Classmates with some history, so progress and leaderboards are not empty on a fresh install. */
export const DEMO_CLASSMATES = [
  { email: "ana@factdeck.test", name: "Ana Lima", skill: 0.85 },
  { email: "ben@factdeck.test", name: "Ben Okafor", skill: 0.6 },
  { email: "chloe@factdeck.test", name: "Chloe Martin", skill: 0.45 },
  { email: "dev@factdeck.test", name: "Dev Shah", skill: 0.7 },
];
const CLASSMATE_PASSWORD = "factdeck-student";

export async function seedArticles(contentDir: string): Promise<string> {
  const rawText = await readFile(path.join(contentDir, `${SEED_ARTICLE_SLUG}.md`), "utf8");
  const { id } = await storeArticle({ slug: SEED_ARTICLE_SLUG, rawText, result: generate(rawText) }, "approved");
  return id;
}

async function upsertUser(u: { email: string; name: string; password: string; role: Role }) {
  const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
  if (existing) return existing.id;
  const created = await db.user.create({
    data: { email: u.email, name: u.name, nameKey: displayNameKey(u.name), role: u.role, passwordHash: await hashPassword(u.password) },
    select: { id: true },
  });
  return created.id;
}

/** Past practice attempts for a demo student, saved and graded through the real closing path. */
async function seedHistory(userId: string, articleId: string, skill: number, seed: number) {
  if ((await db.attempt.count({ where: { userId } })) > 0) return;
  const bank = await db.question.findMany({ where: { articleId, status: "approved" } });
  const rng = createRng(seed);
  for (let n = 0; n < 3; n++) {
    const rows = pickPracticeQuestions(bank, 8, seed * 10 + n);
    const day = 86_400_000;
    const submittedAt = new Date(Date.UTC(2026, 0, 5) + (n * 3 + (seed % 3)) * day);
    const attempt = await db.attempt.create({
      data: {
        userId,
        articleId,
        questionOrder: rows.map((r) => r.id),
        optionOrder: {},
        startedAt: new Date(submittedAt.getTime() - 6 * 60_000),
        responses: {
          create: rows.map((row) => ({
            questionId: row.id,
            questionVersion: row.version,
            answerJson: demoResponse(loadQuestion(row), rng.next() < skill),
            answeredAt: submittedAt,
          })),
        },
      },
    });
    await closeAttempt(attempt.id, "submitted", submittedAt);
  }
}

export async function seedDemoAccounts(articleId: string): Promise<void> {
  const teacherId = await upsertUser({ ...DEMO_TEACHER, role: "teacher" });
  const studentIds = [await upsertUser({ ...DEMO_STUDENT, role: "student" })];
  for (const [i, c] of DEMO_CLASSMATES.entries()) {
    const id = await upsertUser({ ...c, password: CLASSMATE_PASSWORD, role: "student" });
    await seedHistory(id, articleId, c.skill, i + 1);
    studentIds.push(id);
  }
  await seedDemoClass(teacherId, studentIds, articleId);
}
