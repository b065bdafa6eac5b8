// Which question a quiz page opens on, kept pure for unit tests.

/**
 * A one-at-a-time attempt opens on the question it is on (`current`), whatever the address
 * says. Otherwise: the question in the address (`?q=3`, 1-based, kept there as the student
 * moves) when it is one of this quiz's, so a reload or a reopened tab comes back where the
 * student was; otherwise the first unanswered question; otherwise the first.
 */
export function openingIndex(
  requested: unknown,
  questionIds: readonly string[],
  answered: Readonly<Record<string, unknown>>,
  current: number | null = null,
): number {
  if (current !== null) return Math.min(Math.max(current, 0), Math.max(questionIds.length - 1, 0));
  const n = typeof requested === "string" && /^\d{1,4}$/.test(requested) ? Number(requested) : NaN;
  if (n >= 1 && n <= questionIds.length) return n - 1;
  const firstUnanswered = questionIds.findIndex((id) => !(id in answered));
  return firstUnanswered === -1 ? 0 : firstUnanswered;
}
