// Stage 4a: NumberFacts — each number mention with what it counts or measures.
import type { NumberFact } from "../types";
import type { NumberMention } from "../mentions/numbers";
import { nounPhraseAfter } from "../mentions/numbers";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { itemBefore } from "./ranking";
import { capitalise, clauseText, formatNumber, nounChunkBefore, predicateAfter, squash, stripDeterminer, subjectBefore } from "./phrases";

const YEAR_AFTER = /^\s+(?:in|for|during|as of)\s+((?:1[89]|20)\d{2})\b/;

function displayRaw(m: NumberMention): string {
  return m.unit === "percent" ? `${formatNumber(m.value)}%` : m.raw.replace(/\s+/g, " ");
}

/** Percent "of NP" plus the verb phrase that follows the coordinated percentages. */
function percentWhat(ctx: AnalysisContext, m: NumberMention, all: NumberMention[], inherited: string | undefined, si: number) {
  const s = ctx.sentences[si]!;
  const after = ctx.clean.slice(m.end, s.end);
  const of = /^\s+of\s+/.exec(after);
  let np: string | undefined;
  let cursor = m.end;
  if (of) {
    const phrase = nounPhraseAfter(ctx.clean, m.end + of[0].length, s.end, ctx.tokens, { max: 9, untilVerb: true });
    np = phrase.text;
    cursor = phrase.end;
  }
  // Skip coordinated figures: "47.4 percent of Korean companies and 59.2 percent of Japanese …".
  for (const next of all) {
    if (next.start < cursor || next.unit !== "percent") continue;
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(ctx.clean.slice(cursor, next.start))) break;
    const nextOf = /^\s+of\s+/.exec(ctx.clean.slice(next.end, s.end));
    cursor = nextOf ? nounPhraseAfter(ctx.clean, next.end + nextOf[0].length, s.end, ctx.tokens, { max: 9, untilVerb: true }).end : next.end;
  }
  const startsWithVerb = /^\s+(?:of\b|\p{Ll})/u.test(ctx.clean.slice(cursor, s.end)) &&
    !/^\s+(?:in|on|at|to|from|by|for|with|and|or|than|over|between)\b/.test(ctx.clean.slice(cursor, s.end));
  const predicate = startsWithVerb ? predicateAfter(ctx.clean, s, cursor) : "";
  const subject = np ?? inherited;
  if (subject && predicate) return { what: `${subject} ${predicate}`, np: subject, of: true };
  if (subject) return { what: subject, np: subject, of: true };
  const chunk = nounChunkBefore(ctx.clean, s, m.start, ctx.tokens);
  const before = subjectBefore(ctx.clean, s, m, ctx.tokens);
  return { what: stripDeterminer(chunk || before || predicate), np: undefined, of: false };
}

// Units a measure is restated in, in brackets, for readers of the other system.
const MEASURE_UNIT = /^(?:(?:square|cubic)\s+)?(?:(?:kilo|centi|milli)?met(?:er|re)s?|(?:kilo)?grams?|(?:milli)?lit(?:er|re)s?|feet|foot|inch(?:es)?|miles?|yards?|acres?|hectares?|pounds?|ounces?|tons?|tonnes?|gallons?|degrees(?:\s+(?:Celsius|Fahrenheit|C|F))?|knots|km|mm|cm|kg|lbs?|mph|km\/h|kph|sq\s*(?:km|mi))$/i;

/** "9.2 trillion won ($6.7 billion)", "54 billion crowns ($7.8 billion)", "8.6 metres (28.2 feet)":
 *  a figure alone in brackets right after another figure restates it in another currency or unit.
 *  It is a conversion (worked out with a rate or a factor), not a fact of the story, and a blank
 *  on it asks for arithmetic or trivia. A sum in brackets after an amount in any named unit counts;
 *  a measure counts when both sides are units of measure ("2,950 residents (1,200 children)" is a part). */
