import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";

type Row = {
  id: string;
  score: number | null;
  maxScore: number | null;
  submittedAt: Date | null;
  article: { title: string } | null;
  assignment?: { set: { title: string } } | null;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AttemptHistory({ attempts }: { attempts: Row[] }) {
  if (attempts.length === 0) {
    return (
      <Card>
        <p className="text-muted">No finished quizzes yet. Your scores will appear here.</p>
      </Card>
    );
  }
  return (
    // A table from `sm` up, one card per attempt below it (components/ui/responsive-table.tsx).
    <Card className="relative p-0 sm:overflow-x-auto sm:p-0">
      <CardTable className="w-full text-left text-sm max-sm:p-3">
        <caption className="sr-only">Your finished attempts</caption>
        <CardTableHead className="border-b border-line bg-slate-50 text-muted">
          <CardRow>
            <ColumnHeader className="px-4 py-3 font-medium">Quiz</ColumnHeader>
            <ColumnHeader className="px-4 py-3 font-medium">Finished (UTC)</ColumnHeader>
            <ColumnHeader className="px-4 py-3 font-medium">Score</ColumnHeader>
            <ColumnHeader className="px-4 py-3 font-medium">
              <span className="sr-only">Review</span>
            </ColumnHeader>
          </CardRow>
        </CardTableHead>
        <CardTableBody>
          {attempts.map((a) => (
            <CardRow key={a.id} className="border-b border-line last:border-0">
              <RowHeader className="px-4 py-3 font-normal">{a.assignment?.set.title ?? a.article?.title ?? "Quiz"}</RowHeader>
              <Cell label="Finished (UTC)" className="px-4 py-3 whitespace-nowrap">
                {a.submittedAt ? dateFormat.format(a.submittedAt) : "—"}
              </Cell>
              <Cell label="Score" className="px-4 py-3 whitespace-nowrap font-medium">
                {formatScore(a.score)} / {a.maxScore ?? 0}
              </Cell>
              <Cell actions className="px-4 py-3">
                <Link href={`/attempts/${a.id}/result`} className="font-medium text-brand-700 underline underline-offset-2">
                  Review<span className="sr-only"> {a.assignment?.set.title ?? a.article?.title ?? "quiz"}, finished {a.submittedAt ? dateFormat.format(a.submittedAt) : ""}</span>
                </Link>
              </Cell>
            </CardRow>
          ))}
        </CardTableBody>
      </CardTable>
    </Card>
  );
}

export function formatScore(score: number | null): string {
  const s = score ?? 0;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}
