import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { assignTarget, listTeacherSets } from "@/lib/assignments/queries";
import { requireRolePage } from "@/lib/auth/session";
import { listTeacherClasses } from "@/lib/classes/queries";
import { zoneLabel } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Assign this set" };

/** "Assign this set" from the set's page: the same form and checks as from a class, with a class to pick. */
export default async function AssignSetPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireRolePage("teacher", "/teacher");
  const { id } = await params;
  const [sets, classes] = await Promise.all([listTeacherSets(teacher.id), listTeacherClasses(teacher.id)]);
  const set = sets.find((s) => s.id === id);
  if (!set) notFound();
  const now = new Date();
  const usable = sets.filter((s) => s.approvedCount > 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/sets/${set.id}`}>{set.title}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">Assign “{set.title}”</h1>
        <p className="mt-1 text-muted">
          {classes.length === 1
            ? `To ${classes[0]!.name}. Times are in the class's time zone, ${zoneLabel(classes[0]!.timeZone)}.`
            : "Choose the class; times are in that class's time zone."}
        </p>
      </div>
      <Card>
        {set.approvedCount === 0 ? (
          <p className="text-muted">This set has no approved questions yet: add some before assigning it.</p>
        ) : classes.length === 0 ? (
          <div className="space-y-2">
            <p className="font-medium">You have no classes yet.</p>
            <p className="text-muted">
              <Link href="/teacher/classes/new" className="text-brand-700 underline underline-offset-2">
                Create a class
              </Link>
              , share its join link with your students, then come back to assign this set.
            </p>
          </div>
        ) : (
          <AssignmentForm classes={classes.map((c) => assignTarget(c, now))} sets={usable} setId={set.id} />
        )}
      </Card>
    </div>
  );
}
