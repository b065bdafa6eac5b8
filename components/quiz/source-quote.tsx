"use client";
import Link from "next/link";
import { useT } from "@/components/i18n/client-messages";
import type { SourceRef } from "@/lib/generation/types";
import { markedRuns, type Span } from "@/lib/feedback/marked-runs";

export function sourceHref(articleSlug: string, source: SourceRef): string {
  return `/articles/${articleSlug}?s=${source.start}-${source.end}#source`;
}

/**
 * The sentence an answer came from, quoted once, with the words that answer the question marked
 * (`marks`, offsets into the sentence; none when they can't be told for sure), and a link to it
 * in the article. `linkContext` makes the link's name unique where several quotes share a page.
 */
export function SourceQuote({
  source,
  marks = [],
  href,
  newTab = false,
  linkContext,
}: {
  source: SourceRef;
  marks?: readonly Span[];
  href: string | null;
  newTab?: boolean;
  linkContext?: string;
}) {
  const t = useT("client.feedback");
  return (
    <figure className="rounded-lg border-l-4 border-brand-500 bg-brand-50 px-4 py-3">
      <blockquote className="font-serif text-base text-slate-800">
        {markedRuns(source.sentence, marks).map((run, i) =>
          run.marked ? (
            <mark key={i} className="answer-mark">
              {run.text}
            </mark>
          ) : (
            run.text
          ),
        )}
      </blockquote>
      {href ? (
        <figcaption className="mt-2 text-sm">
          <Link href={href} className="font-medium text-brand-700 underline underline-offset-2" target={newTab ? "_blank" : undefined}>
            {t("seeInArticle")}
            {linkContext ? <span className="sr-only"> ({linkContext})</span> : null}
            {newTab ? <span className="sr-only">{t("newTab")}</span> : null}
          </Link>
        </figcaption>
      ) : null}
    </figure>
  );
}
