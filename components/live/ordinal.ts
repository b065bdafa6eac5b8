"use client";
import { useLocale, useT } from "@/components/i18n/client-messages";

/** A rank in words, in the page's language: "1st", "22nd", "13th" in English; "1위" in Korean (client.live.ordinal). */
export function useOrdinal(): (n: number) => string {
  const t = useT("client.live.ordinal");
  const rules = new Intl.PluralRules(useLocale(), { type: "ordinal" });
  return (n) => t(rules.select(n), { n });
}
