// Stage 4b: DateFacts (calendar dates and ranges from chrono) and EventFacts ("in 1998", a bare
// year with what happened in it).
import type { DateFact, EventFact } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { capitalise, squash } from "./phrases";

const SUBORDINATOR = /^(?:although|though|while|when|after|before|since|as|and|but|however|yet|then|also|so|because|whereas|even though)\s+/i;
const LEFT_BREAK = /(?:^|[,;:]\s+|\s[—–]\s+|—)/g;

function tidy(s: string): string {
  let t = squash(s).replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  for (let i = 0; i < 3 && SUBORDINATOR.test(t); i++) t = t.replace(SUBORDINATOR, "");
  return t.replace(/\s+(?:and|or|but|in|on|from|since)$/i, "");
}

/** What happened: the clause before the date phrase, or after it when the date opens the clause. */
export function happenedAround(ctx: AnalysisContext, si: number, phraseStart: number, phraseEnd: number, minWords = 2, from?: number): string {
  const s = ctx.sentences[si]!;
  const before = ctx.clean.slice(from ?? s.start, phraseStart);
  const breaks = [...before.matchAll(LEFT_BREAK)].map((m) => (m.index ?? 0) + m[0].length);
  let left = tidy(before.slice(breaks[breaks.length - 1] ?? 0));
  if (left.split(" ").length < minWords && breaks.length > 1) left = tidy(before.slice(breaks[breaks.length - 2] ?? 0).replace(/,/g, ""));
  if (left && left.split(" ").length >= minWords) return left;
  const after = ctx.clean.slice(phraseEnd, s.end);
  const right = /^[\s,]*([^;:—]*?)(?:[,;:.!?]|\s[—–]\s|$)/.exec(after)?.[1] ?? "";
  return tidy(right);
}

const PREP_BEFORE = /\b(from|on|in|since|between|by|until|through|during|as of)\s+$/i;

/** `dateline`: the "NAIROBI, Sept 30 -" opening the body says when the story was filed, not
 *  when anything in it happened. */
export function buildDateFacts(ctx: AnalysisContext, dateline?: { start: number; end: number }): FactDraft[] {
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    const numbers = ctx.numbers[si] ?? [];
    for (const d of ctx.dates[si] ?? []) {
      if (d.ambiguous || (dateline && d.start < dateline.end && dateline.start < d.end)) continue;
      const prep = PREP_BEFORE.exec(ctx.clean.slice(Math.max(s.start, d.start - 10), d.start));
      const phraseStart = prep ? d.start - prep[0].length : d.start;
      if (d.granularity !== "year") {
        const what = happenedAround(ctx, si, phraseStart, d.end, 3);
        const fact: Omit<DateFact, "id"> = {
          kind: "date", sentenceIndex: si, source: sourceOf(ctx, s), raw: d.raw, iso: d.iso,
          granularity: d.granularity, what,
          label: capitalise(`${what}${what ? " " : ""}${prep ? `${prep[1]} ` : ""}${d.raw}`),
        };
        if (d.endIso) fact.endIso = d.endIso;
        out.push({ ...fact, order: d.start });
        continue;
      }
      // Only "in YEAR" says something happened that year; "prior to 2000" or "since 2000" do not.
      if (d.preposition !== "in") continue;
      // "$200 million in 1965" ties the year to a figure; the NumberFact carries it.
      if (numbers.some((n) => n.end <= d.start && /^\s+in\s+$/.test(ctx.clean.slice(n.end, d.start)))) continue;
      // Start after an earlier date in the sentence: "launched in 1999 and a deal was struck in 2019".
      const prior = (ctx.dates[si] ?? []).filter((o) => o.end <= phraseStart).pop();
      const what = happenedAround(ctx, si, phraseStart, d.end, 2, prior?.end);
      if (!what || what.split(" ").length < 2) continue;
      const year = Number(d.iso);
      const fact: Omit<EventFact, "id"> = {
        kind: "event", sentenceIndex: si, source: sourceOf(ctx, s), year, what,
        label: capitalise(`${what} in ${year}`),
      };
      out.push({ ...fact, order: d.start });
    }
  });
  return out;
}
