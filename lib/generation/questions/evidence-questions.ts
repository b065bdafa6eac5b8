// "Find the evidence" questions (lib/question-types/evidence.ts), made after the gate from the
// ready questions it kept: the question's stem becomes the claim to support, and the passage is
// its source sentence among its neighbours. They are added beside the gate's choice, never
// instead of it, so they can't push another kind of question out, and kept to a few per article.
import { moduleOf, type Question, type QuestionFlag } from "../../question-types";
import { PASSAGE_MAX, quotesSentence } from "../../question-types/evidence";
import { difficultyOf, MAX_PER_SENTENCE, questionId } from "../gate";
import { hashString } from "../random";
import type { Fact, SourceRef } from "../types";
import { literalOf, mentionsNumber } from "./numbers";
import { shownKey } from "../giveaway";
import { clip, mentions, normalise } from "./text";

/** Sentences a generated passage shows: the source and two on each side where the article has them. */
export const PASSAGE_SIZE = 5;
/** At most this many evidence questions per article, and at most this share of its ready questions. */
export const MAX_EVIDENCE = 3;
export const EVIDENCE_SHARE = 0.15;
/** The longest stem turned into a claim (longer ones read badly inside the evidence prompt). */
const MAX_STEM = 180;

/**
 * The sentence at `k` with its neighbours, in reading order: up to `size` sentences, `before` of
 * them ahead of it (the middle by default), shifted at the article's ends. The engine varies
 * `before` so the evidence isn't always in the same place.
 */
export function passageAround(sentences: readonly { text: string; start: number; end: number }[], k: number, size = PASSAGE_SIZE, before?: number): SourceRef[] {
  if (k < 0 || k >= sentences.length) return [];
  const n = Math.min(size, sentences.length, PASSAGE_MAX);
  const ahead = Math.min(n - 1, Math.max(0, before ?? Math.floor((n - 1) / 2)));
  const from = Math.max(0, Math.min(k - ahead, sentences.length - n));
  return sentences.slice(from, from + n).map((s) => ({ sentence: s.text, start: s.start, end: s.end }));
}

/** The claim a student finds the evidence for: the stem, asked of the passage. */
export const claimOf = (stem: string) => `Which sentence answers this question? ${stem}`;

/**
 * A question's stem as it can be asked of a passage, or null: without "According to the article,"
 * or a format hint after the question ("Give the figure as a percentage."), asked in its own words
 * (no blank, no quotation, no options it points at: "which of these …"), and short.
 */
