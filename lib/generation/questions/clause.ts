// The clause of a sentence that holds a figure or a name: what a question quotes as its claim.
// Apart from text.ts because it reads the sentence with compromise and the dateline with
// chrono-node; text.ts stays plain string work, which grading (lib/question-types) imports too.
import nlp from "compromise";
import { datelineOf } from "../mentions/reference-date";

// Only strong breaks: a dash aside or a semicolon; commas would leave fragments.
const CLAUSE_BREAK = /\s+[—–]\s+|\s+-\s+|;\s+/g;

/** The part of `sentence` around `needle`, dropping dash asides and semicolon clauses that
 *  contain a `banned` phrase (e.g. a contradicted figure) while keeping the article's own
 *  punctuation, then clipped to `max` characters around the needle. Returns null when the
 *  needle itself sits in a banned piece. */
export function clauseAround(sentence: string, needle: string, banned: string[] = [], max = 220, before = ""): string | null {
  // "ZURICH, Sept 17 - Swiss group …": the dateline is where and when the story was filed; the
  // claim starts after it (and its dash is no clause break).
  const dateline = datelineOf(sentence);
  const clause = clauseAroundAsWritten(dateline ? sentence.slice(dateline.length).trimStart() : sentence, needle, banned, max);
  if (clause === null) return null;
  // "The union denied the strike caused the losses. … She said fuel costs had risen by 110 million
  // euros": a claim made by one side of a dispute (the two sentences before, or its own, deny,
  // dispute or blame) is that side's, not the article's; its lead stays.
  const lastTwo = before.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).slice(-2).join(" ");
  if (DISPUTE.test(lastTwo) || DISPUTE.test(sentence)) return clause;
  return unreported(clause, needle);
}

// Words that set one side's claim against another's.
const DISPUTE = /\b(?:den(?:y|ies|ied)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|contest(?:s|ed|ing)?|counter(?:s|ed)|insist(?:s|ed)|dismiss(?:es|ed|ing))\b/i;

// "It said agriculture grew 5.5 percent": the pronoun names the source of a claim, not its
// subject; the claim stands on its own, and the question already says "according to the article".
const REPORTING_LEAD = /^(?:It|He|She|They)\s+(?:said|says|added|noted|reported|estimated|forecast|predicted|expects?)\s+(?:that\s+)?(?=[A-Za-z])/;

// A modal before the figure: the claim is what might happen, not what did.
const PERSONAL_CONJECTURE = /\b(?:would|could|might|may)\b/;

