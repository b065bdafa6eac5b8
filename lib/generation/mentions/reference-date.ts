// Stage 3b': when the article was written, which partial dates ("Oct 22") are resolved against.
// Never the machine clock. In order: the caller's option, the front matter's `published`, a
// header block's Date:/Published:, a dateline opening the body ("NAIROBI, Sept 30 (Reuters) -"),
// a credit line near the end that carries a full date ("(Xinhua May 8, 2008)"), else the latest
// full date the article states. A dateline without a year takes one only where the article's
// own years pin it down; otherwise partial dates stay without a year (no year questions).
import * as chrono from "chrono-node";
import type { Block } from "../types";
import { numericOrderOf, type DayFirst } from "./dates";

export interface ReferenceDate {
  /** Noon UTC on the reference day, for chrono (noon keeps the day stable in any zone). */
  instant: Date;
  /** False when no year is known: partial dates then get no year at all. */
  yearKnown: boolean;
  /** "YYYY-MM-DD" when the full date is known. */
  iso?: string;
  source: "option" | "front-matter" | "header" | "dateline" | "credit" | "latest" | "none";
  /** How the page writes numeric dates: day first (03.04 = 3 April), month first, or unknown. */
  dayFirst: DayFirst;
  /** The dateline, which is not quiz material, as offsets into the text. */
  dateline?: { start: number; end: number };
}

export interface DateParts { year?: number; month: number; day: number }

const pad = (n: number) => String(n).padStart(2, "0");
export const isoOfParts = (p: DateParts & { year: number }) => `${p.year}-${pad(p.month)}-${pad(p.day)}`;
const instantOf = (p: DateParts, year = p.year ?? 2000) => new Date(Date.UTC(year, p.month - 1, p.day, 12));
const NEUTRAL = new Date(Date.UTC(2000, 0, 1, 12));
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** A date written as a field value or a dateline: "2025-06-23", "May 8, 2008", "Tuesday, 12 March
 *  2024 10:15 GMT", "Sept 30". Notes after the date ("(date field of …)") are ignored; text that
 *  does not start with a date ("not shown") is not one. Numeric day/month order follows
 *  `dayFirst`; an ambiguous numeric date without it is not read. */
