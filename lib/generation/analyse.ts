// Stages 1–5 of the article → facts → questions pipeline: segment, split sentences, find
// mentions, build facts, check the article against itself. Pure and deterministic: the
// reference date comes from the options or the article itself, never the clock.
import type { ArticleMeta, Block, ConsistencyIssue, Fact, GenerateOptions, Sentence } from "./types";
import { isPlaceholder, parseFrontMatter } from "./front-matter";
import { cleanMarkup } from "./markup";
import { segmentBlocks } from "./segment";
import { splitSentences } from "./sentences";
import { TokenIndex, tagTokens } from "./tokens";
import { findNumbers } from "./mentions/numbers";
import { findDates } from "./mentions/dates";
import { isoOfParts, parseDateValue, resolveReference } from "./mentions/reference-date";
import { findPeople } from "./mentions/people";
import { findAcronyms } from "./mentions/acronyms";
import type { AnalysisContext, FactDraft } from "./facts/context";
import { buildNumberFacts } from "./facts/number-facts";
import { buildDateFacts } from "./facts/date-facts";
import { buildOtherFacts } from "./facts/build";
import { buildCauseFacts } from "./facts/causes";
import { buildListFacts } from "./facts/lists";
import { checkConsistency } from "./consistency";

export interface Analysis {
  article: ArticleMeta;
  blocks: Block[];
  sentences: Sentence[];
  facts: Fact[];
  issues: ConsistencyIssue[];
}

const countWords = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;

function titleOf(fields: Record<string, string>, blocks: Block[], clean: string, dateline?: { start: number; end: number }): string {
  if (!isPlaceholder(fields.title)) return (fields.title ?? "").trim();
  // A dateline ("NAIROBI, Sept 30") says where and when, not what: it is no title.
  const from = (b: Block) => (dateline && b.start === dateline.start ? dateline.end : b.start);
  const first = [...blocks.filter((b) => b.kind === "headline"), ...blocks.filter((b) => b.kind === "body")]
    .find((b) => /\p{L}/u.test(clean.slice(from(b), b.end)));
  const t = first ? clean.slice(from(first), first.end).replace(/\s+/g, " ").replace(/^[\s:—–-]+/, "").trim() : "";
  return t ? (t.length > 200 ? `${t.slice(0, 197)}…` : t) : "Untitled";
}

/**
 * The most facts kept from one article, in reading order. A long feature yields 100-300; the
 * bound keeps a 200 KB paste of short figure-laden sentences (thousands of facts) from growing
 * the question stages, the stored bank and the article page without end.
 */
export const MAX_FACTS = 1_500;

export function analyse(text: string, options: GenerateOptions = {}): Analysis {
  const input = typeof text === "string" ? text : "";
  const front = parseFrontMatter(input);
  const clean = cleanMarkup(input);
  const blocks = segmentBlocks(input, clean, front.bodyStart);
  const sentences = splitSentences(input, clean, blocks, options.includeCaptions ?? false);
  const reference = resolveReference({
    option: options.referenceDate, fields: front.fields, clean, blocks, spans: sentences,
    ...(front.kind ? { frontKind: front.kind } : {}),
  });
  const article: ArticleMeta = {
    title: titleOf(front.fields, blocks, clean, reference.dateline),
    wordCount: blocks
      .filter((b) => b.kind === "body" || b.kind === "headline")
      .reduce((n, b) => n + countWords(clean.slice(b.start, b.end)), 0),
  };
  if (front.fields.source) article.source = front.fields.source;
  if (front.fields.byline) article.byline = front.fields.byline;
  // A header's "Date: 2023-01-20 (from the URL)" is published as the date alone; front matter as written.
  const published = parseDateValue(front.fields.published, reference.dayFirst);
  if (published?.year) article.published = isoOfParts({ ...published, year: published.year });
  else if (front.kind === "fence" && front.fields.published) article.published = front.fields.published;

  const tokens = new TokenIndex(tagTokens(clean, sentences));
  const dates = sentences.map((s) => findDates(clean, s, reference.instant, { yearKnown: reference.yearKnown, dayFirst: reference.dayFirst }));
  const ctx: AnalysisContext = {
    text: input, clean, blocks, sentences, tokens, dates,
    numbers: sentences.map((s, i) => findNumbers(clean, s, dates[i] ?? [], tokens)),
    people: sentences.map((s) => findPeople(clean, s, tokens)),
    acronyms: sentences.map((s) => findAcronyms(clean, s)),
  };
  const drafts: FactDraft[] = [...buildNumberFacts(ctx), ...buildDateFacts(ctx, reference.dateline), ...buildOtherFacts(ctx), ...buildCauseFacts(ctx), ...buildListFacts(ctx)];
  drafts.sort((a, b) => a.source.start - b.source.start || (a.order ?? 0) - (b.order ?? 0));
  const facts = drafts.slice(0, MAX_FACTS).map((d, i) => {
    const { order: _order, ...rest } = d;
    return { ...rest, id: `f${i + 1}` } as Fact;
  });
  const issues = checkConsistency(ctx, facts);
  return { article, blocks, sentences, facts, issues };
}
