import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listQuestionBanks } from "@/lib/questions/queries";

export const metadata: Metadata = { title: "Teach" };

export default async function TeacherHome() {
  await requireRole("teacher");
  const banks = await listQuestionBanks();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Question banks</h1>
        <p className="mt-1 text-muted">Review what Factdeck generated from each article: check its warnings, approve or retire questions.</p>
      </div>
      {banks.length === 0 ? (
        <Card>
          <p className="text-muted">No articles yet.</p>
        </Card>
      ) : (
        <ul className="grid gap-4">
          {banks.map((b) => (
            <li key={b.id}>
              <Card className="space-y-3">
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/teacher/articles/${b.slug}`} className="hover:underline">
                    {b.title}
                  </Link>
                </h2>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="brand">{b.byStatus.approved ?? 0} approved</Badge>
                  <Badge>{b.byStatus.draft ?? 0} draft</Badge>
                  <Badge>{b.byStatus.retired ?? 0} retired</Badge>
                  <Badge tone="warning">{b.factCount} facts</Badge>
                  {b.issueCount > 0 ? <Badge tone="danger">{b.issueCount} consistency warnings</Badge> : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
