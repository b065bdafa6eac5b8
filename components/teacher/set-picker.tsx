import Link from "next/link";
import { AddAllButton } from "@/components/teacher/add-all-button";
import { SetActionButton } from "@/components/teacher/set-action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/field";
import type { Question } from "@/lib/question-types";
import { getTranslations } from "next-intl/server";

type Picker = { articles: { slug: string; title: string; approvedCount: number }[]; chosen: { slug: string; title: string } | null; questions: Question[] };

/**
 * Approved questions of one article at a time (chosen with a plain GET form), each with an Add
 * button. "Add all" adds `addable`: those not in the set that give no other question away
 * (lib/sets/clashes); a question that clashes with one in the set says how (`clashes`, already
 * in words), and can still be added on its own.
 */
export async function SetPicker({ setId, picker, inSet, addable, clashes }: { setId: string; picker: Picker; inSet: Set<string>; addable: string[]; clashes: Map<string, string[]> }) {
  const notInSet = picker.questions.filter((q) => !inSet.has(q.id)).length;
  const [t, types] = await Promise.all([getTranslations("teacherBankSetPicker"), getTranslations("client.types")]);
  return (
    <section aria-labelledby="add-questions" className="space-y-3">
      <h2 id="add-questions" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {picker.articles.length === 0 || !picker.chosen ? (
        <Card>
          <p className="text-muted">
            {t.rich("none", {
              link: (chunks) => (
                <Link href="/teacher" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
      ) : (
        <>
          <form method="get" action={`/teacher/sets/${setId}`} className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1">
              <label htmlFor="pick-article" className="block text-sm font-medium">
                {t("article")}
              </label>
              <select id="pick-article" name="article" defaultValue={picker.chosen.slug} className={`${inputClasses} text-sm`}>
                {picker.articles.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.title} ({a.approvedCount})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClasses("secondary")}>
              {t("show")}
            </button>
          </form>
          <AddAllButton setId={setId} questionIds={addable} articleTitle={picker.chosen.title} leftOut={notInSet - addable.length} />
          {notInSet > addable.length ? (
            <p className="text-sm text-muted" data-testid="picker-left-out">
              {t("leftOut", { n: notInSet - addable.length })}
            </p>
          ) : null}
          <ul className="space-y-2" aria-label={t("listLabel", { title: picker.chosen.title })}>
            {picker.questions.map((q) => (
              <li key={q.id}>
                <Card className="space-y-2 p-4 sm:p-4" data-testid="pick-question">
                  <Badge tone="brand">{types(q.type)}</Badge>
                  <p className="text-sm font-medium break-words">{q.prompt}</p>
                  {!inSet.has(q.id) && clashes.has(q.id) ? (
                    <ul className="space-y-1 text-sm text-amber-900" data-testid="pick-question-clash">
                      {clashes.get(q.id)!.map((text) => (
                        <li key={text} className="break-words">
                          ⚠ {text}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {inSet.has(q.id) ? (
                    <p className="text-sm text-emerald-800">{t("inSet")}</p>
                  ) : (
                    <SetActionButton kind="add" fields={{ setId, questionId: q.id }} label={t("add")} ariaLabel={t("addLabel", { prompt: q.prompt })} variant="primary" />
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
