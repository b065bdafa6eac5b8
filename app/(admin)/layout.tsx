import type { ReactNode } from "react";
import { requireRolePage } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRolePage("admin", "/admin");
  return children;
}
