import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { StudentAssignment } from "@/lib/assignments/queries";
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { formatPercent, intlLocale } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { StartAssignmentButton } from "./start-assignment-button";

const GROUPS = [
  { bucket: "todo", empty: "todoEmpty" },
  { bucket: "late", empty: null },
  { bucket: "upcoming", empty: null },
  { bucket: "done", empty: null },
] as const;

type T = Awaited<ReturnType<typeof getTranslations<"studentAssignments">>>;

function When({ label, date, timeZone, t, locale }: { label: string; date: Date; timeZone: string; t: T; locale: string }) {
  return (
    <span>
      {label} <time dateTime={date.toISOString()}>{formatInZone(date, timeZone, intlLocale(locale))}</time> {t("zoneTime", { zone: zoneLabel(timeZone) })}
    </span>
  );
}

function percent(a: StudentAssignment, locale: string): string | null {
  if (!a.best || !a.best.maxScore) return null;
  return formatPercent(Math.round(((a.best.score ?? 0) / a.best.maxScore) * 100), locale);
}

function AssignmentCard({ a, t, locale }: { a: StudentAssignment; t: T; locale: string }) {
  const attemptsLeft = a.attemptsAllowed - a.attemptsUsed;
  const score = percent(a, locale);
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="student-assignment">
      <div className="space-y-1">
        <h4 className="font-medium leading-snug">{a.title}</h4>
        <p className="text-sm text-muted">
          {a.className} · {t("questions", { count: a.questionCount })}
          {a.timeLimitSec ? t("minLimit", { n: Math.round(a.timeLimitSec / 60) }) : ""}
          {a.oneAtATime ? t("oneAtATime") : ""}
          {a.attemptsAllowed > 1 ? t("attempts", { n: a.attemptsAllowed }) : ""}
        </p>
        {a.closed ? <p className="text-sm font-medium text-ink">{t("closedByTeacher")}</p> : null}
        {a.extended ? <p className="text-sm text-muted">{t("extended")}</p> : null}
        <p className="text-sm text-ink">
          {a.bucket === "upcoming" ? (
            <When label={t("opens")} date={a.opensAt} timeZone={a.timeZone} t={t} locale={locale} />
          ) : a.dueAt ? (
            <When label={a.bucket === "late" && !a.closed ? t("wasDue") : t("due")} date={a.dueAt} timeZone={a.timeZone} t={t} locale={locale} />
          ) : (
            t("noDue")
          )}
        </p>
        {a.bucket === "done" ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {score ? <Badge tone="success">{t("best", { score })}</Badge> : null}
            {a.best ? (
              <Link href={`/attempts/${a.best.id}/result`} className="font-medium text-brand-700 underline underline-offset-2">
                {t("review")}
                <span className="sr-only"> {a.title}</span>
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {a.canStart ? (
        <StartAssignmentButton
          assignmentId={a.id}
          title={a.title}
          label={a.inProgressId ? t("resume") : a.attemptsUsed > 0 ? t("tryAgain", { n: attemptsLeft }) : t("start")}
        />
      ) : a.bucket === "late" ? (
        <Badge tone="danger">{a.closed ? t("closed") : t("missed")}</Badge>
      ) : null}
    </Card>
  );
}

export async function StudentAssignments({ assignments, hasClasses }: { assignments: StudentAssignment[]; hasClasses: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("studentAssignments"), getLocale()]);
  if (assignments.length === 0) {
    return (
      <Card>
        <p className="text-muted">
          {hasClasses ? t("noneYet") : t("joinFirst")}
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
              {t(g.bucket)} {items.length > 0 ? <span className="text-muted">({items.length})</span> : null}
            </h3>
            {items.length === 0 ? (
              <p className="text-sm text-muted">{g.empty ? t(g.empty) : null}</p>
            ) : (
              <ul className="grid gap-3">
                {items.map((a) => (
                  <li key={a.id}>
                    <AssignmentCard a={a} t={t} locale={locale} />
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
