// The generator reads English only (its sentence splitter, parts of speech and question patterns
// are English): a paste in another language would come back as an empty or nonsensical bank.
// This tells such a paste apart before it is queued, so the teacher gets a message instead
// (issue 17). Plain code, no dependencies: cheap enough to run on every paste.

/** Why a text is not taken as English: most of its letters are in another script, or it reads as another Latin-script language. */
export type NotEnglish = { reason: "script"; script: string } | { reason: "words" };

const SCRIPTS: [name: string, pattern: RegExp][] = [
  ["Korean", /\p{Script=Hangul}/u],
  ["Japanese", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Chinese", /\p{Script=Han}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
];

// Words that make up about a quarter of any English prose and rarely appear in other languages'.
const ENGLISH_WORDS = new Set(
  "the of and to in a is was for on that with as by at it from are be has have had said he she they his her its their this which were will would an not but or been who".split(" "),
);

/** At least this share of the letters must be Latin. Names and quotes in another script are fine. */
const MIN_LATIN_SHARE = 0.7;
/** Only a text with this many words is judged by its words (a short one could be a headline list). */
const MIN_WORDS_TO_JUDGE = 40;
/** English news prose runs at 20–30 %; French, Spanish, German or Indonesian well under 5 %. */
const MIN_ENGLISH_WORD_SHARE = 0.08;

/** Null when the text reads as English; else why not. */
export function notEnglish(text: string): NotEnglish | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return null; // nothing to judge: the "paste the text" check answers
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < MIN_LATIN_SHARE) {
    const counts = SCRIPTS.map(([name, pattern]) => [name, letters.filter((c) => pattern.test(c)).length] as const);
    const [script] = counts.reduce((best, c) => (c[1] > best[1] ? c : best), ["another script", 0] as const);
    return { reason: "script", script };
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return null;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english / words.length < MIN_ENGLISH_WORD_SHARE ? { reason: "words" } : null;
}

/** The refusal in English (the schema's message); the paste form shows it in the teacher's language (messages: paste.notEnglish*). */
export function notEnglishMessage(problem: NotEnglish): string {
  return problem.reason === "script"
    ? `This article looks like it is written mostly in ${problem.script}. Factdeck makes questions from English articles only: paste the English version of the article.`
    : "This article doesn't look like English. Factdeck makes questions from English articles only: paste the English version of the article.";
}
