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
import { clashNotes, keptApart, type ClashNote } from "@/lib/sets/clashes";
import { BackLink } from "@/components/ui/back-link";
import { ExportSection } from "@/components/interchange/export-section";
import { ImportedNotice } from "@/components/interchange/imported-notice";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherSets.setMetaTitle");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ article?: string; duplicated?: string; added?: string; already?: string; apart?: string; imported?: string }> };

export default async function SetPage({ params, searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const set = await getSet(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [picker, t, types, pickerT] = await Promise.all([
    getQuestionPicker(user, typeof sp.article === "string" ? sp.article : undefined),
    getTranslations("teacherSets"),
    getTranslations("client.types"),
    getTranslations("teacherBankSetPicker"),
  ]);
  const inSet = new Set(set.items.map((i) => i.question.id));
  const assignable = set.items.some((i) => i.status === "approved");
  const added = countParam(sp.added);
  const already = countParam(sp.already);
  const apart = countParam(sp.apart);
  // Questions that give each other away (lib/sets/clashes): pairs in the set are pointed out on
  // both questions; the picker marks a question that would give away, or be given away by, one
  // in the set, and "Add all" leaves out what would.
  const members = set.items.map((i) => ({ articleId: i.articleId, question: i.question }));
  const notes = clashNotes(members);
  // Each pair is one note on each of its two questions.
  const pairs = [...notes.values()].reduce((n, list) => n + list.length, 0) / 2;
  const numberOf = new Map(set.items.map((i, k) => [i.question.id, k + 1]));
  const chosenId = picker.chosen?.id ?? null;
  const candidates = picker.questions.filter((q) => !inSet.has(q.id)).map((question) => ({ articleId: chosenId, question }));
  const addable = keptApart(members, candidates).kept.map((c) => c.question.id);
  const pickerNotes = clashNotes(candidates, members);
  const describe = (note: ClashNote, inPicker: boolean) => {
    const values = { n: numberOf.get(note.other) ?? 0, key: note.key ?? "" };
    if (inPicker) return note.kind === "shows" ? pickerT("clashShows", values) : note.kind === "shownBy" ? pickerT("clashShownBy", values) : pickerT("clashSame", values);
    return note.kind === "shows" ? t("clashShows", values) : note.kind === "shownBy" ? t("clashShownBy", values) : t("clashSame", values);
  };

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
          {apart ? t("apart", { n: apart }) : ""}
          {t("orderThem")}
        </Alert>
      ) : null}
      {pairs > 0 ? (
        <Alert tone="warning">
          <p className="font-semibold">{t("clashTitle", { n: pairs })}</p>
          <p className="mt-1">{t("clashIntro")}</p>
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
                    {notes.has(item.question.id) ? (
                      <ul className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="set-item-clash">
                        {notes.get(item.question.id)!.map((note) => (
                          <li key={`${note.kind}-${note.other}`} className="break-words">
                            ⚠ {describe(note, false)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
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
        <SetPicker setId={set.id} picker={picker} inSet={inSet} addable={addable} clashes={new Map([...pickerNotes].map(([id, list]) => [id, list.map((note) => describe(note, true))]))} />
      </div>
    </div>
  );
}

/** A count from the URL (after "Add to set"), or null when absent or not a small whole number. */
function countParam(raw: unknown): number | null {
  return typeof raw === "string" && /^\d{1,3}$/.test(raw) ? Number(raw) : null;
}
