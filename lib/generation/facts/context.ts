import type { Block, Fact, Sentence, SourceRef } from "../types";
import type { TokenIndex } from "../tokens";
import type { NumberMention } from "../mentions/numbers";
import type { DateMention } from "../mentions/dates";
import type { PersonMention } from "../mentions/people";
import type { AcronymMention } from "../mentions/acronyms";

/** Everything the fact builders read; mentions are per sentence, by sentence index. */
export interface AnalysisContext {
  text: string;
  clean: string;
  blocks: Block[];
  sentences: Sentence[];
  tokens: TokenIndex;
  numbers: NumberMention[][];
  dates: DateMention[][];
  people: PersonMention[][];
  acronyms: AcronymMention[][];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A fact before ids are assigned in document order. */
export type FactDraft = DistributiveOmit<Fact, "id"> & { order?: number };

export function sourceOf(ctx: AnalysisContext, s: { start: number; end: number }): SourceRef {
  return { sentence: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
}
