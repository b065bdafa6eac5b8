// Where in its sentence a fact is mentioned, so the reader can highlight the words rather
// than the whole sentence. Falls back to the sentence when the mention can't be found.
// Computed once, when a fact is stored (markStart/markEnd): the reader only reads the offsets.
import type { Range } from "./highlight";

type StoredFact = { kind: string; sentence: string; start: number; end: number; data: Record<string, unknown> };

function needleOf(fact: StoredFact): string | undefined {
  const d = fact.data;
  const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : undefined);
  switch (fact.kind) {
    case "number":
    case "date":
      return str(d.raw);
    case "acronym":
      return str(d.long) ?? str(d.short);
    case "person":
      return str(d.name);
    case "quote":
      return str(d.text);
    case "membership":
      return str(d.container);
    case "cause":
      return str(d.reason);
    case "list":
      return typeof d.at === "number" && typeof d.end === "number" && d.end > d.at ? fact.sentence.slice(d.at, d.end) : undefined;
    case "event":
      return typeof d.year === "number" ? String(d.year) : undefined;
    case "ranking": {
      // The items and scores are number facts of their own; mark the leader, not the sentence.
      const first = Array.isArray(d.items) ? (d.items[0] as { label?: unknown } | undefined) : undefined;
      return str(first?.label);
    }
    default:
      return undefined;
  }
}

export function factSpan(fact: StoredFact): { start: number; end: number } {
  const needle = needleOf(fact);
  if (needle) {
    let at = fact.sentence.indexOf(needle);
    if (at === -1) at = fact.sentence.toLowerCase().indexOf(needle.toLowerCase());
    if (at !== -1) return { start: fact.start + at, end: fact.start + at + needle.length };
  }
  return { start: fact.start, end: fact.end };
}

type MarkedFact = { key: string; start: number; end: number; markStart: number | null; markEnd: number | null };

/** Highlight ranges for an article's stored facts: their marks, or their sentence if not marked yet. */
export function factRanges(facts: readonly MarkedFact[]): Range[] {
  return facts.map((f) => ({
    start: f.markStart ?? f.start,
    end: f.markEnd ?? f.end,
    id: f.key,
    kind: "fact" as const,
  }));
}
