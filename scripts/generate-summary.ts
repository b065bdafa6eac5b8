// The generate command's readable summary (without --json): what the engine found, the questions
// it is sure of, and the ones it withheld for a teacher's review with its reasons.
import type { Question } from "../lib/question-types";
import type { GenerationResult } from "../lib/generation/types";

const withheld = (q: Question) => q.status === "needs_review";

function count(xs: string[]): string {
  return (
    Object.entries(xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {}))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ") || "none"
  );
}

export function summary(r: GenerationResult): string {
  const ready = r.questions.filter((q) => !withheld(q));
  const held = r.questions.filter(withheld);
  const lines = [
    r.article.title,
    `${r.article.wordCount} words · ${r.sentences.length} sentences`,
    `Facts (${r.facts.length}): ${count(r.facts.map((f) => f.kind))}`,
    `Questions (${r.questions.length}): ${count(r.questions.map((q) => q.type))}`,
    `  ${ready.length} ready · ${held.length} withheld for review`,
    "",
    r.issues.length ? `Consistency issues (${r.issues.length}):` : "No consistency issues.",
    ...r.issues.map((i) => `  ! [${i.kind}] ${i.message}`),
    "",
    ready.length ? `Ready questions (${ready.length}):` : "No ready questions.",
  ];
  for (const q of ready) {
    lines.push(`  [${q.type}] ${q.prompt}`);
    if ("options" in q) lines.push(`      options: ${q.options.join(" | ")}`);
    lines.push(`      answer: ${q.answerText}`);
  }
  if (held.length) {
    lines.push("", `Withheld for review (${held.length}):`);
    for (const q of held) {
      lines.push(`  [${q.type}] ${q.prompt}`);
      const flags = q.flags ?? [];
      if (flags.length === 0) lines.push("      - (no reason given)");
      for (const f of flags) lines.push(`      - ${f.message} (${f.code})`);
    }
  }
  return lines.join("\n");
}
