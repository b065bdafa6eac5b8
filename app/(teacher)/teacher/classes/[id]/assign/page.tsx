import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Card } from "@/components/ui/card";
import { assignTarget, getAssignmentFormContext } from "@/lib/assignments/queries";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { zoneLabel } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Assign a question set" };

export default async function AssignPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireRolePage("teacher", "/teacher");
  const { id } = await params;
  const ctx = await getAssignmentFormContext(id, teacher.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const now = new Date();
  const usable = ctx.sets.filter((s) => s.approvedCount > 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/classes/${ctx.class.id}`}>{ctx.class.name}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">Assign a question set</h1>
        <p className="mt-1 text-muted">
          To {ctx.class.name}. Times are in the class&apos;s time zone, {zoneLabel(ctx.class.timeZone)}.
        </p>
      </div>
      <Card>
        {usable.length === 0 ? (
          <div className="space-y-2">
            <p className="font-medium">You have no question sets with approved questions yet.</p>
            <p className="text-muted">
              Approve questions in a <Link href="/teacher" className="text-brand-700 underline underline-offset-2">question bank</Link>, put them in a set, then come back to assign it.
            </p>
          </div>
        ) : (
          <AssignmentForm classes={[assignTarget(ctx.class, now)]} sets={usable} />
        )}
      </Card>
    </div>
  );
}
