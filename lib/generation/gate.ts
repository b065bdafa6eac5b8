// Stage 7: choose, bound and validate. Every draft passes the critic (stage 8, ./critic); the
// gate then picks the ready questions a teacher can trust — no duplicates, at most two per
// fact, every fact's first question before any fact's second, at most 4 per sentence, and a mix
// of kinds (sentences with a blank at most 40 %, acronym expansions at most 10 %, true/false at
// most 25 %, as far as striking a fact's second question gets there), and no ready question that
// gives away another's answer or repeats it (./giveaway) — and keeps one held-back question,
// with its reasons, for each fact that has no ready question.
import { critique, type CriticContext } from "./critic";
import { moduleOf, questionSchema, type Question, type QuestionFlag } from "../question-types";
import type { Draft, DraftQuestion } from "./questions/context";
import { normalise } from "./questions/text";
import { hashString } from "./random";
import { CHECKS } from "./critic/checks";
import { withLeadSentence } from "./lead";
import { withSpeakerNamed } from "./quote-tail";
import { withIntervieweeNamed } from "./interview";
import { conflictWith } from "./giveaway";
import { assertedStatement, quotedStatement } from "./critic/statement";
import { datelineOf } from "./mentions/reference-date";

export interface GateOptions {
  maxPerSentence?: number;
  /** Ready questions per fact. */
  maxPerFact?: number;
  /** Share of ready questions that may blank a sentence. */
  maxClozeShare?: number;
  /** Share of ready questions that may ask what an acronym stands for. */
  maxAcronymShare?: number;
  /** Share of ready questions that may be true/false (a coin toss is right half the time). */
  maxTrueFalseShare?: number;
  /** Hold back every question that shows another's key, even a fact's only ready question
   *  (see clashesOf; the default keeps coverage first). */
  strictGiveaways?: boolean;
  /** The article the critic reads the questions against. */
  critic?: CriticContext;
}

export function difficultyOf(q: DraftQuestion, closeness: number): number {
  const options = "options" in q ? q.options.length : 0;
  const raw = moduleOf(q.type).baseDifficulty + 0.25 * closeness + (options > 0 ? 0.03 * (options - 4) : 0);
  return Math.round(Math.min(0.95, Math.max(0.05, raw)) * 100) / 100;
}

export function questionId(q: DraftQuestion): string {
  const key = `${q.type}|${normalise(q.prompt)}`;
  return `q-${hashString(key).toString(36)}${hashString(`${key}#`).toString(36).slice(0, 3)}`;
}

/** Ready questions per sentence by default: news packs several figures into one sentence. */
export const MAX_PER_SENTENCE = 4;

/** The article's sentences with the paragraph each belongs to, as the lead repairs read them. */
const leadSentences = (ctx: CriticContext) => ctx.sentences.map((text, k) => ({ text, block: ctx.blocks?.[k] ?? -1 }));

const REPAIRS: { cures: string[]; fix: (q: DraftQuestion, ctx: CriticContext) => DraftQuestion | null }[] = [
  // A statement that points back ("This growth …") is quoted with the sentence before it.
  {
    cures: ["pronoun_stem", "vague_reference", "needs_context"],
    fix: (q, ctx) => (ctx.blocks ? withLeadSentence(q, leadSentences(ctx)) : null),
  },
  // The rest of a quotation ("“Growth will stop within ____ years.”") is quoted with its start,
  // which names the speaker.
  {
    cures: ["unattributed_quote"],
    fix: (q, ctx) => (ctx.blocks ? withLeadSentence(q, leadSentences(ctx), { speaker: true }) : null),
  },
  // An interview's answer ("A: Inflation fell to ____ percent.") is quoted under the name of the
  // one the introduction says was interviewed.
  { cures: ["unattributed_quote"], fix: withIntervieweeNamed },
  // The last sentence of a longer quotation (`… 60%," she added.`) names its speaker outside it.
  { cures: ["garbled"], fix: withSpeakerNamed },
];
const NO_ARTICLE: CriticContext = { text: "", sentences: [], facts: [] };
const answerInStem = CHECKS.find((c) => c.code === "answer_in_stem");

/** The answer, or any option, readable from the stem. */
export function leaks(q: DraftQuestion): boolean {
  return answerInStem?.run(q, NO_ARTICLE) != null;
}

/** A question that blanks a sentence of the article (cloze), as opposed to asking about it. */
export function isCloze(q: DraftQuestion): boolean {
  return q.prompt.includes("____");
}

export function isAcronymExpansion(q: DraftQuestion): boolean {
  return /\bstands? for\b|\bstand for\b/.test(q.prompt) || /abbreviation/i.test(q.prompt);
}

// A quoted sentence that itself opens with a quotation would read "““I am …”".
const squash = (text: string) => text.replace(/\s+/g, " ").replace(/““/g, "“").replace(/””/g, "”").trim();
// "True or false? …: HANOI, July 9 - Vietnam's exports rose …": the dateline says where and when
// the story was filed, not what it claims; the statement starts after it.
function withoutDateline(prompt: string): string {
  const quoted = quotedStatement(prompt);
  if (quoted) {
    const dl = datelineOf(quoted);
    return dl ? prompt.replace(`“${quoted}”`, () => `“${quoted.slice(dl.length).trimStart()}”`) : prompt;
  }
  const asserted = assertedStatement(prompt);
  const dl = asserted ? datelineOf(asserted) : "";
  return asserted && dl ? prompt.slice(0, prompt.length - asserted.length) + asserted.slice(dl.length).trimStart() : prompt;
}

