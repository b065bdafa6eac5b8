import { z } from "zod";

/** The most an article may weigh, in bytes of UTF-8: what a long feature runs to, with room. */
export const MAX_ARTICLE_BYTES = 200 * 1024;
export const ARTICLE_FILE_TYPES = [".txt", ".md"] as const;

export const ARTICLE_TOO_LONG = "The article is over 200 KB. Paste a single article, not a whole page or a collection.";

export const byteLength = (s: string) => new TextEncoder().encode(s).length;

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
    .refine((t) => byteLength(t) <= MAX_ARTICLE_BYTES, ARTICLE_TOO_LONG),
});
export type NewArticleInput = z.infer<typeof newArticleSchema>;

/** An uploaded file: checked by name and size before a byte of it is read. */
export function articleFileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!ARTICLE_FILE_TYPES.some((ext) => name.endsWith(ext))) return "Upload a plain-text file: .txt or .md.";
  if (file.size > MAX_ARTICLE_BYTES) return "That file is over 200 KB. Upload a single article.";
  return null;
}

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
