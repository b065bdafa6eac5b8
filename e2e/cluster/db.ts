import pg from "pg";
import type { Question } from "@/lib/question-types";

/** The cluster journey's own PostgreSQL database, dropped and created again by e2e/serve.mjs each run. */
export const CLUSTER_DATABASE_URL = process.env.E2E_CLUSTER_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/factdeck_cluster_e2e";

/** One query on the cluster's database, to know what the browser must not (answer keys) and what was stored. */
export async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: CLUSTER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function answerKeyOf(questionId: string): Promise<Question> {
  const [row] = await query<{ bodyJson: unknown }>(`SELECT "bodyJson" FROM "Question" WHERE "id" = $1`, [questionId]);
  if (!row) throw new Error(`No question ${questionId}`);
  return (typeof row.bodyJson === "string" ? JSON.parse(row.bodyJson) : row.bodyJson) as Question;
}