function oneLine(q: DraftQuestion): DraftQuestion {
  const out = { ...q, prompt: withoutDateline(squash(q.prompt)), answerText: squash(q.answerText) } as DraftQuestion;
  if ("options" in out) out.options = out.options.map(squash);
  if (out.type === "matching") out.prompts = out.prompts.map(squash);
  return out;
}

interface Candidate {
  q: Question;
  flags: QuestionFlag[];
  d: Draft;
  order: number;
  promptKey: string;
  factKey: string;
  variantKey: string;
}

export function gate(drafts: Draft[], options: GateOptions = {}): Question[] {
  const maxPerSentence = options.maxPerSentence ?? MAX_PER_SENTENCE;
  const maxPerFact = options.maxPerFact ?? 2;
  const maxCloze = options.maxClozeShare ?? 0.4;
  const maxAcronym = options.maxAcronymShare ?? 0.1;
  const maxTrueFalse = options.maxTrueFalseShare ?? 0.25;
  const ctx = options.critic ?? NO_ARTICLE;

  // Best first: every fact's first question, then second questions, ...; priority breaks ties.
  const candidates: Candidate[] = [];
  drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.rank - b.d.rank || b.d.priority - a.d.priority || a.i - b.i)
    .forEach(({ d: raw, i }) => {
      // Hard-wrapped copy puts line breaks inside sentences; a stem reads on one line.
      let d = { ...raw, question: oneLine(raw.question) };
      let flags = critique(d, ctx);
      // A question held back for a reason a rewording cures is reworded, and kept only if the
      // critic then has nothing to say.
      for (const repair of REPAIRS) {
        if (flags.length === 0 || !flags.every((f) => repair.cures.includes(f.code))) continue;
        const fixed = repair.fix(d.question, ctx);
        const flags2 = fixed ? critique({ ...d, question: fixed }, ctx) : null;
        if (fixed && flags2?.length === 0) {
          d = { ...d, question: fixed };
          flags = flags2;
        }
      }
      const q = d.question;
      const parsed = questionSchema.safeParse({ ...q, id: questionId(q), difficulty: difficultyOf(q, d.closeness) });
      if (!parsed.success) return;
      // A compound fact (a group's size, leader and members) counts each aspect as a fact of its
      // own: the variant's prefix before ":" names the aspect ("member:Canada" → "member").
      const factKey = `${[...q.factIds].sort().join(",")}${d.variant ? `#${d.variant.split(":")[0]}` : ""}`;
      candidates.push({
        q: parsed.data,
        flags,
        d,
        order: i,
        promptKey: `${q.type}|${normalise(q.prompt)}`,
        factKey,
        variantKey: `${q.type}|${factKey}|${d.variant ?? ""}`,
      });
    });

  // Choosing ready questions again after striking one out lets another kind of question on the
  // same fact or sentence take its place.
  const struck = new Set<Candidate>();
  // Questions withheld for what they would do beside another ready question, with the reason. A
  // withheld question keeps its place in pickReady: the slot it frees stays empty rather than go
  // to another question on the same sentence, which would most likely show the same figures.
  const withheld = new Map<Candidate, QuestionFlag>();
  let ready: Candidate[];
  for (;;) {
    ready = pickReady(candidates, struck, maxPerSentence, maxPerFact).filter((c) => !withheld.has(c));
    const victim =
      overShare(ready, isCloze, maxCloze) ?? overShare(ready, isAcronymExpansion, maxAcronym) ?? overShare(ready, (q) => q.type === "true_false", maxTrueFalse);
    if (victim) {
      struck.add(victim);
      continue;
    }
    const clashes = clashesOf(ready, options.strictGiveaways ?? false);
    if (clashes.size === 0) break;
    for (const [c, flag] of clashes) withheld.set(c, flag);
  }

  // A withheld question is a sound question: it goes to the teacher's bank with its reason.
  // For each other fact with no ready question, its best held-back question goes too.
  const review: Candidate[] = [...withheld.keys()];
  const coveredFacts = new Set([...ready, ...review].map((c) => c.factKey));
  const seenPrompts = new Set([...ready, ...review].map((c) => c.promptKey));
  for (const c of candidates) {
    if (c.flags.length === 0 || coveredFacts.has(c.factKey) || seenPrompts.has(c.promptKey)) continue;
    coveredFacts.add(c.factKey);
    seenPrompts.add(c.promptKey);
    review.push(c);
  }

  const out = [
    ...ready.map((c) => ({ c, q: { ...c.q, status: "ready" as const, flags: [] } })),
    ...review.map((c) => ({ c, q: { ...c.q, status: "needs_review" as const, flags: withheld.has(c) ? [withheld.get(c) as QuestionFlag] : c.flags } })),
  ];
  return out.sort((a, b) => a.q.source.start - b.q.source.start || a.c.order - b.c.order).map((x) => x.q);
}

