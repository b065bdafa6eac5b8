import type { Metadata } from "next";
import { ImportForm } from "@/components/interchange/import-form";
import { BackLink } from "@/components/ui/back-link";
import { requireRolePage } from "@/lib/auth/session";
import { linkableArticles } from "@/lib/interchange/server";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportPage() {
  const user = await requireRolePage("teacher", "/teacher");
  const articles = await linkableArticles(user);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher/sets">Question sets</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">Import questions</h1>
        <p className="mt-1 text-muted">
          Bring questions from Moodle (GIFT or Aiken) or a spreadsheet (CSV in Factdeck&apos;s layout) into a new set. They are checked by the same rules as questions you edit.
        </p>
      </div>
      <ImportForm articles={articles} />
    </div>
  );
}
