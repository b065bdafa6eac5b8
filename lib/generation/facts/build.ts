import type { AnalysisContext, FactDraft } from "./context";
export function buildOtherFacts(_ctx: AnalysisContext): FactDraft[] { return []; }