function unreported(clause: string, needle: string): string {
  const m = REPORTING_LEAD.exec(clause);
  if (!m || !clause.slice(m[0].length).includes(needle)) return clause;
  const rest = clause.slice(m[0].length);
  // "He added that 40 of the objects …": a claim that opens with a figure keeps its lead (a
  // sentence does not start with digits), and "that" never becomes the claim's first word.
  if (/^that\s/i.test(rest)) return clause;
  // "It said delays at Boeing meant it would have 29 fewer planes": a pronoun left in the claim
  // stood for the reporter, whom the cut would leave unnamed (or hand to Boeing).
  if (/\b(?:it|its|they|their|them|he|his|him|she|her)\b/i.test(rest)) return clause;
  // "It expects the economy to grow 1.3 percent", "She estimated the damage at €75 million": a verb
  // of forecasting takes an object and its figure, not a clause; cut, the claim has no verb of its own.
  if (/^\S+\s+(?:estimated|forecast|predicted|expects?)\b/.test(m[0]) && !hasFiniteVerb(rest)) return clause;
  // "He said the new tax would add 30 cents a litre": what a person says would, could or might
  // happen is that person's view (a rival's warning, a critic's guess), not a finding the article
  // reports; cut, the claim becomes the article's own. (An office's "It forecast growth would slow"
  // is the report's content and is cut as before.)
  if (/^(?:He|She)\s/.test(m[0]) && PERSONAL_CONJECTURE.test(rest.slice(0, rest.indexOf(needle)))) return clause;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Whether `text` has a verb of its own that is not an infinitive ("the economy to grow" has none). */
function hasFiniteVerb(text: string): boolean {
  try {
    const terms = nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[];
    const at = terms.findIndex((t) => t.terms[0]?.tags.includes("Verb"));
    return at >= 0 && !/^to$/i.test(terms[at - 1]?.text ?? "");
  } catch {
    return true;
  }
}

function clauseAroundAsWritten(sentence: string, needle: string, banned: string[], max: number): string | null {
  const isBanned = (p: string) => banned.some((b) => b && p.includes(b));
  // Pieces with the separator that precedes each, so kept pieces rejoin exactly as written.
  const pieces: { sep: string; text: string }[] = [];
  let last = 0;
  let sep = "";
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    pieces.push({ sep, text: sentence.slice(last, m.index) });
    sep = m[0];
    last = m.index + m[0].length;
  }
  pieces.push({ sep, text: sentence.slice(last) });
  const kept = pieces.filter((p) => p.text.includes(needle) || !isBanned(p.text));
  let clause = kept.map((p, i) => (i === 0 ? p.text : p.sep + p.text)).join("").trim();
  if (!clause.includes(needle)) clause = pieces.find((p) => p.text.includes(needle))?.text.trim() ?? "";
  if (!clause) return null;
  // A banned list item (a contested member) is dropped from the list around it.
  if (isBanned(clause)) {
    clause = clause
      .split(/,\s+/)
      .filter((p) => p.includes(needle) || !isBanned(p))
      .join(", ");
    if (isBanned(clause)) return null;
  }
  if (clause.length <= max) return clause.replace(/[\s,;:]+$/, "");
  const at = clause.indexOf(needle);
  // A long sentence whose figure sits in its main clause is cut where the next clause begins
  // (", and signed …", ", as the minister said …", ", according to a report …"): a whole
  // statement, no ellipsis needed; the question already says "according to the article".
  if (sentence.startsWith(clause.slice(0, 30)) && !/^\s*["“‘']/.test(sentence)) {
    // (… and ", setting a record", ", forcing the airline to …", ", ending more than a decade of
    // debate": a participle that opens an object or a figure adds a consequence; a bare "-ing"
    // noun in a list, ", clothing and food", does not qualify. So does an aside that ranks or
    // compares the figure: ", the highest since 1887", ", its lowest close in three weeks", ", up
    // from 30,000", ", a record"; and one that sums up or places what went before: ", a discovery
    // they say sheds new light …", ", a form used across the region …", ", one of the most famous …".)
    // (… and ", ruling that …", ", saying that …": a participle that opens a reported clause; and
    // a closing attribution, ", the state weather agency said.", which "according to the article"
    // already stands for; ", regulator Ofwat said on Thursday, …" midway the same; and ", followed by
    // …", the next in a ranking, whose figures are its own.)
    for (const m of clause.matchAll(/,\s+(?:and|as|while|whilst|but|which|whereas|with|after|before|amid|according to|citing|[a-z]{3,}ing(?=\s+(?:the|a|an|it|its|their|his|her|them|him|up|down|more|less|nearly|almost|about|some|over|that|\d)\b)|(?:the|a|an)(?=\s+[a-z][a-z' -]{2,50}\s(?:said|says|reported|announced|estimated)(?:\s+on\s+[A-Z][a-z]+day)?\.?$)|(?:the|its|their|his|her)(?=\s+(?:highest|lowest|largest|biggest|smallest|strongest|weakest|fastest|slowest|best|worst|most|least)\b)|(?:up|down)(?=\s+from\b)|a(?=\s+(?:record|new record)\b)|a(?=\s+(?:[a-z]+\s+){1,2}(?:that|which|who|they|experts|officials|analysts|scientists|critics|[a-z]{2,}ed)\b)|one(?=\s+of\s+the\b)|[a-z]{3,}(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:said|says)(?:\s+on\s+[A-Z][a-z]+day)?(?:,|\.?$))|followed(?=\s+by\b))\s/g)) {
      if (m.index < at + needle.length) continue;
      // Never inside an aside: a list set off by dashes or brackets must stay whole.
      const head = clause.slice(0, m.index);
      if ((head.match(/\s[—–]\s|\s-\s/g) ?? []).length % 2 === 1 || (head.match(/\(/g) ?? []).length > (head.match(/\)/g) ?? []).length) break;
      if (m.index <= max && m.index >= 40) return clause.slice(0, m.index);
      break;
    }
  }
  let start = Math.max(0, at - Math.floor((max - needle.length) / 2));
  let end = Math.min(clause.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) start = clause.indexOf(" ", start) + 1;
  if (end < clause.length) end = clause.lastIndexOf(" ", end);
  return `${start > 0 ? "…" : ""}${clause.slice(start, end).trim()}${end < clause.length ? "…" : ""}`;
}
