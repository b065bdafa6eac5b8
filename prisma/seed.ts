// Loads the shipped articles and the demo accounts. Safe to run any number of times.
// Run with `npm run db:seed` (tsx with the react-server condition, so server-only modules load).
import path from "node:path";
import { db } from "@/lib/db";
import { seedArticles, seedDemoAccounts } from "@/lib/seed/demo";

async function main() {
  const started = Date.now();
  const articleId = await seedArticles(path.join(process.cwd(), "content"));
  const production = process.env.NODE_ENV === "production";
  if (production && process.env.FACTDECK_DEMO !== "1") {
    console.log("seed: NODE_ENV=production, so no demo accounts were created (set FACTDECK_DEMO=1 to allow them).");
  } else {
    await seedDemoAccounts(articleId);
  }
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
