import "server-only";
import { z } from "zod";
import { ensureSecret } from "./auth-secret";
import { DEFAULT_DATABASE_URL, providerOf } from "./database-url";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (v) => providerOf(v) !== null,
      "DATABASE_URL must be a SQLite URL such as file:./data/factdeck.db or a PostgreSQL URL such as postgresql://user@host:5432/factdeck",
    ),
  // PostgreSQL only: connections each app instance keeps open (SQLite has one writer and one connection).
  DATABASE_POOL_SIZE: z.coerce.number().int("DATABASE_POOL_SIZE must be a whole number").min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  FACTDECK_DATA_DIR: z.string().default("data"),
  // Rate limits (lib/security/rate-limit.ts): shared in Redis when set, in this process otherwise.
  REDIS_URL: z
    .string()
    .trim()
    .refine((v) => /^rediss?:\/\//.test(v), "REDIS_URL must be a redis:// or rediss:// URL")
    .optional(),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: none, served directly).
  TRUST_PROXY: z.coerce.number().int("TRUST_PROXY must be a whole number of proxies").min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema> & { AUTH_SECRET: string };

function loadEnv(): Env {
  const parsed = envSchema.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    REDIS_URL: process.env.REDIS_URL || undefined,
    TRUST_PROXY: process.env.TRUST_PROXY || undefined,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  return { ...data, AUTH_SECRET: data.AUTH_SECRET ?? ensureSecret(data.FACTDECK_DATA_DIR) };
}

export const env = loadEnv();
