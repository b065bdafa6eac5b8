// An article's limits, checked on the server (lib/validation/articles.ts) and, before sending, by
// the paste form in the browser: plain code, no zod, so the form's page doesn't load zod.

/** The most an article may weigh, in bytes of UTF-8: what a long feature runs to, with room. */
export const MAX_ARTICLE_BYTES = 200 * 1024;
export const ARTICLE_FILE_TYPES = [".txt", ".md"] as const;

export const ARTICLE_TOO_LONG = "The article is over 200 KB. Paste a single article, not a whole page or a collection.";

export const byteLength = (s: string) => new TextEncoder().encode(s).length;

const FILE_PROBLEMS = {
  fileType: "Upload a plain-text file: .txt or .md.",
  fileTooBig: "That file is over 200 KB. Upload a single article.",
} as const;

/** An uploaded file: checked by name and size before a byte of it is read. The key names the
 *  problem's message (the paste form's teacherClient.articleNew, in the page's language). */
export function articleFileProblemKey(file: { name: string; size: number }): keyof typeof FILE_PROBLEMS | null {
  const name = file.name.toLowerCase();
  if (!ARTICLE_FILE_TYPES.some((ext) => name.endsWith(ext))) return "fileType";
  if (file.size > MAX_ARTICLE_BYTES) return "fileTooBig";
  return null;
}

/** The problem in English, as the server action says it (translated on its way out: lib/i18n/action-messages.ts). */
export function articleFileProblem(file: { name: string; size: number }): string | null {
  const key = articleFileProblemKey(file);
  return key ? FILE_PROBLEMS[key] : null;
}
