// Stage 4b: DateFacts (calendar dates and ranges from chrono) and EventFacts ("in 1998", a bare
// year with what happened in it). What happened is the clause that owns the date (event-clause.ts).
import type { DateFact, EventFact } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { capitalise, squash } from "./phrases";
import { clauseOwning } from "./event-clause";

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

const DANGLING_END = /\b(?:to|of|since|until|till|from|at|by|the|a|an|in|on|for|through|than|after|before|between|and|or|end|start|beginning|middle|as|starting|ending|effective|commencing)$/i;
// ("Revenue in the third quarter, which ended on Sept 30, rose …": the same bound in a relative
// clause, which belongs to the period, not to the revenue before it.)
const PERIOD_END = /\b(?:months?|weeks?|days?|years?|quarter|half|period|half-year|fiscal year|financial year)(?:\s+(?:to|ended|ending|through|till|until)|,?\s+(?:which|that)\s+(?:ended|ends|ending|closed|closes|runs|ran)(?:\s+(?:on|in))?)\s+$/i;
const PREP_BEFORE = /\b(from|on|in|since|between|by|until|through|during|as of)\s+$/i;
// "in early 2012" or "in the first quarter of 2012" dates what happened as "in 2012" does;
// "since 2012" or "by 2012" do not.
const IN_YEAR = /\bin\s+(?:(?:early|late|mid-?)\s*|the\s+(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of\s+)?$/i;

/** `dateline`: the "NAIROBI, Sept 30 -" opening the body says when the story was filed, not
 *  when anything in it happened. A fact's `what` is the complete clause that owns its date
 *  (subject and verb: "FTA talks were halted"), or "" when the sentence has none for it; the
 *  label then keeps the words around the date. */
export function buildDateFacts(ctx: AnalysisContext, dateline?: { start: number; end: number }): FactDraft[] {
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    const numbers = ctx.numbers[si] ?? [];
    const all = ctx.dates[si] ?? [];
    for (const d of all) {
      if (d.ambiguous || (dateline && d.start < dateline.end && dateline.start < d.end)) continue;
      const lead = ctx.clean.slice(Math.max(s.start, d.start - 36), d.start);
      const prep = PREP_BEFORE.exec(lead);
      const inYear = d.granularity === "year" ? IN_YEAR.exec(lead) : null;
      const phraseStart = d.start - (inYear?.[0].length ?? prep?.[0].length ?? 0);
      // "founded in 1998 and listed in 2004": a clause coordinated after an earlier date starts there.
      const prior = all.filter((o) => o.end <= phraseStart && !o.ambiguous).pop();
      const from = prior && /^[\s,]*(?:and|but|or|then|;|—|–)\s/i.test(ctx.clean.slice(prior.end, phraseStart)) ? prior.end : undefined;
      const clause = clauseOwning(ctx, si, { start: phraseStart, end: d.end }, from);
      // "fell in the three months to [August]": a clause ending on a preposition leads into a
      // period the date only bounds, so it does not say what happened on that date.
      // "Revenue for the three months to January 31 reached …": the date ends a reporting period
      // inside the clause; nothing happened on it, so there is no "On which date did …".
      const closesPeriod = PERIOD_END.test(lead);
      // "The winter timetable will run until March 29": the date only ends what the clause says, so
      // nothing happens on it ("On which date will the timetable run?" would ask the wrong thing).
      const endsSpan = d.granularity !== "year" && /^(?:until|through)$/i.test(prep?.[1] ?? "");
      // "Hapag-Lloyd set a $1,200 charge from May 20": the date is when what was done takes effect,
      // not when it was done ("On which date did Hapag-Lloyd set a charge?" would ask the wrong
      // thing), so it is asked only as the blank it is.
      const startsSpan = d.granularity !== "year" && !d.endIso && /^(?:from|as of)$/i.test(prep?.[1] ?? "");
      const what = clause.complete && !DANGLING_END.test(clause.text) && !closesPeriod && !endsSpan && !startsSpan ? clause.text : "";
      const around = clause.complete ? clause.text : happenedAround(ctx, si, phraseStart, d.end, 2, from);
      if (d.granularity !== "year") {
        const fact: Omit<DateFact, "id"> = {
          kind: "date", sentenceIndex: si, source: sourceOf(ctx, s), raw: d.raw, iso: d.iso,
          granularity: d.granularity, what,
          label: capitalise(`${around}${around ? " " : ""}${prep ? `${prep[1]} ` : ""}${d.raw}`),
        };
        if (d.endIso) fact.endIso = d.endIso;
        out.push({ ...fact, order: d.start });
        continue;
      }
      // Only "in YEAR" says something happened that year; "prior to 2000" or "since 2000" do not.
      if (!inYear) continue;
      // "who won the race in 2022 and 2023", "failed bids for 2016, 2020 and 2032": what happened in
      // more than one year has no one year to ask for ("In which year did Vingegaard win the race?").
      // ("opens in 2027, and 2027 is also the year …" starts a clause of its own after the comma.)
      if (/^(?:(?:\s*,\s*(?:19|20)\d{2})+,?)?\s*(?:and|or|&)\s+(?:in\s+)?(?:19|20)\d{2}\b/.test(ctx.clean.slice(d.end, s.end))) continue;
      // "$200 million in 1965" or "sales rose 5% in 2024": the year dates a figure; the NumberFact carries it.
      if (clause.hasFigure || numbers.some((n) => n.end <= d.start && /^\s+in\s+$/.test(ctx.clean.slice(n.end, d.start)))) continue;
      if (!what && around.split(" ").length < 2) continue;
      const year = Number(d.iso);
      const fact: Omit<EventFact, "id"> = {
        kind: "event", sentenceIndex: si, source: sourceOf(ctx, s), year, what,
        label: capitalise(`${around} in ${year}`),
      };
      out.push({ ...fact, order: d.start });
    }
  });
  return out;
}
