import type { ReactNode } from "react";
import { requireRolePage } from "@/lib/auth/session";

export default async function TeacherLayout({ children }: { children: ReactNode }) {
  await requireRolePage("teacher", "/teacher");
  return children;
}
