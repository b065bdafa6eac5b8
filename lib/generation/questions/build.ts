// Stage 6: every fact → candidate questions (drafts). The gate (stage 7) chooses among them.
import type { AcronymFact, CauseFact, ConsistencyIssue, DateFact, EventFact, Fact, NumberFact, PersonFact, QuoteFact, RankingFact } from "../types";
import { acronymMatching, acronymQuestions } from "./acronym-questions";
import { createContext, type Draft } from "./context";
import { causeQuestions } from "./cause-questions";
import { calendarQuestion, chronology, datedOf, timedFigure, yearQuestions } from "./date-questions";
import { listDrafts } from "./list-matching";
import { coveredByList } from "./list-questions";
import { membershipQuestions } from "./membership-questions";
import { numberQuestions } from "./number-questions";
import { personMatching, personQuestions, quoteMatching, quoteQuestions } from "./people-questions";
import { rankingQuestions } from "./ranking-questions";

export type { Draft } from "./context";

const of = <K extends Fact["kind"]>(facts: Fact[], kind: K) => facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

export function buildDrafts(text: string, facts: Fact[], issues: ConsistencyIssue[], seed: number, publishedYear?: number, publishedOn?: string): Draft[] {
  const ctx = createContext(text, facts, issues, seed, publishedYear, publishedOn);
  const drafts: Draft[] = [];
  const rankings = of(facts, "ranking") as RankingFact[];
  // A figure that is a ranking score is asked through the ranking (matching items to scores).
  const inRanking = (start: number, value: number) =>
    rankings.some((r) => r.source.start === start && r.items.some((i) => i.score === value));

  // A stated group size is asked through the group.
  const memberships = of(facts, "membership").filter((m) => !coveredByList(ctx, m));
  const isGroupSize = (start: number, value: number) => memberships.some((m) => m.source.start === start && m.statedCount === value);
  // The same figure stated twice (headline and body) is asked once, where it has most context.
  const sameFigure = (a: NumberFact, b: NumberFact) => a.unit === b.unit && a.value === b.value && a.currency === b.currency && !b.contradicted;
  const numbers = of(facts, "number").filter(
    (f, _i, all) => !all.some((g) => g !== f && sameFigure(f, g) && (g.source.sentence.length > f.source.sentence.length || (g.source.sentence.length === f.source.sentence.length && g.source.start < f.source.start))),
  );
  numbers.forEach((f, i) => {
    const rotation = numbers.slice(0, i).filter((g) => g.source.start === f.source.start && g.unit === f.unit && !g.contradicted).length;
    drafts.push(...numberQuestions(ctx, f, inRanking(f.source.start, f.value) || isGroupSize(f.source.start, f.value), rotation));
  });
  for (const f of rankings) drafts.push(...rankingQuestions(ctx, f));
  for (const f of of(facts, "cause") as CauseFact[]) drafts.push(...causeQuestions(ctx, f));
  for (const f of memberships) drafts.push(...membershipQuestions(ctx, f));
  drafts.push(...listDrafts(ctx, of(facts, "list")));
  const acronyms = of(facts, "acronym") as AcronymFact[];
  for (const f of acronyms) drafts.push(...acronymQuestions(ctx, f));
  drafts.push(...acronymMatching(ctx, acronyms));
  const quotes = of(facts, "quote") as QuoteFact[];
  for (const f of quotes) drafts.push(...quoteQuestions(ctx, f));
  drafts.push(...quoteMatching(ctx, quotes));
  const people = of(facts, "person") as PersonFact[];
  for (const f of people) drafts.push(...personQuestions(ctx, f));
  drafts.push(...personMatching(ctx, people));

  const datedFacts = [...(of(facts, "event") as EventFact[]), ...(of(facts, "date") as DateFact[])];
  const dated = datedFacts.map(datedOf).filter((d) => d !== null);
  const years = [...new Set(dated.map((d) => d.year))];
  const seenYear = new Set<string>();
  for (const d of dated) {
    const key = `${d.year}@${d.fact.source.start}`;
    if (d.fact.kind === "date" && d.fact.granularity !== "year") {
      drafts.push(...calendarQuestion(ctx, d.fact));
      continue;
    }
    if (seenYear.has(key)) continue;
    seenYear.add(key);
    drafts.push(...yearQuestions(ctx, d, years));
  }
  // Figures tied to a year join the timeline after events, which read better as items.
  const figures = numbers.map(timedFigure).filter((d) => d !== null);
  drafts.push(...chronology(ctx, [...dated, ...figures]));
  return drafts;
}
