import Link from "next/link";
import type { StudentAssignment } from "@/lib/assignments/queries";
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { StartAssignmentButton } from "./start-assignment-button";

const GROUPS = [
  { bucket: "todo", title: "To do", empty: "Nothing to do right now." },
  { bucket: "late", title: "Late", empty: null },
  { bucket: "upcoming", title: "Upcoming", empty: null },
  { bucket: "done", title: "Done", empty: null },
] as const;

function When({ label, date, timeZone }: { label: string; date: Date; timeZone: string }) {
  return (
    <span>
      {label} <time dateTime={date.toISOString()}>{formatInZone(date, timeZone)}</time> ({zoneLabel(timeZone)} time)
    </span>
  );
}

function percent(a: StudentAssignment): string | null {
  if (!a.best || !a.best.maxScore) return null;
  return `${Math.round(((a.best.score ?? 0) / a.best.maxScore) * 100)}%`;
}

function AssignmentCard({ a }: { a: StudentAssignment }) {
  const attemptsLeft = a.attemptsAllowed - a.attemptsUsed;
  const score = percent(a);
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="student-assignment">
      <div className="space-y-1">
        <h4 className="font-medium leading-snug">{a.title}</h4>
        <p className="text-sm text-muted">
          {a.className} · {a.questionCount} {a.questionCount === 1 ? "question" : "questions"}
          {a.timeLimitSec ? ` · ${Math.round(a.timeLimitSec / 60)} min limit` : ""}
          {a.oneAtATime ? " · One question at a time" : ""}
          {a.attemptsAllowed > 1 ? ` · ${a.attemptsAllowed} attempts` : ""}
        </p>
        {a.closed ? <p className="text-sm font-medium text-ink">Closed by your teacher</p> : null}
        {a.extended ? <p className="text-sm text-muted">Your teacher gave you an extension: the due date, time and attempts shown include it.</p> : null}
        <p className="text-sm text-ink">
          {a.bucket === "upcoming" ? (
            <When label="Opens" date={a.opensAt} timeZone={a.timeZone} />
          ) : a.dueAt ? (
            <When label={a.bucket === "late" && !a.closed ? "Was due" : "Due"} date={a.dueAt} timeZone={a.timeZone} />
          ) : (
            "No due date"
          )}
        </p>
        {a.bucket === "done" ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {score ? <Badge tone="success">Best score {score}</Badge> : null}
            {a.best ? (
              <Link href={`/attempts/${a.best.id}/result`} className="font-medium text-brand-700 underline underline-offset-2">
                Review<span className="sr-only"> {a.title}</span>
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {a.canStart ? (
        <StartAssignmentButton
          assignmentId={a.id}
          title={a.title}
          label={a.inProgressId ? "Resume" : a.attemptsUsed > 0 ? `Try again (${attemptsLeft} left)` : "Start"}
        />
      ) : a.bucket === "late" ? (
        <Badge tone="danger">{a.closed ? "Closed" : "Missed"}</Badge>
      ) : null}
    </Card>
  );
}

export function StudentAssignments({ assignments, hasClasses }: { assignments: StudentAssignment[]; hasClasses: boolean }) {
  if (assignments.length === 0) {
    return (
      <Card>
        <p className="text-muted">
          {hasClasses ? "Your teachers haven't assigned anything yet." : "Join a class with your teacher's code to see its assignments here."}
        </p>
      </Card>
    );
  }
  return (
    <div className="space-y-5">
      {GROUPS.map((g) => {
        const items = assignments.filter((a) => a.bucket === g.bucket);
        if (items.length === 0 && !g.empty) return null;
        return (
          <div key={g.bucket} className="space-y-2" data-testid={`assignments-${g.bucket}`}>
            <h3 className="text-base font-semibold">
              {g.title} {items.length > 0 ? <span className="text-muted">({items.length})</span> : null}
            </h3>
            {items.length === 0 ? (
              <p className="text-sm text-muted">{g.empty}</p>
            ) : (
              <ul className="grid gap-3">
                {items.map((a) => (
                  <li key={a.id}>
                    <AssignmentCard a={a} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
