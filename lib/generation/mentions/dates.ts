// Stage 3b: dates. chrono-node resolves partial dates ("May 30 to June 30") against an explicit
// reference date — never the machine clock — but ignores bare years, so those are a rule.
import * as chrono from "chrono-node";

export interface DateMention {
  start: number;
  end: number;
  raw: string;
  iso: string;
  granularity: "day" | "month" | "year";
  endIso?: string;
  /** For bare years: the word before it ("in", "since", "prior to"). */
  preposition?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoOf(c: chrono.ParsedComponents, granularity: "day" | "month"): string {
  const y = c.get("year") ?? 2000;
  const m = c.get("month") ?? 1;
  return granularity === "day" ? `${y}-${pad(m)}-${pad(c.get("day") ?? 1)}` : `${y}-${pad(m)}`;
}

/** "2025-06-23" → a Date at noon UTC (noon keeps the day stable in any time zone). */
export function referenceInstant(iso: string | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1, 12)) : d;
}

const YEAR_RE = /(?<![\p{L}\d$€£¥₩,.-])((?:1[89]|20)\d{2})(?![\p{L}\d%]|,\d|\.\d|\s?(?:percent|per cent)\b)/gu;
const PREP_RE = /\b(in|since|by|until|till|from|to|before|after|prior to|through|during|between|and|around|early|late|mid-?|of|as of)\s+$/i;

export function findDates(
  clean: string,
  span: { start: number; end: number },
  reference: Date,
): DateMention[] {
  const text = clean.slice(span.start, span.end);
  const out: DateMention[] = [];
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (!r.start.isCertain("month") || /^(?:now|today|tonight|this)\b/i.test(r.text)) continue;
    // chrono reads "may" as the month in "it may rise"; a month needs a capital letter.
    if (!/[A-Z\d]/.test(r.text)) continue;
    const granularity = r.start.isCertain("day") ? "day" : "month";
    const mention: DateMention = {
      start: span.start + r.index,
      end: span.start + r.index + r.text.length,
      raw: r.text,
      iso: isoOf(r.start, granularity),
      granularity,
    };
    if (r.end) mention.endIso = isoOf(r.end, r.end.isCertain("day") ? "day" : "month");
    out.push(mention);
  }
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const start = span.start + m.index;
    const end = start + (m[1]?.length ?? 4);
    if (out.some((d) => start < d.end && d.start < end)) continue;
    const prep = PREP_RE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1]?.toLowerCase();
    const mention: DateMention = { start, end, raw: m[1] ?? "", iso: m[1] ?? "", granularity: "year" };
    if (prep) mention.preposition = prep;
    out.push(mention);
  }
  out.sort((a, b) => a.start - b.start);
  // chrono misses "between Jan. 15 and Feb. 20": join two dates linked that way into a range.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.endIso || a.granularity === "year" || b.granularity === "year") continue;
    const lead = /\b(?:between|from)\s+$/i.test(clean.slice(Math.max(span.start, a.start - 9), a.start));
    if (!lead || !/^\s*(?:and|to|through|until|[-–])\s*$/.test(clean.slice(a.end, b.start))) continue;
    out.splice(i, 2, { ...a, end: b.end, raw: clean.slice(a.start, b.end), endIso: b.iso });
  }
  return out;
}
