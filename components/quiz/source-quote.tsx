import Link from "next/link";
import type { SourceRef } from "@/lib/generation/types";

export function sourceHref(articleSlug: string, source: SourceRef): string {
  return `/articles/${articleSlug}?s=${source.start}-${source.end}#source`;
}

/** The sentence an answer came from, quoted and highlighted, with a link to it in the article. */
export function SourceQuote({ source, href, newTab = false }: { source: SourceRef; href: string | null; newTab?: boolean }) {
  return (
    <figure className="rounded-lg border-l-4 border-brand-500 bg-brand-50 px-4 py-3">
      <blockquote className="font-serif text-base text-slate-800">
        <mark className="source-target">{source.sentence}</mark>
      </blockquote>
      {href ? (
        <figcaption className="mt-2 text-sm">
          <Link href={href} className="font-medium text-brand-700 underline underline-offset-2" target={newTab ? "_blank" : undefined}>
            See it in the article{newTab ? <span className="sr-only"> (opens in a new tab)</span> : null}
          </Link>
        </figcaption>
      ) : null}
    </figure>
  );
}
