import type { ReactNode } from "react";
import { requireRolePage } from "@/lib/auth/session";

export default async function StudentLayout({ children }: { children: ReactNode }) {
  await requireRolePage("student", "/dashboard");
  return children;
}
