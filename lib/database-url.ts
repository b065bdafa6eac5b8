// Shared by the app, the Prisma CLI config and scripts so all of them open the same database.
// Deliberately tiny and dependency-free: prisma.config.ts imports it outside Next.js.
export const DEFAULT_DATABASE_URL = "file:./data/factdeck.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** Which database a URL names: `file:` is the embedded SQLite default, `postgres(ql)://` a PostgreSQL server. */
export function providerOf(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}
