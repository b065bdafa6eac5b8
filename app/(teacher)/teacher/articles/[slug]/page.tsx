import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusButtons } from "@/components/teacher/status-buttons";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { QUESTION_TYPES } from "@/lib/generation/question-schema";
import { TYPE_LABELS } from "@/lib/questions/labels";
import { getQuestionBank } from "@/lib/questions/queries";
import { QUESTION_STATUSES } from "@/lib/validation/questions";

export const metadata: Metadata = { title: "Question bank" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ type?: string; status?: string }> };

export default async function QuestionBankPage({ params, searchParams }: Props) {
  await requireRole("teacher");
  const { slug } = await params;
  const sp = await searchParams;
  const type = QUESTION_TYPES.find((t) => t === sp.type);
  const status = QUESTION_STATUSES.find((s) => s === sp.status);
  const bank = await getQuestionBank(slug, { type, status }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const filterHref = (next: { type?: string; status?: string }) => {
    const q = new URLSearchParams(Object.entries({ type, status, ...next }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/teacher/articles/${slug}${q.size ? `?${q}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <div>
        <Link href="/teacher" className="text-sm text-brand-700 underline underline-offset-2">
          ← Question banks
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{bank.article.title}</h1>
      </div>

      <section aria-labelledby="warnings" className="space-y-3">
        <h2 id="warnings" className="text-lg font-semibold">
          Consistency warnings
        </h2>
        {bank.issues.length === 0 ? (
          <p className="text-muted">The article agrees with itself: no warnings.</p>
        ) : (
          bank.issues.map((issue) => (
            <Alert key={issue.id} tone="warning">
              <p className="font-medium">{issue.message}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {issue.sources.map((s) => (
                  <li key={s.start}>
                    <Link href={`/articles/${slug}?s=${s.start}-${s.end}#source`} className="underline underline-offset-2">
                      “{s.sentence}”
                    </Link>
                  </li>
                ))}
              </ul>
            </Alert>
          ))
        )}
      </section>

      <section aria-labelledby="questions" className="space-y-3">
        <h2 id="questions" className="text-lg font-semibold">
          Questions ({bank.questions.length})
        </h2>
        <nav aria-label="Filter questions" className="flex flex-wrap gap-2 text-sm">
          <Link href={filterHref({ type: undefined })} aria-current={!type ? "page" : undefined} className="rounded-full border border-line px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white">
            All types
          </Link>
          {QUESTION_TYPES.map((t) => (
            <Link key={t} href={filterHref({ type: t })} aria-current={type === t ? "page" : undefined} className="rounded-full border border-line px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white">
              {TYPE_LABELS[t]}
            </Link>
          ))}
        </nav>
        <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
          {[undefined, ...QUESTION_STATUSES].map((s) => (
            <Link key={s ?? "all"} href={filterHref({ status: s })} aria-current={status === s ? "page" : undefined} className="rounded-full border border-line px-3 py-1 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white">
              {s ?? "Any status"}
            </Link>
          ))}
        </nav>
        {bank.questions.length === 0 ? (
          <Card>
            <p className="text-muted">No questions match these filters.</p>
          </Card>
        ) : (
          <ul className="grid gap-3">
            {bank.questions.map(({ question, status: qs }) => (
              <li key={question.id}>
                <Card className="space-y-2" data-testid="bank-question">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="brand">{TYPE_LABELS[question.type]}</Badge>
                    <Badge tone={qs === "approved" ? "success" : qs === "retired" ? "danger" : "neutral"}>{qs}</Badge>
                    <span className="text-xs text-muted">difficulty {question.difficulty.toFixed(2)}</span>
                  </div>
                  <p className="font-medium">{question.prompt}</p>
                  {"options" in question ? (
                    <ul className="list-disc pl-5 text-sm text-slate-700">
                      {question.options.map((o) => (
                        <li key={o}>{o}</li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="text-sm">
                    <span className="text-muted">Answer: </span>
                    <span className="font-medium">{question.answerText}</span>
                  </p>
                  <p className="text-sm text-muted">Source: “{question.source.sentence}”</p>
                  <StatusButtons questionId={question.id} status={qs} prompt={question.prompt} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
