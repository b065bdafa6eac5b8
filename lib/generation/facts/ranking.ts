// Stage 4d: RankingFacts — "the most promising fields were semiconductors with 91 points,
// artificial intelligence with 57 and automobiles with 39": scored items listed in one sentence.
import type { RankingFact } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { squash, stripDeterminer } from "./phrases";

const ITEM = /(?:^|[,:;]\s*(?:and\s+|or\s+)?|\s(?:were|are|was|is|included?|and|or|led by)\s+)([^,:;()]{2,60}?)\s*(?:\(\s*|\s+(?:with|at|on|scoring|scored)\s+)$/i;

export function buildRankingFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    const scored = (ctx.numbers[si] ?? []).filter((n) => n.unit === "points" || n.unit === "percent");
    for (const unit of ["points", "percent"] as const) {
      const ms = scored.filter((n) => n.unit === unit);
      if (ms.length < 2) continue;
      const items: { label: string; score: number }[] = [];
      let firstItemStart = -1;
      for (const m of ms) {
        const before = ctx.clean.slice(s.start, m.start);
        const hit = ITEM.exec(before);
        if (!hit?.[1]) { items.length = 0; break; }
        if (firstItemStart < 0) firstItemStart = s.start + (hit.index ?? 0);
        // The leftmost match can start too early ("fields were semiconductors"): keep the tail.
        const label = hit[1].split(/\s(?:were|are|was|is|and|or|included?|include)\s+/i).pop() ?? hit[1];
        items.push({ label: stripDeterminer(squash(label)), score: m.value });
      }
      if (items.length < 2 || new Set(items.map((i) => i.label.toLowerCase())).size !== items.length) continue;
      // An article lists a ranking from the top; anything else is just several figures.
      if (items.some((it, i) => i > 0 && it.score > (items[i - 1]?.score ?? Infinity))) continue;
      const lead = squash(ctx.clean.slice(s.start, Math.max(s.start, firstItemStart)))
        .replace(/\s+(?:were|are|was|is|included?|include)$/i, "").replace(/^(?:according to [^,]+,\s*)/i, "");
      const what = lead || "Ranking";
      const fact: Omit<RankingFact, "id"> = {
        kind: "ranking", sentenceIndex: si, source: sourceOf(ctx, s), what, items, unit,
        label: `${what}: ${items.map((i) => `${i.label} (${i.score}${unit === "percent" ? "%" : ""})`).join(", ")}`,
      };
      out.push({ ...fact, order: firstItemStart });
    }
  });
  return out;
}
