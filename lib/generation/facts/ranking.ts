// Stage 4d: RankingFacts — "the most promising fields were semiconductors with 91 points,
// artificial intelligence with 57 and automobiles with 39": scored items listed in one sentence.
import type { RankingFact } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { formatNumber, squash, stripDeterminer } from "./phrases";

const ITEM = /(?:^|[,:;]\s*(?:and\s+|or\s+)?|\s(?:were|are|was|is|included?|and|or|led by)\s+)([^,:;()]{2,60}?)\s*(?:\(\s*|\s+(?:with|at|on|scoring|scored)\s+|\s+)$/i;

const NOT_A_LABEL = /^(?:some|about|nearly|almost|around|while|whereas|and|or|but|just|only|over|under|roughly|up|down|by|to|from|of)$/i;

/** The item a score belongs to: "…, artificial intelligence with 57" → "artificial intelligence". */
export function itemBefore(before: string): string | undefined {
  const hit = ITEM.exec(before);
  if (!hit?.[1]) return undefined;
  // The leftmost match can start too early ("fields were semiconductors"): keep the tail.
  const tail = hit[1].split(/\s(?:were|are|was|is|and|or|included?|include)\s+/i).pop() ?? hit[1];
  const label = stripDeterminer(squash(tail)).replace(/\s+(?:ranked\s+|came\s+|placed\s+)?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))$/i, "");
  if (!label || NOT_A_LABEL.test(label) || label.split(" ").length > 6) return undefined;
  return label;
}

export function buildRankingFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    const scored = (ctx.numbers[si] ?? []).filter((n) => n.unit === "points" || n.unit === "percent" || n.unit === "currency");
    for (const unit of ["points", "percent", "currency"] as const) {
      const ms = scored.filter((n) => n.unit === unit);
      // Amounts and shares listed together are only a ranking when the sentence says so.
      if (unit !== "points" && !/\b(?:ranked|ranking|first|second|third|top|leading)\b/i.test(s.text)) continue;
      if (ms.length < 2) continue;
      const items: { label: string; score: number }[] = [];
      let firstItemStart = -1;
      for (const m of ms) {
        const before = ctx.clean.slice(s.start, m.start);
        const label = itemBefore(before);
        if (!label) { items.length = 0; break; }
        if (firstItemStart < 0) firstItemStart = s.start + before.lastIndexOf(label);
        items.push({ label, score: m.value });
      }
      if (items.length < 2 || new Set(items.map((i) => i.label.toLowerCase())).size !== items.length) continue;
      // An article lists a ranking from the top; anything else is just several figures.
      if (items.some((it, i) => i > 0 && it.score > (items[i - 1]?.score ?? Infinity))) continue;
      const lead = squash(ctx.clean.slice(s.start, Math.max(s.start, firstItemStart)))
        .replace(/[\s,:;]+$/, "").replace(/\s+(?:were|are|was|is|included?|include)$/i, "").replace(/^(?:according to [^,]+,\s*)/i, "");
      const what = lead || "Ranking";
      const fact: Omit<RankingFact, "id"> = {
        kind: "ranking", sentenceIndex: si, source: sourceOf(ctx, s), what, items, unit,
        label: `${what}: ${items.map((i) => `${i.label} (${unit === "currency" ? formatNumber(i.score) : i.score}${unit === "percent" ? "%" : ""})`).join(", ")}`,
      };
      out.push({ ...fact, order: firstItemStart });
    }
  });
  return out;
}
