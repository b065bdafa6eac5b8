// The shape of a ListFact: several things of one kind named in one coordinated list and tied to
// what they are ("imported textiles and chemical machinery from Japan", "intermediate goods like
// semiconductors, petroleum products and steel"). Kept beside its builder (./lists.ts) so the
// list rules and their data change together; types.ts adds it to the Fact union.
import type { SourceRef } from "../types";

/** How the list sits in its clause, as written, so a question can be put back together. */
export interface ListClause {
  /** The clause's subject when the list is the object of its verb ("Korea"). */
  subject?: string;
  /** The verb group before the list, auxiliaries and adverbs included ("primarily imported"). */
  verb?: string;
  /** Phrases after the list that belong to the verb ("from Japan"). */
  tail?: string;
  /** When the list sits in the subject: the words before its head ("trade in"). */
  pre?: string;
  /** When the list sits in the subject: the verb phrase that follows it ("has expanded"). */
  predicate?: string;
}

export interface ListFact {
  id: string;
  kind: "list";
  sentenceIndex: number;
  source: SourceRef;
  label: string;
  contradicted?: boolean;
  /** The things listed, as written, in the article's order (at least two). */
  items: string[];
  /** What they are: the head noun ("intermediate goods") or the verb phrase ("imported from Japan"). */
  what: string;
  /** The head noun the list names examples or members of, when there is one ("intermediate goods"). */
  head?: string;
  /** A count stated with the head ("the four regions — …"). */
  count?: number;
  /** When it held, as written ("prior to 2000", "since 2000"). */
  time?: string;
  /** Whether the items are names (capitalised), not common nouns. */
  named: boolean;
  clause: ListClause;
  /** What the same subject did with other things in the same sentence ("… and exported apparel"). */
  contrast?: { verb: string; items: string[] };
  /** Offsets of the written list (first item to the end of the last) within the sentence. */
  at: number;
  end: number;
}
