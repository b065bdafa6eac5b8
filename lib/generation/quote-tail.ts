// A quotation of several sentences is split like any other text, so its last sentence reads
// `Since I took office, exports are up 60%," the minister added.` with a closing mark and no
// opening one. Quoted as is, the stem's marks don't balance and the critic holds it back. The
// words are the speaker's, so the stem names the speaker and quotes the words alone:
// `The minister said: "Since I took office, exports are up ____%."`
import { quotedStatement } from "./critic/statement";
import type { DraftQuestion } from "./questions/context";

// `…words,” Name Name added.` / `…words,” added the minister.` at the end of the statement.
const SPEAKER = String.raw`(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}`;
// The speaker may come with a title set off by commas (`…,” said Dr. Ana Ruiz, head of the
// regional health service.`, `…,” Ana Ruiz, the port's director, said.`): the title is left out.
const TITLE = String.raw`(?:,\s+[^“”",;]{2,90})`;
const TAIL = new RegExp(String.raw`^([^“”"]+?)[,.!?]?[”"]\s+(?:(${SPEAKER})(?:${TITLE},)?\s+(?:said|says|added|adds|noted|told [^.]{1,40})|(?:said|added|noted)\s+(${SPEAKER})${TITLE}?)\.?$`);
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/** The question with the speaker named outside the quotation, or null when its statement is
 *  not the tail of a longer quotation. */
export function withSpeakerNamed(q: DraftQuestion): DraftQuestion | null {
  if (q.type === "matching" || q.type === "ordering" || q.type === "true_false") return null;
  const statement = quotedStatement(q.prompt);
  if (!statement || statement.includes("“")) return null;
  const m = TAIL.exec(statement.trim());
  const words = m?.[1]?.trim();
  const speaker = (m?.[2] ?? m?.[3])?.trim();
  if (!words || !speaker || PRONOUN.test(speaker) || (q.prompt.includes("____") && !words.includes("____"))) return null;
  const said = `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said: “${words.replace(/[,;:]$/, "")}.”`;
  return { ...q, prompt: q.prompt.replace(`“${statement}”`, () => said) } as DraftQuestion;
}
