import { rangesByBlock, splitRuns, type Range } from "@/lib/articles/highlight";
import type { Block } from "@/lib/generation/types";

/**
 * Renders an article's blocks as text (React escapes it, so markup in an article never runs),
 * with facts and the optional source sentence highlighted.
 */
export function ArticleBody({ rawText, blocks, ranges, factLabels }: { rawText: string; blocks: Block[]; ranges: Range[]; factLabels: Map<string, string> }) {
  const visible = blocks.filter((b) => b.kind === "body" || b.kind === "caption");
  const byBlock = rangesByBlock(visible, ranges);
  return (
    <div className="space-y-5 font-serif text-lg leading-8 text-slate-800">
      {visible.map((block) => {
        const text = rawText.slice(block.start, block.end);
        const runs = splitRuns(text, block.start, byBlock.get(block.index) ?? []);
        const content = runs.map((run) => {
          const target = run.marks.find((m) => m.kind === "target");
          const fact = run.marks.find((m) => m.kind === "fact");
          // Plain text needs no element of its own: fewer nodes for a long article to render.
          if (!fact && !target) return run.text;
          // The mark is the run's own element (no wrapper): a long article has thousands of them.
          const factMark = fact ? (
            <mark key={target ? undefined : run.start} className="fact" title={factLabels.get(fact.id)}>
              {run.text}
            </mark>
          ) : null;
          if (!target) return factMark;
          return (
            <mark key={run.start} className="source-target" id={run.start === target.start ? "source" : undefined}>
              {factMark ?? run.text}
            </mark>
          );
        });
        return block.kind === "caption" ? (
          <p key={block.index} className="border-l-4 border-line pl-4 font-sans text-sm leading-6 text-muted">
            {content}
          </p>
        ) : (
          <p key={block.index}>{content}</p>
        );
      })}
    </div>
  );
}
