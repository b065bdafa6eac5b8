// How guessable a new password is, by zxcvbn-ts: tens of thousands of common passwords, names and
// English words, keyboard walks, sequences, dates, repeats and l33t speak, plus the words of this
// user (email, name) and of this site. The dictionaries are loaded on the first check only, then
// kept: a sign-in or any other request never pays for them.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;
const SITE_WORDS = ["factdeck", "fact deck", "quiz", "student", "teacher"];

let loaded: Promise<ZxcvbnFactory> | undefined;

function zxcvbn(): Promise<ZxcvbnFactory> {
  loaded ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return loaded;
}

/** The words of this user an attacker tries first: the whole email, its local part, the name and its words. */
export function userWords(inputs: string[]): string[] {
  const words = new Set<string>(SITE_WORDS);
  for (const input of inputs) {
    const lower = input.trim().toLowerCase();
    if (!lower) continue;
    words.add(lower);
    const local = lower.split("@")[0];
    if (local) words.add(local);
    words.add(lower.replace(/[^\p{L}\p{N}]+/gu, "")); // "Robin Test" → "robintest"
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** null when the password is strong enough; otherwise what to tell the user, with zxcvbn's advice. */
export async function passwordWeakness(password: string, inputs: string[]): Promise<string | null> {
  const result = (await zxcvbn()).check(password, userWords(inputs));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `That password is too easy to guess.${advice ? ` ${advice}` : ""} A few unrelated words together make a strong one.`;
}
