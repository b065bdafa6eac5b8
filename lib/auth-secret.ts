import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

// A fresh install gets a generated secret kept beside the database, instead of failing:
// sessions then survive restarts without any set-up (lib/env.ts).

/** The secret kept in `dataDir`, made and kept there first if there is none. */
export function ensureSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  return claimSecret(file, randomBytes(32).toString("base64url"));
}

/**
 * Keeps `secret` in `file` unless another process kept one there first, and returns the one kept.
 * Several app instances starting together on one data folder (npm run cluster) must end up with
 * one secret, or a cookie signed by one is refused by the others: the secret is written whole to
 * a file of this process's own, then linked into place, which fails if the file exists by then.
 */
export function claimSecret(file: string, secret: string): string {
  const own = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(own, secret, { mode: 0o600 });
  try {
    linkSync(own, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  } finally {
    unlinkSync(own);
  }
}
