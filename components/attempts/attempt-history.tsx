import Link from "next/link";
import { Card } from "@/components/ui/card";

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
    <Card className="overflow-x-auto p-0 sm:p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your finished attempts</caption>
        <thead className="border-b border-line bg-slate-50 text-muted">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Quiz</th>
            <th scope="col" className="px-4 py-3 font-medium">Finished (UTC)</th>
            <th scope="col" className="px-4 py-3 font-medium">Score</th>
            <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Review</span></th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => {
            const title = a.assignment?.set.title ?? a.article?.title ?? "Quiz";
            const finished = a.submittedAt ? dateFormat.format(a.submittedAt) : "—";
            return (
              <tr key={a.id} className="border-b border-line last:border-0">
                <td className="px-4 py-3">{title}</td>
                <td className="px-4 py-3 whitespace-nowrap">{finished}</td>
                <td className="px-4 py-3 whitespace-nowrap font-medium">
                  {formatScore(a.score)} / {a.maxScore ?? 0}
                </td>
                <td className="px-4 py-3">
                  <Link href={`/attempts/${a.id}/result`} className="font-medium text-brand-700 underline underline-offset-2">
                    Review
                    {/* Each attempt's link named apart from the others' (and from the main navigation's "Review"). */}
                    <span className="sr-only">
                      {" "}
                      {title}, finished {finished}
                    </span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}

export function formatScore(score: number | null): string {
  const s = score ?? 0;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}
