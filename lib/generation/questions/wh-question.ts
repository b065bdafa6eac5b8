// A real question from the clause that owns a figure: "The party won 52 seats in the vote" →
// "How many seats did the party win in the vote?"; "Exports rose 7 percent in May" → "By what
// percentage did exports rise in May?". Only simple clauses qualify (subject, one past-tense
// verb, the figure, a short tail with no other figure); anything else returns null and the
// figure is asked as a cloze of its sentence. compromise tags the verb and gives its
// infinitive, but reads "rose" as a flower often enough that the common verbs of change are
// listed here with their infinitives.
import nlp from "compromise";
import { opensName } from "./name-case";
import { SPELLED_NUMBER } from "../mentions/number-words";

const CHANGE_VERBS: Record<string, string> = {
  rose: "rise", fell: "fall", grew: "grow", increased: "increase", decreased: "decrease", declined: "decline",
  dropped: "drop", jumped: "jump", climbed: "climb", slipped: "slip", surged: "surge", expanded: "expand",
  contracted: "contract", shrank: "shrink", slid: "slide", gained: "gain", lost: "lose", soared: "soar", plunged: "plunge",
};
// Words allowed between the verb and the figure, kept in the question where they matter.
const BRIDGE = /^(?:by|about|around|nearly|almost|some|more than|over|just|only|a total of|an estimated|roughly)$/i;
const LEAD_CONJUNCTION = /^(?:and|but|while|whereas|however|meanwhile|also)\b[,]?\s*/i;
const PRONOUN = /^(?:it|this|that|these|those|they|he|she|we|its|their|his|her|there|which|who)\b/i;
const CLAUSE_BREAK = /,\s+(?:while|whereas|but|and|as|which)\s+|;\s+|\s+[—–-]\s+|\s+while\s+|,\s+(?=(?:[\w'’.-]+\s+){1,5}(?:said|says|added|told|reported|showed)\b)|,\s+(?=according to\b)/gi;
const PARTICLE = /^(?:out|up|down|off|in|on|away|back|over|through|aside)$/i;
const AUXILIARY = /^(?:has|have|had|will|would|could|can|may|might|should|must)$/i;
// "Boeing said that …": the reporting lead before a clause's own subject.
const REPORTED = /^(?:[\p{L}][\p{L}.'’-]*\s+){1,4}?(?:said|says|announced|reported)\s+(?:that\s+)?(?=\S)/u;
// A verb chain cannot end in these: the figure then sits inside a noun phrase.
const DANGLING_END = /^(?:the|a|an|its|their|his|her|our|this|that|additional|extra|other|further|first|last|next|another|record|same|in|on|at|of|for|with|by|to|up|from|into|than|per|once|until|when|after|before|if|unless|because|since|while)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;
// A span whose end may follow as "to April": "in the year", "in the 12 months", "over the period".
// What a change is measured against, written as a time ("from a year earlier", "from the previous
// month", "on the year"), kept whole in a question's tail (JOIN holds its words together).
const CHANGE_BASE = /\b(?:from|on|over)\s+(?:a|the)\s+(?:year|month|quarter|week)\s+(?:earlier|before|ago)\b|\bfrom\s+the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter|week)\b|\bon\s+the\s+(?:year|month|quarter)\b(?!\s+(?:to|before|of)\b)|\b(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\b/gi;
const JOIN = "\u2060";
const SPAN = /\b(?:in|over|during|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:year|months?|weeks?|days?|quarters?|period)$/iu;
const SUBORDINATE_CLAUSE = /\b(?:when|whenever|where|because|although|though|if|unless|until|whereas|who|which|whose)\b/i;
const TIME_LEAD = /^(?:in|on|during|for|between|from|by|at the end of|over)\s+[^,]{2,40}$/i;

/** The clause of `sentence` that contains [at, at + length): strong breaks only. */
function clauseOf(sentence: string, at: number, length: number): { text: string; offset: number } | null {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= at) start = breakEnd;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    } else return null; // the break runs through the figure
  }
  return { text: sentence.slice(start, end).replace(/[.!?]+$/, ""), offset: start };
}

function infinitiveOf(verb: string, clause: string): string | null {
  const known = CHANGE_VERBS[verb.toLowerCase()];
  if (known) return known;
  try {
    type VerbJson = { text?: string; verb?: { grammar?: { form?: string }; infinitive?: string; auxiliary?: string } };
    const all = nlp(clause).verbs().json() as VerbJson[];
    const info = all.find((v) => (v.text ?? "").split(/\s+/).includes(verb))?.verb;
    if (info?.grammar?.form !== "simple-past" || info.auxiliary || !info.infinitive) return null;
    return checkedInfinitive(verb, info.infinitive);
  } catch {
    return null;
  }
}

/** compromise's infinitive of a past in "-lled" or "-ed", when it can be trusted: the British doubled
 *  l is sometimes kept ("totalled" → "totall", so "how many … did rainfall totall") and some pasts
 *  come back unchanged ("signalled" → "signalled"). A base form the tagger's lexicon does not know
 *  is replaced by the one it does ("total", "signal"); with none known, null (the figure is then
 *  asked as a cloze of its sentence). */
export function checkedInfinitive(verb: string, infinitive: string): string | null {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const past = verb.toLowerCase();
  const inf = infinitive.toLowerCase();
  if (!/ed$/.test(past) || !/^[a-z]+$/.test(inf)) return infinitive;
  const unchanged = inf === past && past.length > 4 && !lexicon[inf];
  const doubled = /ll$/.test(inf) && past === `${inf}ed` && !lexicon[inf];
  if (!unchanged && !doubled) return infinitive;
  const stems = /lled$/.test(past) ? [past.slice(0, -3)] : [past.slice(0, -2), past.slice(0, -1)];
  return stems.find((stem) => lexicon[stem]) ?? null;
}

function endsInParticiple(phrase: string): boolean {
  try {
    const terms = (nlp(phrase).json() as { terms?: { tags: string[] }[] }[]).flatMap((x) => x.terms ?? []);
    const tags = terms[terms.length - 1]?.tags ?? [];
    return terms.length > 1 && (tags.includes("Participle") || tags.includes("PastTense"));
  } catch {
    return true;
  }
}

/** Whether the subject's first word modifies the lower-case noun after it ("Consumer prices"). */
function modifiesNoun(subject: string): boolean {
  const words = subject.split(/\s+/);
  if (words.length < 2 || !/^\p{Ll}/u.test(words[1] ?? "")) return false;
  try {
    // Tagged with a verb after it, as the subject it is: alone, "Cruise ships" reads as a noun and a
    // verb ("ships"), which the verb after the subject rules out.
    const tags = (nlp(`${words.slice(0, 2).join(" ")} fell`).json() as { terms?: { tags: string[] }[] }[]).flatMap((x) => x.terms ?? [])[1]?.tags ?? [];
    return tags.includes("Noun") && !tags.includes("Verb");
  } catch {
    return false;
  }
}

/** "The party" → "the party", "Factory output" → "factory output"; names stay ("Kenya's economy"). */
function lowerFirst(subject: string, article?: string): string {
  const first = subject.split(/\s+/)[0] ?? "";
  if (/^(?:The|A|An)$/.test(first)) return first.toLowerCase() + subject.slice(first.length);
  // "Second-quarter production": a compound of lower-case words is no name ("Rolls-Royce" is).
  if (/^[A-Z][a-z]+(?:-[a-z]+)+$/.test(first)) return first.toLowerCase() + subject.slice(first.length);
  // ("Employers' groups": a plural possessive is read as the word it is made of.)
  if (!/^[A-Z][a-z]+(?:s['’])?$/.test(first)) return subject;
  const word = first.replace(/['’]$/, "");
  // A word the article capitalises mid-sentence ("… shares in Helvion fell") is a name, whether
  // or not the tagger knows it.
  // (… or after a dateline's dash, "SAN FRANCISCO, Jan 27 — Brightline Software said"; or before
  // a company word, "Brightline Software", however it is placed.)
  // ("WELLINGTON, Nov. 12 — Consumer prices rose": after the dash a word that modifies a lower-case
  // noun, "Consumer prices", "Factory output", is capitalised for its place alone.)
  const dash = article && !modifiesNoun(subject) ? "|[—–]" : "";
  // ("Deputy Health Minister Ana Ruiz": a word capitalised inside an office's or a body's title is
  // no name of its own; "Health workers" is lower case.)
  // ("the Drewry World Container Index": a word inside a run of capitalised words is part of that
  // name, not a name of its own; "Container throughput rose" stays lower case.)
  const midSentence = article ? [...article.matchAll(new RegExp(`(?:(?<!\\p{Lu}[\\p{L}'’-]*)[a-z]|,${dash}) ${word}(?![\\p{L}])`, "gu"))] : [];
  const ownName = midSentence.some((m) => !TITLE_AFTER.test(article?.slice((m.index ?? 0) + m[0].length) ?? ""));
  if (article && (ownName || new RegExp(`\\b${word} (?:Software|Group|Bank|Inc|Corp|Ltd|Holdings|Airlines?|Motors|Energy|Technologies|Systems|Labs|Media|Capital|Partners|Foods|Pharma|Mining|Steel|Telecom)\\b`, "u").test(article))) return subject;
  // With the article at hand, a word it never capitalises mid-sentence is capitalised only for
  // its place ("Greenhouse gas emissions fell …"), unless the tagger knows it as a name or it opens
  // a run of capitalised words ("Lomba Selatan province").
  if (article) {
    if (opensName(subject)) return subject;
    try {
      // "Dutch police", "Norlandian lawmakers": a nationality keeps its capital.
      if (/(?:ian|ean|ese|ish)$/.test(word) || IRREGULAR_DEMONYM.test(word)) return subject;
      return nlp(word).has("(#Person|#Place|#Organization|#Demonym)") ? subject : first.toLowerCase() + subject.slice(first.length);
    } catch {
      return subject;
    }
  }
  // "Port Alder", "Greywater Rovers": a run of capitalised words is a name, whatever its first word.
  if (opensName(subject)) return subject;
  let proper = true;
  try {
    proper = nlp(subject).terms().first().has("(#ProperNoun|#Place|#Organization|#Person)");
  } catch {
    proper = true;
  }
  return proper ? subject : first.toLowerCase() + subject.slice(first.length);
}

// The head of an office's or a body's title after a capitalised word ("Health Minister", "Transport
// Ministry", "Education Secretary").
const TITLE_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?\s+(?:Minister|Ministry|Secretary|Department|Commissioner|Committee|Spokes(?:man|woman|person))\b/u;

// Peoples whose names the tagger does not know as such ("Finns", "Britons", "Swedes").
const IRREGULAR_DEMONYM = /^(?:Finns?|Danes?|Swedes?|Poles?|Scots?|Britons?|Thais?|Czechs?|Greeks?|Turks?|Serbs?|Croats?|Slovaks?|Slovenes?|Icelanders?|Filipinos?|Israelis?|Iraqis?|Pakistanis?|Saudis?|Kuwaitis?|Omanis?|Yemenis?|Bangladeshis?|Nepalis?|Afghans?|Kurds?|Uzbeks?|Kazakhs?|Tajiks?|Somalis?|Basques?|Catalans?|Flemings?|Walloons?|Luxembourgers?|Dutch|French|Irish|Welsh|Swiss|Maltese|Kiwis?|Aussies?|Brits?|Quebecers?|Londoners?|Parisians?|Berliners?|Muscovites?|Seoulites?)$/;

export interface WhQuestion {
  stem: string;
  kind: "count" | "percent_change";
}

/** The parts of a "<subject> <verb> <figure> <what> <tail>" clause a question is made of. */
interface Parts {
  subject: string;
  aux: string;
  inf: string;
  what: string;
  rest: string;
}

// A clause that leaves out the verb it shares with the one before: "the NC got 3,111,643 votes
// and the CPN-MC 1,295,903 votes", "exports rose 5 percent and imports 3 percent". The gapped
// subject is a short name or a "the …" phrase right after the earlier figure and its noun.
const GAPPED_SUBJECT = String.raw`((?:the\s+)?\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\d.'’&-]*){0,4})`;
const CALENDAR_WORD = /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const FIGURE_TOKEN = /^(?:\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)$/i;

const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)`;
/** "to third", "from fifth place": a rank the sentence reaches or leaves, in words. */
const RANK_WORD_PHRASE = new RegExp(String.raw`^(?:to|from)\s+(?:the\s+)?${ORDINAL_WORD}(?:\s+(?:place|position|spot))?[.!?]?$`, "i");

/** `at` and `raw`: where the figure stands in `sentence` and how it is written; `noun` (for
 *  counts) is what it counts as written after it ("votes"). */
export function whQuestion(sentence: string, at: number, raw: string, kind: "count" | "percent_change", noun?: string, article?: string): WhQuestion | null {
  if (sentence.slice(at, at + raw.length) !== raw) return null;
  // "coal and fuel reached 21 and 28 million tonnes respectively": each figure belongs to one of
  // the subjects, which a question about all of them would misstate.
  if (/\brespectively\b/i.test(sentence)) return null;
  const clause = clauseOf(sentence, at, raw.length);
  if (!clause) return null;
  const before = clause.text.slice(0, at - clause.offset).trim();
  const after = clause.text.slice(at - clause.offset + raw.length);
  const parts = partsOf(before, after, clause.text, kind, noun) ?? gappedParts(before, after, kind, noun) ??
    sharedSubjectParts(sentence.slice(0, clause.offset), before, after, kind, noun);
  if (!parts) return null;
  const subj = lowerFirst(parts.subject, article);
  const stem =
    kind === "count"
      ? `According to the article, how many ${parts.what} ${parts.aux || "did"} ${subj} ${parts.inf}${parts.rest}?`
      : `According to the article, by what percentage did ${subj} ${parts.inf}${parts.rest}?`;
  return { stem, kind };
}

/** A gapped clause borrows the verb of the clause before it, whose figure is counted or measured
 *  the same way: "… got 3,111,643 votes and the CPN-MC 1,295,903 votes" → how many votes did the
 *  CPN-MC get. The earlier clause is read with this clause's own tail. */
function gappedParts(before: string, after: string, kind: "count" | "percent_change", noun?: string): Parts | null {
  const unit = kind === "count" ? (noun ? escapeRegExp(noun) : null) : String.raw`(?:\s?%|\s+percent|\s+per cent|\s+pct)`;
  if (!unit) return null;
  const ownUnit = kind === "count" ? new RegExp(`^\\s+${unit}\\b`, "i") : new RegExp(`^${unit}(?![\\p{L}])`, "iu");
  if (!ownUnit.test(after)) return null;
  const sep = kind === "count" ? String.raw`\s+${unit}` : unit;
  const m = new RegExp(`^(.*\\S)${sep}(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${GAPPED_SUBJECT}$`, "u").exec(before);
  if (!m?.[1] || !m[2] || CALENDAR_WORD.test(m[2])) return null;
  const earlier = m[1];
  const figure = earlier.split(/\s+/).pop() ?? "";
  if (!FIGURE_TOKEN.test(figure)) return null;
  const figureAt = earlier.length - figure.length;
  const parts = partsOf(earlier.slice(0, figureAt).trim(), after, `${earlier}${after}`, kind, noun);
  if (!parts || parts.subject.toLowerCase() === m[2].toLowerCase()) return null;
  return { ...parts, subject: m[2] };
}

const SUBORDINATE_START = /^(?:although|though|while|whilst|when|whenever|if|after|before|since|as|because|once|unless|until|in|on|at|during|according)\b/i;
const REPORTING_VERB = /\b(?:said|says|told|tells|announced|reported|added|noted|stated|claimed|argued|believed|thought|expected|according|that|which|who)\b/i;
// "on Tuesday, 25 February", "last week", "earlier this month": when, not who.
const TIME_AFTER_SUBJECT = /\s+(?:on|in|at|during|last|this|earlier|later|late|early)\b.*$/i;

/** A clause coordinated after ", and" with no subject of its own shares the sentence's subject:
 *  "India and Peru on Monday ratified the treaty, and signed three accords" → how many accords
 *  did India and Peru sign. The subject is the plain noun phrase before the sentence's first
 *  verb, less a time phrase; anything with an aside, a pronoun or a subordinate opening is left. */
function sharedSubjectParts(head: string, before: string, after: string, kind: "count" | "percent_change", noun?: string): Parts | null {
  if (kind !== "count" || !/,\s+and\s+$/.test(head)) return null;
  const own = before.replace(/^also\s+/i, "");
  if (!/^[a-z]+$/.test(own.split(/\s+/)[0] ?? "")) return null;
  const first = head.replace(/,\s+and\s+$/, "");
  // "Officials said the firm cut staff, and closed 12 stores": the clause may belong to the report.
  if (SUBORDINATE_START.test(first) || REPORTING_VERB.test(first)) return null;
  let verbAt = -1;
  try {
    type VerbJson = { text?: string; verb?: { grammar?: { form?: string } } };
    const verbs = nlp(first).verbs().json() as VerbJson[];
    const v = verbs[0];
    if (!v?.text || v.verb?.grammar?.form !== "simple-past") return null;
    verbAt = first.search(new RegExp(`\\b${escapeRegExp(v.text.split(/\s+/)[0] ?? "")}\\b`));
  } catch {
    return null;
  }
  if (verbAt <= 0) return null;
  const subject = first.slice(0, verbAt).trim().replace(/,$/, "").replace(TIME_AFTER_SUBJECT, "").trim();
  if (!/^\p{Lu}/u.test(subject) || /[,;:()\d“”"]/.test(subject) || subject.split(/\s+/).length > 6) return null;
  const tail = after.split(",")[0] ?? "";
  return partsOf(`${subject} ${own}`, tail, `${subject} ${own}${tail}`, kind, noun);
}

// Units of length, depth, mass and volume, written out or abbreviated.
const MEASURE_UNIT = /^(?:cm|mm|km|m|kg|g|ml|l|in|ft|inches|inch|feet|foot|(?:centi|milli|kilo)?(?:met(?:re|er)s?|grams?|litres?|liters?)|metres?|meters?|tonnes?|tons?|pounds?|lbs?|ounces?|oz|gallons?|yards?|miles?)$/i;

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function partsOf(before: string, afterRaw: string, clauseText: string, kind: "count" | "percent_change", noun?: string): Parts | null {
  let after = afterRaw.trim();
  // Subject and verb: "<lead>, <subject> <verb> <bridge words>" before the figure.
  const words = before.split(/\s+/).filter(Boolean);
  const bridge: string[] = [];
  if (/^a total of$/i.test(words.slice(-3).join(" "))) bridge.unshift(...words.splice(-3));
  while (words.length && BRIDGE.test(words[words.length - 1] as string)) bridge.unshift(words.pop() as string);
  // "rolled over 14 times", "took over 3 firms": "over" may be the verb's own particle, and the
  // question would drop it ("how many times had the jackpot rolled").
  if (bridge.some((w) => /^over$/i.test(w))) return null;
  // "passed by 31 votes to 22", "won by three goals": a count after "by" is a tally or a margin,
  // not what the verb acts on ("how many votes did the bill pass?" asks nothing).
  if (kind === "count" && bridge.some((w) => /^by$/i.test(w))) return null;
  if (words.length >= 2 && BRIDGE.test(`${words[words.length - 2]} ${words[words.length - 1]}`)) return null;
  // "counted at least 400 jars", "up to 40 staff": a bound before the figure is no verb, and the
  // question would drop what makes the figure a bound.
  if (words.length >= 2 && /^(?:at least|at most|up to|as many as|as few as|no more than|no fewer than|well over|just under|just over)$/i.test(`${words[words.length - 2]} ${words[words.length - 1]}`)) return null;
  // "The party could win 41 seats" → "how many seats could the party win"; "X has exercised an
  // option to buy 10 planes" → "how many planes has X exercised an option to buy": the auxiliary
  // moves before the subject and the rest of the verb chain stays, for counts only.
  const auxAt = kind === "count" ? words.findLastIndex((w) => AUXILIARY.test(w)) : -1;
  let chain = "";
  let aux = "";
  // (A chain that runs through another count, "have arrested three men suspected of stealing",
  // is no verb chain.)
  if (auxAt >= 1 && words.slice(auxAt + 1).some((w) => new RegExp(`^(?:${SPELLED_NUMBER})$`, "i").test(w))) return null;
  // "the detour would have cost 40 hours": a modal before the auxiliary ("would have", "could
  // have", "will have") is a verb chain of two auxiliaries, which one inversion cannot turn
  // ("how many hours have would cost"), and a what-if besides.
  if (auxAt >= 1 && AUXILIARY.test(words[auxAt - 1] as string)) return null;
  if (auxAt >= 1 && words.length - auxAt - 1 >= 1 && words.length - auxAt - 1 <= 6 &&
      words.slice(auxAt + 1).every((w) => /^[a-z]+$/.test(w))) {
    aux = (words[auxAt] as string).toLowerCase();
    chain = words.slice(auxAt + 1).join(" ");
    words.splice(auxAt);
  }
  const verb = aux ? chain : words.pop();
  if (!verb || !aux && !/^[a-z]+$/.test(verb)) return null;
  // "Rangers carried out 118 rescues": the word before the figure is the particle of a phrasal
  // verb, whose past tense belongs to the verb, not to the subject ("did rangers carried carry out").
  if (!aux && PARTICLE.test(verb)) return null;
  // ("Since the list was announced in September, the book has sold …" is no report: a clause
  // that opens with a conjunction, or whose "announced" is passive, stays, and is then no time lead.)
  let reported = false;
  let subject = words.join(" ").replace(LEAD_CONJUNCTION, "").replace(REPORTED, (m) => (SUBORDINATE_START.test(m) || /\b(?:was|were|is|are|been|be|being)\s+\S+\s+$/i.test(m) ? m : ((reported = true), "")));
  // "Carter said the line would create 3,000 jobs": what a reporter says would, could or might
  // happen is a view; asked without its reporter ("how many jobs would the line create?") it
  // becomes the article's own finding.
  if (reported && /^(?:would|could|might|may)$/.test(aux)) return null;
  let lead = "";
  const comma = subject.lastIndexOf(", ");
  if (comma >= 0) {
    lead = subject.slice(0, comma).trim();
    subject = subject.slice(comma + 2).trim();
    if (!TIME_LEAD.test(lead)) return null;
  }
  const subjectWords = subject.split(/\s+/).filter(Boolean);
  // "Ruiz scored 14 goals and provided nine assists": the second of two joined verb phrases has
  // no subject of its own between the conjunction and its verb.
  if (/^(?:and|or|but|nor)$/i.test(subjectWords[subjectWords.length - 1] ?? "") || /[\d]/.test(subject) && /\b(?:and|or|but)\b/i.test(subject)) return null;
  if (subjectWords.length === 0 || subjectWords.length > 8 || PRONOUN.test(subject) || /[,;:()“”"]/.test(subject)) return null;
  // "In February it recalled 740,000 vehicles": an opening phrase with no comma is no subject, and
  // a pronoun anywhere in it stands for someone the question does not name.
  // ("… while in Leeds prices climbed 4.6 percent", "… and in London the chip maker Arcton lost
  // 5%": the same phrase after a conjunction, in lower case, would read "did in Leeds prices climb".)
  if (/^(?:In|On|At|By|During|After|Before|Since|Until|From|For|Over|Under|With|Without|Last|Earlier|Later)\b/i.test(subject) ||
      /^(?:in|on|at|during|after|before|since|until|from|across|throughout|within|among)\s/.test(subject) ||
      subjectWords.some((w) => /^(?:it|they|he|she|we|them|this|these|those)$/i.test(w))) return null;
  // "A rest centre opened at the leisure centre housed 140 people": a participle after the subject's
  // noun reads, in "how many people did a rest centre opened at the leisure centre house", as its verb.
  if (/^\S+(?:\s+\S+)*?\s+[a-z]+ed\s+(?:at|in|on|by|near|from|for|with|inside|outside)\s/.test(subject)) return null;
  // "shares in its listed supplier": a possessive inside the subject points at a sentence the
  // question does not show.
  if (subjectWords.some((w) => /^(?:its|their|his|her|our)$/i.test(w))) return null;
  // "The agency estimates that world consumption": a report wrapped round the clause's own
  // subject is no subject to ask about.
  if (subjectWords.some((w) => /^(?:that|which|who|whom|estimates?|estimated|expects?|expected|says?|said|believes?|thinks?|forecasts?|predicts?|reports?|reported|announced|shows?|showed|projects?|projected)$/i.test(w))) return null;
  // "has won", "were found": only the simple past reads back as "did … win".
  if (!aux && /^(?:has|have|had|was|were|is|are|will|would)$/i.test(words[words.length - 1] ?? "")) return null;
  if (aux && /^(?:been|being|be)\b/.test(chain)) return null; // a passive: the figure is not the object
  const inf = aux ? chain : infinitiveOf(verb, clauseText);
  if (!inf || /^(?:be|been|being)$/i.test(inf)) return null;
  // "Officials said 42 houses had been destroyed": the figure opens the reported clause; a verb of
  // saying or thinking does not take a count for its object.
  if (/^(?:say|tell|think|believe|claim|state|add|note|estimate|expect|hope|fear|warn|confirm|suggest)$/i.test(inf.split(/\s+/).pop() ?? "")) return null; // "was 1.2 million crowns": no action to ask "did … be"
  // The words before the figure must end in a verb: "could not score in the extra 20 minutes" or
  // "have won it a record nine times" put the figure inside a phrase of its own, and a question
  // made of them dangles ("… score in the extra?"); "won it" also points at an antecedent.
  const chainWords = inf.split(/\s+/);
  if (DANGLING_END.test(chainWords[chainWords.length - 1] ?? "") || DETERMINER.test(chainWords[chainWords.length - 2] ?? "") ||
      chainWords.some((w) => /^(?:it|them|this|that|these|those)$/i.test(w))) return null;

  let what = "";
  // "won just five matches all season": a time phrase read into what is counted belongs to the
  // tail ("how many matches did Millbrook win all season?", not "how many matches all season did …").
  // (… and "given 400 doses so far": "how many doses have pharmacies given so far?")
  const timed = noun ? /^(.*\S)\s+((?:all|this|last|next|that|the whole|the entire)\s+(?:season|year|week|month|day|night|summer|winter|spring|autumn|term|campaign)|so far|to date|in total|in all|altogether)$/i.exec(noun.trim()) : null;
  if (timed?.[1]) noun = timed[1];
  if (kind === "count") {
    if (!noun || !after.toLowerCase().startsWith(noun.toLowerCase())) return null;
    // "included three other categorised climbs": a word that only qualifies what is counted is no
    // noun ("how many other did the stage include?").
    if (/^(?:other|others|more|further|additional|extra|new|such|same|different|separate|similar)$/i.test(noun.trim())) return null;
    // "spent 14 months freeing the skull": the gerund after a span is what the time went on, not
    // part of what is counted ("how many months freeing did …").
    if (/\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\s+[a-z]+ing\b/i.test(noun)) return null;
    // "two weeks' notice": a count inside a possessive names what it measures, not what is counted
    // ("how many weeks must the union give ' notice"); "2,880 libraries open" puts an adjective
    // after the noun that the question cannot carry ("how many libraries open did …").
    if (/^['’]/.test(after.slice(noun.trim().length))) return null;
    if (/\s(?:open|closed|left|remaining|available|missing|unsold|vacant|empty|alive|dead|standing|outstanding|unaccounted)$/i.test(noun.trim())) return null;
    // "inspected every six months": a frequency, not a count of months.
    if (/\bevery\s*$/i.test(before)) return null;
    // "slept seven hours and 12 minutes": the larger part of a compound measure is not the
    // answer to "how many hours did … sleep?" (7 is wrong by 12 minutes).
    if (new RegExp(String.raw`^${escapeRegExp(noun.trim())}\s+(?:and\s+)?(?:\d[\d,.]*|${SPELLED_NUMBER})\s+(?:minutes?|seconds?|months?|weeks?|days?|hours?|inches|inch|centimetres?|centimeters?|ounces?|pence)\b`, "i").test(after)) return null;
    // "treated 212 runners along the course": a noun read with the preposition after it would put
    // the preposition in the question and its object after the verb ("how many runners along did
    // medical staff treat the course?").
    if (/\s(?:along|across|in|on|at|from|to|with|for|of|by|over|under|near|around|through|during|into|onto|per|between|among|inside|outside)$/i.test(noun.trim())) return null;
    what = noun;
    after = after.slice(noun.length).trim();
    // "screened 5,120 boys and girls aged 6 to 11": the figure counts both nouns together, and
    // "how many boys …?" asks a part the article never gives. (After "and", a verb or an adverb
    // starts the subject's next action instead: "arrested 14 fans and seized …", and a determiner
    // or a name a gapped clause of its own: "got 3,000 votes and the Greens 1,200 votes".)
    const joinedWord = /^(?:and|or|&)\s+(\p{Ll}[\p{L}'’-]*)/u.exec(after)?.[1];
    if (joinedWord && !/ed$/.test(joinedWord) && nlp(joinedWord).has("(#Noun|#Adjective)") && !nlp(joinedWord).has("(#Verb|#Adverb|#Determiner|#Pronoun|#Possessive|#Value)")) return null;
    // "… 42 houses had been destroyed": a verb right after the noun makes the count a subject.
    if (/^(?:had|has|have|was|were|is|are|will|would|could|can|may|might|should|must|did|do|does)\b/i.test(after)) return null;
    // "five drivers suspected of smuggling …": a participle phrase describes what is counted and
    // cannot follow the verb in the question ("… have guards stopped suspected of …").
    // (After a verb of counting, "reported 1,430 people treated for heat illness", the phrase is what
    // was counted: "how many people did hospitals report?" asks nothing.)
    if (/^[a-z]+ed\b/.test(after) && /^(?:report|record|count|register|log|confirm|see|find|note|identify|diagnose)$/i.test(inf)) return null;
    if (/^[a-z]+ed\b/.test(after)) after = "";
    // "300 kilometres per hour", "40 litres a day": a rate is not a count of the noun.
    if (/^(?:per\s+\p{L}+|an?\s+(?:hour|day|week|month|year|second|minute))\b/iu.test(after)) return null;
    // "landed 1.9 million tonnes of fish": the of-phrase belongs to what is counted, not to the tail.
    const ofPhrase = /^of\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?<!\b(?:the|a|an|its|their|his|her|our|this|that))(?=\s+(?:in|on|during|for|at|to|from|over|by|last|this|next|each|every|per|overnight|yesterday|today|tonight|since|until|through|after|before|within|across|so\s+far|to\s+date)\b|[,.;]|$)/iu.exec(after);
    if (ofPhrase) {
      // "tonnes of cocaine hidden in a shipment": a participle after the noun starts a phrase of its
      // own, which the question would leave dangling ("how many tonnes of cocaine hidden have …").
      if (endsInParticiple(ofPhrase[0])) return null;
      // "doses of the measles, mumps and rubella vaccine": the of-phrase stops at a list's first
      // item, and the question would count "doses of the measles".
      if (/^,\s+(?:[\p{L}'’-]+\s+){0,2}?(?:and|or)\s/u.test(after.slice(ofPhrase[0].length))) return null;
      what = `${what} ${ofPhrase[0]}`;
      after = after.slice(ofPhrase[0].length).trim();
    }
    // "Leeds had 27 cm", "the town got 40 millimetres overnight": a unit of measure that a verb of
    // having or receiving takes, with no of-phrase, measures something only the clause before
    // names (snow, rain); "how many cm did Leeds have?" does not say of what.
    if (!ofPhrase && MEASURE_UNIT.test(noun.trim()) && /^(?:have|get|receive|see|record|collect|take)$/i.test(chainWords[chainWords.length - 1] ?? "")) return null;
    // "ten minutes later", "two days earlier": a span measured from some other event, not a count.
    if (/^(?:later|earlier|ago|before|after)\b/i.test(after) || /\b(?:later|earlier|ago)\b/i.test(noun) || SUBORDINATE_CLAUSE.test(noun)) return null;
  } else {
    const unit = /^(?:percent|per cent|%|pct)\b\s*/i.exec(after) ?? /^%\s*/.exec(after);
    if (!unit || !CHANGE_VERBS[verb.toLowerCase()]) return null;
    after = after.slice(unit[0].length).trim();
    // "lost 4 per cent of their ice": a share of something, not a change by a percentage ("by what
    // percentage did the glaciers lose of their ice?").
    if (/^of\b/i.test(after)) return null;
  }
  // The tail: phrases without another figure ("in the second quarter"), up to the clause's end.
  // "grew 5 percent versus 4 percent in the year-ago period": what follows a comparison belongs to it.
  const comparison = /\s*\b(?:versus|vs\.?|compared (?:with|to)|against|than|up from|down from)\b/i.exec(after);
  if (comparison) after = after.slice(0, comparison.index);
  // "dollars, triple the amount paid in 2019", "cases, including 113 children": an aside right
  // after the figure describes the figure; cut apart from its own figures it no longer makes sense.
  if (/^[,;:]/.test(after)) after = "";
  // What follows a comma is another phrase's ("…, the agency said on Tuesday", "…, down 2% from a
  // year earlier"): a time picked up there would date the report, not the figure.
  // ("cited three causes for the delay: the weaker currency, …": what follows a colon spells out
  // what was counted, and carried into the question it names one item after the thing asked about.)
  // "screened 5,120 children in Leeds, York and Hull": a list cut at its first comma leaves the
  // question with its first item only ("… in Leeds?"), which the article does not say alone.
  const beforeComma = after.split(/[,;:]\s/)[0] ?? "";
  // (", the Growers and Roasters Federation said": a phrase opening with a determiner is a new
  // subject, no list item.)
  if (/^,\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those)\s)(?:[\p{L}'’.-]+,?\s+){1,3}?(?:and|or)\s/iu.test(after.slice(beforeComma.length))) return null;
  after = beforeComma;
  // "fell 1.8 percent as shoppers switched to own brands": a clause giving the cause is cut whole;
  // cut at its first preposition instead, it dangles ("… fall as shoppers switched?").
  after = after.replace(/\s*\b(?:as(?!\s+of\b)|because|while|although|though|whereas|amid|despite)\b.*$/i, "");
  // "rose 2.4 percent in October from a year earlier": what the change is measured against is part
  // of the figure ("by what percentage did prices rise in October?" would also ask the monthly
  // change). The phrase is kept whole: its "from" and "year" must not split it.
  after = after.replace(CHANGE_BASE, (m) => m.replace(/\s+/g, JOIN));
  const pieces = after.split(/\s+(?=(?:to|from|in|on|during|for|at|year|compared|against|after|before)\b)/i).filter(Boolean);
  const kept: string[] = [];
  let dropped = false;
  // "rose three places to third": a rank reached or left, written as a word, is a figure of its own
  // like "to 14th", and kept it reads as part of the climb ("how many places did X rise to third?").
  const hasFigure = (p: string) => /\d/.test(p) || RANK_WORD_PHRASE.test(p);
  for (const p of pieces) {
    // "rose 2.1 percent to 318,000 crowns over the year": the split at "year" leaves a piece that
    // continues the phrase just dropped; kept alone it would read "… rise year?".
    // ("from 2.11 million the year before": a bare "before" or "after" ends that phrase too.)
    const continues = dropped && (!/^(?:to|from|in|on|during|for|at|compared|against|after|before)\b/i.test(p) || /^(?:after|before)[.!?]?$/i.test(p));
    dropped = false;
    if (p.includes(JOIN)) {
      kept.push(p);
      continue;
    }
    if (continues) {
      dropped = true;
      continue;
    }
    const spanEnd = /^(?:to|from)\s+/i.test(p) && SPAN.test(kept.join(" "));
    if (spanEnd) {
      // "in the year to April": the end of a span is kept with it, or the span is wrongly open.
      if (hasFigure(p)) return null;
      kept.push(p);
    } else if ((!hasFigure(p) || /^(?:in|during)\s+(?:19|20)\d{2}$/i.test(p)) && !/^(?:to|from)\b/i.test(p)) kept.push(p);
    // "closed five libraries in 2019 and handed …": a year left behind dates the figure, and the
    // question without it may ask about another time the article speaks of.
    else if (/\b(?:19|20)\d{2}\b/.test(p)) return null;
    // "added 40 minutes to their commute": for a count, "to …" or "from …" with no figure is the
    // verb's own complement; dropped, the question asks "how many minutes have people added?".
    else if (kind === "count" && /^(?:to|from)\s/i.test(p) && !hasFigure(p) && !SPAN.test(kept.join(" "))) kept.push(p);
    // "placed 21 universities in the top 200": a phrase with a figure of its own says what the
    // count is of; left out, the question asks something else ("how many universities did Germany
    // place?"), and what follows it no longer joins on ("… take year's World Academic Table?").
    // ("… got 3,111,643 votes and the CPN-MC 1,295,903 votes" : a gapped clause of its own goes.)
    else if (!/^(?:to|from|and|or|but|while|whereas)\b/i.test(p)) return null;
    else dropped = true;
  }
  const joined = kept.join(" ").replace(/[,;:]+$/, "").trim();
  const tail = joined.replace(new RegExp(JOIN, "g"), " ");
  // "… after OPEC said members had cut output more than planned": the comparison cut above leaves
  // its comparative hanging ("… cut output more?"). ("from a year earlier" is no such comparative.)
  if (/\b(?:more|less|fewer|higher|lower|further|longer|shorter|faster|slower|earlier|later|better|worse)$/i.test(joined.replace(/\S*\u2060\S*$/, "").trim())) return null;
  // "in the shoot-out and was named man of the match": a second verb phrase of the subject's.
  if (/\s(?:and|but|or)\s+(?:was|were|is|are|has|have|had|will|would|did|also|then|[a-z]+ed)\b/i.test(` ${tail}`)) return null;
  if (tail.split(/\s+/).length > 10 || /[“”"()]/.test(tail)) return null;
  // "reported nine deaths and Quang Ngai six": a figure written in words in the tail is another
  // clause's (often one that leaves out its verb), which the question cannot carry.
  if (new RegExp(String.raw`\b${SPELLED_NUMBER}\b`, "i").test(tail)) return null;
  // "when a defender scored", "because orders fell": a clause of its own cannot be carried into
  // the question; "over the same period" points at a sentence the student is not shown.
  if (SUBORDINATE_CLAUSE.test(tail) || /\bthe same\b|\bthe period\b/i.test(tail)) return null;
  // "took three years to build": the time something takes is taken to do something, and
  // "how many years did the bridge take?" drops what.
  if (/^(?:take|need|require)$/i.test(chainWords[chainWords.length - 1] ?? "") && /^(?:[\p{L}-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)$/iu.test(what) && !/^to\s/i.test(tail)) return null;
  // "will spend 14 days, one lunar day, studying the soil": time spent is spent on something or
  // somewhere; "how many days will the mission spend?" says neither.
  if (/^(?:spend|devote|waste)$/i.test(chainWords[chainWords.length - 1] ?? "") && /^(?:[\p{L}-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)$/iu.test(what) && !/^(?:in|at|on|aboard|with|doing|working|studying|\p{L}+ing)\b/iu.test(tail)) return null;
  const timeTail = lead ? ` ${lead.charAt(0).toLowerCase()}${lead.slice(1)}` : "";
  return { subject, aux, inf, what, rest: `${tail ? ` ${tail}` : ""}${timeTail}` };
}
