// Spelled-out numbers ("five major economic groups", "twenty-one economies"). compromise can
// parse these too, but only as whole-document `.numbers()` views without our offsets, and the
// vocabulary a news article uses for counts is small.

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

export const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  bln: 1e9, trillion: 1e12, tn: 1e12, tr: 1e12, trln: 1e12,
};

/** Words that make "from X to Y" a change over time ("rose from 5 to 7 percent"), not a range. */
export const CHANGE_WORD = /\b(?:r[io]s(?:e[sn]?|ing)|fell|fall(?:s|en|ing)?|gr[eo]w[sn]?|growing|growth|increas\w*|decreas\w*|climb\w*|jump\w*|drop\w*|declin\w*|cut(?:s|ting)?|slip\w*|sl[iu]d\w*|surg\w*|soar\w*|plung\w*|plummet\w*|mov\w*|went|go(?:es|ne|ing)?|chang\w*|expan\w*|shr[iau]nk\w*|narrow\w*|widen\w*|rais\w*|lower\w*|reduc\w*|boost\w*|lift\w*|edg\w*|tick\w*|revis\w*|upgrad\w*|downgrad\w*|leap\w*|spik\w*|doubl\w*|tripl\w*|hik\w*|sw[iau]ng\w*|turn\w*|slow\w*|accelerat\w*|improv\w*|worsen\w*|recover\w*|gain\w*|los[st]\w*|tumbl\w*|s[ai]nk\w*|dip\w*|advanc\w*|retreat\w*|rebound\w*|shift\w*|up|down)\b/i;

/** One end of a range: "$5", "7 percent", "12 million", "two". */
export const RANGE_END = String.raw`(?:[$€£¥₩]\s?)?(?:\d[\d,]*(?:\.\d+)?|${SPELLED_NUMBER}|one)(?:\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn)\b)?(?:\s?(?:%|percent\b|per cent\b|pct\b))?`;
