// Mastery per topic: the share of available credit earned on a topic's answers. Pure.

export type ScoredAnswer = { score: number; articleId: string; kinds: readonly string[] };
export type Mastery = { key: string; answered: number; correct: number; percent: number };

/** Groups answers by a key (an answer about two kinds of fact counts towards both) and scores each group. */
export function masteryBy(answers: readonly ScoredAnswer[], keysOf: (a: ScoredAnswer) => readonly string[]): Mastery[] {
  const groups = new Map<string, { answered: number; credit: number; correct: number }>();
  for (const a of answers) {
    for (const key of new Set(keysOf(a))) {
      const g = groups.get(key) ?? { answered: 0, credit: 0, correct: 0 };
      g.answered++;
      g.credit += a.score;
      if (a.score >= 1) g.correct++;
      groups.set(key, g);
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, answered: g.answered, correct: g.correct, percent: Math.round((g.credit / g.answered) * 100) }))
    .sort((a, b) => b.answered - a.answered || a.key.localeCompare(b.key));
}

/** Fact kinds as a student reads them. */
export const KIND_LABELS: Record<string, string> = {
  number: "Figures",
  ranking: "Rankings",
  membership: "Members",
  date: "Dates",
  event: "Events",
  quote: "Quotes",
  person: "People",
  acronym: "Acronyms",
  cause: "Causes and aims",
  list: "Lists",
  other: "Other",
};
