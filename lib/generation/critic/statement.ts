// Reading a question's text the way the critic needs it: the statement it quotes, the text a
// student reads with the blank filled in, and numbers compared by value ("2.0 percent" = "2%").

import { digitised } from "../mentions/number-words";

/** The text inside the stem's “…” quotation marks, or null when it quotes nothing. */
export function quotedStatement(prompt: string): string | null {
  const open = prompt.indexOf("“");
  const close = prompt.lastIndexOf("”");
  return open >= 0 && close > open ? prompt.slice(open + 1, close) : null;
}

/** The statement a true/false question asserts ("True or false? According to the article: X"). */
export function assertedStatement(prompt: string): string | null {
  const m = /^True or false\?\s*(?:According to the article[:,]\s*|In the article,\s*)?(.+)$/s.exec(prompt);
  return m?.[1] ?? null;
}

/** The figures a true/false explanation gives ("True — the article gives six." / "False — the
 *  article gives 58 pounds, not 60 pounds."), each as written (`right`, `wrong`) and in one
 *  canonical spelling (`rightCanon`, `wrongCanon`): digits for number words, "percent" for "%" and
 *  "per cent", a currency sign for a currency word, commas for space-grouped thousands. The
 *  explanation keeps the article's own wording; checks read the canonical form, so "six" and "6",
 *  "58 pounds" and "£58" are one figure to them. Null when the text gives no figure. */
export function explainedFigures(answerText: string): { right: string; wrong?: string; rightCanon: string; wrongCanon?: string } | null {
  const m = /the article gives (.+?)(?:, not (.+))?\.$/s.exec(answerText.replace(/\s+/g, " ").trim());
  if (!m?.[1]) return null;
  const right = m[1];
  const wrong = m[2];
  return wrong ? { right, wrong, rightCanon: canonicalFigure(right), wrongCanon: canonicalFigure(wrong) } : { right, rightCanon: canonicalFigure(right) };
}

const CURRENCY_WORD: [RegExp, string][] = [
  [/^(?:u\.?s\.?\s+|american\s+)?dollars?$/i, "$"],
  [/^(?:pounds?(?:\s+sterling)?|sterling)$/i, "£"],
  [/^euros?$/i, "€"],
  [/^yen$/i, "¥"],
  [/^(?:korean\s+)?won$/i, "₩"],
];

/** "six" → "6", "6%" / "6 per cent" → "6 percent", "58 pounds" → "£58", "1.2 billion euros" →
 *  "€1.2 billion", "31 204 118" → "31,204,118". */
export function canonicalFigure(text: string): string {
  let t = digitised(text.replace(/[\u00a0\u2009\u202f]/g, " ").replace(/\s+/g, " ").trim());
  t = t.replace(/\d{1,3}(?: \d{3})+(?!\d)/g, (g) => g.replace(/ /g, ","));
  t = t.replace(/(\d)\s?(?:%|per ?cent\b|pct\b)/gi, "$1 percent");
  const money = /^(\d[\d,]*(?:\.\d+)?)(\s+(?:thousand|million|billion|trillion))?\s+(.+)$/i.exec(t);
  const sign = money?.[3] ? CURRENCY_WORD.find(([re]) => re.test(money[3]!.trim()))?.[1] : undefined;
  return money && sign ? `${sign}${money[1]}${money[2] ?? ""}` : t;
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const UNIT_WORDS = /(%|percent|per cent|pct|points?|fold|times|percentage points?|basis points?)/i;

/** The value an option states, scaled, with its unit word, or null for text that is not a figure. */
export function figureOf(text: string): { value: number; unit: string } | null {
  const t = text.trim().replace(/[\u00a0\u2009\u202f]/g, " ");
  const m = /^(?:US)?([$€£¥₩])?\s?(-?\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?\s*(.*)$/i.exec(t);
  if (!m?.[2]) return null;
  const value = Number(m[2].replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  const word = (m[3] ?? "").toLowerCase();
  const scale = SCALE[word];
  const rest = `${scale ? "" : word} ${m[4] ?? ""}`.trim();
  // Ordinals ("60th") and model numbers are not figures to compare by value.
  if (/^(st|nd|rd|th)\b/.test(word)) return { value, unit: "ordinal" };
  const unit = `${m[1] ?? ""}${UNIT_WORDS.test(rest) ? (UNIT_WORDS.exec(rest)?.[1] ?? "").toLowerCase().replace(/^(%|per cent|pct)$/, "percent") : rest.toLowerCase()}`;
  return { value: value * (scale ?? 1), unit };
}
