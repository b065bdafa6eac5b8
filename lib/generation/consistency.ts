import type { ConsistencyIssue, Fact } from "./types";
import type { AnalysisContext } from "./facts/context";
export function checkConsistency(_ctx: AnalysisContext, _facts: Fact[]): ConsistencyIssue[] { return []; }
