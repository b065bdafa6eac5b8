// Stage 3b: dates. chrono-node resolves partial dates ("May 30 to June 30") against an explicit
// reference date — never the machine clock — but ignores bare years, so those are a rule.
// Numeric dates ("03.04.2019") are read in the page's own order (see numericOrderOf); one that
// could be either day or month first, with nothing to tell which, is kept only as `ambiguous`
// so the figures in it are not read as numbers, and no fact is made of it.
import * as chrono from "chrono-node";

export interface DateMention {
  start: number;
  end: number;
  raw: string;
  /** "2025-06-23", "2025-06" or "2025"; "--06-23" / "--06" when no year is known. */
  iso: string;
  granularity: "day" | "month" | "year";
  endIso?: string;
  /** For bare years: the word before it ("in", "since", "prior to"). */
  preposition?: string;
  /** True when the text itself gives the year (not the reference date). */
  yearStated?: boolean;
  /** A numeric date whose day/month order is unknown: not to be quizzed. */
  ambiguous?: boolean;
}

/** true: day first (03.04 is 3 April); false: month first; undefined: unknown. */
export type DayFirst = boolean | undefined;

export interface FindDatesOptions {
  /** False when no year can be known for partial dates: they get "--MM-DD". Default true. */
  yearKnown?: boolean;
  dayFirst?: DayFirst;
}

const pad = (n: number) => String(n).padStart(2, "0");

interface Parts { year: number | null; month: number; day: number }

function isoOf(p: Parts, granularity: "day" | "month", yearKnown: boolean): string {
  const y = p.year !== null ? String(p.year) : yearKnown ? "2000" : "-";
  return granularity === "day" ? `${y}-${pad(p.month)}-${pad(p.day)}` : `${y}-${pad(p.month)}`;
}

function partsOf(c: chrono.ParsedComponents, yearKnown: boolean): Parts {
  const stated = c.isCertain("year");
  return { year: stated || yearKnown ? (c.get("year") ?? 2000) : null, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
}

/** "2025-06-23" → a Date at noon UTC (noon keeps the day stable in any time zone). */
export function referenceInstant(iso: string | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1, 12)) : d;
}

const NUMERIC_DATE = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d{2})(?![\d.,/-]?\d)/g;
const DAY_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))/;

/** How the page writes numeric dates. Evidence, strongest first: a numeric date in the text
 *  whose first number cannot be a month (13.04.2019) or whose second cannot (04/13/2019); then
 *  the style of the dateline or header date ("12 March" or "March 12"); then the style of the
 *  written-out dates in the text, when they all agree. Conflicting evidence means unknown. */
export function numericOrderOf(clean: string, spans: ReadonlyArray<{ start: number; end: number }>, hints: ReadonlyArray<string | undefined> = []): DayFirst {
  let dayFirst = false;
  let monthFirst = false;
  const texts = spans.map((s) => clean.slice(s.start, s.end));
  for (const t of texts) {
    for (const m of t.matchAll(NUMERIC_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b >= 1 && b <= 12) dayFirst = true;
      if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
    }
  }
  if (dayFirst !== monthFirst) return dayFirst;
  if (dayFirst && monthFirst) return undefined;
  const styleOf = (t: string): DayFirst => (DAY_MONTH.test(t) && !MONTH_DAY.test(t) ? true : MONTH_DAY.test(t) && !DAY_MONTH.test(t) ? false : undefined);
  for (const h of hints) {
    const s = h ? styleOf(h.split(/[([]/)[0] ?? "") : undefined;
    if (s !== undefined) return s;
  }
  const styles = new Set(texts.map(styleOf).filter((s) => s !== undefined));
  return styles.size === 1 ? [...styles][0] : undefined;
}

const YEAR_RE = /(?<![\p{L}\d$€£¥₩,.-])((?:1[89]|20)\d{2})(?![\p{L}\d%]|,\d|\.\d|\s?(?:percent|per cent)\b)/gu;
const PREP_RE = /\b(in|since|by|until|till|from|to|before|after|prior to|through|during|between|and|around|early|late|mid-?|of|as of)\s+$/i;

export function findDates(
  clean: string,
  span: { start: number; end: number },
  reference: Date,
  options: FindDatesOptions = {},
): DateMention[] {
  const yearKnown = options.yearKnown ?? true;
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
    // "in June, 9.8 percent of pupils …": a number after "Month," or one that goes on as a decimal
    // or a grouped figure is not the day; only the month is named.
    const monthOnly = r.start.isCertain("day") && /^[A-Za-z]+\.?,?\s+\d{1,2}$/.test(r.text) && (/^[A-Za-z]+\.?,/.test(r.text) || /^(?:[.,]\d|\s*(?:%|percent\b|per cent\b))/i.test(text.slice(r.index + r.text.length)));
    const raw = monthOnly ? (/^[A-Za-z]+/.exec(r.text)?.[0] ?? r.text) : r.text;
    const granularity = r.start.isCertain("day") && !monthOnly ? "day" : "month";
    const start = partsOf(r.start, yearKnown);
    let ambiguous = false;
    const numeric = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2,4}))?(?!\d)/.exec(r.text);
    if (numeric) {
      const a = Number(numeric[1]);
      const b = Number(numeric[2]);
      if (a > 12 && b > 12) continue;
      // Without a year "6/2" is as likely a score or a fraction as a date.
      if (!numeric[3] || r.end) ambiguous = true;
      else if (a > 12) [start.day, start.month] = [a, b];
      else if (b > 12) [start.month, start.day] = [a, b];
      else if (a !== b) {
        if (options.dayFirst === undefined) ambiguous = true;
        else [start.day, start.month] = options.dayFirst ? [a, b] : [b, a];
      }
    }
    const mention: DateMention = {
      start: span.start + r.index,
      end: span.start + r.index + raw.length,
      raw,
      iso: isoOf(start, granularity, yearKnown),
      granularity,
      yearStated: r.start.isCertain("year"),
    };
    if (ambiguous) mention.ambiguous = true;
    if (r.end) mention.endIso = isoOf(partsOf(r.end, yearKnown), r.end.isCertain("day") ? "day" : "month", yearKnown);
    out.push(mention);
  }
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const start = span.start + m.index;
    const end = start + (m[1]?.length ?? 4);
    if (out.some((d) => start < d.end && d.start < end)) continue;
    const prep = PREP_RE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1]?.toLowerCase();
    const mention: DateMention = { start, end, raw: m[1] ?? "", iso: m[1] ?? "", granularity: "year", yearStated: true };
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
  // "between February 20 and 26", "from March 3 to 9": the end day alone, in the same month.
  for (const a of out) {
    if (a.endIso || a.granularity !== "day" || !/\b(?:between|from)\s+$/i.test(clean.slice(Math.max(span.start, a.start - 9), a.start))) continue;
    const m = /^(\s*(?:and|to|through|until|[-–])\s*)(\d{1,2})(?:st|nd|rd|th)?(?![.,]?\d)(?=\s*(?:[,.;:)—–]|$)|\s+(?:by|in|at|on|and|when|as|while|with|for|last|this|next|before|after)\b)/u.exec(clean.slice(a.end, span.end));
    const day = Number(m?.[2]);
    const from = Number(a.iso.slice(8, 10));
    if (!m || !(day > from && day <= 31)) continue;
    a.endIso = `${a.iso.slice(0, 8)}${String(day).padStart(2, "0")}`;
    a.end += m[0].length;
    a.raw = clean.slice(a.start, a.end);
  }
  return out;
}