function pickReady(candidates: Candidate[], struck: Set<Candidate>, maxPerSentence: number, maxPerFact: number): Candidate[] {
  const seenPrompt = new Set<string>();
  const seenVariant = new Set<string>();
  const perFact = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const kept = new Set<Candidate>();
  // Round 1 gives every fact its first ready question; later rounds its second, and so on.
  for (let round = 1; round <= maxPerFact; round++) {
    for (const c of candidates) {
      if (c.flags.length > 0 || struck.has(c) || kept.has(c)) continue;
      if (seenPrompt.has(c.promptKey) || seenVariant.has(c.variantKey)) continue;
      if ((perFact.get(c.factKey) ?? 0) >= round) continue;
      const start = c.q.source.start;
      if (!c.d.crossSentence && (perSentence.get(start) ?? 0) >= maxPerSentence) continue;
      seenPrompt.add(c.promptKey);
      seenVariant.add(c.variantKey);
      perFact.set(c.factKey, (perFact.get(c.factKey) ?? 0) + 1);
      if (!c.d.crossSentence) perSentence.set(start, (perSentence.get(start) ?? 0) + 1);
      kept.add(c);
    }
  }
  return candidates.filter((c) => kept.has(c));
}

/** When questions of one kind exceed their share, the one to strike: the least important of
 *  them whose fact keeps another ready question. A fact's only ready question is never struck
 *  for the mix: coverage of the article comes before variety. */
function overShare(ready: Candidate[], isKind: (q: DraftQuestion) => boolean, share: number): Candidate | undefined {
  const ofKind = ready.filter((c) => isKind(c.q));
  if (ofKind.length === 0 || ofKind.length <= share * ready.length) return undefined;
  const perFact = new Map<string, number>();
  for (const c of ready) perFact.set(c.factKey, (perFact.get(c.factKey) ?? 0) + 1);
  return ofKind
    .filter((c) => (perFact.get(c.factKey) ?? 0) > 1)
    .sort((a, b) => b.d.rank - a.d.rank || a.d.priority - b.d.priority)[0];
}

/** Ready questions that cannot stay ready beside the others (./giveaway: one shows another's
 *  key, or asks the same thing again), each with the reason a teacher reads.
 *
 *  Which of a pair stays: a fact's first ready question before any fact's second (coverage
 *  first, as in pickReady); within a round, a question that makes the student find the answer
 *  before a true/false that quotes the sentence around it; then the gate's own order (rank,
 *  then priority: for a figure, the numeric entry the builders rank first before a single choice
 *  on the same stem, which only adds options to it). Each question is checked against those
 *  already kept, best first, so a clashing pair costs one question.
 *
 *  Coverage before giveaways: when two questions are each their fact's first ready question (and
 *  not both true/false), both stay unless `strict` — "101 of the top 1,000 firms" cannot be asked as two questions without
 *  one showing the other's key, and a fact whose only question is a true/false would otherwise go
 *  unasked. Each is sound on its own; they must not meet in one quiz, and practice and the demo
 *  keep questions on one sentence apart (lib/attempts/select.ts), and practice also a question
 *  whose stem quotes another sentence from that sentence's questions. */
function clashesOf(ready: Candidate[], strict: boolean): Map<Candidate, QuestionFlag> {
  const isTf = (c: Candidate) => (c.q.type === "true_false" ? 1 : 0);
  // A fact's round-1 question is its best one that makes the student find the answer; a
  // true/false is its first only when the fact has nothing else.
  const round = new Map<Candidate, number>();
  const perFact = new Map<string, number>();
  [...ready].sort((a, b) => isTf(a) - isTf(b)).forEach((c) => {
    const n = (perFact.get(c.factKey) ?? 0) + 1;
    perFact.set(c.factKey, n);
    round.set(c, n);
  });
  const order = ready.map((c, i) => ({ c, i })).sort((a, b) => (round.get(a.c) ?? 0) - (round.get(b.c) ?? 0) || isTf(a.c) - isTf(b.c) || a.i - b.i);
  // Two true/false statements on one sentence are never both kept: the true one quotes the real
  // figure the false one altered, so side by side they answer each other. (A question whose stem
  // quotes another sentence, widened with it, is tolerated beside that sentence's questions too:
  // practice keeps them apart as it does questions on one sentence, lib/attempts/select.ts.)
  const tolerated = (a: Candidate, b: Candidate) => !strict && round.get(a) === 1 && round.get(b) === 1 && !(isTf(a) && isTf(b));
  const kept: Candidate[] = [];
  const out = new Map<Candidate, QuestionFlag>();
  for (const { c } of order) {
    let flag: QuestionFlag | null = null;
    for (const k of kept) {
      flag = conflictWith(k.q, c.q);
      if (flag?.code === "gives_away" && tolerated(k, c)) flag = null;
      if (flag) break;
    }
    if (flag) out.set(c, flag);
    else kept.push(c);
  }
  return out;
}
