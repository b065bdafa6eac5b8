// Splits a block of text into plain and highlighted runs, for the article reader.
// Pure so it can be unit-tested; offsets are into the article's original text.

export type Range = { start: number; end: number; id: string; kind: "fact" | "target" };
export type Run = { text: string; start: number; marks: Range[] };

/**
 * Cuts a block into runs at every range edge. Each run carries at most one mark per kind: the
 * innermost (latest-starting) fact and the target, which is all the reader draws. One sweep over
 * the sorted edges with a stack of open ranges: linear in the block's ranges, however many of
 * them overlap (listing every overlapping fact on every run made a page of a few thousand facts
 * in one long sentence quadratic: 16-23 s a view).
 */
export function splitRuns(text: string, blockStart: number, ranges: readonly Range[]): Run[] {
  const blockEnd = blockStart + text.length;
  const inside = ranges
    .map((r) => ({ ...r, start: Math.max(r.start, blockStart), end: Math.min(r.end, blockEnd) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end); // at one start the shorter ends on top
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const r of inside) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const open: Record<Range["kind"], Range[]> = { fact: [], target: [] };
  const runs: Run[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < inside.length && inside[next]!.start <= start) {
      const r = inside[next++]!;
      open[r.kind].push(r);
    }
    const marks: Range[] = [];
    for (const kind of ["fact", "target"] as const) {
      const stack = open[kind];
      // A range below the top that has ended is dropped when it surfaces: each leaves once.
      while (stack.length > 0 && stack[stack.length - 1]!.end <= start) stack.pop();
      const top = stack[stack.length - 1];
      if (top) marks.push(top);
    }
    runs.push({ text: text.slice(start - blockStart, end - blockStart), start, marks });
  }
  return runs;
}

/**
 * The ranges touching each block, by block index, in one pass (blocks in reading order): each
 * range is placed by binary search, so a page costs O((blocks + ranges) log blocks), not
 * blocks x ranges.
 */
export function rangesByBlock(blocks: readonly { index: number; start: number; end: number }[], ranges: readonly Range[]): Map<number, Range[]> {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const out = new Map<number, Range[]>();
  for (const r of ranges) {
    let lo = 0;
    let hi = sorted.length - 1;
    let first = sorted.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end > r.start) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    for (let i = first; i < sorted.length && sorted[i]!.start < r.end; i++) {
      const index = sorted[i]!.index;
      const list = out.get(index);
      if (list) list.push(r);
      else out.set(index, [r]);
    }
  }
  return out;
}

/** "?s=120-240" in a reader's URL: the sentence at those offsets, to highlight and scroll to. */
export function targetRange(s: string | undefined): Range | null {
  const m = /^(\d{1,7})-(\d{1,7})$/.exec(s ?? "");
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end, id: "target", kind: "target" } : null;
}
