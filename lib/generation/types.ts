// The contract between the pipeline's stages, the CLI, the database seed and the web app.
// Everything here is plain data (JSON-serialisable) so it can be stored and sent as is.
// Offsets (`start`, `end`) are always character offsets into the ORIGINAL text that was
// passed to `generate()` (front matter included), end exclusive: text.slice(start, end).

export interface SourceRef {
  /** The sentence exactly as it appears in the original text. */
  sentence: string;
  start: number;
  end: number;
}

export type BlockKind =
  | "frontmatter"
  | "headline"
  | "body"
  | "image" // a markdown image line: ![alt](url)
  | "caption" // the caption line repeating an image's alt text
  | "credit" // e.g. "[YONHAP]" on its own
  | "footer"; // byline, "No comments", "Post a Comment", translation notes

export interface Block {
  index: number;
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  blockIndex: number;
  text: string;
  start: number;
  end: number;
}

export type FactKind =
  | "number"
  | "date"
  | "event"
  | "acronym"
  | "membership"
  | "ranking"
  | "quote"
  | "person"
  | "cause"
  | "list";

interface FactBase {
  /** Stable within one result, e.g. "f12". */
  id: string;
  kind: FactKind;
  sentenceIndex: number;
  source: SourceRef;
  /** The fact as a person would state it, e.g. "62.4% of respondents support ...". */
  label: string;
  /** Set by the consistency check when another part of the article contradicts this fact. */
  contradicted?: boolean;
}

export type NumberUnit = "percent" | "currency" | "fold" | "points" | "count" | "ordinal" | "plain";

export interface NumberFact extends FactBase {
  kind: "number";
  /** Fully scaled value: "$77.2 billion" -> 77200000000. */
  value: number;
  unit: NumberUnit;
  /** ISO 4217 code for currency amounts, e.g. "USD". */
  currency?: string;
  /** The mention as written, e.g. "$77.2 billion". */
  raw: string;
  /** The noun phrase or clause the number counts or measures. */
  what: string;
  /** A year the figure is tied to ("$200 million in 1965"). */
  year?: number;
  /** Where `raw` starts within `source.sentence`: the figure's own place, which matters when
   *  the sentence states the same text twice ("52 seats … 5 seats"). */
  at?: number;
}

export interface DateFact extends FactBase {
  kind: "date";
  raw: string;
  /** "2025-05-30", "2025-05" or "2025" depending on granularity. */
  iso: string;
  granularity: "day" | "month" | "year";
  /** Optional end of a range ("May 30 to June 30"). */
  endIso?: string;
  /** What happened on that date. */
  what: string;
}

export interface EventFact extends FactBase {
  kind: "event";
  year: number;
  /** What happened that year, as a clause. */
  what: string;
}

export interface AcronymFact extends FactBase {
  kind: "acronym";
  short: string;
  long: string;
}

export interface MembershipFact extends FactBase {
  kind: "membership";
  /** The group, e.g. "CPTPP". */
  container: string;
  statedCount?: number;
  members: string[];
  nonMembers: string[];
  /** Who leads the group, when stated ("led by Japan"). */
  leader?: string;
  /** Extra sentences that contributed (e.g. the non-member sentence). */
  extraSources?: SourceRef[];
  /** Set by the consistency check: names the article puts both inside and outside the group. */
  contested?: string[];
}

export interface RankingFact extends FactBase {
  kind: "ranking";
  what: string;
  /** In the article's order, which is the ranking order (highest first). */
  items: { label: string; score?: number }[];
  unit?: NumberUnit;
}

export interface QuoteFact extends FactBase {
  kind: "quote";
  text: string;
  speaker: string;
  speakerTitle?: string;
  /** 0..1: how sure the attribution is. */
  confidence: number;
}

export interface PersonFact extends FactBase {
  kind: "person";
  name: string;
  title: string;
  organisation?: string;
}

/** Why something happened ("stalled due to opposition from farmers") or what it is for
 *  ("aims to eliminate tariffs"), as the article words it. */
export interface CauseFact extends FactBase {
  kind: "cause";
  relation: "cause" | "aim";
  /** The words that introduce the reason or aim ("due to", "aims to"). */
  connector: string;
  /** The reason or aim as written ("opposition from farmers and fishers"). */
  reason: string;
  /** Offset of `reason` within the source sentence. */
  at: number;
}

export type Fact =
  | import("./facts/list-fact").ListFact
  | NumberFact
  | DateFact
  | EventFact
  | AcronymFact
  | MembershipFact
  | RankingFact
  | QuoteFact
  | PersonFact
  | CauseFact;

export type ConsistencyKind =
  | "ratio_mismatch"
  | "membership_contradiction"
  | "count_mismatch"
  | "percent_over_100"
  | "percent_sum";

export interface ConsistencyIssue {
  kind: ConsistencyKind;
  message: string;
  /** The sentences involved, as text. */
  sentences: string[];
  /** The same sentences with offsets. */
  sources: SourceRef[];
  factIds: string[];
}

export interface GenerateOptions {
  /** Reference date for relative and partial dates, "YYYY-MM-DD". Defaults to the front matter's
   *  `published` date, else 2000-01-01 — never the machine clock. */
  referenceDate?: string;
  /** Seed for the deterministic random generator. Default 1. */
  seed?: number;
  /** Maximum ready questions per sentence. Default 4: news packs several figures into one sentence, and
   *  each fact's first question comes before any fact's second. */
  maxPerSentence?: number;
  /** Include captions as quiz material. Default false. */
  includeCaptions?: boolean;
}

export interface ArticleMeta {
  title: string;
  wordCount: number;
  source?: string;
  byline?: string;
  published?: string;
}

export type { Question, QuestionType, PublicQuestion } from "../question-types";

export interface GenerationResult {
  article: ArticleMeta;
  blocks: Block[];
  sentences: Sentence[];
  facts: Fact[];
  issues: ConsistencyIssue[];
  questions: import("../question-types").Question[];
}
