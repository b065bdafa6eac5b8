import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DiscardJobButton } from "@/components/teacher/discard-job-button";
import { RefreshWhileMounted } from "@/components/teacher/refresh-while";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getJob, type JobStatus } from "@/lib/articles/jobs";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";
import { knownMessages, translateKnown } from "@/lib/i18n/known-messages";
import en from "@/messages/en.json";

export const generateMetadata = titled("teacherArticleJob.metaTitle");

type Props = { params: Promise<{ job: string }> };

const STEPS: { status: JobStatus; label: "stepQueued" | "stepReading" | "stepStoring" }[] = [
  { status: "queued", label: "stepQueued" },
  { status: "reading", label: "stepReading" },
  { status: "storing", label: "stepStoring" },
];

/** A failed job's stored reason (lib/articles/jobs.ts, in English) read back to its message. */
const jobError = knownMessages(en.teacherArticleJob.errors);

/** A teacher's paste being read (lib/articles/jobs.ts): its progress, then its bank. */
export default async function GenerationJobPage({ params }: Props) {
  const { job: id } = await params;
  const user = await requireRolePage("teacher", `/teacher/articles/new/${id}`);
  const job = await getJob(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (job.status === "done" && job.articleSlug) redirect(`/teacher/articles/${job.articleSlug}?generated=1`);
  const t = await getTranslations("teacherArticleJob");

  if (job.status === "failed") {
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <div>
          <BackLink href="/teacher">{t("back")}</BackLink>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{job.title}</h1>
        </div>
        <Alert tone="error">{job.error ? translateKnown(job.error, jobError, (key) => t(`errors.${key}`)) : null}</Alert>
        <div className="flex flex-wrap gap-2">
          <Link href={`/teacher/articles/new?from=${job.id}`} className={buttonClasses("primary")}>
            {t("retry")}
          </Link>
          <DiscardJobButton jobId={job.id} />
        </div>
      </div>
    );
  }

  const current = STEPS.findIndex((s) => s.status === job.status);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <RefreshWhileMounted />
      <div>
        <BackLink href="/teacher">{t("back")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{job.title}</h1>
      </div>
      <Card className="space-y-4">
        <p role="status" className="font-medium">
          {job.status === "queued"
            ? job.ahead > 0
              ? t("waiting", { n: job.ahead })
              : t("starting")
            : job.status === "reading"
              ? t("reading")
              : t("storing")}
        </p>
        <ol className="space-y-2" aria-label={t("progress")}>
          {STEPS.map((step, i) => (
            <li key={step.status} aria-current={i === current ? "step" : undefined} className="flex items-start gap-3 text-sm">
              <span
                aria-hidden
                className={
                  i < current
                    ? "mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-xs text-white"
                    : i === current
                      ? "mt-0.5 inline-block size-5 shrink-0 animate-spin rounded-full border-2 border-brand-600 border-t-transparent motion-reduce:animate-none"
                      : "mt-0.5 inline-block size-5 shrink-0 rounded-full border-2 border-line"
                }
              >
                {i < current ? "✓" : null}
              </span>
              <span className={i === current ? "font-medium text-ink" : i < current ? "text-ink" : "text-muted"}>
                {t(step.label)}
                <span className="sr-only">{i < current ? t("done") : i === current ? t("now") : t("next")}</span>
              </span>
            </li>
          ))}
        </ol>
        <p className="text-sm text-muted">{t("note")}</p>
      </Card>
    </div>
  );
}
