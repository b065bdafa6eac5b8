import Link from "next/link";
import { StatusButtons } from "@/components/teacher/status-buttons";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Question } from "@/lib/generation/question-schema";
import { TYPE_LABELS } from "@/lib/questions/labels";

type Props = { slug: string; question: Question; status: string; version: number; origin: string; editable: boolean; highlight?: boolean };

/** One question as its reviewer sees it: answer key, explanation and source included. Text only, never markup. */
export function BankQuestionCard({ slug, question, status, version, origin, editable, highlight }: Props) {
  return (
    <Card id={`question-${question.id}`} className={highlight ? "space-y-2 ring-2 ring-brand-300" : "space-y-2"} data-testid="bank-question">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{TYPE_LABELS[question.type]}</Badge>
        <Badge tone={status === "approved" ? "success" : status === "retired" ? "danger" : "neutral"}>{status}</Badge>
        {origin === "manual" ? <Badge tone="warning">written by hand</Badge> : null}
        {version > 1 ? <Badge>edited · v{version}</Badge> : null}
        <span className="text-xs text-muted">difficulty {question.difficulty.toFixed(2)}</span>
      </div>
      <p className="font-medium break-words" data-testid="bank-question-prompt">
        {question.prompt}
      </p>
      {question.type === "matching" ? (
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {question.prompts.map((p, i) => (
            <li key={p}>
              {p} → {question.options[question.answer[i] ?? -1]}
            </li>
          ))}
        </ul>
      ) : "options" in question ? (
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {question.options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        <span className="text-muted">Answer: </span>
        <span className="font-medium">{question.answerText}</span>
        {question.type === "numeric" && question.answer.tolerance > 0 ? <span className="text-muted"> (± {question.answer.tolerance})</span> : null}
        {question.type === "fill_blank" && question.answer.accepted.length > 1 ? <span className="text-muted"> (also: {question.answer.accepted.slice(1).join(", ")})</span> : null}
      </p>
      <p className="text-sm text-muted">{question.explanation}</p>
      <p className="text-sm">
        <Link href={`/teacher/articles/${slug}?s=${question.source.start}-${question.source.end}#source`} className="text-muted underline underline-offset-2 hover:text-ink">
          Source: “{question.source.sentence}”
        </Link>
      </p>
      {editable ? (
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <StatusButtons questionId={question.id} status={status} prompt={question.prompt} />
          <Link href={`/teacher/articles/${slug}/questions/${question.id}/edit`} className={buttonClasses("ghost", "sm")} aria-label={`Edit: ${question.prompt}`}>
            Edit
          </Link>
        </div>
      ) : null}
    </Card>
  );
}
