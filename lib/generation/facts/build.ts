import type { AnalysisContext, FactDraft } from "./context";
import { buildAcronymFacts, buildPersonFacts } from "./entity-facts";
import { buildMembershipFacts } from "./membership";
import { buildQuoteFacts } from "./quotes";
import { buildItemLists, buildRankingFacts } from "./ranking";

/** The fact kinds built from whole sentences and paragraphs rather than single numbers. */
export function buildOtherFacts(ctx: AnalysisContext): FactDraft[] {
  return [
    ...buildAcronymFacts(ctx),
    ...buildMembershipFacts(ctx),
    ...buildRankingFacts(ctx),
    ...buildItemLists(ctx),
    ...buildQuoteFacts(ctx),
    ...buildPersonFacts(ctx),
  ];
}
