// Feedback quotes the source sentence once, in its own figure with the answer marked. The engine's
// explanations quote it too ("… The article says: “<sentence>”"), so the copy there is dropped
// for display. Text a teacher wrote differently is left as it is.
import { clip } from "@/lib/generation/questions/text";

const LEAD_IN = /\s*The article says:\s*$/;

/** The explanation without its quotation of `sentence`; empty when that quotation was all it said. */
export function explanationWithoutQuote(explanation: string, sentence: string): string {
  // The engine clips long sentences (to 400 characters) before quoting them.
  const quoted = [...new Set([sentence.trim(), clip(sentence, 400)])].map((s) => `“${s}”`);
  for (const q of quoted) {
    const at = explanation.indexOf(q);
    if (at === -1) continue;
    let before = explanation.slice(0, at);
    const after = explanation.slice(at + q.length).trim();
    // "The article says:" introduced only this quotation: it goes too, unless another quotation follows it.
    if (LEAD_IN.test(before) && !after.startsWith("“")) before = before.replace(LEAD_IN, "");
    return [before.trim(), after].filter(Boolean).join(" ");
  }
  return explanation.trim();
}

/**
 * What feedback shows as the explanation: without the sentence quoted (the quote beside it has
 * that) and without an opening "The answer is X." that only repeats the correct answer shown above it.
 */
export function feedbackExplanation(explanation: string, sentence: string, answerText: string): string {
  const text = explanationWithoutQuote(explanation, sentence);
  const echo = `The answer is ${answerText.trim()}.`;
  return text.startsWith(echo) ? text.slice(echo.length).trim() : text;
}
