// Where to send someone after signing in: only a page of this site. The value is parsed the way
// a browser would parse it (WHATWG URL, against the site's origin) and only its path, query and
// fragment are kept, so nothing a browser would read as another host survives: "//evil.example",
// "/\tevil" ("/\t/evil.example" is "//evil.example" to a browser, which drops tabs and newlines),
// "/\\evil", "/.//evil" (normalised to "//evil"), "javascript:…", "https://evil.example".
// Control characters are refused outright: browsers drop them, and in a Location header they
// are a server error.

/** Stands in for the site's origin when the caller doesn't know it: absolute URLs then never match. */
const PLACEHOLDER_ORIGIN = "http://factdeck.invalid";
const MAX_LENGTH = 2000;

export function safeCallbackUrl(raw: unknown, fallback: string, siteOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(siteOrigin);
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || (url.protocol !== "http:" && url.protocol !== "https:")) return fallback;
  const target = url.pathname + url.search + url.hash;
  // The path itself must not read as a host ("//evil" after dot segments are removed).
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  return target;
}
