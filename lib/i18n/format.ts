// Numbers, percentages and dates in the page's language (Intl with the request's locale; client
// components take it from components/i18n/client-messages.tsx useLocale).

/** The Intl locale for an interface language: US English dates for "en" as before, Korean for "ko". */
export function intlLocale(locale: string): string {
  return locale === "ko" ? "ko-KR" : "en-US";
}

/** 87 → "87%" (en) / "87%" (ko); whole percents. */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(percent / 100);
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(n);
}
