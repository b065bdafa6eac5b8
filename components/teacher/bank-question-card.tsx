import Link from "next/link";
import { componentsOf } from "@/components/question-types";
import { SelectQuestionBox } from "@/components/teacher/bank-selection";
import { StatusButtons } from "@/components/teacher/status-buttons";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Question } from "@/lib/question-types";
import { needsReview, reviewFlags } from "@/lib/questions/review";
import { cn } from "@/components/ui/cn";
import { getLocale, getTranslations } from "next-intl/server";
import { flagMessage } from "@/lib/questions/flag-messages";

type Props = {
  slug: string;
  question: Question;
  status: string;
  version: number;
  origin: string;
  editable: boolean;
  /** The statuses this teacher may move it to (only its owner retires it: lib/questions/ownership.ts). */
  statusChoices: readonly string[];
  /** Not theirs: editing makes their own copy. */
  makesCopy: boolean;
  /** Their own copy of someone else's question. */
  copy: boolean;
  highlight?: boolean;
};

/** One question as its reviewer sees it: answer key, explanation and source included. Text only, never markup. */
export async function BankQuestionCard({ slug, question, status, version, origin, editable, statusChoices, makesCopy, copy, highlight }: Props) {
  const [t, types] = await Promise.all([getTranslations("teacherBank"), getTranslations("client.types")]);
  const held = needsReview({ status, origin }, question);
  const { Review } = componentsOf(question.type);
  return (
    <Card id={`question-${question.id}`} className={cn("space-y-2", held && "border-l-4 border-l-amber-500", highlight && "ring-2 ring-brand-300")} data-testid="bank-question">
      <div className="flex flex-wrap items-center gap-2">
        {status === "approved" ? <SelectQuestionBox id={question.id} prompt={question.prompt} /> : null}
        <Badge tone="brand">{types(question.type)}</Badge>
        <Badge tone={status === "approved" ? "success" : status === "retired" ? "danger" : "neutral"}>{t.has(`statuses.${status}`) ? t(`statuses.${status}` as "statuses.draft") : status}</Badge>
        {held ? (
          <Badge tone="warning">
            <WarningIcon />
            {t("card.needsReview")}
          </Badge>
        ) : null}
        {copy ? <Badge tone="brand">{t("card.yourCopy")}</Badge> : origin === "manual" ? <Badge tone="warning">{t("card.byHand")}</Badge> : null}
        {version > 1 ? <Badge>{t("card.edited", { version: String(version) })}</Badge> : null}
        <span className="text-xs text-muted">{t("card.difficulty", { d: question.difficulty.toFixed(2) })}</span>
      </div>
      <ReviewReasons question={question} held={held} />
      <p className="font-medium break-words" data-testid="bank-question-prompt">
        {question.prompt}
      </p>
      <Review question={question} />
      <p className="text-sm text-muted">{question.explanation}</p>
      <p className="text-sm">
        <Link href={`/teacher/articles/${slug}?s=${question.source.start}-${question.source.end}#source`} className="text-muted underline underline-offset-2 hover:text-ink">
          {t("card.source", { sentence: question.source.sentence })}
        </Link>
      </p>
      {editable ? (
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <StatusButtons questionId={question.id} status={status} prompt={question.prompt} allowed={statusChoices} />
          <Link href={`/teacher/articles/${slug}/questions/${question.id}/edit`} className={buttonClasses("ghost", "sm")} aria-label={t("card.editLabel", { action: makesCopy ? t("card.editCopy") : t("card.edit"), prompt: question.prompt })}>
            {makesCopy ? t("card.editCopy") : t("card.edit")}
          </Link>
        </div>
      ) : null}
    </Card>
  );
}

/**
 * Why the engine held the question back, in words (the badge says so too, never colour alone).
 * Once a teacher has approved or retired it, the reasons stay readable but quieter.
 */
async function ReviewReasons({ question, held }: { question: Question; held: boolean }) {
  const flags = reviewFlags(question);
  const [t, flagTexts, locale] = await Promise.all([getTranslations("teacherBank"), getTranslations("teacherFlags"), getLocale()]);
  if (!held && flags.length === 0) return null;
  const id = `review-reasons-${question.id}`;
  return (
    <div data-testid="review-reasons" className={held ? "rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" : "text-sm text-muted"}>
      <p id={id} className="font-medium">
        {held ? t("card.held") : t("card.flagged")}
      </p>
      {flags.length > 0 ? (
        <ul aria-labelledby={id} className="mt-1 list-disc space-y-0.5 pl-5">
          {flags.map((f) => (
            <li key={`${f.code}:${f.message}`}>{flagMessage(f, flagTexts, locale)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{t("card.noReason")}</p>
      )}
    </div>
  );
}

function WarningIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="mr-1 size-3.5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <path d="M8 1.75 15 14.25H1L8 1.75Z" />
      <path d="M8 6.25v3.5" />
      <path d="M8 11.9v.1" />
    </svg>
  );
}
