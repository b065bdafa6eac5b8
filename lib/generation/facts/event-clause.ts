// Which clause a date belongs to, and what that clause says happened. "The country has joined
// four treaties since the agreement was signed in 2005" dates the signing, not the joining: the
// date belongs to the clause that holds it, which starts after the nearest clause boundary
// (punctuation, or a word such as "since", "after", "which"). A clause with no subject of its
// own borrows the one the grammar gives it: "Mercosur, founded in 1991," → "Mercosur was
// founded"; "Although first proposed in 1998 …, FTA talks were halted" → "FTA talks were first
// proposed"; "… launched in 1999 and struck in 2019" → the first clause's subject.
import type { Token } from "../tokens";
import type { AnalysisContext } from "./context";
import { squash } from "./phrases";

export interface OwnedClause {
  /** Subject and verb phrase up to the date, as a statement: "FTA talks were halted". */
  text: string;
  /** It has a subject that names something (not "it", not a bare figure) and a finite verb. */
  complete: boolean;
  /** A figure sits in the clause, so the date qualifies the figure ("$2 billion in 2019"). */
  hasFigure: boolean;
}

interface Span { start: number; end: number }

const AUX = new Set(["was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do"]);
// compromise tags these as nouns often enough ("rose" the flower).
// Past participles without "-ed" that open a closing description ("…, set up in 1958", "…, built in 1890").
// Past tenses that are never participles ("came", not "come"): a clause they open has no "was".
const PAST_ONLY = /^(?:came|went|took|began|grew|rose|fell|ran|saw|gave|wrote|drew|flew|knew|broke|spoke|chose|drove|became|froze|stole|wore|tore|shook|rode|overtook|undertook)$/i;
const IRREGULAR_PARTICIPLE = /^(?:set|built|begun|made|run|shut|put|laid|sold|led|held|found|born|drawn|written|taken|given|known|grown|shown|chosen|spent|paid|won|lost|bought|brought|hit|struck|rebuilt|undertaken|begun)$/i;
const PAST_OFTEN_MISSED = /^(?:rose|fell|grew|began|rang|won|lost|led|held|met|sold|struck|stood|became|broke|said|took)$/i;
const PRONOUN = /^(?:it|they|he|she|we|i|you|this|these|those|that|there|its|their|his|her|one|some|many|most|others?)$/i;
const LEAD_CONJ = /^(?:and|but|or|so|yet|then|also|however|meanwhile|still)\b[\s,]*/i;
/** Where a clause starts: after punctuation, or after a word that opens a new clause. */
const BOUNDARY = /[;()[\]"“”]\s*|:(?!\d)\s*|\s[—–-]\s+|—\s*|,(?!\d)\s*|\b(?:since|after|before|when|whenever|while|whilst|because|although|though|until|unless|once|whereas|if|that|which|who|whom|where)\s+/gi;
const RELATIVE = /^(?:that|which|who|whom)\s+$/i;

function isVerb(t: Token, prev?: Token, next?: Token): boolean {
  const w = t.text.toLowerCase();
  if (AUX.has(w)) return true;
  if (t.tags.has("Gerund") || t.tags.has("Particle") || (t.tags.has("Infinitive") && !t.tags.has("PresentTense"))) return false;
  if (PAST_OFTEN_MISSED.test(w)) return true;
  if (!t.tags.has("Verb") || t.tags.has("Adjective")) return false;
  // "exports had fallen": a word right before an auxiliary is its subject.
  if (next && AUX.has(next.text.toLowerCase())) return false;
  // "to figures", "the deals": a word after a determiner or preposition is a noun.
  return !(prev && (prev.tags.has("Determiner") || prev.tags.has("Preposition") || prev.tags.has("Possessive") || /^to$/i.test(prev.text)));
}

const isNounish = (t: Token) =>
  (t.tags.has("Noun") || t.tags.has("ProperNoun") || t.tags.has("Acronym")) && !t.tags.has("Pronoun") && !t.tags.has("Value") && !t.tags.has("Date");
/** The head noun comes before the first preposition: "the survey of 2,400 companies" is singular. */
const isPlural = (toks: Token[]) => {
  const prep = toks.findIndex((t, i) => i > 0 && (t.tags.has("Preposition") || /^of$/i.test(t.text)));
  const head = prep > 0 ? toks.slice(0, prep) : toks;
  if (head.some((t) => /^and$/i.test(t.text))) return true;
  const last = [...head].reverse().find(isNounish);
  // A name is one thing, whatever its ending: the tagger reads "Lumen" or "Siemens" as plurals.
  if (last && /^\p{Lu}/u.test(last.text) && (last.tags.has("ProperNoun") || head.indexOf(last) === 0 || /^\p{Lu}/u.test(head[head.indexOf(last) - 1]?.text ?? ""))) return false;
  return last?.tags.has("Plural") ?? false;
};

/** A subject that names something: a noun that is not a figure, not a pronoun, not led by a preposition. */
function goodSubject(toks: Token[]): boolean {
  const first = toks[0];
  if (!first || (toks.length === 1 && (PRONOUN.test(first.text) || first.tags.has("Pronoun")))) return false;
  // Before the clause's verb, a word tagged as a verb is a noun ("exports had fallen", "Work on
  // the dam began"): the tagger reads them out of context.
  const noun = (t: Token) => isNounish(t) || (t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("PastTense"));
  // A noun phrase opens with a determiner, an adjective, a figure or a noun — not "even", "to", "during".
  if (!(noun(first) || first.tags.has("Gerund") || first.tags.has("Determiner") || first.tags.has("Adjective") || first.tags.has("Possessive") || first.tags.has("Value"))) return false;
  // "trading volume": a gerund before a noun is a modifier.
  if (first.tags.has("Gerund") && !(toks[1] && noun(toks[1]))) return false;
  if (first.tags.has("Preposition") || /^(?:to|according)$/i.test(first.text)) return false;
  return toks.some(noun);
}

function firstVerb(toks: Token[]): number {
  const v = toks.findIndex((t, i) => isVerb(t, toks[i - 1], toks[i + 1]));
  // "Work on the dam began", "Trade rose": news has no imperatives, so a bare verb opening the
  // clause is a noun when a verb follows.
  const t = toks[v];
  if (v === 0 && t && !AUX.has(t.text.toLowerCase()) && !t.tags.has("PastTense") && !PAST_OFTEN_MISSED.test(t.text)) {
    const later = toks.slice(1).findIndex((u, i) => isVerb(u, toks[i], toks[i + 2]));
    if (later >= 0) return later + 1;
  }
  return v;
}

/** Subject tokens end before adverbs that lead the verb ("Russia strongly opposed"). */
const ADVERB_LIKE = /^(?:first|originally|initially|later|then|also|jointly|formally|officially|reportedly|finally|eventually|recently)$/i;
function subjectEnd(toks: Token[], verb: number): number {
  let end = verb;
  while (end > 0 && (toks[end - 1]!.tags.has("Adverb") || ADVERB_LIKE.test(toks[end - 1]!.text))) end--;
  return end;
}

// Verbs a "that" clause follows as their object ("argue that …", "fear that …"), not a relative.
const THAT_VERB = /^(?:say|argue[sd]?|claim(?:s|ed)?|believe|think|hope[sd]?|fear(?:s|ed)?|insist(?:s|ed)?|warn|warns|note[sd]?|find|finds|show|tell|tells|add|adds|announce[sd]?|report|reports|estimate[sd]?|explain(?:s|ed)?|state[sd]?|reveal(?:s|ed)?|agree[sd]?|rule[sd]?|decide[sd]?|expect(?:s|ed)?|know|knows|knew|confirm(?:s|ed)?|admit(?:s|ted)?|suggest(?:s|ed)?|predict(?:s|ed)?|learn(?:s|ed|t)?|recall(?:s|ed)?)$/i;
const REPORTING = /^(?:said|says|told|added|noted|reported|announced|stated|explained|warned|argued|estimated|believes|believed|thinks|thought|showed|shows|found|revealed)$/i;

const text = (ctx: AnalysisContext, a: number, b: number) => squash(ctx.clean.slice(a, b)).replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, "");

