import type { Page, Response } from "@playwright/test";
import { moduleOf, type Question } from "@/lib/question-types";
import { answerMarks } from "@/lib/feedback/answer-marks";
import { feedbackExplanation } from "@/lib/feedback/explanation";

/** The explanation as feedback shows it (without the quoted sentence): a key too, once shown. */
const shownExplanation = (q: Question) => feedbackExplanation(q.explanation, q.source.sentence, q.answerText);

/** The answering words as feedback marks them in the quoted sentence (as HTML): they are the answer. */
const markedAnswers = (q: Question) =>
  answerMarks({ sentence: q.source.sentence, keys: moduleOf(q.type).keys(q) }).map((m) => `answer-mark">${q.source.sentence.slice(m.start, m.end)}</mark>`);

const TEXTUAL = /text\/html|text\/x-component|application\/json|text\/plain/;

/** Records every HTML, RSC and JSON body the page receives, to search for answer keys. */
export function recordBodies(page: Page, options: { skip?: (res: Response) => boolean } = {}) {
  const bodies: { url: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (res: Response) => {
    const type = res.headers()["content-type"] ?? "";
    if (!TEXTUAL.test(type) || options.skip?.(res)) return;
    pending.push(
      // Decoded as UTF-8 ourselves: RSC replies (text/x-component) carry no charset, and a
      // Latin-1 reading garbles curly quotes so public prompt text would no longer match.
      res
        .body()
        .then((buffer) => void bodies.push({ url: res.url(), body: buffer.toString("utf8") }))
        .catch(() => undefined),
    );
  };
  page.on("response", onResponse);
  return {
    async stop() {
      page.off("response", onResponse);
      await Promise.all(pending);
      return bodies;
    },
  };
}

/**
 * What would give an answer away: the key's field names, each explanation, and the answer text
 * of types whose answer is not already one of the visible options.
 */
export function secretsOf(questions: Question[]): string[] {
  // The answer key's own field names give any serialised key away, whatever its values.
  const secrets = new Set<string>(['"answerText"', '"explanation"', '"accepted"', '"tolerance"', '"factIds"', '"partialNote"']);
  for (const q of questions) {
    secrets.add(q.explanation);
    // Feedback shows it shortened. What is left may be only the article's own consistency note
    // ("Note: …", shown to readers of the article anyway) or too short to search for.
    const shown = shownExplanation(q);
    if (shown.length >= 20 && !shown.startsWith("Note:")) secrets.add(shown);
    for (const marked of markedAnswers(q)) secrets.add(marked);
    // Very short answers ("5", "G7") occur in unrelated text (chunk ids, dates); the field
    // names above already catch a serialised key that holds them.
    if ((q.type === "numeric" || q.type === "fill_blank") && q.answerText.length >= 4) secrets.add(q.answerText);
    // An evidence question's sentences are public; which one is the key. The link that
    // highlights it in the article (…?s=start-end) names it, and so do its offsets.
    if (q.type === "evidence") secrets.add(`s=${q.source.start}-${q.source.end}`).add(`"start":${q.source.start},"end":${q.source.end}`);
  }
  return [...secrets];
}

/**
 * The keys of `withheld` questions by their values only (explanations, typed answers), for replies
 * that rightly carry other questions' keys — the demo's grade, a review answer, a practice result —
 * and so contain the key field names anyway. A value the `keyed` questions share (two questions on
 * one fact have one explanation) is theirs to show, so it is left out.
 */
export function keyValuesOf(withheld: Question[], keyed: Question[] = []): string[] {
  // A keyed question's source link is shown rightly, and an evidence question on the same sentence shares it.
  const shown = new Set([...secretsOf(keyed), ...keyed.map((q) => `s=${q.source.start}-${q.source.end}`)]);
  return secretsOf(withheld).filter((secret) => !secret.startsWith('"') && !shown.has(secret));
}

/** What a reply that keys `keyed` rightly shows of them (answers, explanations, source sentences,
 *  which quote the article and so hold other questions' answers too): public text for a scan of
 *  the other questions' keys in that reply. */
export function shownKeyTextOf(keyed: Question[]): string[] {
  return keyed.flatMap((q) => [q.answerText, q.explanation, shownExplanation(q), q.source.sentence]);
}

/** The text a student is meant to see: prompts and options. An answer word that also appears
 *  in another question's prompt is not a leak, so public text is removed before searching. */
export function publicTextOf(questions: Question[]): string[] {
  const texts = questions.flatMap((q) => [q.prompt, ...("options" in q ? q.options : []), ...(q.type === "matching" ? q.prompts : []), ...(q.type === "evidence" ? q.passage.map((s) => s.sentence) : [])]);
  return texts.sort((a, b) => b.length - a.length);
}

export function findLeaks(bodies: { url: string; body: string }[], secrets: string[], publicText: string[] = []) {
  const leaks: { url: string; secret: string; context: string }[] = [];
  publicText = [...publicText].sort((a, b) => b.length - a.length); // a longer text first, before a part of it
  for (const { url, body } of bodies) {
    // RSC payloads inside HTML are JSON-escaped strings; search the unescaped form too.
    // HTML text is entity-escaped (an apostrophe arrives as &#x27;): search that form decoded too.
    const entities = body.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    let text = `${body}\n${body.replace(/\\"/g, '"').replace(/\\\\/g, "\\")}\n${entities}`;
    for (const allowed of publicText) text = text.split(allowed).join(" ");
    for (const secret of secrets) {
      const at = indexOfToken(text, secret);
      if (at !== -1) leaks.push({ url, secret, context: text.slice(Math.max(0, at - 150), at + 60) });
    }
  }
  return leaks;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `secret` occurs as a whole token: a secret that starts or ends with a letter or digit
 * must not continue a longer word there. Random ids are letters and digits, so "60th" turns up
 * inside a cuid like "…u2qk60th" by chance; that is not the answer key reaching the browser.
 */
export function indexOfToken(text: string, secret: string): number {
  const bounded = (i: number) => i < 0 || i >= text.length || !WORD_CHAR.test(text[i]!);
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
    const startOk = !WORD_CHAR.test(secret[0]!) || bounded(at - 1);
    const endOk = !WORD_CHAR.test(secret.at(-1)!) || bounded(at + secret.length);
    if (startOk && endOk) return at;
  }
  return -1;
}
