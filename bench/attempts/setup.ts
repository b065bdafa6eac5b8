// Puts the benchmark's students and attempts in place before any load: users and attempts are
// written straight to the server's database (the same rows the app writes), sessions come from
// the real sign-in endpoint, and server action ids from the build's manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Question } from "@/lib/question-types";

export const PASSWORD = "bench-student-password";

export type Student = { id: string; email: string; cookie: string };
/** One student's open attempt and the autosave requests (path + JSON body) to send for it. */
export type SaveTarget = { attemptId: string; cookie: string; saves: { path: string; body: string }[] };
/** An answered attempt ready to submit; `k` numbers a student's attempts from 0 (run.ts splits them between the two submit paths). */
export type SubmitTarget = { attemptId: string; cookie: string; k: number };
export type Fixture = { students: Student[]; saveTargets: SaveTarget[]; submitTargets: SubmitTarget[] };

/** Opens the app's own Prisma client on the benchmark database (lib/env reads it at import). */
export async function openDb(databaseUrl: string, dataDir: string) {
  process.env.DATABASE_URL = databaseUrl;
  process.env.FACTDECK_DATA_DIR = dataDir; // the server's generated auth secret lives here
  return (await import("@/lib/db")).db;
}

type Db = Awaited<ReturnType<typeof openDb>>;

/** The action id the browser would send, found by the action's module and exported name. */
export function actionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!hit) throw new Error(`No server action ${exportedName} from ${file} in the build's manifest`);
  return hit[0];
}

/** Signs in through next-auth's credentials callback, CSRF token and all; returns the Cookie header. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${base}/dashboard` }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Sign-in failed for ${email} (status ${res.status})`);
  return session;
}

/**
 * N students, each with one open practice attempt to save answers into and `submitsEach`
 * further open attempts, already answered, to submit.
 */
export async function createFixture(db: Db, base: string, opts: { students: number; submitsEach: number }): Promise<Fixture> {
  const { hashPassword } = await import("@/lib/auth/password");
  const { pickPracticeQuestions } = await import("@/lib/attempts/select");
  const { practiceKey, PRACTICE_QUESTION_COUNT } = await import("@/lib/attempts/policy");
  const { loadQuestion } = await import("@/lib/questions/store");
  const { demoResponse } = await import("@/lib/seed/demo-answers");
  const { SEED_ARTICLE_SLUG } = await import("@/lib/seed/demo");

  const article = await db.article.findUniqueOrThrow({ where: { slug: SEED_ARTICLE_SLUG }, select: { id: true } });
  const bank = await db.question.findMany({ where: { articleId: article.id, status: "approved" } });
  const questions = new Map<string, Question>(bank.map((row) => [row.id, loadQuestion(row)]));
  const passwordHash = await hashPassword(PASSWORD); // one hash for all: argon2 is slow on purpose
  const run = Date.now().toString(36);

  const students: Student[] = [];
  const saveTargets: SaveTarget[] = [];
  const submitTargets: Fixture["submitTargets"] = [];
  for (let s = 0; s < opts.students; s++) {
    const email = `bench-${run}-${s}@factdeck.test`;
    const user = await db.user.create({ data: { email, name: `Bench student ${s}`, role: "student", passwordHash }, select: { id: true } });
    const cookie = await signIn(base, email);
    students.push({ id: user.id, email, cookie });

    const order = pickPracticeQuestions(bank, PRACTICE_QUESTION_COUNT, s + 1).map((q) => q.id);
    const open = await db.attempt.create({
      data: { userId: user.id, articleId: article.id, activeKey: practiceKey(user.id, article.id), questionOrder: order, optionOrder: {} },
      select: { id: true },
    });
    // What the quiz page sends (components/quiz/use-autosave.ts), right and wrong answers.
    const saves = order.flatMap((questionId, i) =>
      [true, false].map((right) => ({
        path: `/api/attempts/${open.id}/responses/${questionId}`,
        body: JSON.stringify({ response: demoResponse(questions.get(questionId)!, right !== (i % 3 === 0)), timeMs: 5_000 }),
      })),
    );
    saveTargets.push({ attemptId: open.id, cookie, saves });

    for (let k = 0; k < opts.submitsEach; k++) {
      const rows = pickPracticeQuestions(bank, PRACTICE_QUESTION_COUNT, 1000 + s * opts.submitsEach + k);
      const attempt = await db.attempt.create({
        data: {
          userId: user.id,
          articleId: article.id,
          questionOrder: rows.map((r) => r.id),
          optionOrder: {},
          responses: {
            create: rows.map((row, i) => ({
              questionId: row.id,
              questionVersion: row.version,
              answerJson: demoResponse(questions.get(row.id)!, (i + k) % 4 !== 0),
            })),
          },
        },
        select: { id: true },
      });
      submitTargets.push({ attemptId: attempt.id, cookie, k });
    }
  }
  return { students, saveTargets, submitTargets };
}
