import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { HostLiveButton } from "@/components/live/host-live-button";
import { SetActionButton } from "@/components/teacher/set-action-button";
import { SetDetailsForm } from "@/components/teacher/set-details-form";
import { SetPicker } from "@/components/teacher/set-picker";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getQuestionPicker, getSet } from "@/lib/sets/queries";
import { BackLink } from "@/components/ui/back-link";
import { ExportSection } from "@/components/interchange/export-section";
import { ImportedNotice } from "@/components/interchange/imported-notice";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherSets.setMetaTitle");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ article?: string; duplicated?: string; added?: string; already?: string; imported?: string }> };

export default async function SetPage({ params, searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const set = await getSet(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [picker, t, types] = await Promise.all([
    getQuestionPicker(user, typeof sp.article === "string" ? sp.article : undefined),
    getTranslations("teacherSets"),
    getTranslations("client.types"),
  ]);
  const inSet = new Set(set.items.map((i) => i.question.id));
  const assignable = set.items.some((i) => i.status === "approved");
  const added = countParam(sp.added);
  const already = countParam(sp.already);

  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher/sets">{t("title")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{set.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{t("questions", { count: set.items.length })}</Badge>
          {set.assignmentCount > 0 ? <Badge tone="success">{t("assignedN", { n: set.assignmentCount })}</Badge> : null}
          {assignable ? (
            <Link href={`/teacher/sets/${set.id}/assign`} className={buttonClasses("primary", "sm")}>
              {t("assign")}
            </Link>
          ) : null}
          {assignable ? <HostLiveButton setId={set.id} /> : null}
          <SetActionButton kind="duplicate" fields={{ setId: set.id }} label={t("duplicate")} />
          <SetActionButton kind="delete" fields={{ setId: set.id }} label={t("delete")} confirmLabel={t("confirmDelete")} variant="ghost" />
        </div>
      </div>
      {added !== null ? (
        <Alert tone="success">
          {t("added", { added })}
          {already ? t("already", { n: already }) : ""}
          {t("orderThem")}
        </Alert>
      ) : null}
      {sp.imported ? <ImportedNotice count={sp.imported} /> : null}
      <ExportSection kind="set" id={set.id} user={user} />
      {sp.duplicated ? <Alert tone="success">{t("duplicated")}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="in-set" className="space-y-3">
          <h2 id="in-set" className="text-lg font-semibold">
            {t("inSet")}
          </h2>
          {set.items.length === 0 ? (
            <Card>
              <p className="text-muted">{t("noQuestions")}</p>
            </Card>
          ) : (
            <ol className="space-y-3" data-testid="set-items">
              {set.items.map((item, i) => (
                <li key={item.question.id}>
                  <Card className="space-y-2 p-4 sm:p-4" data-testid="set-item">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm font-semibold text-muted">{i + 1}.</span>
                      <Badge tone="brand">{types(item.question.type)}</Badge>
                      {item.status !== "approved" ? <Badge tone="danger">{t("notShown", { status: t(`statuses.${item.status}`) })}</Badge> : null}
                    </div>
                    <p className="font-medium break-words" data-testid="set-item-prompt">
                      {item.question.prompt}
                    </p>
                    <p className="text-xs text-muted">
                      {item.article ? (
                        t.rich("from", {
                          title: item.article.title,
                          link: (chunks) => (
                            <Link href={`/teacher/articles/${item.article!.slug}#question-${item.question.id}`} className="underline underline-offset-2">
                              {chunks}
                            </Link>
                          ),
                        })
                      ) : (
                        t("imported")
                      )}
                    </p>
                    <div className="flex flex-wrap gap-1">
                      <SetActionButton kind="move" fields={{ setId: set.id, questionId: item.question.id, direction: "up" }} label={t("up")} ariaLabel={t("upLabel", { prompt: item.question.prompt })} variant="ghost" disabled={i === 0} />
                      <SetActionButton kind="move" fields={{ setId: set.id, questionId: item.question.id, direction: "down" }} label={t("down")} ariaLabel={t("downLabel", { prompt: item.question.prompt })} variant="ghost" disabled={i === set.items.length - 1} />
                      <SetActionButton kind="remove" fields={{ setId: set.id, questionId: item.question.id }} label={t("remove")} ariaLabel={t("removeLabel", { prompt: item.question.prompt })} variant="ghost" />
                    </div>
                  </Card>
                </li>
              ))}
            </ol>
          )}
          <Card className="space-y-3">
            <h2 className="text-lg font-semibold">{t("details")}</h2>
            <SetDetailsForm set={{ id: set.id, title: set.title, description: set.description }} />
          </Card>
        </section>
        <SetPicker setId={set.id} picker={picker} inSet={inSet} />
      </div>
    </div>
  );
}

/** A count from the URL (after "Add to set"), or null when absent or not a small whole number. */
function countParam(raw: unknown): number | null {
  return typeof raw === "string" && /^\d{1,3}$/.test(raw) ? Number(raw) : null;
}