/** The noun phrase ending just before `at`, with its prepositional phrases: "the company" in
 *  "the company, which …", "the survey of 2,400 companies" in "the survey of 2,400 companies,
 *  carried out …". It starts after the last clause break and contains no verb. */
function nounPhraseBefore(ctx: AnalysisContext, sentence: Span, at: number): Token[] {
  while (at > sentence.start && /[\s,]/.test(ctx.clean[at - 1] ?? "")) at--;
  const head = ctx.clean.slice(sentence.start, at).replace(/\([^()]{1,40}\)/g, (m) => " ".repeat(m.length));
  let from = sentence.start;
  for (const m of head.matchAll(BOUNDARY)) from = sentence.start + (m.index ?? 0) + m[0].length;
  let toks = ctx.tokens.within(from, at);
  while (toks.length && LEAD_CONJ.test(toks[0]!.text)) toks = toks.slice(1);
  const v = firstVerb(toks);
  // "The ministry said the plan, approved in May, …": the phrase after the verb.
  if (v >= 0) toks = toks.slice(v + 1);
  while (toks.length && (toks[0]!.tags.has("Preposition") || /^(?:of|and|&|to)$/i.test(toks[0]!.text))) toks = toks.slice(1);
  return toks.some(isNounish) ? toks : [];
}

