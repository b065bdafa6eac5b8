import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { BankFilterForm } from "@/components/teacher/bank-filters";
import { BankQuestionCard } from "@/components/teacher/bank-question-card";
import { BankSelection } from "@/components/teacher/bank-selection";
import { IssueList } from "@/components/teacher/issue-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { factRanges } from "@/lib/articles/fact-span";
import { targetRange, type Range } from "@/lib/articles/highlight";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { QUESTION_TYPES } from "@/lib/question-types";
import { getQuestionBank, type BankFilters } from "@/lib/questions/queries";
import { parseBankStatusFilter } from "@/lib/questions/review";
import { listSets } from "@/lib/sets/queries";
import { ApproveReadyButton } from "@/components/teacher/approve-ready-button";
import { BackLink } from "@/components/ui/back-link";
import { ExportSection } from "@/components/interchange/export-section";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherBank.metaTitle");

type Search = { type?: string; status?: string; kind?: string; fact?: string; s?: string; edited?: string; created?: string; copied?: string; generated?: string };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Search> };

export default async function QuestionBankPage({ params, searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const { slug } = await params;
  const sp = await searchParams;
  const filters: BankFilters = {
    type: QUESTION_TYPES.find((t) => t === sp.type),
    status: parseBankStatusFilter(sp.status),
    kind: typeof sp.kind === "string" && /^[a-z]{1,20}$/.test(sp.kind) ? sp.kind : undefined,
    fact: typeof sp.fact === "string" && /^[\w-]{1,20}$/.test(sp.fact) ? sp.fact : undefined,
  };
  const [bank, sets, t] = await Promise.all([
    getQuestionBank(slug, user, filters).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listSets(user),
    getTranslations("teacherBank"),
  ]);
  const { article } = bank;
  const ranges: Range[] = factRanges(bank.facts);
  const target = targetRange(sp.s);
  if (target) ranges.push(target);
  const notice = sp.edited ? t("noticeEdited") : sp.copied ? t("noticeCopied") : sp.created ? t("noticeCreated") : sp.generated ? t("noticeGenerated") : null;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <BackLink href="/teacher">{t("back")}</BackLink>
        <p className="text-sm text-muted">{[article.source, article.published].filter(Boolean).join(" · ")}</p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{article.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="warning">{t("facts", { n: bank.facts.length })}</Badge>
          {bank.issues.length > 0 ? <Badge tone="danger">{t("findings", { n: bank.issues.length })}</Badge> : null}
          <Badge tone="brand">{t("questions", { n: bank.total })}</Badge>
          {bank.editable && bank.review.needsReview > 0 ? <Badge tone="warning">{t("needsReview", { n: bank.review.needsReview })}</Badge> : null}
          {article.mine ? <Badge>{t("addedByYou")}</Badge> : null}
          {!bank.editable ? <Badge>{t("sharedReadOnly")}</Badge> : null}
        </div>
        <nav aria-label={t("onThisPage")} className="flex flex-wrap gap-3 pt-1 text-sm">
          <a href="#findings" className="text-brand-700 underline underline-offset-2">{t("navFindings")}</a>
          <a href="#article" className="text-brand-700 underline underline-offset-2">{t("navArticle")}</a>
          <a href="#questions" className="text-brand-700 underline underline-offset-2">{t("navQuestions")}</a>
        </nav>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ExportSection kind="article" id={article.slug} user={user} />

      <section aria-labelledby="findings" className="space-y-3">
        <h2 id="findings" className="text-lg font-semibold">{t("findingsHeading")}</h2>
        <IssueList slug={article.slug} issues={bank.issues} />
      </section>

      <section aria-labelledby="article" className="space-y-3">
        <h2 id="article" className="text-lg font-semibold">{t("articleHeading")}</h2>
        <p className="text-sm text-muted">{t.rich("highlighted", { mark: (chunks) => <mark className="fact">{chunks}</mark> })}</p>
        <Card>
          <ArticleBody rawText={article.rawText} blocks={article.blocks} ranges={ranges} factLabels={new Map(bank.facts.map((f) => [f.key, f.label]))} />
        </Card>
        {/* The reading view leaves out markup and page furniture; the teacher can still check exactly what was pasted. */}
        <details className="rounded-2xl border border-line bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium">{t("asPasted")}</summary>
          <pre data-testid="raw-text" className="mt-3 max-w-full whitespace-pre-wrap break-words font-mono text-sm text-slate-700">
            {article.rawText}
          </pre>
        </details>
      </section>

      <section aria-labelledby="questions" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="questions" className="text-lg font-semibold">
            {bank.questions.length !== bank.total ? t("questionsHeadingOf", { n: bank.questions.length, total: bank.total }) : t("questionsHeading", { n: bank.questions.length })}
          </h2>
          {bank.editable ? (
            <Link href={`/teacher/articles/${article.slug}/questions/new`} className={buttonClasses("secondary", "sm")}>
              {t("writeQuestion")}
            </Link>
          ) : null}
        </div>
        {bank.editable ? <ReviewSummary slug={article.slug} ready={bank.review.ready} needsReview={bank.review.needsReview} t={t} /> : null}
        {/* Keyed by the filters: its selects are uncontrolled, so a link that changes the filters (a count above, Clear) must reset them. */}
        <BankFilterForm key={JSON.stringify(filters)} slug={article.slug} filters={filters} facts={bank.quizzedFacts} />
        <BankSelection
          selectable={bank.questions.filter((q) => q.status === "approved").map((q) => q.question.id)}
          articleTitle={article.title}
          sets={sets.map((s) => ({ id: s.id, title: s.title }))}
        >
          {bank.questions.length === 0 ? (
            <Card>
              <p className="text-muted">{bank.total === 0 ? t("noQuestions") : t("noMatch")}</p>
            </Card>
          ) : (
            <ul className="grid gap-3">
              {bank.questions.map((q) => (
                <li key={q.question.id}>
                  <BankQuestionCard
                    slug={article.slug}
                    question={q.question}
                    status={q.status}
                    version={q.version}
                    origin={q.origin}
                    editable={bank.editable}
                    statusChoices={q.statusChoices}
                    makesCopy={q.makesCopy}
                    copy={q.copy}
                    highlight={q.question.id === (sp.edited ?? sp.copied ?? sp.created)}
                  />
                </li>
              ))}
            </ul>
          )}
        </BankSelection>
      </section>
    </div>
  );
}

/** Where the drafts stand, at a glance: each count opens the bank filtered to those questions. */
function ReviewSummary({ slug, ready, needsReview, t }: { slug: string; ready: number; needsReview: number; t: Awaited<ReturnType<typeof getTranslations<"teacherBank">>> }) {
  const link = "font-medium underline underline-offset-2";
  return (
    <div className="flex flex-col gap-3 rounded-2xl border border-line bg-white p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="review-summary">
      <p className="text-sm">
        <span className="text-muted">{t("drafts")}</span>
        <Link href={`/teacher/articles/${slug}?status=ready#questions`} className={`${link} text-brand-700`}>
          {t("ready", { n: ready })}
        </Link>
        <span className="text-muted" aria-hidden>
          {" · "}
        </span>
        <span className="sr-only">, </span>
        <Link href={`/teacher/articles/${slug}?status=needs_review#questions`} className={`${link} ${needsReview > 0 ? "text-amber-900" : "text-brand-700"}`}>
          {t("needsReview", { n: needsReview })}
        </Link>
      </p>
      <ApproveReadyButton slug={slug} ready={ready} />
    </div>
  );
}
