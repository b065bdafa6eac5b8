// Shared by the app, the Prisma CLI config and scripts so all of them open the same file.
// Deliberately tiny and dependency-free: prisma.config.ts imports it outside Next.js.
export const DEFAULT_DATABASE_URL = "file:./data/factdeck.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}