/** The noun phrase that opens the sentence, up to its first comma: "The company" in "The
 *  company, which has 5,000 staff, was founded in 1990". Empty when that stretch has a verb. */
function openingNounPhrase(ctx: AnalysisContext, sentence: Span): Token[] {
  const comma = ctx.clean.slice(sentence.start, sentence.end).search(/,(?!\d)/);
  if (comma <= 0) return [];
  const toks = ctx.tokens.within(sentence.start, sentence.start + comma);
  return firstVerb(toks) < 0 && toks.some(isNounish) ? toks : [];
}

/** Subject and verb group of the main clause after a sentence-opening phrase: "…, FTA talks were". */
function mainClauseAfter(ctx: AnalysisContext, sentence: Span, from: number): { subject: Token[]; aux?: Token } | null {
  const comma = ctx.clean.indexOf(",", from);
  if (comma < 0 || comma >= sentence.end) return null;
  const toks = ctx.tokens.within(comma + 1, sentence.end);
  const v = firstVerb(toks);
  if (v <= 0) return null;
  const subject = toks.slice(0, subjectEnd(toks, v));
  return goodSubject(subject) ? { subject, ...(AUX.has(toks[v]!.text.toLowerCase()) ? { aux: toks[v]! } : {}) } : null;
}

const copulaFor = (subject: Token[]) => (isPlural(subject) ? "were" : "was");
function spanText(ctx: AnalysisContext, toks: Token[]): string {
  if (!toks.length) return "";
  let end = toks[toks.length - 1]!.end;
  const t = ctx.clean.slice(toks[0]!.start, end);
  // "The Korea Exchange (KRX": tokens leave the closing bracket out.
  if ((t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length && ctx.clean[end] === ")") end++;
  return squash(ctx.clean.slice(toks[0]!.start, end));
}

/** The clause that owns the date phrase [phrase.start, phrase.end) of sentence `si`; `from`
 *  (an earlier date's end) is where the search for its start stops. */
export function clauseOwning(ctx: AnalysisContext, si: number, phrase: Span, from?: number): OwnedClause {
  const s = ctx.sentences[si]!;
  const left = from ?? s.start;
  // A short aside in brackets belongs to the noun before it: "the Bureau (KNBS) said …".
  const before = ctx.clean.slice(left, phrase.start).replace(/\([^()]{1,40}\)/g, (m) => " ".repeat(m.length));
  let start = left;
  let opener = "";
  for (const m of before.matchAll(BOUNDARY)) {
    start = left + (m.index ?? 0) + m[0].length;
    opener = m[0];
  }
  // A clause runs to the next strong break after the date, or to the next comma: "Mercosur,
  // founded in 1991, groups four members" ends at "1991". When the date opens the clause
  // ("In 2015, the economy …"), the comma right after it does not count.
  const rest = ctx.clean.slice(phrase.end, s.end);
  const stop = /[;()—]|:(?!\d)|(?:^|\s)[–-]\s|,\s*(?:and|but|while|whereas|which|who|said|according)\b|[.!?]["”’]?\s*$/.exec(rest);
  const endFrom = (skip: number) => {
    const comma = /,(?!\d)/.exec(rest.slice(skip));
    return phrase.end + Math.min(stop && stop.index >= skip ? stop.index : rest.length, comma ? skip + comma.index : rest.length);
  };
  const leftEnd = endFrom(0);
  const rightEnd = endFrom(/^[\s,]*/.exec(rest)?.[0].length ?? 0);
  // A figure in the clause: a number mention, or a bare number the number rules left alone
  // ("to a record 14"); not a model number ("787s") and not another year.
  // After the date only a figure in digits counts: "founded in 1998 by two brothers" is an event.
  const figureIn = (a: number, b: number) =>
    (ctx.numbers[si] ?? []).some((n) => n.unit !== "ordinal" && ((n.start >= a && n.end <= phrase.start) || (n.start >= phrase.end && n.end <= b && /\d/.test(n.raw)))) ||
    /(?<![\w.,-])(?!(?:19|20)\d{2}\b)\d[\d,.]*(?![\w-]|[.,]\d)/.test(`${ctx.clean.slice(a, phrase.start)} ${ctx.clean.slice(phrase.end, b)}`);

  let toks = ctx.tokens.within(start, phrase.start);
  // "… and a political deal was struck": the coordinator is not part of the subject.
  while (toks.length && LEAD_CONJ.test(toks[0]!.text)) toks = toks.slice(1);
  const opensClause = toks.length === 0 || firstVerb(toks) < 0;
  const hasFigure = figureIn(start, opensClause ? rightEnd : leftEnd);
  const fallback = text(ctx, toks[0]?.start ?? start, phrase.start);
  const none: OwnedClause = { text: fallback, complete: false, hasFigure };
  const made = (subject: Token[], predicate: string): OwnedClause =>
    goodSubject(subject)
      ? { text: squash(`${spanText(ctx, subject)} ${predicate}`).replace(/[\s,;:]+$/, ""), complete: true, hasFigure }
      : none;

  // "The company cut jobs and the factory closed in 2009", "Smith said the plant opened in
  // 2019": the date belongs to the last clause with a subject of its own.
  for (let k = toks.length - 1; k > 0; k--) {
    const w = toks[k]!.text;
    const joins = /^(?:and|but)$/i.test(w) && firstVerb(toks.slice(0, k)) >= 0;
    if (!joins && !(REPORTING.test(w) && isVerb(toks[k]!, toks[k - 1]))) continue;
    const after = toks.slice(k + 1);
    const v = firstVerb(after);
    if (v > 0 && subjectEnd(after, v) > 0 && goodSubject(after.slice(0, subjectEnd(after, v)))) { toks = after; break; }
  }

  const v = firstVerb(toks);
  if (v < 0) {
    // The date opens the clause ("In 2015, the economy struggled …") or sits between subject
    // and verb ("India and the US on 25 February finalised …"): the verb comes after it.
    const right = ctx.tokens.within(phrase.end, rightEnd);
    const rv = firstVerb(right);
    if (rv < 0) return none;
    const re = subjectEnd(right, rv);
    if (toks.length > 0 && re > 0) return none;
    // "A new platform, due to open in 2027, will list …": words before the date that a comma
    // closes after it are an aside about the noun before them, not the subject of the verb after it.
    // ("The two unions on Monday, 12 February, signed …" opens the sentence: no aside.)
    if (toks.length > 0 && right[0] && /,\s*$/.test(ctx.clean.slice(s.start, toks[0]!.start)) && /,/.test(ctx.clean.slice(phrase.end, right[0].start))) return none;
    return made(toks.length ? toks : right.slice(0, re), text(ctx, right[re]!.start, rightEnd));
  }
  const se = subjectEnd(toks, v);
  // "a toll commemorated by a plaque unveiled in 1976": a participle right after a noun, later
  // than the clause's verb, opens a phrase of its own that the date belongs to ("the plaque was
  // unveiled"); the clause around it is not what happened then.
  const last = toks[toks.length - 1];
  const beforeLast = toks[toks.length - 2];
  if (last && beforeLast && toks.length - 1 > v && (/ed$/i.test(last.text) || IRREGULAR_PARTICIPLE.test(last.text)) && isNounish(beforeLast) && !AUX.has(beforeLast.text.toLowerCase())) return none;
  if (se > 0) {
    // "Kraków Smog Alert, a citizens' group founded in 2012, called for …": an indefinite noun
    // phrase after a comma whose only verb is a bare participle, with the sentence going on after
    // the date, is an apposition ("a group [that was] founded"); what was founded is the noun
    // before the comma, not "a group" that "founded" ("In which year did a citizens' group found?").
    const verb = toks[v]!;
    const bare = v === se && v === toks.length - 1 && !AUX.has(verb.text.toLowerCase());
    const participle = verb.tags.has("PastTense") || /ed$/i.test(verb.text) || IRREGULAR_PARTICIPLE.test(verb.text);
    const goesOn = /^,\s*\S/.test(ctx.clean.slice(leftEnd, s.end));
    if (opener.startsWith(",") && /^(?:a|an)$/i.test(toks[0]!.text) && bare && participle && goesOn && !REPORTING.test(verb.text) && !THAT_VERB.test(verb.text)) {
      // (A name is taken whole: the tagger reads "Harbour" or "Watch" in "Harbour Watch" as verbs.)
      const prior = ctx.tokens.within(s.start, start - opener.length);
      let n = prior.length;
      while (n > 0 && /^\p{Lu}/u.test(prior[n - 1]!.text)) n--;
      const name = prior.slice(n);
      const named = name.length && !/[,;:()]/.test(ctx.clean.slice(name[0]!.start, start - opener.length)) ? name : nounPhraseBefore(ctx, s, start - opener.length);
      return named.length ? made(named, `${copulaFor(named)} ${text(ctx, verb.start, phrase.start)}`) : none;
    }
    // "… to two villages, where supplies ran out on Nov. 14": a clause of place with a subject of
    // its own says what happened there; without the place ("supplies ran out") it says too little.
    if (/^where\s+$/i.test(opener) && toks[0]!.start === start) return none;
    // "a procedure that Smith had pushed through the cabinet in 2016", "the bridge, which the
    // council built in 1998": a relative clause with a subject of its own has lost its object (the
    // noun before "that"), so "Smith had pushed through the cabinet" says nothing whole.
    // ("Critics argue that the board ignored …" is a clause after a verb, whole.)
    if (RELATIVE.test(opener) && toks[0]!.start === start) {
      const prior = ctx.tokens.within(s.start, start - opener.length);
      const prev = prior[prior.length - 1];
      const reported = prior.slice(-4).some((t) => REPORTING.test(t.text) || THAT_VERB.test(t.text)); // "said on Monday that …"
      if (prev && prev.tags.has("Noun") && !isVerb(prev, prior[prior.length - 2]) && !reported) return none;
    }
    return made(toks.slice(0, se), text(ctx, toks[se]!.start, phrase.start));
  }

  // No subject of its own: the verb (or an adverb before it) opens the clause.
  const predicate = text(ctx, toks[0]!.start, phrase.start);
  const verb = toks[v]!;
  const startsWithAux = AUX.has(verb.text.toLowerCase());
  const participle = verb.tags.has("PastTense") || /ed$/i.test(verb.text);
  const boundaryAt = start - opener.length;
  if (RELATIVE.test(opener)) {
    // "the company, which was founded in 1998" / "Smith, who joined in 2010".
    const antecedent = nounPhraseBefore(ctx, s, boundaryAt);
    // "the first stage of a case that began in 2019": a relative clause right after "X of Y",
    // with no comma, may tell of Y (the case began) as well as of X; "the first stage of a case
    // began" puts the date on what the article may not date. Ambiguous: no event.
    const restrictive = !/,\s*$/.test(ctx.clean.slice(s.start, boundaryAt));
    if (restrictive && antecedent.slice(1, -1).some((t) => /^of$/i.test(t.text))) return none;
    return made(antecedent, predicate);
  }
  if (/\b(?:and|but|or)\s*$/i.test(ctx.clean.slice(left, toks[0]!.start))) {
    // "The firm was founded in 1998 and listed in 2004": the first clause's subject and auxiliary.
    const prior = ctx.tokens.within(s.start, toks[0]!.start);
    const pv = firstVerb(prior);
    const pe = pv > 0 ? subjectEnd(prior, pv) : 0;
    if (pe === 0) return none;
    const aux = AUX.has(prior[pv]!.text.toLowerCase()) && !startsWithAux && participle ? `${prior[pv]!.text} ` : "";
    return made(prior.slice(0, pe), aux + predicate);
  }
  if (opener.startsWith(",")) {
    // A clause closed by a comma with more to come is an aside about the noun before it:
    // "Mercosur, founded in 1991, groups …". One that runs to the end is the sentence's
    // predicate after an aside: "The company, which has 5,000 staff, was founded in 1990".
    const aside = /^,\s*\S/.test(ctx.clean.slice(leftEnd, s.end).trim() ? ctx.clean.slice(leftEnd, s.end) : "");
    // ("The calf's father, Bakari, came to the zoo in 2022 as …": a past tense that is no
    // participle, after a name set off by commas, is the sentence's own verb and takes no "was".)
    if (aside && PAST_ONLY.test(verb.text) && !startsWithAux) {
      const subject = nounPhraseBefore(ctx, s, boundaryAt);
      if (subject.length) return made(subject, predicate);
    }
    if (aside && participle && !startsWithAux) {
      const subject = nounPhraseBefore(ctx, s, boundaryAt);
      if (subject.length) return made(subject, `${copulaFor(subject)} ${predicate}`);
    }
    if (!aside) {
      const opening = openingNounPhrase(ctx, s);
      // "Nakivale, in the west, is the oldest camp, set up in 1958": after a main clause with a
      // verb of its own, a closing participle describes the noun, so it takes "was" ("Nakivale was set
      // up"); without one it is the sentence's own predicate ("The firm, which has 50 staff, closed in 2009").
      const prior = ctx.tokens.within(s.start, boundaryAt);
      // (A participle right after a comma opens an aside of its own: "The pact, signed in 1992, took effect in 1994".)
      const mainVerbBefore = prior.some((t, i) => i > 0 && isVerb(t, prior[i - 1], prior[i + 1]) &&
        !prior.slice(0, i).some((u) => /^(?:which|who|whom|whose|that)$/i.test(u.text)) &&
        !(/,\s*$/.test(ctx.clean.slice(prior[i - 1]!.end, t.start)) && !AUX.has(t.text.toLowerCase()) && (t.tags.has("PastTense") || /ed$/i.test(t.text) || IRREGULAR_PARTICIPLE.test(t.text))));
      if (opening.length && mainVerbBefore && (participle || IRREGULAR_PARTICIPLE.test(verb.text)) && !startsWithAux) return made(opening, `${copulaFor(opening)} ${predicate}`);
      // ("The price, which includes fees, beats the record of $86.9 million, set in 2012": past the
      // opening's asides stands a main clause the tagger missed, "beats" read as a noun; the
      // participle describes the record, not the price.)
      const between = opening.length === 0 ? [] : ctx.clean.slice(opening[opening.length - 1]!.end, boundaryAt).split(/,(?!\d)/).map((x) => x.trim()).filter(Boolean);
      const asidesOnly = between.every((x) => /^(?:which|who|whom|whose|that|in|at|on|of|for|with|from|near|by|under|a|an|the|one|its|their|his|her|[a-z]+ed)\b/i.test(x) || IRREGULAR_PARTICIPLE.test(x.split(/\s/)[0] ?? ""));
      if (opening.length && asidesOnly) return made(opening, predicate);
    }
    return none;
  }
  if (!participle || startsWithAux) return none;
  // "Although first proposed … in 1998 and pursued …, FTA talks were halted": the opening
  // participle's subject is the main clause's.
  const lead = ctx.clean.slice(s.start, toks[0]!.start).trim();
  if (/^(?:although|though|while|when|once|after|before|if)?$/i.test(lead)) {
    const main = mainClauseAfter(ctx, s, phrase.end);
    if (main) return made(main.subject, `${copulaFor(main.subject)} ${predicate}`);
  }
  return none;
}
