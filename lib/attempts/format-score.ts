/** A score as shown: whole points as they are, partial ones to one decimal ("2.5"). */
export function formatScore(score: number | null): string {
  const s = score ?? 0;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}