export function stemOf(prompt: string): string | null {
  const m = /^(?:According to the article,\s*)?([^?]+\?)(?:\s+(?:Give|Answer)\b[^?]*)?$/i.exec(prompt.trim());
  const stem = m?.[1]?.trim();
  if (!stem || stem.includes("____") || /[“”"]/.test(stem) || /\b(?:these|those|following|NOT)\b/.test(stem) || stem.length > MAX_STEM) return null;
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** A ready question whose stem can be put as a claim. */
function claimable(q: Question): boolean {
  return q.status === "ready" && (q.type === "single_choice" || q.type === "numeric") && stemOf(q.prompt) !== null;
}

/** Whether a sentence states a question's answer: its keyed text, or the figure of it. */
function states(sentence: string, q: Question): boolean {
  return moduleOf(q.type).keys(q).some((key) => {
    const lit = literalOf(key);
    return mentions(sentence, key) || (lit !== null && /\d/.test(lit) && mentionsNumber(sentence, lit));
  });
}

/** How a whole sentence ends: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
const TERMINAL = /[.!?…]["”’')\]]*$/;

/** Why a teacher should check an evidence question before students see it, if anything. */
export function evidenceFlags(claim: string, passage: readonly SourceRef[], answer: number, from: Question, firstStart = 0): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  const evidence = passage[answer];
  if (!evidence) return [{ code: "no_evidence", message: "The passage doesn't contain the source sentence." }];
  if (passage.length < 3) flags.push({ code: "short_passage", message: "The passage has fewer than three sentences: a guess is right too often." });
  if (quotesSentence(claim, evidence.sentence)) {
    flags.push({ code: "answer_in_stem", message: "The claim copies the evidence sentence word for word." });
  }
  // Hard-wrapped copy can split a sentence in two ("… remittances, are" / "Kenya's leading …"):
  // a passage of fragments reads badly. An article's first line (its headline) needs no full stop.
  if (passage.some((s) => s.start > firstStart && !TERMINAL.test(s.sentence.trim()))) {
    flags.push({ code: "broken_passage", message: "A sentence of the passage looks cut short: check that the passage reads well." });
  }
  const rivals = passage.filter((s, i) => i !== answer && states(s.sentence, from));
  if (rivals.length > 0) flags.push({ code: "ambiguous_evidence", message: "Another sentence of the passage also states the answer: check that only one supports the claim." });
  return flags;
}

/**
 * Evidence questions for an article: from its ready single-choice and number questions (their
 * stems ask in their own words), one per sentence and fact, spread over the article, at most
 * MAX_EVIDENCE and EVIDENCE_SHARE of the ready questions (at least one when any can be made).
 */
export function evidenceQuestions(
  questions: readonly Question[],
  sentences: readonly { text: string; start: number; end: number }[],
  options: { facts?: readonly Fact[]; maxPerSentence?: number } = {},
): Question[] {
  const ready = questions.filter((q) => q.status === "ready").length;
  // A sentence already carrying its share of ready questions gets no more (the gate's cap).
  const perSentence = new Map<number, number>();
  for (const q of questions) if (q.status === "ready") perSentence.set(q.source.start, (perSentence.get(q.source.start) ?? 0) + 1);
  const full = (start: number) => (perSentence.get(start) ?? 0) >= (options.maxPerSentence ?? MAX_PER_SENTENCE);
  // The evidence is shown as the article's answer: never a sentence with a contradicted fact,
  // nor a passage naming someone the article puts both inside and outside a group.
  const facts = options.facts ?? [];
  const disputed = new Set(facts.filter((f) => f.contradicted).flatMap((f) => [f.source.start, ...(f.kind === "membership" ? (f.extraSources ?? []).map((x) => x.start) : [])]));
  const contested = facts.flatMap((f) => (f.kind === "membership" ? [...(f.contested ?? []), ...f.members.filter((m) => f.nonMembers.includes(m))] : []));
  const clean = (passage: readonly SourceRef[]) => !passage.some((s) => contested.some((name) => mentions(s.sentence, name)));
  const cap = Math.min(MAX_EVIDENCE, Math.max(1, Math.floor(ready * EVIDENCE_SHARE)));
  const seenSentence = new Set<number>();
  const seenFact = new Set<string>();
  // One per claim too: ids come from the wording, and a repetitive article asks one stem twice.
  const seenClaim = new Set<string>();
  const candidates = questions.filter((q) => {
    const fact = [...q.factIds].sort().join(",");
    const claim = normalise(stemOf(q.prompt) ?? "");
    if (!claimable(q) || seenSentence.has(q.source.start) || seenFact.has(fact) || seenClaim.has(claim) || full(q.source.start) || disputed.has(q.source.start)) return false;
    seenSentence.add(q.source.start);
    seenFact.add(fact);
    seenClaim.add(claim);
    return true;
  });
  // Spread over the article: every (n / cap)-th candidate, in reading order.
  const step = candidates.length / cap;
  const picked = candidates.length <= cap ? candidates : Array.from({ length: cap }, (_, i) => candidates[Math.floor(i * step)]!);
  const out: Question[] = [];
  for (const from of picked) {
    const k = sentences.findIndex((s) => s.start === from.source.start && s.end === from.source.end);
    // Where the evidence stands in its passage varies from question to question (seeded by the
    // question, so generation stays deterministic): always the middle would answer it.
    const passage = passageAround(sentences, k, PASSAGE_SIZE, hashString(from.id) % PASSAGE_SIZE);
    const answer = passage.findIndex((s) => s.start === from.source.start);
    if (answer < 0 || !clean(passage)) continue;
    const body = {
      type: "evidence" as const,
      prompt: claimOf(stemOf(from.prompt)!),
      passage,
      answer,
      answerText: from.source.sentence.length > 600 ? `${from.source.sentence.slice(0, 599)}…` : from.source.sentence,
      explanation: `This sentence gives the answer (${from.answerText}); the others around it don't.`,
      source: from.source,
      factIds: from.factIds,
    };
    const flags = evidenceFlags(body.prompt, passage, answer, from, sentences[0]?.start ?? 0);
    // Ready questions may meet in one quiz (./giveaway): a passage that prints another ready
    // question's answer on a sentence beside the evidence stays with the teacher. (A question on
    // the evidence sentence itself is kept apart from it as any two on one sentence are.)
    const beside = new Set(passage.filter((_, i) => i !== answer).map((p) => p.start));
    for (const other of questions) {
      if (other.status !== "ready" || !beside.has(other.source.start)) continue;
      const shown = shownKey(body, other);
      if (shown === null) continue;
      flags.push({ code: "gives_away", message: clip(`The passage shows the answer (${clip(shown, 60)}) to another question, on a sentence beside the evidence: “${clip(other.prompt, 150)}”`, 300) });
      break;
    }
    const q = { ...body, id: questionId(body), difficulty: difficultyOf(body, 0), status: flags.length ? ("needs_review" as const) : ("ready" as const), flags };
    const parsed = moduleOf("evidence").schema.safeParse(q);
    if (parsed.success) out.push(parsed.data as Question);
  }
  return out;
}
