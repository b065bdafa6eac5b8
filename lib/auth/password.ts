import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: m=19 MiB, t=2, p=1 (≈10 ms a hash here).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a throwaway hash when the email is unknown keeps sign-in timing the
// same for known and unknown accounts (no enumeration by timing).
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("factdeck-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
