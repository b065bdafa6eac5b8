"use client";
import { Badge } from "@/components/ui/badge";
import { useT } from "@/components/i18n/client-messages";

type Graded = { correct: boolean; score: number };

/** What a graded answer earned, in words: the one wording every feedback view uses. */
export function verdictOf({ correct, score }: Graded): "Correct" | "Partly right" | "Not right" {
  return correct ? "Correct" : score > 0 ? "Partly right" : "Not right";
}

const TONE = { Correct: "success", "Partly right": "warning", "Not right": "danger" } as const;
/** Each verdict's message (client.feedback). */
export const VERDICT_KEY = { Correct: "correct", "Partly right": "partly", "Not right": "wrong" } as const;

/** An answer's words the app wrote itself ("True", "No answer"), in the page's language; anything else as it is. */
export function useAnswerWords(): (text: string) => string {
  const t = useT("client.feedback");
  return (text) => (text === "True" ? t("true") : text === "False" ? t("false") : text === "No answer" ? t("noAnswer") : text);
}

export function VerdictBadge({ result }: { result: Graded }) {
  const t = useT("client.feedback");
  const verdict = verdictOf(result);
  return <Badge tone={TONE[verdict]}>{t(VERDICT_KEY[verdict])}</Badge>;
}

/** The student's answer beside the right one. */
export function AnswerComparison({ given, answerText }: { given: string; answerText: string }) {
  const t = useT("client.feedback");
  const words = useAnswerWords();
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="text-muted">{t("yourAnswerLabel")}</dt>
      <dd className="font-medium">{words(given)}</dd>
      <dt className="text-muted">{t("correctAnswerLabel")}</dt>
      <dd className="font-medium">{words(answerText)}</dd>
    </dl>
  );
}
