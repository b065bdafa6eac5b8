// Currency symbols and names to ISO 4217 codes. "$" alone is read as USD, the usual convention in
// English-language business news; prefixed dollars (A$, HK$) and named dollars override it.

export const CURRENCY_PREFIX = String.raw`(?:US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|NT\$|R\$|\$|€|£|¥|₩|₹|(?:USD|EUR|GBP|JPY|KRW|CNY|RMB|INR|CHF|AUD|CAD|HKD|SGD)\s?)`;

const PREFIX_CODES: Record<string, string> = {
  "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
  "S$": "SGD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
  "₩": "KRW", "₹": "INR", RMB: "CNY",
};

export function prefixCode(prefix: string): string | undefined {
  const p = prefix.replace(/\s+/g, "");
  if (/^[A-Z]{3}$/.test(p)) return p === "RMB" ? "CNY" : p;
  return PREFIX_CODES[p];
}

export const CURRENCY_WORD = String.raw`(?:(?:U\.S\.|US|American|Australian|Canadian|Hong Kong|Singapore|New Zealand|Taiwan(?:ese)?)\s+dollars?|dollars?|won|yen|yuan|renminbi|euros?|pounds?(?:\s+sterling)?|sterling|rupees?|pesos?|reais|real|ringgit|baht|dong|rupiah|lira|rand|francs?|roubles?|rubles?|rubles?)`;

const WORD_CODES: Array<[RegExp, string]> = [
  [/^australian/i, "AUD"], [/^canadian/i, "CAD"], [/^hong kong/i, "HKD"], [/^singapore/i, "SGD"],
  [/^new zealand/i, "NZD"], [/^taiwan/i, "TWD"], [/dollar/i, "USD"], [/^won$/i, "KRW"], [/^yen$/i, "JPY"],
  [/^(?:yuan|renminbi)$/i, "CNY"], [/^euro/i, "EUR"], [/^(?:pound|sterling)/i, "GBP"], [/^rupee/i, "INR"],
  [/^peso/i, "MXN"], [/^rea(?:l|is)$/i, "BRL"], [/^ringgit$/i, "MYR"], [/^baht$/i, "THB"],
  [/^dong$/i, "VND"], [/^rupiah$/i, "IDR"], [/^lira$/i, "TRY"], [/^rand$/i, "ZAR"], [/^franc/i, "CHF"],
  [/^r[ou]?ubles?$/i, "RUB"],
];

export function wordCode(word: string): string | undefined {
  return WORD_CODES.find(([re]) => re.test(word.trim()))?.[1];
}

const NAMED_DOLLAR = /\b(Australian|Canadian|Hong Kong|Singapore|New Zealand|Taiwan(?:ese)?)\s+dollars?\b/gi;
const US_DOLLAR = /\b(?:U\.S\.|US|American)\s+dollars?\b|\bUS\$|\bU\.S\.\s?\$|\bUSD\b/;
const bareDollarMemo = new Map<string, string>();
/** What a bare "dollars" means in `text`: the one named dollar the article speaks of ("a median of
 *  812,000 Australian dollars … can now borrow about 150,000 dollars less"), else US dollars. */
export function bareDollarCode(text: string): string {
  const hit = bareDollarMemo.get(text);
  if (hit) return hit;
  const named = new Set([...text.matchAll(NAMED_DOLLAR)].map((m) => wordCode(`${m[1]} dollars`) ?? "USD"));
  const code = named.size === 1 && !US_DOLLAR.test(text) ? ([...named][0] as string) : "USD";
  if (bareDollarMemo.size > 200) bareDollarMemo.clear();
  bareDollarMemo.set(text, code);
  return code;
}
