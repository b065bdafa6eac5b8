import { Badge } from "@/components/ui/badge";

type Graded = { correct: boolean; score: number };

/** What a graded answer earned, in words: the one wording every feedback view uses. */
export function verdictOf({ correct, score }: Graded): "Correct" | "Partly right" | "Not right" {
  return correct ? "Correct" : score > 0 ? "Partly right" : "Not right";
}

const TONE = { Correct: "success", "Partly right": "warning", "Not right": "danger" } as const;

export function VerdictBadge({ result }: { result: Graded }) {
  const verdict = verdictOf(result);
  return <Badge tone={TONE[verdict]}>{verdict}</Badge>;
}

/** The student's answer beside the right one. */
export function AnswerComparison({ given, answerText }: { given: string; answerText: string }) {
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="text-muted">Your answer</dt>
      <dd className="font-medium">{given}</dd>
      <dt className="text-muted">Correct answer</dt>
      <dd className="font-medium">{answerText}</dd>
    </dl>
  );
}
