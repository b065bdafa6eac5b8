// Questions on a group and its members: who is named as a member (multiple select), who is
// not (single choice), the stated count (numeric), the leader, and true/false claims.
// Members named both inside and outside the group are contested and never asked or offered.
import { hasUnnamedPart } from "../facts/membership";
import { isItemList } from "../facts/ranking";
import type { QuestionFlag } from "../../question-types";
import type { ConsistencyIssue, MembershipFact, SourceRef } from "../types";
import { explain, isContested, rngOf, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { entityCandidates, pickDistinct } from "./distractors";
import { itemListQuestions } from "./ranking-questions";
import { COUNTRIES, countryKey } from "./lexicon";
import { clip, mentions, normalise } from "./text";

function sourceNaming(f: MembershipFact, name: string): SourceRef {
  const all = [f.source, ...(f.extraSources ?? [])];
  return all.find((s) => mentions(s.sentence, name)) ?? f.source;
}

/** "12 member states" → "member states": the noun the article counts members with. */
function countNoun(sentence: string, count: number): string {
  const m = new RegExp(`\\b${count}\\s+((?:member\\s+)?[a-z]+)`, "i").exec(sentence);
  const noun = m?.[1]?.toLowerCase();
  return noun && /s$/.test(noun) ? noun : "members";
}

/** The consistency findings on this group: contested members are simply left out of every
 *  question; anything else the finding doubts is still asked, flagged for a teacher. */
function findings(ctx: BuildContext, f: MembershipFact) {
  const touching = ctx.issues.filter((i) => i.factIds.includes(f.id));
  const contested = f.members.filter((x) => isContested(ctx, x));
  const countIssue = touching.find((i) => i.kind === "count_mismatch");
  const listed = f.members.filter((m) => mentions(f.source.sentence, m));
  // "four members: A, B, C, D and E" with E contested: the list minus E agrees with the count.
  const countExplained = countIssue !== undefined && f.statedCount !== undefined && listed.length - contested.length <= f.statedCount;
  const other = touching.find((i) => i.kind !== "count_mismatch" && !(i.kind === "membership_contradiction" && contested.length > 0));
  const flag = (i: ConsistencyIssue | undefined): QuestionFlag[] => (i ? [{ code: "contradicted", message: clip(i.message, 300) }] : []);
  const unexplained = other ?? (f.contradicted && touching.length === 0 ? { message: "Another part of the article contradicts this group's membership." } as ConsistencyIssue : undefined);
  return {
    /** Flags for questions on the members. */
    members: flag(unexplained ?? (countExplained ? undefined : countIssue)),
    /** Flags for the question on the stated count. */
    count: flag(unexplained ?? countIssue),
    /** Flags for everything else (leader, outsiders). */
    rest: flag(unexplained),
  };
}

const GROUP_NOUN = /\b(?:bloc|pact|agreement|group|grouping|alliance|union|partnership|treaty|deal|organi[sz]ation|association|club|coalition)\b/i;
const MEMBERSHIP_WORDS = /\b(?:join(?:ed|s|ing)?|members?|membership|accede[sd]?|accession|signator(?:y|ies)|signed (?:up|on)|ratif(?:y|ied)|admitted)\b/i;

/** Names the article ties to the group's membership in any sentence (other than saying they are not
 *  members): never safe as a wrong answer to "which are members". */
function linkedToGroup(ctx: BuildContext, f: MembershipFact, container: string): (name: string) => boolean {
  const sentences = ctx.text.split(/(?<=[.!?”"])\s+|\n+/).filter((t) => MEMBERSHIP_WORDS.test(t) && (mentions(t, container) || mentions(t, f.container) || GROUP_NOUN.test(t)));
  const outside = new Set(f.nonMembers.map(normalise));
  return (name) => !outside.has(normalise(name)) && sentences.some((t) => mentions(t, name));
}

export function membershipQuestions(ctx: BuildContext, f: MembershipFact): Draft[] {
  if (isItemList(f)) return itemListQuestions(ctx, f);
  // "The pact includes members such as A, B and C" names no group: a container read as "The"
  // would ask "Which of these are members of The?".
  if (/^(?:the|a|an|this|that|these|those|it|its|they|their|our)$/i.test(f.container)) return [];
  const flags = findings(ctx, f);
  // "the CPTPP", "the European Union", but "Mercosur": acronyms and multi-word names take "the".
  const bare = f.container.trim();
  const container = /^the\s/i.test(bare) || !(/^[A-Z]{2,}$/.test(bare) || bare.includes(" ")) ? bare : `the ${bare}`;
  const clean = (xs: string[]) => xs.filter((x) => !isContested(ctx, x) && !mentions(container, x));
  // Only members named in the list sentence are asked there; members from other sentences are
  // asked where they are named (true/false) and are never offered as outsiders.
  const members = clean(f.members.filter((m) => mentions(f.source.sentence, m)));
  const elsewhere = clean(f.members.filter((m) => !mentions(f.source.sentence, m)));
  const nonMembers = clean(f.nonMembers);
  const involved = new Set([...f.members, ...f.nonMembers, f.leader ?? ""].map(normalise));
  const linked = linkedToGroup(ctx, f, container);
  const looksLikeCountries = [...f.members, ...f.nonMembers].some((x) => COUNTRIES.some((c) => normalise(c) === normalise(x)));
  const pool = looksLikeCountries ? ctx.countries : ctx.organisations;
  // "10 Southeast Asian countries, as well as A, B and C": any country might be one of the unnamed.
  const unnamedPart = hasUnnamedPart(f.source.sentence);
  const outsiders = (answer: string) =>
    unnamedPart ? [] :
    // Built-in countries only pad: the article cannot vouch for a group it does not describe.
    entityCandidates(answer, pool, looksLikeCountries ? COUNTRIES : [], rngOf(ctx, `mem-out:${f.id}:${answer}`)).filter(
      (c) => !involved.has(normalise(c.text)) && !isContested(ctx, c.text) && !linked(c.text),
    );
  const drafts: Draft[] = [];
  const ids = [f.id];
  const note = explain(ctx, ids, f.source);
  const contestedNote = f.members.some((x) => isContested(ctx, x))
    ? " Members the article names both inside and outside the group are left out."
    : "";
  // A group fact bundles several facts (members, count, leader, outsiders): each gets rank 0
  // so the per-sentence cap keeps one question on each before any second one.
  const push = (d: Omit<Draft, "rank" | "priority">, priority: number, variant: string, rank = 0, flagged: QuestionFlag[] = flags.rest) =>
    drafts.push({ ...d, rank, priority, variant, ...(flagged.length ? { flags: flagged } : {}) });

  if (members.length >= 1) {
    const shown = members.slice(0, 5);
    const prompt = `Which of these does the article name as members of ${container}? Select all that apply.`;
    const wrong = [
      ...nonMembers.map((text) => ({ text, closeness: 0.95 })),
      ...outsiders(shown[0] as string),
    ];
    // "the US" and "the United States" are one outsider, and never a member's other name.
    const keys = new Set(shown.map(countryKey));
    const distinctWrong = wrong.filter((w) => {
      const key = countryKey(w.text);
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    });
    wrong.splice(0, wrong.length, ...distinctWrong);
    const fromArticle = wrong.filter((w) => w.closeness > 0.5);
    const want = Math.max(2, Math.min(4, 8 - shown.length));
    const strong = pickDistinct(shown[0] as string, prompt, fromArticle, want, shown.slice(1));
    const distractors = strong.length >= 2 ? strong : pickDistinct(shown[0] as string, prompt, wrong, 2, shown.slice(1));
    if (distractors.length >= 2) {
      const rng = rngOf(ctx, `mem-ms:${f.id}`);
      const options = singleChoice(rng, shown[0] as string, [...shown.slice(1).map((text) => ({ text, closeness: 0 })), ...distractors]).options;
      const answer = shown.map((m) => options.indexOf(m)).sort((a, b) => a - b);
      push(
        {
          question: {
            type: "multiple_select",
            prompt,
            options,
            answer,
            answerText: shown.join(", "),
            explanation: `${note}${contestedNote}`,
            source: sourceOf(f.source),
            factIds: ids,
          },
          closeness: distractors.reduce((s, d) => s + d.closeness, 0) / distractors.length,
        },
        12,
        "members",
        0,
        flags.members,
      );
    }
  }

  // "the four … members: A, B, C and D" with E said elsewhere to have joined: the count was of
  // some members (those at the signing), so "how many members does it have?" has two answers.
  const joinedElsewhere = f.statedCount !== undefined && f.members.filter((m) => !mentions(f.source.sentence, m)).length > 0 &&
    new Set(f.members.map(normalise)).size > f.statedCount;
  if (f.statedCount !== undefined && f.statedCount > 1 && !joinedElsewhere) {
    const noun = countNoun(f.source.sentence, f.statedCount);
    push(
      {
        question: {
          type: "numeric",
          prompt: `According to the article, how many ${noun} does ${container} have?`,
          answer: { value: f.statedCount, tolerance: 0, unit: noun },
          answerText: `${f.statedCount} ${noun}`,
          explanation: note,
          source: sourceOf(f.source),
          factIds: ids,
        },
        closeness: 0.5,
      },
      11,
      "count",
      0,
      flags.count,
    );
  }

  if (f.leader && !isContested(ctx, f.leader) && !mentions(container, f.leader)) {
    const prompt = `According to the article, who leads ${container}?`;
    const distractors = pickDistinct(f.leader, prompt, [...members.map((text) => ({ text, closeness: 0.9 })), ...outsiders(f.leader)], 3);
    if (distractors.length >= 2) {
      const sc = singleChoice(rngOf(ctx, `mem-lead:${f.id}`), f.leader, distractors);
      push({ question: { type: "single_choice", prompt, ...sc, answerText: f.leader, explanation: note, source: sourceOf(f.source), factIds: ids }, closeness: sc.closeness }, 10, "leader");
    }
  }

  for (const outsider of nonMembers.slice(0, 2)) {
    const src = sourceNaming(f, outsider);
    const prompt = `According to the article, which of these is NOT a member of ${container}?`;
    const inside = pickDistinct(outsider, prompt, members.map((text) => ({ text, closeness: 0.9 })), 3);
    if (inside.length >= 2) {
      const sc = singleChoice(rngOf(ctx, `mem-not:${f.id}:${outsider}`), outsider, inside);
      push({ question: { type: "single_choice", prompt, ...sc, answerText: outsider, explanation: explain(ctx, ids, src), source: sourceOf(src), factIds: ids }, closeness: 0.8 }, 10, `not:${outsider}`);
    }
    push(
      {
        question: {
          type: "true_false",
          prompt: `True or false? According to the article, ${outsider} is a member of ${container}.`,
          answer: false,
          answerText: `False — the article says ${outsider} is not a member of ${container}.`,
          explanation: explain(ctx, ids, src),
          source: sourceOf(src),
          factIds: ids,
        },
        closeness: 0.7,
      },
      9,
      `not:${outsider}`,
      1,
    );
  }

  const named = members[rngOf(ctx, `mem-tf:${f.id}`).int(Math.max(1, members.length))];
  if (named) {
    push(
      {
        question: {
          type: "true_false",
          prompt: `True or false? According to the article, ${named} is a member of ${container}.`,
          answer: true,
          answerText: `True — the article names ${named} among the members of ${container}.`,
          explanation: note,
          source: sourceOf(f.source),
          factIds: ids,
        },
        closeness: 0.5,
      },
      6,
      "member",
      1,
      flags.members,
    );
  }

  // A member named in another sentence ("X became the first country to join the bloc").
  for (const name of elsewhere.slice(0, 1)) {
    const src = sourceNaming(f, name);
    if (src === f.source) continue;
    push(
      {
        question: {
          type: "true_false",
          prompt: `True or false? According to the article, ${name} is a member of ${container}.`,
          answer: true,
          answerText: `True — the article says ${name} joined ${container}.`,
          explanation: explain(ctx, ids, src),
          source: sourceOf(src),
          factIds: ids,
        },
        closeness: 0.6,
      },
      7,
      `joined:${name}`,
      1,
      flags.members,
    );
  }
  return drafts;
}

