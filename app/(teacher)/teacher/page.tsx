import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listUnfinishedJobs } from "@/lib/articles/jobs";
import { requireRolePage } from "@/lib/auth/session";
import { listQuestionBanks } from "@/lib/questions/queries";

export const metadata: Metadata = { title: "Teach" };

export default async function TeacherHome() {
  const user = await requireRolePage("teacher", "/teacher");
  const [banks, jobs] = await Promise.all([listQuestionBanks(user), listUnfinishedJobs(user)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Question banks</h1>
          <p className="mt-1 text-muted">Add an article, check its warnings, approve or edit its questions, then build question sets from them.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/teacher/sets" className={buttonClasses("secondary")}>
            Question sets
          </Link>
          <Link href="/teacher/live" className={buttonClasses("secondary")}>
            Live games
          </Link>
          <Link href="/teacher/articles/new" className={buttonClasses("primary")}>
            Add an article
          </Link>
        </div>
      </div>
      {jobs.length > 0 ? (
        <section aria-labelledby="jobs-heading" className="space-y-3">
          <h2 id="jobs-heading" className="text-lg font-semibold">
            Articles you added that aren&apos;t banks yet
          </h2>
          <ul className="grid gap-3">
            {jobs.map((j) => (
              <li key={j.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3">
                  <Link href={`/teacher/articles/new/${j.id}`} className="min-w-0 font-medium break-words hover:underline">
                    {j.title}
                  </Link>
                  {j.status === "failed" ? <Badge tone="danger">couldn&apos;t be read</Badge> : <Badge tone="brand">{j.status === "queued" ? "waiting" : "being read"}</Badge>}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {banks.length === 0 ? (
        <Card>
          <p className="text-muted">No articles yet. Add one to generate its question bank.</p>
        </Card>
      ) : (
        <ul className="grid gap-4">
          {banks.map((b) => (
            <li key={b.id}>
              <Card className="space-y-3">
                <p className="text-sm text-muted">{[b.source, b.published].filter(Boolean).join(" · ")}</p>
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/teacher/articles/${b.slug}`} className="hover:underline">
                    {b.title}
                  </Link>
                </h2>
                <div className="flex flex-wrap gap-2">
                  {b.mine ? <Badge tone="brand">yours</Badge> : !b.editable ? <Badge>shared · read-only</Badge> : null}
                  <Badge tone="success">{b.byStatus.approved ?? 0} approved</Badge>
                  {b.editable ? <Badge>{b.byStatus.draft ?? 0} draft</Badge> : null}
                  {b.editable && b.needsReview > 0 ? <Badge tone="warning">{b.needsReview} {b.needsReview === 1 ? "needs" : "need"} review</Badge> : null}
                  {b.editable ? <Badge>{b.byStatus.retired ?? 0} retired</Badge> : null}
                  <Badge tone="warning">{b.factCount} facts</Badge>
                  {b.issueCount > 0 ? <Badge tone="danger">{b.issueCount} consistency findings</Badge> : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
