// Text matching for fill-in-the-blank. A student who writes "the European Union." or
// "Seoul’s" should not lose the point to capitals, punctuation, curly quotes or accents; a
// student who writes a different word should. Both sides go through the same normalisation,
// so an accepted value always matches itself.
import { parseNumber } from "./parse-number";

/** Longer inputs are cut before any work: responses are at most 200 characters anyway. */
const MAX_TEXT = 1000;
const APOSTROPHES = /['\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g;
const LEADING_ARTICLE = /^(the|a|an) (?=\S)/;

/**
 * Lower-case, accents removed (é → e), apostrophes dropped ("Seoul’s" → "seouls"), other
 * punctuation and symbols turned into spaces, except a "." or "," between two digits (so
 * "6.24" and "62.4" stay different), whitespace collapsed, one leading article ("the", "a",
 * "an") removed when more words follow.
 */
export function normaliseText(text: unknown): string {
  if (typeof text !== "string") return "";
  const s = text
    .slice(0, MAX_TEXT)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[^\p{L}\p{N}\s]/gu, (ch: string, at: number, all: string) =>
      (ch === "." || ch === ",") && isDigit(all[at - 1]) && isDigit(all[at + 1]) ? ch : " ",
    )
    .replace(/\s+/g, " ")
    .trim();
  return s.replace(LEADING_ARTICLE, "");
}

/**
 * True when the response matches the accepted value: equal after normaliseText; or equal
 * with spaces removed, unless that would join two digits ("e-mail" = "email", "covid 19" =
 * "COVID-19", but "6 24" ≠ "62 4"); or, when the accepted value is a number, the same number
 * ("62.4%" = "62.4 percent" = "62,4" = "62.4"; "1,000" = "1000").
 */
export function matchesAccepted(response: string, accepted: string): boolean {
  const a = normaliseText(accepted);
  const r = normaliseText(response);
  if (a === "" || r === "") return false;
  if (a === r) return true;
  if (compactable(a) && compactable(r) && a.replaceAll(" ", "") === r.replaceAll(" ", "")) return true;
  const acceptedNumber = parseNumber(accepted);
  if (acceptedNumber === null) return false;
  const responseNumber = parseNumber(response);
  return (
    responseNumber !== null &&
    Math.abs(responseNumber - acceptedNumber) <= 1e-9 * Math.max(1, Math.abs(acceptedNumber))
  );
}

function compactable(s: string): boolean {
  return !/\d \d/.test(s);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}
