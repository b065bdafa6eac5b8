import type { ReactNode } from "react";
import { requireRolePage } from "@/lib/auth/session";

/** Pages about one's own account: any signed-in role. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireRolePage("student", "/account");
  return children;
}
