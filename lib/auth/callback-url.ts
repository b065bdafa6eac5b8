// Only same-site paths may be redirect targets: "//evil.example" and absolute URLs are refused.
export function safeCallbackUrl(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw.slice(0, 500);
}
