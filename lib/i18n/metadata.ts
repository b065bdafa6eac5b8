import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's `generateMetadata` giving it a translated title: `export const generateMetadata = titled("quiz.metaTitle")`. */
export function titled(key: string): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key) });
}
