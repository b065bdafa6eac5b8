// The engine writes its reasons in English (lib/generation: the critic's flags, the consistency
// findings), with a code for each. In English the page shows the engine's own words (they quote
// the words and figures at fault); in another language it says the reason by its code
// (messages/*.json teacherFlags, teacherBankFindings), and a code with no message there (one the
// engine learns later) shows the engine's English text.

/** A translator of one namespace, as next-intl's getTranslations gives it. */
export type CodeTranslator = { (key: string): string; has(key: string): boolean };

/** Why the critic held a question back, in the page's language. */
export function flagMessage(flag: { code: string; message: string }, t: CodeTranslator, locale: string): string {
  if (locale === "en") return flag.message;
  return /^[a-z][a-z0-9_]*$/.test(flag.code) && t.has(flag.code) ? t(flag.code) : flag.message;
}

/** A consistency finding of the article, in the page's language. */
export function findingMessage(issue: { kind: string; message: string }, t: CodeTranslator, locale: string): string {
  return flagMessage({ code: issue.kind, message: issue.message }, t, locale);
}
