// Facts of cause and aim: "talks stalled due to opposition from farmers", "the pact aims to
// eliminate tariffs". A rule over the sentence text: the connectors are a closed set of words,
// and the reason runs from the connector to the end of its clause. compromise's clause splitter
// cuts inside these phrases ("due to" / "opposition from …"), so it is not used here.
import nlp from "compromise";
import type { CauseFact } from "../types";
import { sourceOf, type AnalysisContext, type FactDraft } from "./context";

// "halted over concerns from …": the connector is "over", and the concerns are the reason.
const CAUSE = /\b(due to|because of|owing to|as a result of|over(?= (?:concerns?|fears?|worries) (?:from|about|over|that|of)\b))\s+/gi;
const AIM = /\b(aims? to|aimed to|aiming to|is designed to|are designed to|was designed to|seeks? to|sought to|in order to)\s+/gi;
// Where a reason's clause ends: punctuation, or a new clause.
// (A point between digits is a decimal point: "build 1.2 million homes".)
const CLAUSE_END = /\s*(?:\.(?!\d)|[;:!?—–()]|,\s+(?:which|while|whereas|but|and|as|according|said|says|officials|the)\b|,\s*$|\s+-\s+|\s+(?:which|while|whereas|according to)\b)/i;
const PRONOUN = /^(?:it|this|that|these|those|they|them|he|she|its|their|his|her)\b/i;

// "The plant was due to start production in 2026": "be due to" + a verb is a schedule, not a
// reason. compromise cannot tell the two apart inside the sentence (it reads "start" as a noun),
// so the word after "due to" is read on its own, as an infinitive after "will"; an adjective
// ("was due to weak demand") reads as one too, and that reason is given up: precision first.
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|'s|’s)(?:\s+(?:not|also|now|still|originally|initially))?\s+$/i;

// "… a second quay, due to open in 2028": with no copula, a verb of timing after "due to" still
// makes a schedule (a closed list, so "fell due to weak demand" stays a reason).
const SCHEDULE_VERB = /^(?:open|reopen|start|begin|end|close|finish|arrive|launch|expire|resume|complete|report|meet|vote|return|leave|take|come|enter|sign|hold|publish|retire|run|last|be|go)\b/i;

export function isScheduleNotCause(sentence: string, connectorAt: number, reasonAt: number): boolean {
  if (/^due to$/i.test(sentence.slice(connectorAt, reasonAt).trim()) && SCHEDULE_VERB.test(sentence.slice(reasonAt))) return true;
  if (!COPULA_BEFORE.test(sentence.slice(0, connectorAt))) return false;
  const word = /^[a-z]+/.exec(sentence.slice(reasonAt))?.[0];
  if (!word) return false;
  try {
    return nlp(`they will ${word}`).has("will #Infinitive");
  } catch {
    return true;
  }
}

function reasonAt(sentence: string, from: number): string | null {
  const rest = sentence.slice(from);
  const end = CLAUSE_END.exec(rest);
  const reason = (end ? rest.slice(0, end.index) : rest).trim().replace(/[,\s]+$/, "");
  const n = reason.split(/\s+/).length;
  if (n < 2 || n > 14 || PRONOUN.test(reason) || /[“”"]/.test(reason)) return null;
  return reason;
}

export function buildCauseFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ctx.sentences) {
    const block = ctx.blocks[s.blockIndex];
    if (block && block.kind !== "body") continue;
    const source = sourceOf(ctx, s);
    const sentence = source.sentence;
    // A reason needs a clause before it: "due to" opening a sentence has nothing to explain.
    for (const [re, relation] of [[CAUSE, "cause"], [AIM, "aim"]] as const) {
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        if (m.index < 12) continue;
        const at = m.index + m[0].length;
        if (relation === "cause" && isScheduleNotCause(sentence, m.index, at)) continue;
        const reason = reasonAt(sentence, at);
        if (!reason) continue;
        const connector = (m[1] ?? "").toLowerCase();
        const fact: Omit<CauseFact, "id"> = {
          kind: "cause",
          relation,
          connector,
          reason,
          at,
          sentenceIndex: s.index,
          source,
          label: `${relation === "cause" ? "Reason" : "Aim"}: ${reason}`,
        };
        out.push({ ...fact, order: at });
      }
    }
  }
  return out;
}
