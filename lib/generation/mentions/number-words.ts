// Spelled-out numbers ("five major economic groups", "twenty-one economies"), multipliers and
// ranges ("between 5 and 7 percent"). compromise can parse spelled numbers too, but only as
// whole-document `.numbers()` views without our offsets, and the vocabulary a news article uses
// for counts is small.

const UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, dozen: 12, hundred: 100,
};
const ONES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TENS = new Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);

/** Alternation for a regex; "one" is left out on purpose ("one of the", "one-sided"). */
export const SPELLED_NUMBER = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|hundreds)`;

export function spelledValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^a /, "");
  if (w === "hundreds") return undefined;
  const [tens, ones] = w.split("-");
  if (tens && ones && TENS.has(tens)) {
    const t = UNITS[tens];
    const o = ONES[ones];
    return t !== undefined && o !== undefined ? t + o : undefined;
  }
  return UNITS[w];
}

/** A count written in digits or in words ("19", "seven", "twenty-one"): its value, or undefined. */
export function countValue(word: string): number | undefined {
  // "21,480" is 21480, not NaN: a grouped count compares with its parts like any other.
  return /\d/.test(word) ? Number(word.replace(/,(?=\d{3}(?!\d))/g, "")) : spelledValue(word);
}

const SPELLED = new RegExp(String.raw`\b(?:${SPELLED_NUMBER})\b(?:\s+(hundred|thousand)\b)?`, "gi");
/** "seven percent" → "7 percent", "Twelve hundred dockers" → "1200 dockers": spelled counts as
 *  digits, so figures compare however they are written. */
export function digitised(text: string): string {
  return text.replace(SPELLED, (all: string, scale: string | undefined) => {
    const w = scale ? all.slice(0, all.length - scale.length).trim() : all;
    const v = spelledValue(w);
    if (v === undefined) return all;
    return scale ? String(v * (scale.toLowerCase() === "hundred" ? 100 : 1000)) : String(v);
  });
}

export const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  bln: 1e9, trillion: 1e12, tn: 1e12, tr: 1e12, trln: 1e12,
};

type Span = { start: number; end: number };

/** Words that make "from X to Y" a change over time ("rose from 5 to 7 percent"), not a range. */
const CHANGE_WORD = /\b(?:r[io]s(?:e[sn]?|ing)|fell|fall(?:s|en|ing)?|gr[eo]w[sn]?|growing|growth|increas\w*|decreas\w*|climb\w*|jump\w*|drop\w*|declin\w*|cut(?:s|ting)?|slip\w*|sl[iu]d\w*|surg\w*|soar\w*|plung\w*|plummet\w*|mov\w*|went|go(?:es|ne|ing)?|chang\w*|expan\w*|shr[iau]nk\w*|narrow\w*|widen\w*|rais\w*|lower\w*|reduc\w*|boost\w*|lift\w*|edg\w*|tick\w*|revis\w*|upgrad\w*|downgrad\w*|leap\w*|spik\w*|doubl\w*|tripl\w*|hik\w*|sw[iau]ng\w*|turn\w*|slow\w*|accelerat\w*|improv\w*|worsen\w*|recover\w*|gain\w*|los[st]\w*|tumbl\w*|s[ai]nk\w*|dip\w*|advanc\w*|retreat\w*|rebound\w*|shift\w*|up|down)\b/i;

/** One end of a range: "$5", "7 percent", "12 million", "two". */
const RANGE_END = String.raw`(?:[$€£¥₩]\s?)?(?:\d[\d,]*(?:\.\d+)?|${SPELLED_NUMBER}|one)(?:\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn)\b)?(?:\s?(?:%|percent\b|per cent\b|pct\b))?`;

const RANGE_RE = new RegExp(String.raw`(?<![\p{L}\d.,-])(?:\b(between)\s+(${RANGE_END})\s+and\s+(${RANGE_END})|(${RANGE_END})(\s*[-–—]\s*|\s+to\s+)(${RANGE_END}))`, "giu");
const SPELLED_START = new RegExp(String.raw`^(?:[$€£¥₩]\s?)?(${SPELLED_NUMBER}|one)\b`, "i");

function rangeEnd(s: string): { value: number; scale: number; unit: string } | undefined {
  const num = /\d[\d,]*(?:\.\d+)?/.exec(s)?.[0];
  const word = num ? undefined : SPELLED_START.exec(s)?.[1];
  const value = num ? Number(num.replace(/,/g, "")) : word?.toLowerCase() === "one" ? 1 : spelledValue(word ?? "");
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const mult = /(thousand|million|billion|trillion|mln|bln|mn|bn|tn)\b/i.exec(s)?.[1];
  const unit = /%|percent|per cent|pct/i.test(s) ? "percent" : /^[$€£¥₩]/.test(s) ? "currency" : "";
  return { value, scale: mult ? (MULTIPLIERS[mult.toLowerCase()] ?? 1) : 1, unit };
}

/** Ranges ("between 5 and 7 percent", "5-7%", "5 to 7 percent", "from 10 to 12 million"): neither
 *  end is the figure on its own, so neither becomes a mention. Changes over time ("rose from 5 to
 *  7 percent", "cut from 41% to 32%") and pairs of shares ("44% to 31%") are not ranges. */
export function rangeSpans(clean: string, span: Span): Span[] {
  const text = clean.slice(span.start, span.end);
  const out: Span[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(text); m; m = RANGE_RE.exec(text)) {
    const between = Boolean(m[1]);
    const lowText = (between ? m[2] : m[4]) ?? "";
    const highText = (between ? m[3] : m[6]) ?? "";
    const sep = m[5] ?? "";
    const a = rangeEnd(lowText);
    const b = rangeEnd(highText);
    let ok = Boolean(a && b);
    if (a && b) {
      if (a.unit && b.unit && a.unit !== b.unit) ok = false;
      if (a.unit === "percent" && !b.unit) ok = false;
      if (a.scale > 1 && b.scale === 1) ok = false;
      const low = a.value * (a.scale > 1 ? a.scale : b.scale);
      const high = b.value * b.scale;
      if (!between) {
        const before = text.slice(0, m.index);
        const from = /\bfrom\s+$/i.test(before);
        // The clause before "from": a change word there makes it a change, not a range.
        const clause = before.slice(Math.max(0, before.search(/[^,;:]*$/)), -5).slice(-60);
        if (!(low < high) || (low > 0 && high / low > 10)) ok = false;
        else if (from && CHANGE_WORD.test(clause)) ok = false;
        else if (/^\s+[-–—]\s+$/.test(sep)) ok = false; // a dash aside, not a range
        else if (!from && /to/.test(sep) && a.unit === "percent") ok = false;
      }
    }
    if (ok) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    // Rescan from the second figure: "cut from 41% to 32% to 25%".
    else RANGE_RE.lastIndex = m.index + m[0].length - highText.length;
  }
  return out;
}
