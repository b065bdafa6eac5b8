// Loads the shipped articles and the demo accounts. Safe to run any number of times.
// Run with `npm run db:seed` (tsx with the react-server condition, so server-only modules load).
import path from "node:path";
import { db } from "@/lib/db";
import { adminFromEnv, DEMO_ADMIN, ensureAdmin } from "@/lib/seed/admin";
import { backfillFactMarks } from "@/lib/articles/store";
import { seedArticles, seedDemoAccounts } from "@/lib/seed/demo";
import { refreshNameKeys } from "@/lib/seed/name-keys";

async function main() {
  const started = Date.now();
  const articleId = await seedArticles(path.join(process.cwd(), "content"));
  // Teachers' articles stored before facts kept their highlight offsets get them once.
  const marked = await backfillFactMarks();
  if (marked > 0) console.log(`seed: worked out the highlighted words of ${marked} facts stored before`);
  const renamed = await refreshNameKeys();
  if (renamed > 0) console.log(`seed: brought ${renamed} display-name keys up to the look-alike rule`);
  const production = process.env.NODE_ENV === "production";
  const demo = !production || process.env.FACTDECK_DEMO === "1";
  if (!demo) {
    console.log("seed: NODE_ENV=production, so no demo accounts were created (set FACTDECK_DEMO=1 to allow them).");
  } else {
    await seedDemoAccounts(articleId);
  }
  // The admin approves teachers and makes invitation codes (/admin): from the environment, else the demo one.
  const admin = adminFromEnv(process.env) ?? (demo ? DEMO_ADMIN : null);
  if (admin) await ensureAdmin(admin);
  else console.log("seed: no admin account (set ADMIN_EMAIL and ADMIN_PASSWORD to create one).");
  const [questions, drafts, users] = await Promise.all([db.question.count(), db.question.count({ where: { articleId, status: "draft" } }), db.user.count()]);
  // Drafts on the seed article are the questions the engine held back for a teacher's review.
  console.log(`seed: ${questions} questions (${drafts} on the seed article await review), ${users} users (${Date.now() - started} ms)`);
}

main()
  .catch((error: unknown) => {
    console.error("seed failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
