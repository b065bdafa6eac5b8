// Wording for questions about when: a statement turned into a question ("FTA talks were halted"
// → "In which year were FTA talks halted?"), dates as people say and type them ("25 February",
// "Feb 25th"), and a blank at a date's own place in its sentence.
import nlp from "compromise";
import { opensName } from "./name-case";

const AUX = new Set(["was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do"]);
// compromise reads some of these as nouns ("rose" the flower); with their infinitives.
const IRREGULAR: Record<string, string> = {
  rose: "rise", fell: "fall", grew: "grow", began: "begin", won: "win", lost: "lose", led: "lead", held: "hold", met: "meet",
  sold: "sell", struck: "strike", stood: "stand", became: "become", broke: "break", said: "say", took: "take", made: "make",
  gave: "give", built: "build", sent: "send", spent: "spend", paid: "pay", left: "leave", came: "come", went: "go", set: "set", cut: "cut",
};
// A long tail makes a stem hard to read: it stops before the first of these (not at the comma of
// "1,200", which would leave "more than 1").
const TAIL_STOP = /\s*(?:,(?!\d{3}\b)|;|\s[—–-]\s|\b(?:including|such as|which|who|whose|where|while|whilst|as well as|amid|because|despite|although|though|whereas|after|before|when|according to)\b)/i;
const NEGATION = /\b(?:not|never|no longer|n't)\b/i;

interface Term { text: string; tags: string[]; pre?: string; post?: string }

function termsOf(text: string): Term[] {
  try {
    const json = nlp(text).json() as { terms?: Term[] }[];
    return json.flatMap((s) => s.terms ?? []);
  } catch {
    return [];
  }
}

function infinitiveOf(verb: string, clause: string): string | null {
  const known = IRREGULAR[verb.toLowerCase()];
  if (known) return known;
  try {
    // compromise's types leave .verbs() off a match; the method is there at run time.
    const match = nlp(clause).match(verb) as unknown as { verbs(): { first(): { json(): unknown[] } } };
    const info = (match.verbs().first().json()[0] as { verb?: { infinitive?: string } } | undefined)?.verb;
    return info?.infinitive && info.infinitive !== verb.toLowerCase() ? info.infinitive : null;
  } catch {
    return null;
  }
}

const PROPER = ["ProperNoun", "Place", "Person", "Organization", "Acronym", "Country", "City"];
const POSSESSIVE_COMMON = /^(?:Today|Yesterday|Tomorrow|Tonight|Women|Men|Children|People|Everyone|Everybody|Nobody|Someone|Somebody|Anyone|Anybody|Other|One|Year|Week|Month|Day|Season|Night|Morning|Weekend|Summer|Winter|Spring|Autumn|Party|Company|Government|Country|City|Nation|World|Team|Club|Firm|Bank|Group)$/;

/** "The survey" → "the survey", "Negotiations" → "negotiations"; a name keeps its capital
 *  ("Venezuela", "FTA talks", or a word the article capitalises mid-sentence). */
function subjectCase(subject: string, first: Term, article?: string): string {
  const word = /^[A-Z][a-z]*\b/.exec(subject)?.[0];
  if (!word) return subject;
  if (/^(?:The|A|An|This|These|That|Those|Its|Their|Some|Many|Most|All|Both|Each)$/.test(word)) return word.toLowerCase() + subject.slice(word.length);
  if (first.tags.some((t) => PROPER.includes(t)) || (article && new RegExp(`[a-z,] ${word}\\b`).test(article))) return subject;
  // "Valmora's population fell": a capitalised word in the possessive opening a subject with no
  // determiner is a name's ("Today's", "Women's" and the like are not).
  if (new RegExp(`^${word}['’]s\\s`).test(subject) && !POSSESSIVE_COMMON.test(word)) return subject;
  // "Port Alder", or "Halvard" where the article elsewhere writes "Halvard Systems" in running text.
  if (opensName(subject) || (article && startsName(word, article))) return subject;
  return word.toLowerCase() + subject.slice(word.length);
}

/** Whether `article` writes `word` as the first word of a longer name ("Halvard Systems") on a line
 *  of running text (most of its words lower-case, so not a title-case headline). */
function startsName(word: string, article: string): boolean {
  const re = new RegExp(`\\b${word}\\s+\\p{Lu}[\\p{Ll}]+`, "u");
  return article.split("\n").some((line) => {
    if (!re.test(line)) return false;
    const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
  });
}

/** `statement` with its first word in the case it takes inside a sentence. */
export function inSentence(statement: string, article?: string): string {
  const first = termsOf(statement)[0];
  return first ? subjectCase(statement, first, article) : statement;
}

const isVerb = (t: Term) => {
  const w = t.text.toLowerCase();
  return AUX.has(w) || w in IRREGULAR || (t.tags.includes("Verb") && !t.tags.includes("Gerund") && !t.tags.includes("Particle") && !t.tags.includes("Adjective"));
};

/** `statement` ("FTA talks were halted", a subject and its verb) as the question `lead` asks
 *  ("In which year" → "In which year were FTA talks halted?"). Null when it will not read well:
 *  no subject, a negation, a present-tense main verb, or a tail too long to cut cleanly. */
export function whenQuestion(lead: string, statement: string, article?: string): string | null {
  const clause = statement.trim().replace(/[.,;:]+$/, "");
  if (!clause || NEGATION.test(clause)) return null;
  const terms = termsOf(clause);
  // "a power cut delayed the programme": a word read as a verb right before a past-tense verb is the
  // subject's noun ("cut"), not its verb.
  const nounBeforeVerb = (i: number) => {
    const next = terms[i + 1];
    return !!next && !AUX.has(terms[i]!.text.toLowerCase()) && !AUX.has(next.text.toLowerCase()) && next.tags.includes("PastTense") && isVerb(next);
  };
  const v = terms.findIndex((t, i) => isVerb(t) && !(terms[i - 1]?.tags.includes("Determiner") || terms[i - 1]?.tags.includes("Preposition")) && !nounBeforeVerb(i));
  const head = terms[0];
  if (v <= 0 || !head || ["Conjunction", "Preposition", "Gerund", "Pronoun"].some((t) => head.tags.includes(t))) return null;
  // "less than a fifth of the cost of a similar probe launched": a share of something is no subject.
  if (/^(?:(?:about|nearly|almost|some|roughly)\s+)?(?:(?:less|more|fewer)\s+than\s+)?(?:a|an|one|half)\s*(?:third|quarter|fifth|sixth|tenth|half)?s?\s+of\s+the\b/i.test(clause)) return null;
  let se = v;
  while (se > 0 && terms[se - 1]!.tags.includes("Adverb")) se--;
  if (se === 0) return null;
  const join = (ts: Term[]) => ts.map((t, i) => `${i ? (t.pre ?? "") : ""}${t.text}${i < ts.length - 1 ? (t.post ?? " ") : ""}`).join("").replace(/\s+/g, " ").trim();
  // "Drivers who are late with their papers have": the first verb is a relative clause's, and the
  // clause's own verb comes after it, so the question would join two clauses into one.
  if (/\b(?:who|whom|whose|which|that)\b/i.test(join(terms.slice(0, se)))) return null;
  const subject = subjectCase(join(terms.slice(0, se)), terms[0]!, article);
  // "Halvorsen also received the Wolf Prize": "also" points back to an event the question never
  // names ("In which year did Halvorsen also receive …?"), so the question drops it.
  const dropAlso = (text: string) => text.replace(/(^|\s)also(?=\s|$)/gi, "$1").replace(/\s+/g, " ").trim();
  const adverbs = dropAlso(join(terms.slice(se, v)));
  const verb = terms[v]!.text;
  let tail = join(terms.slice(v + 1));
  const cut = TAIL_STOP.exec(tail);
  if (cut) tail = tail.slice(0, cut.index).trim();
  if (tail.split(/\s+/).length > 16) return null;
  // "the roof gave way at about" (before "4 a.m. on Feb. 13"): a tail that stops on a preposition or
  // on "about" has lost what it points at, which was the time itself.
  if (/\b(?:at|on|in|by|about|around|approximately|roughly|nearly|of|for|to|from|with|until|till|since)$/i.test(tail)) return null;
  // A tail that stops on an auxiliary or a verb of having ("… with their papers have") has lost its object.
  if (/\b(?:has|have|had|is|are|was|were|will|would|can|could|do|does|did)$/i.test(tail)) return null;
  // "will make parts and is due to start production": a second verb of its own after "and" keeps its
  // tense, so the question would read "In which year will the plant make parts and is due to start?".
  if (COORDINATED_VERB.test(tail)) return null;
  // "is due to begin next spring and open to passengers" (in 2031): a clause that already names a
  // time of its own asks "In which year … next spring …?", and the year is only the second verb's.
  if (OWN_TIME.test(tail)) return null;
  const words = (...xs: string[]) => xs.filter(Boolean).join(" ");
  let body: string;
  const aux = verb.toLowerCase();
  const perfect = /^(?:has|have|had)$/.test(aux) ? /^((?:(?:\w+ly|already|also|just|first|finally|jointly)\s+){0,2})(been\s+)?(\w+)\b\s*(.*)$/.exec(tail) : null;
  if (perfect?.[3] && perfect[3] !== "been" && isVerb({ text: perfect[3], tags: termsOf(clause).find((t) => t.text === perfect[3])?.tags ?? [] })) {
    // "exports had fallen" → "did exports fall"; "the plan has been approved" → "was the plan approved":
    // a year or a date asks for the simple past.
    const [, adverbsAfter = "", been, participle, rest = ""] = perfect;
    const adverb = dropAlso(adverbsAfter);
    const plural = aux === "have" || (aux === "had" && terms.slice(0, se).some((t) => t.tags.includes("Plural")));
    const inf = been ? participle : infinitiveOf(participle, clause);
    if (!inf) return null;
    body = been ? words(plural ? "were" : "was", subject, adverbs, adverb, participle, rest) : words("did", subject, adverbs, adverb, inf, rest);
  } else if (AUX.has(aux)) {
    // "Students have until May 1 to accept": with the date and what follows it cut, an auxiliary
    // or a verb of having is left with nothing to say ("On which date have students?").
    if (!tail) return null;
    body = words(aux, subject, adverbs, tail.replace(/^also\s+/i, ""));
  }
  else {
    const tags = terms[v]!.tags;
    if (!(tags.includes("PastTense") || verb.toLowerCase() in IRREGULAR)) return null;
    // "A ban introduced in the north in 2019 was lifted …": a bare participle after its noun is not
    // the clause's verb when a finite one follows ("did a ban introduce in the north?").
    if (reducedRelative(clause, v, terms, article)) return null;
    // "…, a level last reached in 2019": an indefinite noun, an adverb ("last", "first") and a past
    // form with nothing after it is a participle describing the noun ("a level [that was] last
    // reached"), not an event of its own ("In which year did a level last reach?"); "a container
    // terminal opened" stays.
    if (!tail && /^an?$/i.test(terms[0]!.text) && (adverbs || /^(?:last|first|once|previously|recently|never|ever|already|twice)$/i.test(terms[v - 1]?.text ?? ""))) return null;
    const inf = infinitiveOf(verb, clause);
    if (!inf) return null;
    // "bonds sold in 2017", "Popescu, who won in 2019 with …": a verb that needs an object, with
    // nothing after it, is a participle after its noun ("In which year did bonds sell?") or has
    // left what it acts on in another clause ("In which year did Popescu win?" — win what?).
    if (!tail && NEEDS_OBJECT.test(inf)) return null;
    // "did the firm close a plant and opened a shop", "did exports rise and imports fell": a past
    // verb after "and" is not turned by "did".
    const joined = /\b(?:and|but|or)\s+(.*)$/i.exec(tail)?.[1];
    if (joined && termsOf(joined).some((t) => t.tags.includes("PastTense") && isVerb(t))) return null;
    // "On which date did the minister tell a cabinet meeting?": a verb of saying is asked for what
    // was said, which the sentence gives after the date; with it cut, the question says nothing.
    if (/^(?:say|tell|add|insist|argue|claim|note|stress|explain|reply|answer|remark|comment)$/.test(inf) && !/\b(?:that|about|of|on)\b/i.test(tail)) return null;
    body = words("did", subject, adverbs, inf, tail);
  }
  return `${lead} ${body.replace(/[\s,;:]+$/, "")}?`;
}

/** Verbs that say nothing without their object ("did the bonds sell?", "did she win?"). */
const NEEDS_OBJECT = /^(?:win|sell|buy|acquire|sign|award|receive|issue|introduce|approve|adopt|found|establish|build|construct|publish|elect|appoint|hire|grant|earn|take|give|get|make|set|put)$/;
const OWN_TIME = /\b(?:(?:next|last|this|early|late)\s+(?:spring|summer|autumn|fall|winter|year|month|week|decade)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|yesterday|today|tonight)\b/i;
const COORDINATED_VERB = /\b(?:and|but|or)\s+(?:(?:also|then|now|later|still|already|\w+ly)\s+)?(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|should|may|might|must)\b/i;
const FINITE = /\b(?:was|were|is|are|has|have|had|will|would)\b/i;
const CLAUSE_BREAK = /[,;:.!?()—–]|\b(?:and|but|or|which|that|who|whom|whose|while|when|where|after|before|because|as|than)\b/i;

/** Whether the past-tense word at `v` is a participle after its noun: a finite verb follows it in
 *  the clause, or in the article right after the clause, before any clause break. */
function reducedRelative(clause: string, v: number, terms: Term[], article?: string): boolean {
  const upTo = (text: string) => {
    const b = CLAUSE_BREAK.exec(text);
    return b ? text.slice(0, b.index) : text;
  };
  const rest = terms.slice(v + 1).map((t) => t.text).join(" ");
  if (FINITE.test(upTo(rest))) return true;
  if (!article) return false;
  const at = article.indexOf(clause);
  if (at < 0) return false;
  const after = article.slice(at + clause.length, at + clause.length + 80);
  return FINITE.test(upTo(after.replace(/^\s*(?:in|on|at|by|from|since)?\s*(?:(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d{1,2})\b/, "")));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_RE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?/g;
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

/** A date as the question shows it: no leading "on" or weekday, month names in full
 *  ("on Tuesday, 25 Feb." → "25 February"). */
export function displayDate(raw: string): string {
  // "between Oct. 30 and Nov. 2" is a span: as an option on its own it reads "October 30 to November 2".
  const span = /^between\s/i.test(raw.trim()) ? raw.replace(/\s+and\s+/i, " to ") : raw;
  return span
    .trim()
    .replace(/^(?:on|from|between)\s+/i, "")
    .replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?/i, "")
    .replace(MONTH_RE, (m) => MONTHS[monthIndex(m)] ?? m)
    .trim();
}

/** The same date with its months moved by k ("March 3 to March 9", 1 → "April 3 to April 9"). */
export function shiftMonths(display: string, k: number): string {
  return display.replace(MONTH_RE, (m) => MONTHS[(monthIndex(m) + k + 12) % 12] ?? m);
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a shown date ("September 31", "29 February 2023") is a day the calendar has: a month
 *  moved as a distractor keeps its day, and "September 31" is ruled out without reading. */
export function realDate(display: string): boolean {
  const m = /^(?:([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?)(?:,?\s+((?:19|20)\d{2}))?$/.exec(display.trim());
  if (!m) return true;
  const month = monthIndex(m[1] ?? m[4] ?? "");
  if (month < 0 || MONTHS[month] === undefined) return true;
  const day = Number(m[2] ?? m[3]);
  const year = m[5] ? Number(m[5]) : undefined;
  const leap = year === undefined ? false : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 1 ? (leap ? 29 : 28) : (MONTH_DAYS[month] ?? 31);
  return day >= 1 && day <= last;
}

/** One day's date in the ways a person types it, for a fill-in answer: "September 30",
 *  "30 September", "Sept 30", "30th September", with the year when the article gives one. */
export function typedForms(display: string): string[] {
  const m = /^(?:([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+))(?:,?\s+((?:19|20)\d{2}))?$/.exec(display.trim());
  if (!m) return [display];
  const month = MONTHS[monthIndex(m[1] ?? m[4] ?? "")];
  const day = Number(m[2] ?? m[3]);
  if (!month || !(day >= 1 && day <= 31)) return [display];
  const short = month.slice(0, 3);
  const forms = [display, `${month} ${day}`, `${day} ${month}`, `${short} ${day}`, `${day} ${short}`, `${month} ${ordinal(day)}`, `${ordinal(day)} ${month}`];
  if (month === "September") forms.push(`Sept ${day}`);
  if (m[5]) forms.push(`${month} ${day}, ${m[5]}`, `${day} ${month} ${m[5]}`);
  return [...new Set(forms)].slice(0, 10);
}

/** Where `needle` (a year or a date) stands in `sentence` as the fact's own mention: the only
 *  occurrence, or the only one after "in"/"on". -1 when that is not clear. */
export function ownOffset(sentence: string, needle: string): number {
  const at: number[] = [];
  for (let i = sentence.indexOf(needle); i >= 0; i = sentence.indexOf(needle, i + 1)) {
    const before = sentence[i - 1] ?? " ";
    const after = sentence[i + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) at.push(i);
  }
  if (at.length === 1) return at[0]!;
  const marked = at.filter((i) => /\b(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?$/i.test(sentence.slice(Math.max(0, i - 12), i)));
  return marked.length === 1 ? marked[0]! : -1;
}
