// Stages 1–5 of the article → facts → questions pipeline: segment, split sentences, find
// mentions, build facts, check the article against itself. Pure and deterministic: the
// reference date comes from options or the front matter, never the clock.
import type { ArticleMeta, Block, ConsistencyIssue, Fact, GenerateOptions, Sentence } from "./types";
import { parseFrontMatter } from "./front-matter";
import { cleanMarkup } from "./markup";
import { segmentBlocks } from "./segment";
import { splitSentences } from "./sentences";
import { TokenIndex, tagTokens } from "./tokens";
import { findNumbers } from "./mentions/numbers";
import { findDates, referenceInstant } from "./mentions/dates";
import { findPeople } from "./mentions/people";
import { findAcronyms } from "./mentions/acronyms";
import type { AnalysisContext, FactDraft } from "./facts/context";
import { buildNumberFacts } from "./facts/number-facts";
import { buildDateFacts } from "./facts/date-facts";
import { buildOtherFacts } from "./facts/build";
import { checkConsistency } from "./consistency";

export interface Analysis {
  article: ArticleMeta;
  blocks: Block[];
  sentences: Sentence[];
  facts: Fact[];
  issues: ConsistencyIssue[];
}

const countWords = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;

function titleOf(fields: Record<string, string>, blocks: Block[], clean: string): string {
  if (fields.title?.trim()) return fields.title.trim();
  const first = blocks.find((b) => b.kind === "headline") ?? blocks.find((b) => b.kind === "body");
  const t = first ? clean.slice(first.start, first.end).replace(/\s+/g, " ").trim() : "";
  return t ? (t.length > 200 ? `${t.slice(0, 197)}…` : t) : "Untitled";
}

export function analyse(text: string, options: GenerateOptions = {}): Analysis {
  const input = typeof text === "string" ? text : "";
  const front = parseFrontMatter(input);
  const clean = cleanMarkup(input);
  const blocks = segmentBlocks(input, clean, front.bodyStart);
  const sentences = splitSentences(input, clean, blocks, options.includeCaptions ?? false);
  const article: ArticleMeta = {
    title: titleOf(front.fields, blocks, clean),
    wordCount: blocks
      .filter((b) => b.kind === "body" || b.kind === "headline")
      .reduce((n, b) => n + countWords(clean.slice(b.start, b.end)), 0),
  };
  if (front.fields.source) article.source = front.fields.source;
  if (front.fields.byline) article.byline = front.fields.byline;
  if (front.fields.published) article.published = front.fields.published;

  const reference = referenceInstant(options.referenceDate ?? front.fields.published);
  const tokens = new TokenIndex(tagTokens(clean, sentences));
  const dates = sentences.map((s) => findDates(clean, s, reference));
  const ctx: AnalysisContext = {
    text: input, clean, blocks, sentences, tokens, dates,
    numbers: sentences.map((s, i) => findNumbers(clean, s, dates[i] ?? [], tokens)),
    people: sentences.map((s) => findPeople(clean, s, tokens)),
    acronyms: sentences.map((s) => findAcronyms(clean, s)),
  };
  const drafts: FactDraft[] = [...buildNumberFacts(ctx), ...buildDateFacts(ctx), ...buildOtherFacts(ctx)];
  drafts.sort((a, b) => a.source.start - b.source.start || (a.order ?? 0) - (b.order ?? 0));
  const facts = drafts.map((d, i) => {
    const { order: _order, ...rest } = d;
    return { ...rest, id: `f${i + 1}` } as Fact;
  });
  const issues = checkConsistency(ctx, facts);
  return { article, blocks, sentences, facts, issues };
}
