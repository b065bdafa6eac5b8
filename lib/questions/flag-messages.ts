// The engine writes its reasons in English (lib/generation: the critic's flags, the consistency
// findings), with a code for each. The teacher's pages say them in the interface's language by
// code (messages/*.json teacherFlags, teacherBankFindings); a code with no message there (one the
// engine learns later) shows the engine's own English text.

/** A translator of one namespace, as next-intl's getTranslations gives it. */
export type CodeTranslator = { (key: string): string; has(key: string): boolean };

/** Why the critic held a question back, in the page's language. */
export function flagMessage(flag: { code: string; message: string }, t: CodeTranslator): string {
  return /^[a-z][a-z0-9_]*$/.test(flag.code) && t.has(flag.code) ? t(flag.code) : flag.message;
}

/** A consistency finding of the article, in the page's language. */
export function findingMessage(issue: { kind: string; message: string }, t: CodeTranslator): string {
  return flagMessage({ code: issue.kind, message: issue.message }, t);
}
