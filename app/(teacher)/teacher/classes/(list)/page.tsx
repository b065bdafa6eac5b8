import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatJoinCode } from "@/lib/classes/join-code";
import { listTeacherClasses } from "@/lib/classes/queries";
import { zoneLabel } from "@/lib/time/zones";

export const metadata: Metadata = { title: "My classes" };

export default async function ClassesPage() {
  const teacher = await requireRolePage("teacher", "/teacher");
  const classes = await listTeacherClasses(teacher.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">My classes</h1>
          <p className="mt-1 text-muted">Share a class&apos;s join code with your students, then assign question sets to it.</p>
        </div>
        <Link href="/teacher/classes/new" className={buttonClasses("primary")}>
          New class
        </Link>
      </div>
      {classes.length === 0 ? (
        <Card className="space-y-2">
          <p className="font-medium">No classes yet.</p>
          <p className="text-muted">Create a class to get a join code your students can type on their dashboard.</p>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card className="h-full space-y-3">
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/teacher/classes/${c.id}`} className="hover:underline">
                    {c.name}
                  </Link>
                </h2>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="brand">
                    {c.studentCount} {c.studentCount === 1 ? "student" : "students"}
                  </Badge>
                  <Badge>
                    {c.assignmentCount} {c.assignmentCount === 1 ? "assignment" : "assignments"}
                  </Badge>
                </div>
                <p className="text-sm text-muted">
                  Join code <span className="font-mono font-semibold text-ink">{formatJoinCode(c.joinCode)}</span> · {zoneLabel(c.timeZone)}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
