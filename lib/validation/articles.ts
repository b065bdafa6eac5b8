import { z } from "zod";
import { ARTICLE_TOO_LONG, byteLength, MAX_ARTICLE_BYTES } from "./article-limits";
import { notEnglish, notEnglishMessage } from "@/lib/articles/language";

// The limits live apart, without zod, for the paste form in the browser (zod would add 30 kB
// of gzipped JavaScript to the page); they are part of this module's exports as before.
export { ARTICLE_FILE_TYPES, ARTICLE_TOO_LONG, articleFileProblem, byteLength, MAX_ARTICLE_BYTES } from "./article-limits";

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const newArticleSchema = z.object({
  title: z.string().trim().min(3, "Give the article a title of at least 3 characters.").max(200, "Keep the title under 200 characters."),
  source: z.string().trim().max(120, "Keep the source under 120 characters.").optional().transform((s) => s || undefined),
  published: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || undefined)
    .refine((s) => s === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s)), "Enter the date as YYYY-MM-DD, e.g. 2025-06-23."),
  text: z
    .string()
    .refine((t) => t.trim().length > 0, "Paste the article's text, or upload a .txt or .md file.")
    .refine((t) => byteLength(t) <= MAX_ARTICLE_BYTES, ARTICLE_TOO_LONG)
    // The generator reads English only (lib/articles/language.ts): any other language is refused here, not turned into an empty bank.
    .superRefine((t, ctx) => {
      const problem = byteLength(t) <= MAX_ARTICLE_BYTES ? notEnglish(t) : null;
      if (problem) ctx.addIssue({ code: "custom", message: notEnglishMessage(problem), params: { notEnglish: problem } });
    }),
});
export type NewArticleInput = z.infer<typeof newArticleSchema>;

/** A URL-safe slug from a title; never empty. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "article";
}

/** A paste (generation job) of the teacher's, to discard. */
export const jobIdInput = z.object({ id: z.string().min(1).max(64) });