export function parseDateValue(value: string | undefined, dayFirst?: DayFirst): DateParts | null {
  const head = (value ?? "").split(/[([]/)[0]?.trim() ?? "";
  if (!head || head.length > 80) return null;
  let r: chrono.ParsedResult | undefined;
  try {
    r = chrono.parse(head, { instant: NEUTRAL, timezone: 0 }, { forwardDate: false })[0];
  } catch {
    return null;
  }
  if (!r || r.index > 12 || !/^(?:[A-Za-z]+day,?\s*)?$/.test(head.slice(0, r.index).trim())) return null;
  if (!r.start.isCertain("month") || !r.start.isCertain("day") || !/\d/.test(r.text)) return null;
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\b/.exec(r.text);
  let month = r.start.get("month") ?? 1;
  let day = r.start.get("day") ?? 1;
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    if (a <= 12 && b <= 12 && a !== b) {
      if (dayFirst === undefined) return null;
      [day, month] = dayFirst ? [a, b] : [b, a];
    }
  }
  const out: DateParts = { month, day };
  if (r.start.isCertain("year")) out.year = r.start.get("year") ?? undefined;
  return out;
}

// "NAIROBI, Sept 30 (Reuters) -", "SEOUL, Oct. 30 (Yonhap) --", "Kathmandu, December 16", "London, 12 March 2024 —".
// ("BENGALURU/NEW YORK, Nov 3 (Reuters) -": two places filed from, joined by a slash.)
const PLACE = String.raw`([A-Z][\p{L}.'’-]*(?:(?:[ -]|\/)[A-Z][\p{L}.'’-]*){0,4}(?:,\s*[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,2})?)`;
const DATE = String.raw`((?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+(?:19|20)\d{2})?))`;
// The date may also follow the place after a dash ("ULAANBAATAR — June 17 —", "SAN JOSE, Calif. — Feb. 25,
// 2026 —") or sit in brackets ("TOWNSVILLE, Australia (April 8) —"); a wire's credit may be in
// brackets or slashes ("KATOWICE, Poland, July 7 /PRNewswire/ --").
const DATELINE = new RegExp(String.raw`^${PLACE}(?:,\s+|\s+[—–-]{1,2}\s+(?=\S+\.?\s+\d|\d)|\s+(?=\())(\(?)${DATE}\)?(?:\s*\([^()\n]{1,40}\)|\s*/[A-Za-z][\w .-]{1,30}/)?(\s*(?:--|[-—–:]|$)|\s+(?=[A-Z“"]))`, "u");

/** The match's groups: place, date and what ends it, whatever else the pattern holds; null when the
 *  match is no dateline (a dash after the place needs the wire's capitals: "Revenue — March 3 —" is
 *  none; a bracket opened before the date must close after it). */
function datelineParts(m: RegExpExecArray | null): { place: string; date: string; end: string | undefined; all: string } | null {
  if (!m?.[1] || !m[3]) return null;
  const place = m[1];
  const afterPlace = m[0].slice(place.length);
  if (/^\s+[—–-]/.test(afterPlace) && !/^\p{Lu}[\p{Lu}.'’-]+\b/u.test(place)) return null;
  if (m[2] && !m[0].slice(m[0].indexOf(m[3], place.length) + m[3].length).startsWith(")")) return null;
  return { place, date: m[3], end: m[4], all: m[0] };
}
const NOT_A_PLACE = /^(?:On|In|At|By|From|Since|Until|Last|This|Next|Early|Late|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Between)\b/;

// "UPDATE: Two people were hurt.", "BREAKING: …": a wire's label says the line is new, not what happened.
const WIRE_LABEL = /^(?:UPDATE|UPDATED|BREAKING|DEVELOPING|URGENT|FLASH|NEW)(?:\s+\d{1,2})?\s*[:—–-]\s+(?=[A-Z“"‘'\d])/;

export function findDateline(clean: string, blocks: Block[]): { start: number; end: number; raw: string } | null {
  const lines = blocks.filter((b) => b.kind === "headline" || b.kind === "body").slice(0, 3);
  for (const b of lines) {
    const text = clean.slice(b.start, b.end);
    const m = datelineParts(DATELINE.exec(text));
    if (!m || NOT_A_PLACE.test(m.place)) continue;
    // "NAIROBI, Sept 30 Kenya's …": a dateline run into the text needs the wire's capitals.
    const runsOn = m.end !== undefined && !/[-—–:]/.test(m.end) && m.all.length < text.length;
    if (runsOn && m.place !== m.place.toUpperCase()) continue;
    const at = b.start + m.all.indexOf(m.date, m.place.length);
    return { start: b.start, end: b.start + m.all.trimEnd().length, raw: clean.slice(at, at + m.date.length) };
  }
  return null;
}

/** The dateline opening a sentence ("HANOI, July 9 - ", "CANBERRA, 14 March 2025 — "), or "" when
 *  it has none. Quoted in a question it reads as noise: where and when the story was filed. */
export function datelineOf(sentence: string): string {
  const label = WIRE_LABEL.exec(sentence);
  if (label && label[0].length < sentence.length) return label[0].trimEnd();
  const m = datelineParts(DATELINE.exec(sentence));
  if (!m || NOT_A_PLACE.test(m.place) || m.all.length >= sentence.length) return datelineWithoutDate(sentence);
  const runsOn = m.end !== undefined && !/[-—–:]/.test(m.end);
  if (runsOn && m.place !== m.place.toUpperCase()) return "";
  return m.all;
}

// A dateline with no date: "SEOUL (Reuters) - ", "LOS ANGELES — ", "LAHORE: ", "ASUNCIÓN, Paraguay (AP) — ",
// "Nairobi (AFP) - ". The place is in the wire's capitals, or a wire's credit in brackets follows it;
// then a dash or a colon, and the claim.
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:(?:[ -]|\/)\p{Lu}[\p{Lu}.'’-]*){0,4}`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}.'’-]+(?:[ -]\p{Lu}[\p{Ll}.'’-]+){0,2}`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?`;
const CREDIT = String.raw`\(\p{Lu}[^()\n]{0,30}\)`;
const DATELESS = new RegExp(String.raw`^(?:${CAPS_PLACE}${REGION}(?:\s*${CREDIT})?|${TITLE_PLACE}${REGION}\s*${CREDIT})\s*(?:--|[-—–:])\s+(?=[\p{Lu}“"‘'\d])`, "u");

function datelineWithoutDate(sentence: string): string {
  const m = DATELESS.exec(sentence);
  // One capitalised word of two letters ("UN: …", "US - …") is more likely a subject than a place.
  if (!m || m[0].length >= sentence.length || /^\p{Lu}{1,2}\s*[-—–:]/u.test(m[0])) return "";
  return m[0].trimEnd();
}

/** A full date closing one of the last lines: "(Xinhua News Agency May 8, 2008)". */
function creditDate(clean: string): DateParts | null {
  const lines = clean.split("\n").map((l) => l.trim()).filter(Boolean).slice(-3).reverse();
  for (const line of lines) {
    if (line.split(/\s+/).length > 15) continue;
    const parenthesised = /^[([].*[)\]]\.?$/.test(line);
    if (!parenthesised && /\.$/.test(line) && line.split(/\s+/).length > 8) continue;
    const m = new RegExp(String.raw`${DATE}\s*[)\].]*$`, "u").exec(line);
    const parts = m?.[1] ? parseDateValue(m[1]) : null;
    if (parts?.year) return parts;
  }
  return null;
}

/** The latest day-precise date with a year stated in the quiz text. */
function latestFullDate(clean: string, spans: ReadonlyArray<{ start: number; end: number }>): DateParts | null {
  let best: DateParts | null = null;
  for (const s of spans) {
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.parse(clean.slice(s.start, s.end), { instant: NEUTRAL, timezone: 0 }, { forwardDate: false });
    } catch {
      continue;
    }
    for (const r of results) {
      // "today" and "the last two days" are certain too, relative to chrono's instant.
      if (!r.start.isCertain("month") || !r.start.isCertain("day") || !/\b(?:19|20)\d{2}\b/.test(r.text)) continue;
      const p = { year: r.start.get("year") ?? 0, month: r.start.get("month") ?? 1, day: r.start.get("day") ?? 1 };
      if (!best || instantOf(p) > instantOf(best)) best = p;
    }
  }
  return best;
}

const YEAR_AFTER_SAME_PERIOD = /\bsame (?:period|quarter|month|week|time|season)(?: of| in| last year,?)?\s+((?:19|20)\d{2})\b/gi;
const LAST_YEAR_NAMED = /\blast year\s*\(?((?:19|20)\d{2})\)?/gi;
const THIS_YEAR_NAMED = /\bthis year\s*\(?((?:19|20)\d{2})\)?/gi;

/** The year of a month/day known without one, where the article pins it down: "the same period
 *  in 2015" is a year before the time of writing; "last year (2015)" too; a full date stated a
 *  few weeks before the dateline's day is in its year. Conflicting clues give no year. */
export function inferYear(p: DateParts, clean: string, spans: ReadonlyArray<{ start: number; end: number }>): number | undefined {
  const text = spans.map((s) => clean.slice(s.start, s.end)).join("\n");
  const votes = new Set<number>();
  for (const m of text.matchAll(YEAR_AFTER_SAME_PERIOD)) votes.add(Number(m[1]) + 1);
  for (const m of text.matchAll(LAST_YEAR_NAMED)) votes.add(Number(m[1]) + 1);
  for (const m of text.matchAll(THIS_YEAR_NAMED)) votes.add(Number(m[1]));
  if (votes.size === 0) {
    const recent = latestFullDate(clean, spans);
    if (recent?.year !== undefined) {
      for (const y of [recent.year, recent.year + 1]) {
        const days = (instantOf(p, y).getTime() - instantOf(recent).getTime()) / 864e5;
        if (days >= 0 && days <= 45) votes.add(y);
      }
    }
  }
  if (votes.size !== 1) return undefined;
  const year = [...votes][0]!;
  // Years the article gives for what already happened cannot come after the time of writing.
  const past = [...text.matchAll(/\b(?:in|since|from|during)\s+((?:19|20)\d{2})\b(?!\s*(?:and|to)\b)/g)]
    .filter((m) => !/\b(?:will|would|expects?|expected|forecasts?|projected|plans?|target|goal|aims?|by)\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index)))
    .map((m) => Number(m[1]));
  return past.every((y) => y <= year) ? year : undefined;
}

export interface ReferenceInput {
  option?: string;
  fields: Record<string, string>;
  frontKind?: "fence" | "header";
  clean: string;
  blocks: Block[];
  /** Quiz-text spans (sentences) to read years and dates from. */
  spans: ReadonlyArray<{ start: number; end: number }>;
}

export function resolveReference(input: ReferenceInput): ReferenceDate {
  const { clean, blocks, spans } = input;
  const dateline = findDateline(clean, blocks);
  const dayFirst = numericOrderOf(clean, spans, [dateline?.raw, input.fields.published]);
  const full = (p: DateParts & { year: number }, source: ReferenceDate["source"]): ReferenceDate => ({
    instant: instantOf(p), yearKnown: true, iso: isoOfParts(p), source, dayFirst,
    ...(dateline ? { dateline: { start: dateline.start, end: dateline.end } } : {}),
  });
  const fromOption = parseDateValue(input.option, dayFirst);
  if (fromOption?.year) return full({ ...fromOption, year: fromOption.year }, "option");
  const published = parseDateValue(input.fields.published, dayFirst);
  const source = input.frontKind === "header" ? "header" : "front-matter";
  if (published?.year) return full({ ...published, year: published.year }, source);
  const fromDateline = dateline ? parseDateValue(dateline.raw, dayFirst) : null;
  if (fromDateline?.year) return full({ ...fromDateline, year: fromDateline.year }, "dateline");
  // A month and day without a year: from the dateline, else from the header.
  const partial = fromDateline ?? published;
  if (partial) {
    const year = inferYear(partial, clean, spans);
    if (year !== undefined) return full({ ...partial, year }, fromDateline ? "dateline" : source);
    return { instant: instantOf(partial), yearKnown: false, source: fromDateline ? "dateline" : source, dayFirst,
      ...(dateline ? { dateline: { start: dateline.start, end: dateline.end } } : {}) };
  }
  const credit = creditDate(clean);
  if (credit?.year) return full({ ...credit, year: credit.year }, "credit");
  const latest = latestFullDate(clean, spans);
  if (latest?.year) return full({ ...latest, year: latest.year }, "latest");
  return { instant: NEUTRAL, yearKnown: false, source: "none", dayFirst };
}
