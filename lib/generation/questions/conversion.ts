// A figure converted in brackets: "10 kilometers (6 miles)", "98 billion crowns ($9.1 billion)",
// "minus 60 degrees Celsius (minus 76 degrees Fahrenheit)". The bracket is the writer's arithmetic on
// the figure before it, not a fact of the story: asking for it tests a conversion, and showing it
// beside a blank on the figure before gives that figure away to anyone who can convert.
import { CURRENCY_WORD } from "../mentions/currency";

const SIGN = String.raw`(?:US\$|U\.S\.\s?\$|[A-Z]{1,2}\$|\$|€|£|¥|₩|₹)`;
const SCALE = String.raw`(?:\s*(?:million|billion|trillion|thousand|mln|bln|bn|m)\b)?`;
const FIGURE = String.raw`${SIGN}?\d[\d.,]*${SCALE}`;
const HEDGE = String.raw`(?:(?:about|around|some|roughly|nearly|almost|approximately|more\s+than|over|under|minus|up\s+to)\s+|[-−~])?`;
const MEASURE = String.raw`(?:square\s+|cubic\s+)?(?:miles?|mi|kilomet(?:er|re)s?|km|feet|foot|ft|inch(?:es)?|yards?|met(?:er|re)s?|m|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|pounds?|lbs?|kilograms?|kg|grams?|ounces?|oz|tons?|tonnes?|acres?|hectares?|gallons?|lit(?:er|re)s?|barrels?|mph|km\/h|kph|knots|nautical\s+miles|degrees(?:\s+(?:Fahrenheit|Celsius|F|C))?|°\s?[FC]?|Fahrenheit|Celsius)`;
const MONEY = String.raw`(?:${CURRENCY_WORD}|crowns?|kronor|krona|kroner|krone|shillings?|dinars?|dirhams?|riyals?|rials?|zloty|forint|naira|cedis?|pesos?|leu|lei|hryvnias?|tenge|lari|soles?|bolivars?)`;
const UNIT = String.raw`(?:${MEASURE}|${MONEY})(?![\p{L}])`;

// The figure with its unit, then the bracket. Either side shows it is a measure or money: a sign or
// a unit word; "1,240 people (214 of them seriously)" is a part, not a conversion.
const CONVERSION = new RegExp(
  String.raw`(${HEDGE}(${FIGURE})(?:[\s-]+(${UNIT}))?)\s*\(\s*${HEDGE}(${FIGURE})(?:[\s-]+(${UNIT}))?\s*\)`,
  "gu",
);

export interface Conversion { figureAt: number; figureEnd: number; open: number; close: number }

export function conversions(sentence: string): Conversion[] {
  const out: Conversion[] = [];
  CONVERSION.lastIndex = 0;
  for (let m = CONVERSION.exec(sentence); m; m = CONVERSION.exec(sentence)) {
    const [whole, outer = "", outerFig = "", outerUnit, innerFig = "", innerUnit] = m;
    const measured = (fig: string, unit?: string) => !!unit || new RegExp(`^${SIGN}`).test(fig);
    if (!measured(outerFig, outerUnit) || !measured(innerFig, innerUnit)) continue;
    const open = m.index + whole.indexOf("(", outer.length);
    out.push({ figureAt: m.index, figureEnd: m.index + outer.length, open, close: m.index + whole.length });
  }
  return out;
}

/** The figure at `at` is the converted one, inside the bracket. */
export function isConverted(sentence: string, at: number): boolean {
  return conversions(sentence).some((c) => at > c.open && at < c.close);
}

/** The sentence without the bracket that converts the figure ending at `end` ("10 kilometers
 *  (6 miles) deep" → "10 kilometers deep"); unchanged when there is none. */
export function withoutConversionOf(sentence: string, at: number, end: number): string {
  const c = conversions(sentence).find((x) => at >= x.figureAt && end <= x.figureEnd);
  if (!c) return sentence;
  return sentence.slice(0, c.open).replace(/\s+$/, "") + sentence.slice(c.close);
}