export function isConversion(clean: string, sentenceEnd: number, m: NumberMention, mentions: readonly NumberMention[]): boolean {
  const prev = mentions.filter((o) => o.end <= m.start).at(-1);
  if (!prev) return false;
  const gap = /^\s*([\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|over)\s+)?$/u.exec(clean.slice(prev.end, m.start));
  if (!gap) return false;
  const close = /^\s*([\p{L}/-]+(?:\s+[\p{L}-]+)?)?\s*\)/u.exec(clean.slice(m.end, sentenceEnd));
  if (!close) return false;
  if (m.unit === "currency") return !close[1] && (prev.unit === "currency" ? !gap[1] : !!gap[1]);
  const [a, b] = [gap[1]?.trim(), close[1]?.trim()];
  return !!a && !!b && MEASURE_UNIT.test(a) && MEASURE_UNIT.test(b) && a.toLowerCase() !== b.toLowerCase();
}

const STATISTICAL_SETTING = /^\s*(?:%|percent|per cent)?\s*(?:confidence (?:interval|level|limits?)|credible interval|CIs?\b|significance level|uncertainty interval)/i;
const P_VALUE = /\bp\s*(?:[<>=≤≥]|&lt;|&gt;)\s*$/i;

export function buildNumberFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  let inheritedNp: string | undefined;
  let lastBlock = -1;
  ctx.sentences.forEach((s, si) => {
    if (s.blockIndex !== lastBlock) { inheritedNp = undefined; lastBlock = s.blockIndex; }
    const mentions = ctx.numbers[si] ?? [];
    for (const m of mentions) {
      // "9.2 trillion won ($6.7 billion)", "8.6 metres (28.2 feet)": a conversion of the figure before, not a new fact.
      if (isConversion(ctx.clean, s.end, m, mentions)) continue;
      // "(95% confidence interval 1.3 to 2.2)", "p < 0.05": the level and test a study reports its
      // figures with, the same in every study, not a finding of this one.
      if (STATISTICAL_SETTING.test(ctx.clean.slice(m.end, Math.min(s.end, m.end + 30))) ||
          P_VALUE.test(ctx.clean.slice(Math.max(s.start, m.start - 8), m.start))) continue;
      const clause = clauseText(ctx.clean, s, m);
      let what = "";
      let label = clause;
      if (m.unit === "percent") {
        const p = percentWhat(ctx, m, mentions, inheritedNp, si);
        if (p.np) inheritedNp = p.np;
        what = p.what;
        if (p.of && what) label = `${displayRaw(m)} of ${what}`;
      } else if (m.unit === "currency") {
        what = stripDeterminer(subjectBefore(ctx.clean, s, m, ctx.tokens));
        const ofNp = /([\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+of\s*$/u.exec(ctx.clean.slice(Math.max(s.start, m.start - 50), m.start));
        if (ofNp?.[1] && !/^(?:from|to|by|at)$/i.test(ofNp[1])) what = what ? `${what}: ${stripDeterminer(ofNp[1])}` : stripDeterminer(ofNp[1]);
      } else if (m.unit === "fold") {
        const subject = subjectBefore(ctx.clean, s, m, ctx.tokens) || subjectBefore(ctx.clean, s, { start: s.start, end: s.start }, ctx.tokens, true);
        what = [m.noun, subject ? `in ${stripDeterminer(subject)}` : ""].filter(Boolean).join(" ");
        label = `${capitalise(displayRaw(m))} ${what}`.trim();
      } else if (m.unit === "count" || m.unit === "ordinal") {
        what = m.noun ?? "";
        if (m.unit === "ordinal") label = `${m.raw} ${what}`.trim();
      } else if (m.unit === "points") {
        // "semiconductors with 91 points": the item scored.
        what = itemBefore(ctx.clean.slice(s.start, m.start)) ?? (subjectBefore(ctx.clean, s, m, ctx.tokens) || clause);
      }
      if (!what) what = clause;
      const fact: Omit<NumberFact, "id"> = {
        kind: "number",
        sentenceIndex: s.index,
        source: sourceOf(ctx, s),
        label: capitalise(squash(label)),
        value: m.value,
        unit: m.unit,
        raw: m.raw.replace(/\s+/g, " "),
        what: squash(what),
        at: m.start - s.start,
      };
      if (m.currency) fact.currency = m.currency;
      const year = YEAR_AFTER.exec(ctx.clean.slice(m.end, s.end));
      if (year?.[1]) fact.year = Number(year[1]);
      if (m.unit === "currency") {
        fact.label = capitalise(`${fact.what ? `${fact.what}: ` : ""}${fact.raw}${fact.year ? ` in ${fact.year}` : ""}`);
      }
      out.push({ ...fact, order: m.start });
    }
  });
  return out;
}
