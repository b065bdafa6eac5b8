// The interface languages (issue 17) and which one a request gets, kept pure for unit tests.
// There are no locale prefixes in the URLs: the language comes from the `factdeck-locale` cookie
// (set by the language switch), else the signed-in user's saved choice (User.locale), else the
// browser's Accept-Language, else English.

export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "factdeck-locale";

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language of an Accept-Language header, by its q-values (RFC 9110 §12.5.4):
 * "ko-KR,ko;q=0.9,en;q=0.8" → "ko". A region is ignored; q=0 means "not this one".
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranges.map((r) => r.language).find(isLocale) ?? null;
}

export type LocaleSources = { cookie?: string | null; saved?: string | null; acceptLanguage?: string | null };

/** The request's language: the cookie, the user's saved choice, the browser's, English. */
export function resolveLocale({ cookie, saved, acceptLanguage }: LocaleSources): Locale {
  if (isLocale(cookie)) return cookie;
  if (isLocale(saved)) return saved;
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The cookie's language in a raw Cookie header (a request Next.js didn't parse), or null. */
export function localeCookieOf(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === LOCALE_COOKIE) return part.slice(at + 1).trim();
  }
  return null;
}
