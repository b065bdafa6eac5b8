// Rendering marks inside a quoted sentence: the only part of lib/feedback the browser needs (the
// quiz page bundles it with its feedback panel), kept apart from finding the marks, which reads keys.

export type Span = { start: number; end: number };

/** Overlapping or touching spans joined, in reading order. */
export function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The sentence cut into plain and marked runs, for rendering with <mark>. */
export function markedRuns(sentence: string, marks: readonly Span[]): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of merge(marks.filter((s) => s.start >= 0 && s.end <= sentence.length && s.end > s.start))) {
    if (m.start > at) runs.push({ text: sentence.slice(at, m.start), marked: false });
    runs.push({ text: sentence.slice(m.start, m.end), marked: true });
    at = m.end;
  }
  if (at < sentence.length) runs.push({ text: sentence.slice(at), marked: false });
  return runs;
}
