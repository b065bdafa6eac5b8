// Splits a block of text into plain and highlighted runs, for the article reader.
// Pure so it can be unit-tested; offsets are into the article's original text.

export type Range = { start: number; end: number; id: string; kind: "fact" | "target" };
export type Run = { text: string; start: number; marks: Range[] };

export function splitRuns(text: string, blockStart: number, ranges: Range[]): Run[] {
  const blockEnd = blockStart + text.length;
  const inside = ranges
    .map((r) => ({ ...r, start: Math.max(r.start, blockStart), end: Math.min(r.end, blockEnd) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const r of inside) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({
      text: text.slice(start - blockStart, end - blockStart),
      start,
      marks: inside.filter((r) => r.start <= start && r.end >= end),
    });
  }
  return runs;
}

/** "?s=120-240" in a reader's URL: the sentence at those offsets, to highlight and scroll to. */
export function targetRange(s: string | undefined): Range | null {
  const m = /^(\d{1,7})-(\d{1,7})$/.exec(s ?? "");
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end, id: "target", kind: "target" } : null;
}
