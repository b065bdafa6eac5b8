// Lenient reading of a number typed by a student. Students type what they see in the article
// ("62.4%", "77.2 billion", "1,000") or what their keyboard gives them ("62,4", "1 000",
// "−3"), so the parser accepts those and nothing cleverer. The rules, in order:
//
//  1. NFKC-normalise (full-width digits, no-break and thin spaces become ASCII), lower-case,
//     trim. Texts over 100 characters are refused outright.
//  2. A leading sign (+, -, or the unicode minus/dashes −–‒) and a currency symbol
//     ($ € £ ¥ ₩) are allowed before the number; the currency may also trail it.
//  3. A trailing "%", "percent", "per cent" or "pct" is allowed and does NOT divide by 100:
//     questions store percentages as they are written (62.4 for 62.4%).
//  4. A trailing scale word multiplies: k/thousand, mn/million, bn/billion, tn/trillion.
//     ("m" and "b" are refused: metres, bytes.)
//  5. Separators in the digits:
//     - spaces group thousands ("1 000 000"); every group after the first has 3 digits and
//       any remaining "." or "," is then the decimal separator ("1 000,5");
//     - with both "." and ",", the last one is the decimal separator, the other groups
//       thousands ("1,234.5", "1.234,5");
//     - the same separator repeated groups thousands ("1,000,000", "1.000.000");
//     - a single "," followed by exactly 3 digits, after 1-3 digits that are not "0", groups
//       thousands ("1,000"); any other single "," is a decimal comma ("62,4", "0,500");
//     - a single "." is always a decimal point ("1.000" is 1).
//  6. No exponents, hex, "Infinity" or words other than the ones above: null.

const MAX_TEXT = 100;
const SIGNS = /^[+\-\u2212\u2012\u2013]/;
const CURRENCY = /^[$€£¥₩]/;
const PERCENT_SUFFIX = /\s*(%|percent|per cent|pct)$/;
const SCALE_SUFFIX = /\s*(thousand|million|billion|trillion|k|mn|bn|tn)$/;
const TRAILING_CURRENCY = /\s*[$€£¥₩]$/;

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

export interface NumberParts {
  /** The number as written, signs and separators resolved. */
  mantissa: number;
  /** 1, or the multiplier of a trailing scale word. */
  scale: number;
  percent: boolean;
}

/** The number the text denotes (scale words applied, "%" ignored), or null. */
export function parseNumber(text: unknown): number | null {
  const parts = parseNumberParts(text);
  if (!parts) return null;
  const value = parts.mantissa * parts.scale;
  return Number.isFinite(value) ? value : null;
}

export function parseNumberParts(text: unknown): NumberParts | null {
  if (typeof text !== "string" || text.length > MAX_TEXT) return null;
  let s = text.normalize("NFKC").toLowerCase().trim();

  let percent = false;
  let scale = 1;
  s = s.replace(TRAILING_CURRENCY, "");
  if (PERCENT_SUFFIX.test(s)) {
    percent = true;
    s = s.replace(PERCENT_SUFFIX, "");
  }
  const scaleMatch = SCALE_SUFFIX.exec(s);
  if (scaleMatch?.[1]) {
    scale = SCALE_WORDS[scaleMatch[1]] ?? 1;
    s = s.slice(0, scaleMatch.index);
  }
  s = s.replace(TRAILING_CURRENCY, "");

  let negative = false;
  let sawSign = false;
  let sawCurrency = false;
  // Sign and currency in either order: "-$3", "$-3".
  for (;;) {
    s = s.trimStart();
    if (!sawSign && SIGNS.test(s)) {
      negative = s[0] !== "+";
      sawSign = true;
      s = s.slice(1);
    } else if (!sawCurrency && CURRENCY.test(s)) {
      sawCurrency = true;
      s = s.slice(1);
    } else break;
  }

  const digits = resolveSeparators(s);
  if (digits === null) return null;
  const mantissa = Number(digits);
  if (!Number.isFinite(mantissa)) return null;
  return { mantissa: negative ? -mantissa : mantissa, scale, percent };
}

/** "1,234.5" → "1234.5"; null when the separators do not follow the rules above. */
function resolveSeparators(body: string): string | null {
  if (!/^[0-9., ]+$/.test(body) || !/[0-9]$/.test(body)) return null;

  let decimalOnly = false;
  if (body.includes(" ")) {
    const groups = body.split(/ +/);
    const last = groups.length - 1;
    const valid = groups.every((g, i) =>
      i === 0 ? /^\d{1,3}$/.test(g) : i === last ? /^\d{3}([.,]\d+)?$/.test(g) : /^\d{3}$/.test(g),
    );
    if (!valid) return null;
    body = groups.join("");
    decimalOnly = true;
  }

  const commas = count(body, ",");
  const dots = count(body, ".");
  if (commas === 0 && dots === 0) return body;

  if (commas > 0 && dots > 0) {
    if (decimalOnly) return null;
    const decimalSep = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const thousandsSep = decimalSep === "," ? "." : ",";
    if (count(body, decimalSep) !== 1) return null;
    const [intPart = "", frac = ""] = body.split(decimalSep);
    const int = joinGroups(intPart, thousandsSep);
    return int === null || !/^\d+$/.test(frac) ? null : `${int}.${frac}`;
  }

  const sep = commas > 0 ? "," : ".";
  const n = commas + dots;
  if (n > 1) {
    return decimalOnly ? null : joinGroups(body, sep);
  }
  const [before = "", after = ""] = body.split(sep);
  if (!/^\d+$/.test(after) || !/^\d*$/.test(before)) return null;
  const looksLikeThousands = sep === "," && !decimalOnly && after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
  if (looksLikeThousands) return before + after;
  return `${before || "0"}.${after}`;
}

/** "1,234,567" with sep "," → "1234567"; groups of 3 after a first group of 1-3 digits. */
function joinGroups(text: string, sep: string): string | null {
  const groups = text.split(sep);
  const ok = groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
  return ok ? groups.join("") : null;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
