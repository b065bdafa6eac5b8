// Stage 5: the article checked against itself. Every finding names the numbers, quotes the
// sentences and marks the facts it undermines as `contradicted`, so no question is built on them
// unless a teacher decides otherwise.
import type { ConsistencyIssue, Fact, MembershipFact, NumberFact, SourceRef } from "./types";
import type { AnalysisContext } from "./facts/context";
import { isPartialList, parseNameList } from "./facts/membership";
import { formatNumber } from "./facts/phrases";

/** Rounding a stated ratio or percentage is normal; beyond this it is a different figure. */
const RATIO_TOLERANCE = 0.03;

function issue(kind: ConsistencyIssue["kind"], message: string, sources: SourceRef[], facts: Fact[]): ConsistencyIssue {
  const unique = sources.filter((s, i) => sources.findIndex((t) => t.start === s.start && t.end === s.end) === i);
  return { kind, message, sentences: unique.map((s) => s.sentence), sources: unique, factIds: facts.map((f) => f.id) };
}

function money(f: NumberFact): string {
  return `${f.raw}${f.year ? ` (${f.year})` : ""}`;
}

const CHANGE_WORD = /\b(?:increase|rise|rose|grew|growth|jump|jumped|gain|surge|surged|up|decline|declined|drop|dropped|fall|fell|down)\b/i;

function ratioIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  const numbers = facts.filter((f): f is NumberFact => f.kind === "number");
  for (const f of numbers) {
    if (f.unit !== "fold" && !(f.unit === "percent" && CHANGE_WORD.test(f.source.sentence))) continue;
    // The figures it relates: two amounts of one currency in the same sentence, else the one before.
    const block = ctx.sentences[f.sentenceIndex]?.blockIndex;
    const near = (si: number) => numbers.filter((g) => g.sentenceIndex === si && g.unit === "currency" && !g.contradicted);
    let pair = near(f.sentenceIndex);
    if (pair.length !== 2 && f.sentenceIndex > 0 && ctx.sentences[f.sentenceIndex - 1]?.blockIndex === block) pair = near(f.sentenceIndex - 1);
    // The base is the amount introduced with "from" ("down from €102 billion"), else the first.
    const fromFirst = (g: NumberFact) => new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+)?${g.raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(g.source.sentence);
    const ordered = pair.length === 2 && pair[1] && fromFirst(pair[1]) && !(pair[0] && fromFirst(pair[0])) ? [pair[1], pair[0]] : pair;
    const [from, to] = ordered;
    if (pair.length !== 2 || !from || !to || from.currency !== to.currency || from.value <= 0 || to.value <= 0) continue;
    const ratio = f.unit === "fold" ? Math.max(to.value, from.value) / Math.min(to.value, from.value) : to.value / from.value;
    if (f.unit === "fold") {
      if (Math.abs(f.value - ratio) / ratio <= RATIO_TOLERANCE) continue;
      f.contradicted = true;
      out.push(issue("ratio_mismatch",
        `The article says ${f.raw}, but ${money(from)} to ${money(to)} is about ${formatNumber(Math.round(ratio))}-fold ` +
        `(${formatNumber(to.value)} ÷ ${formatNumber(from.value)} = ${formatNumber(Math.round(ratio * 10) / 10)}).`,
        [f.source, from.source, to.source], [f, from, to]));
    } else {
      const change = Math.abs(ratio - 1) * 100;
      if (Math.abs(f.value - change) <= Math.max(1, change * RATIO_TOLERANCE)) continue;
      // Only when the percentage plainly describes the move between the two amounts.
      if (!/\bfrom\b/i.test(f.source.sentence) || f.sentenceIndex !== from.sentenceIndex) continue;
      f.contradicted = true;
      out.push(issue("ratio_mismatch",
        `The article gives a change of ${formatNumber(f.value)}%, but ${money(from)} to ${money(to)} is a change of about ${formatNumber(Math.round(change * 10) / 10)}%.`,
        [f.source, from.source], [f, from, to]));
    }
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, "").trim();

function membershipIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  const memberships = facts.filter((f): f is MembershipFact => f.kind === "membership");
  for (const f of memberships) {
    const others = memberships.filter((g) => g !== f && norm(g.container) === norm(f.container));
    const outside = new Set([...f.nonMembers, ...others.flatMap((g) => g.nonMembers)].map(norm));
    const both = f.members.filter((m) => outside.has(norm(m)));
    if (both.length > 0) {
      f.contradicted = true;
      f.contested = both;
      const list = both.join(" and ");
      out.push(issue("membership_contradiction",
        `${list} ${both.length > 1 ? "are" : "is"} named as ${both.length > 1 ? "members" : "a member"} of ${f.container} and also said not to be ${both.length > 1 ? "members" : "a member"}.`,
        [f.source, ...(f.extraSources ?? [])], [f]));
    }
    if (f.statedCount !== undefined && f.statedCount < f.members.length) {
      out.push(issue("count_mismatch",
        `${f.container} is said to have ${f.statedCount} members, but the article names ${f.members.length}: ${f.members.join(", ")}.`,
        [f.source], [f]));
      f.contradicted = true;
    } else if (f.statedCount !== undefined && f.statedCount > f.members.length && !isPartialList(f.source.sentence) &&
        /\b(?:are|namely)\b\s*:?|:/.test(f.source.sentence)) {
      out.push(issue("count_mismatch",
        `${f.container} is said to have ${f.statedCount} members, but the full list given names only ${f.members.length}: ${f.members.join(", ")}.`,
        [f.source], [f]));
    }
  }
  // Counts followed by their list: "the three carmakers — A, B, C and D —".
  ctx.numbers.forEach((mentions, si) => {
    for (const m of mentions) {
      if (m.unit !== "count" || !m.noun || m.ofPhrase) continue;
      const sentence = ctx.sentences[si];
      if (!sentence) continue;
      const after = ctx.clean.slice(m.end, sentence.end);
      const nounAt = after.indexOf(m.noun);
      if (nounAt < 0) continue;
      const lead = /^\s*(?:[:(—–]|,\s*(?:namely\s+|including\s+|such as\s+)?)\s*/.exec(after.slice(nounAt + m.noun.length));
      if (!lead) continue;
      const names = parseNameList(after.slice(nounAt + m.noun.length + lead[0].length));
      if (names.length <= m.value || names.length < 2) continue;
      const fact = facts.find((f): f is NumberFact => f.kind === "number" && f.sentenceIndex === si && f.raw === m.raw.replace(/\s+/g, " ") && f.unit === "count");
      if (!fact || memberships.some((g) => g.sentenceIndex === si)) continue;
      fact.contradicted = true;
      out.push(issue("count_mismatch",
        `The article says ${m.raw} ${m.noun} but then names ${names.length}: ${names.join(", ")}.`, [fact.source], [fact]));
    }
  });
  return out;
}

/** "X percent of NP": a share of a whole, which cannot exceed 100. */
function shareOf(f: NumberFact): string | undefined {
  const at = f.source.sentence.indexOf(f.raw);
  if (at < 0 || !/^\s+of\s/.test(f.source.sentence.slice(at + f.raw.length))) return undefined;
  return f.what.split(/\s+/).slice(0, 3).join(" ").toLowerCase();
}

function percentIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  const percents = facts.filter((f): f is NumberFact => f.kind === "number" && f.unit === "percent");
  for (const f of percents) {
    if (f.value > 100 && shareOf(f)) {
      f.contradicted = true;
      out.push(issue("percent_over_100", `${f.raw} of ${f.what} is more than the whole (over 100%).`, [f.source], [f]));
    }
  }
  // A breakdown in one sentence: "48 percent said …, 41 percent said … and 19 percent …".
  const bySentence = new Map<number, NumberFact[]>();
  for (const f of percents) bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), f]);
  for (const [si, group] of bySentence) {
    const sentence = ctx.sentences[si];
    if (!sentence || group.length < 2 || CHANGE_WORD.test(sentence.text) && !/\b(?:said|say|expect|plan|chose|answered|responded)\b/i.test(sentence.text)) continue;
    const wholes = group.map((f) => f.what.split(/\s+/).slice(0, 2).join(" ").toLowerCase());
    const sameWhole = wholes.every((w) => w === wholes[0]);
    const firstVerbs = group.map((f) => /\b(said|say|says|expect\w*|plan\w*|chose|answered|responded|were|are)\b/i.exec(f.what)?.[1]?.toLowerCase());
    const parallel = group.length >= 3 || (firstVerbs[0] !== undefined && firstVerbs.every((v) => v === firstVerbs[0]));
    const sum = group.reduce((n, f) => n + f.value, 0);
    if (!sameWhole || !parallel || sum <= 100.5) continue;
    for (const f of group) f.contradicted = true;
    out.push(issue("percent_sum",
      `These shares of ${group[0]?.what.split(/\s+/).slice(0, 2).join(" ")} add up to ${formatNumber(Math.round(sum * 10) / 10)}%: ${group.map((f) => f.raw).join(" + ")}.`,
      [sentence.text ? { sentence: sentence.text, start: sentence.start, end: sentence.end } : group[0]!.source], group));
  }
  return out;
}

export function checkConsistency(ctx: AnalysisContext, facts: Fact[]): ConsistencyIssue[] {
  return [...ratioIssues(facts, ctx), ...membershipIssues(facts, ctx), ...percentIssues(facts, ctx)];
}
