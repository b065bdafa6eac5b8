// Reading a question's text the way the critic needs it: the statement it quotes, the text a
// student reads with the blank filled in, and numbers compared by value ("2.0 percent" = "2%").

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
