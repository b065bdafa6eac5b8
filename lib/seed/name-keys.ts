import "server-only";
import { db } from "@/lib/db";
import { displayNameKey } from "@/lib/validation/auth";

/**
 * Display-name keys written by an earlier rule (before Cyrillic and Greek look-alikes were read
 * as Latin letters) brought up to the current one, so a new "Ѕаm" meets an existing "Sam" whose
 * key was stored before. Runs with the seed at every start; a key another account already holds
 * is left as it was (both names were allowed when they were chosen).
 */
export async function refreshNameKeys(): Promise<number> {
  const users = await db.user.findMany({ where: { nameKey: { not: null } }, select: { id: true, name: true, nameKey: true } });
  let changed = 0;
  for (const u of users) {
    const key = displayNameKey(u.name);
    if (key === u.nameKey) continue;
    if (await db.user.findUnique({ where: { nameKey: key }, select: { id: true } })) continue;
    await db.user.update({ where: { id: u.id }, data: { nameKey: key } });
    changed++;
  }
  return changed;
}
