// What every question builder shares: the draft shape handed to the gate, the article-wide
// pools of entities for distractors, and small constructors that shuffle options.
import type { Question, QuestionFlag } from "../../question-types";
import { rngFor, shuffle, type Rng } from "../random";
import type { ConsistencyIssue, Fact, MembershipFact, SourceRef } from "../types";
import { nameWords } from "./acronym-distractors";
import type { Candidate } from "./distractors";
import { COUNTRIES, COUNTRY_ALIASES } from "./lexicon";
import { clip, mentions, normalise } from "./text";

// The gate gives ids and difficulty; the critic gives status and flags.
type Distribute<Q> = Q extends Question ? Omit<Q, "id" | "difficulty" | "status" | "flags"> : never;
export type DraftQuestion = Distribute<Question>;

export interface Draft {
  question: DraftQuestion;
  /** Higher survives first when a sentence has too many questions. */
  priority: number;
  /** 0 for a fact's best question, 1 for its second, ...: the gate keeps every fact's first. */
  rank: number;
  /** 0..1: how close the distractors are to the answer (feeds difficulty). */
  closeness: number;
  /** Questions combining facts from several sentences are not counted against one sentence. */
  crossSentence?: boolean;
  /** Distinguishes two questions of one type on one fact (e.g. two members asked about). */
  variant?: string;
  /** Attribution confidence for quote questions. */
  confidence?: number;
  /** Reasons a builder already knows to hold this question for a teacher (e.g. its fact is
   *  contradicted elsewhere in the article); the critic adds its own. */
  flags?: QuestionFlag[];
}

export interface BuildContext {
  text: string;
  facts: Fact[];
  issues: ConsistencyIssue[];
  seed: number;
  /** Raw text of contradicted facts: kept out of every stem and statement. */
  banned: string[];
  articleWords: string[];
  countries: string[];
  people: string[];
  organisations: string[];
  /** Normalised names a membership check found both inside and outside a group. */
  contested: Set<string>;
  /** The year the article was published, when its header says: no past event is dated after it. */
  publishedYear?: number;
  /** The day the article was published (YYYY-MM-DD), when known: nothing still to come falls before it. */
  publishedOn?: string;
}

export function rngOf(ctx: BuildContext, key: string): Rng {
  return rngFor(ctx.seed, key);
}

export function isContested(ctx: BuildContext, name: string): boolean {
  return ctx.contested.has(normalise(name));
}

function contestedNames(facts: Fact[], issues: ConsistencyIssue[]): Set<string> {
  const out = new Set<string>();
  const memberships = facts.filter((f): f is MembershipFact => f.kind === "membership");
  for (const m of memberships) {
    // Stage 5 may list the contested names on the fact itself (an extra, optional field).
    const listed = (m as { contested?: unknown }).contested;
    if (Array.isArray(listed)) for (const x of listed) if (typeof x === "string") out.add(normalise(x));
    const outside = new Set(m.nonMembers.map(normalise));
    for (const x of m.members) if (outside.has(normalise(x))) out.add(normalise(x));
  }
  // A contradiction may also be reported across two facts: trust the issue's wording.
  for (const issue of issues.filter((i) => i.kind === "membership_contradiction")) {
    for (const m of memberships) {
      for (const x of [...m.members, ...m.nonMembers]) if (mentions(issue.message, x)) out.add(normalise(x));
    }
  }
  return out;
}

/** How a normalised name is written in the text ("britain" → "the Britain", "Britain"). */
function variantsOf(text: string, normalisedName: string): string[] {
  const re = new RegExp(`\\b(?:the\\s+)?${normalisedName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")}\\b`, "gi");
  return [...new Set([...text.matchAll(re)].map((m) => m[0]))];
}

export function createContext(text: string, facts: Fact[], issues: ConsistencyIssue[], seed: number, publishedYear?: number, publishedOn?: string): BuildContext {
  const banned = facts.filter((f) => f.contradicted).flatMap((f) => ("raw" in f ? [f.raw] : f.kind === "quote" ? [f.text] : []));
  const contested = contestedNames(facts, issues);
  const people = new Set<string>();
  const organisations = new Set<string>();
  for (const f of facts) {
    if (f.kind === "person") people.add(f.name);
    if (f.kind === "quote" && f.confidence >= 0.6 && !/^(he|she|they|it|we)$/i.test(f.speaker)) people.add(f.speaker);
    if (f.kind === "acronym") organisations.add(f.long);
    if (f.kind === "person" && f.organisation) organisations.add(f.organisation);
  }
  // Contested names stay out of quoted statements too ("the Britain" in a member list).
  for (const name of contested) banned.push(...variantsOf(text, name));
  const countries = COUNTRIES.filter((c) => mentions(text, c.replace(/^the /, "")));
  for (const [alias, name] of COUNTRY_ALIASES) if (!countries.includes(name) && new RegExp(`(^|[^A-Za-z.])${alias}(?![A-Za-z])`).test(text)) countries.push(name);
  return {
    text,
    facts,
    issues,
    seed,
    banned,
    // Quiz sentences only: captions and front matter would lend odd words ("Kananaskis").
    articleWords: nameWords([...new Set(facts.map((f) => f.source.sentence))].join("\n"), [...people]),
    countries,
    people: [...people],
    organisations: [...organisations],
    contested,
    ...(publishedYear ? { publishedYear } : {}),
    ...(publishedOn ? { publishedOn } : {}),
  };
}

export function sourceOf(s: SourceRef): SourceRef {
  return { sentence: s.sentence, start: s.start, end: s.end };
}

/** "According to the article: “…”" plus a note when a consistency finding touches the fact. */
export function explain(ctx: BuildContext, factIds: string[], source: SourceRef, lead?: string): string {
  const parts = [lead, `The article says: “${clip(source.sentence, 400)}”`].filter(Boolean);
  for (const issue of ctx.issues) {
    if (issue.factIds.some((id) => factIds.includes(id))) parts.push(`Note: ${clip(issue.message, 300)}`);
  }
  return parts.join(" ");
}

export function singleChoice(
  rng: Rng,
  answer: string,
  distractors: Candidate[],
): { options: string[]; answer: number; closeness: number } {
  const options = shuffle([answer, ...distractors.map((d) => d.text)], rng);
  const closeness = distractors.length ? distractors.reduce((s, d) => s + d.closeness, 0) / distractors.length : 0;
  return { options, answer: options.indexOf(answer), closeness };
}

/** A shuffle that is not the identity, so an ordering question is never pre-solved. */
export function scramble<T>(items: readonly T[], rng: Rng): T[] {
  for (let i = 0; i < 6; i++) {
    const out = shuffle(items, rng);
    if (out.some((x, k) => x !== items[k])) return out;
  }
  return [...items.slice(1), ...items.slice(0, 1)];
}
