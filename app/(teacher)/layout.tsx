import type { ReactNode } from "react";
import { getMessages } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireRolePage } from "@/lib/auth/session";
import { sectionClientMessages, type Messages } from "@/lib/i18n/messages";

export default async function TeacherLayout({ children }: { children: ReactNode }) {
  await requireRolePage("teacher", "/teacher");
  // The teacher pages' client components read `teacherClient` (lib/i18n/messages.ts).
  return <ClientMessages messages={sectionClientMessages((await getMessages()) as Messages, "teacherClient")}>{children}</ClientMessages>;
}
