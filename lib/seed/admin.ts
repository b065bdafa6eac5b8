import "server-only";
// The admin account, made on first start (prisma/seed.ts): ADMIN_EMAIL + ADMIN_PASSWORD when set
// (in production too), else the documented demo admin wherever demo accounts are allowed.
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { displayNameKey, emailSchema, passwordSchema } from "@/lib/validation/auth";

export const DEMO_ADMIN = { email: "admin@factdeck.test", password: "factdeck-admin", name: "Factdeck Admin" };

const adminEnv = z
  .object({ ADMIN_EMAIL: emailSchema.optional(), ADMIN_PASSWORD: passwordSchema.optional() })
  .refine((e) => Boolean(e.ADMIN_EMAIL) === Boolean(e.ADMIN_PASSWORD), "set ADMIN_EMAIL and ADMIN_PASSWORD together");

/** The admin the environment asks for, or null; a bad value stops the seed with a message naming it. */
export function adminFromEnv(vars: Record<string, string | undefined>): { email: string; password: string; name: string } | null {
  const parsed = adminEnv.safeParse({ ADMIN_EMAIL: vars.ADMIN_EMAIL || undefined, ADMIN_PASSWORD: vars.ADMIN_PASSWORD || undefined });
  if (!parsed.success) {
    throw new Error(`Invalid admin configuration: ${parsed.error.issues.map((i) => `${i.path.join(".") || "ADMIN_EMAIL/ADMIN_PASSWORD"}: ${i.message}`).join("; ")}`);
  }
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = parsed.data;
  return ADMIN_EMAIL && ADMIN_PASSWORD ? { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, name: "Admin" } : null;
}

/** Creates the admin, or makes an existing account with that email an admin (its password is left alone). */
export async function ensureAdmin(admin: { email: string; password: string; name: string }): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: admin.email }, select: { id: true, role: true } });
  if (existing) {
    if (existing.role !== "admin") await db.user.update({ where: { id: existing.id }, data: { role: "admin" } });
    return;
  }
  // The admin's display name is reserved like anyone's, unless someone already holds it.
  const key = displayNameKey(admin.name);
  const nameKey = (await db.user.findUnique({ where: { nameKey: key }, select: { id: true } })) ? null : key;
  await db.user.create({ data: { email: admin.email, name: admin.name, nameKey, role: "admin", passwordHash: await hashPassword(admin.password) } });
}
