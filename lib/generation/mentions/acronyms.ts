// Stage 3c: acronyms with their expansions, Schwartz & Hearst (2003), "A simple algorithm for
// identifying abbreviation definitions in biomedical text". Hand-written because compromise only
// tags the short form, and the library implementations measured truncated the long forms.

export interface AcronymMention {
  start: number;
  end: number;
  short: string;
  long: string;
}

const PAREN = /\(([^()\s][^()]{0,12}?)\)/g;

/** Right-to-left character match of the short form against the candidate long form. */
export function bestLongForm(short: string, long: string): string | undefined {
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short.charAt(s).toLowerCase();
    if (!/[\p{L}\d]/u.test(c)) continue;
    while (
      l >= 0 &&
      (long.charAt(l).toLowerCase() !== c || (s === 0 && l > 0 && /[\p{L}\d]/u.test(long.charAt(l - 1))))
    ) l--;
    if (l < 0) return undefined;
    l--;
  }
  const from = long.lastIndexOf(" ", l) + 1;
  return long.slice(from);
}

function isShortForm(s: string): boolean {
  return /^\p{Lu}[\p{L}\d&.-]{1,9}$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2 && s.split(/\s+/).length === 1;
}

/** "Asean", "Nato": an acronym some papers write as a word; only trusted with a long expansion. */
function isWordAcronym(s: string): boolean {
  return /^\p{Lu}\p{Ll}{2,5}$/u.test(s);
}

export function findAcronyms(clean: string, span: { start: number; end: number }): AcronymMention[] {
  const text = clean.slice(span.start, span.end);
  const out: AcronymMention[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const short = m[1] ?? "";
    // Digits make for junk like "Group of 7 (G7)": real, but not worth a question.
    const wordLike = isWordAcronym(short);
    if ((!isShortForm(short) && !wordLike) || /\d/.test(short)) continue;
    const before = text.slice(0, m.index).trimEnd();
    const words = before.split(/\s+/);
    const maxWords = Math.min(short.length + 5, short.length * 2);
    const window = words.slice(-maxWords).join(" ").replace(/^.*[,;:"“”()]\s*/, "");
    const long = bestLongForm(short, window)?.replace(/^(?:the|a|an)\s+/i, "");
    if (!long || long.length <= short.length || !/^\p{Lu}/u.test(long)) continue;
    if (long.split(/\s+/).length < 2 && !/-/.test(long)) continue;
    if (wordLike && (long.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 3 || long.charAt(0) !== short.charAt(0))) continue;
    // "the European Automobile Manufacturers' Association (ACEA)": letters matched inside words gave
    // "Automobile Manufacturers' Association", a name cut short (ACEA is the French name's). A long
    // form that starts inside a run of capitalised words is not the name the short form stands for.
    const wordBefore = /(\S+)\s+$/.exec(before.slice(0, before.length - long.length))?.[1] ?? "";
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(wordBefore) && !/^(?:The|A|An|This|That|Its|Their|His|Her|In|On|At|By|For|From|With|Of|And|But|Says|Said)$/.test(wordBefore)) continue;
    const longStart = span.start + before.length - long.length;
    out.push({ start: longStart, end: span.start + m.index + m[0].length, short, long });
  }
  return out;
}
