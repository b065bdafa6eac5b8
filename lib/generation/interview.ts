// An interview transcript ("Q: …" / "A: …" paragraphs) speaks in two voices, neither the
// article's own. An answer's words are the interviewee's, and an introduction that names one
// person and says the piece is an interview ("Governor Ana Ruiz spoke to reporters. The following
// are edited excerpts.") says whose they are: such a stem can name its speaker, as a quotation's
// does (`Ana Ruiz said: "…"`). The interviewer's questions, and the answers of an interview whose
// introduction names no one or several people, stay unattributed.
import type { CriticContext } from "./critic/checks";
import { quotedStatement } from "./critic/statement";
import { findPeople } from "./mentions/people";
import type { DraftQuestion } from "./questions/context";

/** A paragraph that opens with an interview turn's label. */
export const INTERVIEW_TURN = /^(?:Q|A|Question|Answer)\s*[*_]*\s*:/;
const ANSWER_TURN = /^(?:A|Answer)\s*[*_]*\s*:/;
/** Words by which an introduction says what follows is an interview. */
const INTERVIEW_CUE = /\b(?:interview(?:ed)?|excerpts?|transcript|spoke\s+(?:to|with)|talked\s+(?:to|with)|answered\s+questions|Q\s*&\s*A)\b/i;
/** An answer that opens with a bare "Yes." or "No." replies to a question the stem does not show. */
const BARE_REPLY = /^(?:…\s*)?(?:Yes|No|Yeah|Well|Sure|Absolutely|Not really|Of course)[.,!]\s/;

const paragraphs = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, "").split(/\n[ \t]*\n/).map((p) => p.replace(/^[\s>*_#-]+/, ""));

// The critic asks for every question of an article; the paragraph breaks and the interviewee are
// read once per article text, not once per question.
let breaksOf: { text: string; ends: number[] } | null = null;
let intervieweeFor: { text: string; name: string | null } | null = null;

/** Where each paragraph break of `text` ends, in order. */
function paragraphBreakEnds(text: string): number[] {
  if (breaksOf?.text !== text) breaksOf = { text, ends: [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index + m[0].length) };
  return breaksOf.ends;
}

/** The turn the question's source sentence belongs to: "Q", "A", or null outside a transcript. */
export function turnOf(q: DraftQuestion, ctx: CriticContext): "Q" | "A" | null {
  const own = ctx.text.slice(q.source.start, q.source.end) === q.source.sentence;
  const at = own ? q.source.start : ctx.text.indexOf(q.source.sentence);
  if (at < 0) return null;
  const start = paragraphBreakEnds(ctx.text).findLast((end) => end <= at) ?? 0;
  const paragraph = ctx.text.slice(start, at).replace(/^[\s>*_#-]+/, "");
  if (!INTERVIEW_TURN.test(paragraph)) return null;
  return ANSWER_TURN.test(paragraph) ? "A" : "Q";
}

/** The one person the introduction before a transcript's first turn names, when it says an interview follows. */
export function intervieweeOf(text: string): string | null {
  if (intervieweeFor?.text !== text) intervieweeFor = { text, name: findInterviewee(text) };
  return intervieweeFor.name;
}

function findInterviewee(text: string): string | null {
  const all = paragraphs(text);
  const first = all.findIndex((p) => INTERVIEW_TURN.test(p));
  if (first <= 0) return null;
  const intro = all.slice(0, first).join("\n\n");
  if (!INTERVIEW_CUE.test(intro)) return null;
  const names = new Set(findPeople(intro, { start: 0, end: intro.length }).map((p) => p.name));
  // A surname alone ("Orr") is the same person as the full name before it.
  const full = [...names].filter((n) => ![...names].some((m) => m !== n && m.endsWith(` ${n}`)));
  return full.length === 1 && (full[0] ?? "").includes(" ") ? (full[0] as string) : null;
}

/** A stem quoting an interview answer, with its speaker named; null when the answer's speaker is unknown or the stem cannot say it. */
export function withIntervieweeNamed(q: DraftQuestion, ctx: CriticContext): DraftQuestion | null {
  if (q.type === "matching" || q.type === "ordering" || q.type === "true_false") return null;
  if (turnOf(q, ctx) !== "A") return null;
  const speaker = intervieweeOf(ctx.text);
  const statement = quotedStatement(q.prompt);
  if (!speaker || !statement || /[“”"]/.test(statement) || BARE_REPLY.test(statement.trim())) return null;
  return { ...q, prompt: q.prompt.replace(`“${statement}”`, () => `${speaker} said: “${statement}”`) } as DraftQuestion;
}

/** The stem names the one whose answer it quotes. */
export function namesInterviewee(q: DraftQuestion, ctx: CriticContext): boolean {
  const speaker = turnOf(q, ctx) === "A" ? intervieweeOf(ctx.text) : null;
  return speaker !== null && q.prompt.includes(`${speaker} said: “`);
}
