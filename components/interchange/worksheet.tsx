import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { PrintButton } from "./print-button";
import type { WorksheetItem } from "@/lib/interchange/worksheet";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

type T = Awaited<ReturnType<typeof getTranslations<"teacherInterchange">>>;

function Body({ item, t }: { item: WorksheetItem; t: T }) {
  // True/False are the interface's words, not the question's: said in the teacher's language.
  const choices = item.type === "true_false" ? [t("true"), t("false")] : item.choices;
  return (
    <>
      {choices ? (
        <ol className="mt-2 space-y-1.5">
          {choices.map((c, i) => (
            <li key={i} className="flex gap-2">
              <span className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border border-slate-400 text-xs font-semibold" aria-hidden>
                {LETTERS[i]}
              </span>
              <span className="sr-only">{LETTERS[i]}.</span>
              <span className="break-words">{c}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {item.items ? (
        <ul className="mt-2 space-y-1.5">
          {item.items.map((c, i) => (
            <li key={i} className="flex items-baseline gap-2">
              <span className="inline-block w-10 shrink-0 border-b border-slate-500" aria-hidden />
              <span className="break-words">{c}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {item.left && item.right ? (
        <div className="mt-2 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
          <ol className="space-y-1.5">
            {item.left.map((l, i) => (
              <li key={i} className="flex items-baseline gap-2">
                <span className="text-sm font-semibold">{i + 1}.</span>
                <span className="break-words">{l}</span>
                <span className="ml-auto inline-block w-10 shrink-0 border-b border-slate-500" aria-hidden />
              </li>
            ))}
          </ol>
          <ol className="space-y-1.5">
            {item.right.map((r, i) => (
              <li key={i} className="flex gap-2">
                <span className="text-sm font-semibold">{LETTERS[i]}.</span>
                <span className="break-words">{r}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {item.lines
        ? Array.from({ length: item.lines }, (_, i) => (
            <div key={i} className="mt-6 flex items-end gap-2" aria-hidden>
              <span className="block h-0 flex-1 border-b border-slate-500" />
              {item.unit ? <span className="text-sm">{item.unit}</span> : null}
            </div>
          ))
        : null}
    </>
  );
}

/** A printable worksheet: questions with room to answer, then (optionally) the key on its own page. */
export async function Worksheet({ title, items, withKey, backHref, keyHref }: { title: string; items: WorksheetItem[]; withKey: boolean; backHref: string; keyHref: string }) {
  const [t, locale] = await Promise.all([getTranslations("teacherInterchange"), getLocale()]);
  // Hangul has no italic face: a browser slants it artificially, which prints badly.
  const italic = locale === "ko" ? undefined : "italic";
  return (
    <article className="worksheet mx-auto max-w-3xl space-y-6 text-ink">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <Link href={backHref} className="text-sm font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
        <PrintButton />
        <Link href={keyHref} className="text-sm font-medium text-brand-700 underline underline-offset-2">
          {withKey ? t("withoutKey") : t("withKey")}
        </Link>
      </div>
      <header className="space-y-3 border-b border-slate-300 pb-4">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <div className="grid gap-4 text-sm sm:grid-cols-2 print:grid-cols-2">
          <p className="flex items-end gap-2">
            {t("name")} <span className="block h-0 flex-1 border-b border-slate-500" aria-hidden />
          </p>
          <p className="flex items-end gap-2">
            {t("date")} <span className="block h-0 flex-1 border-b border-slate-500" aria-hidden />
          </p>
        </div>
      </header>
      {items.length === 0 ? <p className="text-muted">{t("noQuestions")}</p> : null}
      <ol className="space-y-6">
        {items.map((item) => (
          <li key={item.number} className="break-inside-avoid" data-testid="worksheet-question">
            <p className="font-medium break-words">
              <span className="mr-1 font-semibold">{item.number}.</span>
              {item.prompt}
            </p>
            <p className={cn("text-sm text-muted", italic)}>{t(`instructions.${item.type}`)}</p>
            <Body item={item} t={t} />
          </li>
        ))}
      </ol>
      {withKey && items.length > 0 ? (
        <section className="break-before-page space-y-4 border-t-2 border-slate-300 pt-6 print:border-0 print:pt-0" aria-labelledby="answer-key" data-testid="answer-key">
          <h2 id="answer-key" className="text-xl font-semibold">
            {t("answerKey", { title })}
          </h2>
          <ol className="space-y-3">
            {items.map((item) => (
              <li key={item.number} className="break-inside-avoid text-sm">
                <p>
                  <span className="font-semibold">{item.number}. </span>
                  {item.answer}
                </p>
                <p className="text-muted">{item.explanation}</p>
                <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 italic">{t("source", { sentence: item.source })}</blockquote>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
