// Stage 8: the critic's named checks. Each looks at one finished question (with the article at
// hand) and returns why a teacher should look at it, or null. A question with any finding is
// held back as needs_review; nothing here rewrites or drops a question.
import { namesInterviewee, turnOf } from "../interview";
import nlp from "compromise";
import { moduleFor } from "../../question-types";
import type { DraftQuestion } from "../questions/context";
import type { Fact, MembershipFact } from "../types";
import { countValue, digitised, SPELLED_NUMBER, spelledValue } from "../mentions/number-words";
import { literalOf, mentionsNumber } from "../questions/numbers";
import { escapeRegExp, mentions, normalise } from "../questions/text";
import { assertedStatement, canonicalFigure, explainedFigures, figureOf, quotedStatement } from "./statement";
import { TALLY_NOUN } from "../mentions/numbers";
import { datelineOf } from "../mentions/reference-date";
import { CURRENCY_SIGN, knownWholeAt, LATEST_CENTURY } from "../questions/distractors";
import { isStockOption } from "../questions/cause-questions";

export interface CriticContext {
  /** The article as given to the engine. */
  text: string;
  /** Every quiz sentence of the article. */
  sentences: string[];
  /** The paragraph of each sentence (parallel to `sentences`), where known. */
  blocks?: number[];
  facts: Fact[];
  /** The article's headline sentences, where known. */
  headlines?: string[];
}

// A temperature as a figure: "9 degrees Celsius", "31°C", "____ degrees".
const TEMPERATURE = /(____|-?\d{1,3}(?:\.\d+)?)\s*(?:°\s?[CF]?(?![\p{L}])|degrees?\b(?!\s+(?:of|in|from)\b))/iu;
// Words that make the weather the story: a headline or a lead about heat, cold, storms or rain.
const WEATHER_STORY = /\b(?:weather|heat|heatwaves?|hot(?:test)?|cold(?:est)?|chill\w*|freez\w*|frost\w*|snow\w*|icy|blizzards?|storms?|temperatures?|degrees|climate|warm\w*|wildfires?|drought|monsoon|rain\w*|floods?|flooding|typhoons?|hurricanes?|cyclones?)\b|°/i;

export interface Check {
  code: string;
  /** What the check looks for, for the docs and tests. */
  about: string;
  /** The message the teacher sees when it fires, or null when the question passes. */
  run(q: DraftQuestion, ctx: CriticContext): string | null;
}

// A pronoun or a pointing word opening the statement, after an adverb if any ("Notably, these …").
// Also after a short opening phrase of its own ("If convicted, they face …").
// (… or after a participle phrase, "Fully charged, it took 96 minutes", "Asked about the delay,
// she said": the phrase describes the pronoun, which it never names.)
// "Three months ago it had forecast …", "A year earlier, they …": a span counted back from a time
// the statement does not give, opening the clause before its subject.
const SPAN_AGO = String.raw`(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|A few|Some|\d+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|before|after)\b)`;
const PRONOUN_START = new RegExp(String.raw`^(?:…\s*)?(?:(?:(?:[A-Z][a-z]+ly\s+)?[A-Za-z][a-z]+(?:ed|en|ing)\b[^,;“”"]{0,40},\s+)|[A-Z][a-z]+ly,?\s+|(?:Together|Altogether|Combined|Between them|Still|Yet|So|Instead|Meanwhile|However|Even so|Then|Now|Also|Today|Tonight|Yesterday|Tomorrow|Nowadays|Again|Soon),?\s+|(?:If|When|Once|Unless|After|Before|Although|Though|While|Until|As|Since|In|On|At|By|For|Under|With|Without|Despite)\s+[^,;“”"]{1,40},\s+|${SPAN_AGO},?\s+)?(he|she|it|they|them|this|these|those|his|her|its|their|there|i|we|you|our|my)\b`, "i");
// … or after an opening phrase with no comma ("In 2023 it recalled …", "Over a long career she
// built …"): a time or place phrase, then the pronoun as the clause's subject.
// ("Under the new covers we lose less ice": any place or circumstance opening the clause.)
const FRONTED_PRONOUN = /^(?:…\s*)?(?:In|On|At|By|To|During|Over|Within|Across|Throughout|After|Before|Since|Until|For|Between|From|Last|This|Earlier|Later|Under|Among|Amongst|Inside|Outside|Beneath|Behind|Beyond|Below|Above|Along|Around|Near|Through|With|Without|Despite)\s+(?:(?!(?:since|when|after|before|as|because|that|which|who|whom|where|while|if|once|until|and|but|or|he|she|it|they|we|i)\b)[^\s,;“”"]+\s+){1,8}?(he|she|it|they|we|I)\s+(?=[a-z])/i;
const SHARE_SUBJECT = /^(?:(?:about|nearly|almost|some|roughly)\s+)?(?:(?:less|more|fewer)\s+than\s+)?(?:a|an|one|two|three|half|a half)\s*(?:third|quarter|fifth|sixth|tenth|half)?s?\s+of\s+the\b/i;
const CHANGE_VERBS = String.raw`(?:rose|fell|jumped|climbed|dropped|grew|declined|increased|decreased|gained|slipped|surged|plunged|soared|slid|edged up|edged down)`;
// "Contact was lost": a bare noun and a passive say nothing of whose or with what.
const BARE_PASSIVE = /^(?!(?:The|A|An|Its|Their|His|Her|This|These|Those)\b)[A-Z][a-z]+ (?:was|were) [a-z]+$/;
const BARE_VERB = new RegExp(String.raw`^${CHANGE_VERBS}$`, "i");
const CHANGE_WITH_FIGURE = new RegExp(String.raw`\b${CHANGE_VERBS}\s+(?:by\s+)?\d`, "i");
const CUT_END = /\s(?:to|of|from|by|with|at|in|on|for|the|a|an|and|or|than)$/i;
const DANGLING_START = /^(?:…\s*)?(followed by|and|or|but|while|whereas|then|with|compared with|as well as|including|respectively)\b/i;
// Acronyms everyone reads daily: asking what they stand for tests trivia, not the article.
const UBIQUITOUS = new Set(["EU", "UN", "US", "USA", "UK", "GDP", "CEO", "COVID", "NATO", "IMF", "WHO", "ASEAN", "AI", "TV", "BBC", "CNN", "FBI", "CIA", "NASA", "OPEC", "UNESCO", "UNICEF", "WTO", "OECD", "G7", "G20", "CPI", "VAT", "IT", "PM", "MP", "AM", "PM"]);
const FUNCTION_WORDS = new Set(["of", "and", "for", "the", "in", "on", "to", "a", "an", "&"]);
// A funeral, memorial service or burial and what follows its verb (when and where it is held).
const ARRANGEMENTS = /\b(?:funeral|memorial|burial|requiem|cremation|wake|vigil)(?:\s+(?:service|mass|ceremony))?s?\s+(?:will|would|is|are|was|were|has been|have been)\s+(?:(?:be|to|due|set|scheduled|planned)\s+){0,3}(?:held|take place|taking place|scheduled|planned|due)\b[^.;]*/i;
const MEMBERSHIP_WORDS = /\b(join(?:ed|s|ing)?|member(?:s|ship)?|accede[sd]?|accession|signator(?:y|ies)|signed up|admitted)\b/i;

// A pointing word and its noun at the head of a statement, alone or after a short opening phrase.
const POINTED = /^(?:…\s*)?(?:(?:To|Despite|Because of|After|Before|Following|Given|Under|With|Without|For|Against|Beyond|Unlike|As a result of|In|On|At|By|From|Since|Through|Amid|Behind|Besides|Apart from)\s+(?:[a-z]+\s+){0,3}?)?(this|that|these|those)\s+(?!(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|must|means|meant|left|leaves|makes|made|brings|brought|compares|marks|marked|takes|took|puts|put|came|comes|includes|included|did|does)\b)([a-z][a-z-]*)\b/i;
// An instruction to the reader: a verb of advice opening the sentence, then what it acts on ("Book
// early", "Allow a day for …", "Lunch at the inn"), not a noun that is the subject ("Visit numbers fell").
const IMPERATIVE_START = /^(?:…\s*)?(?:(?:Do not|Don['’]t|Always|Never|Just)\s+)?(?:Allow|Arrive|Avoid|Book|Bring|Check|Choose|Dine|Eat|Expect|Head|Lunch|Pack|Plan|Skip|Stop off|Try|Visit|Wear|Catch|Hire|Rent|Order|Ask|Remember|Reserve|Consider|Budget|Leave|Set aside|Take|Make sure|Go|Walk|Drive|Park|Buy)\s+(?:a|an|the|your|at|for|in|on|by|early|ahead|plenty|time|enough|some|two|three|four|five|up|out|off|there|here|round|around|along|into|to)\b(?!\s+(?:is|was|are|were|has|had|will|would)\b)/;
const TIME_NOUN = /^(?:year|years|month|months|week|weeks|day|days|time|season|quarter|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn|decade|century)$/i;
// (… or a bare share: "Only 3 percent said they …" — of whom?)
// ("After today, three looks optimistic": the same after a short opening phrase.)
// ("Nine members voted in favour": members of a body only an earlier sentence names.)
const BARE_COUNT_SUBJECT = new RegExp(String.raw`^(?:…\s*)?(?:(?:After|Before|By|Since|Until|From|Of|Now|Today|Yesterday|So far|This year|Last year|In [A-Z0-9][\w]*)\b[^,;“”"]{0,25},\s+)?(?:(?:Only|Just|About|Nearly|Almost|Some|Another|A further|Roughly|Around|At least|At most|More than|Fewer than|Less than|Over|Up to)\s+)?(\d[\d,.]*|____|${SPELLED_NUMBER})\s+(?:(?:percent|per cent)\s+|%\s+|(?:members|delegates|councillors|directors|judges|jurors|senators|trustees|governors)\s+)?(?:(?:also|still|then|later|now)\s+)?(?:rose|fell|stayed|remained|were|was|are|is|had|have|did|went|came|grew|won|lost|said|got|took|made|saw|left|kept|held|looks?|seems?|remains?|will|would|could|can|may|might|must|should|shall|[a-z]+ed)\b`, "i");
// "none of the country's three largest", "all of its 12": a claim about every member of a group.
const QUANTIFIED_GROUP = /\b(?:none|neither|all|each|any|both)\s+(?:of\s+(?:(?:the|its|their|his|her)\s+)?|(?:the|its|their|his|her)\s+)(?:[\p{L}-]+['’]s\s+)?$/iu;
const QUANTIFIED_GROUP_WORDS = /\b(?:none|neither|all|each|any|both)\b[^,;.]*$/i;
/** A piece of a stem as a pattern that matches the article however its lines were wrapped. */

// A statement lifted from one sentence of the article must stand on its own. pronoun_stem and
// vague_reference read its head; a lifted sentence leans on the one before just as often further
// in ("Prosecutors said he moved …", "Analysts said the gap should narrow …", "Around 60 per cent
// of that will come from …"). A true/false statement asserts every clause, so every clause must be
// checkable; a quoted sentence with a blank is widened to the sentence before when one is there
// (gate.ts), and held back when not. Words inside a quotation are its speaker's and stay.
// "he", "his", "she", "her": a person the statement never names.
const PERSON_PRONOUN = /\b(he|him|his|she|her|hers)\b/i;
// Words before the pronoun that name a person: a title or role, a name (a capitalised word past
// the first, or a first word with "'s" or a second capital), or the blank of a speaker question.
const NAMES_PERSON = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|minister|president|premier|chancellor|coach|judge|lawyer|attorney|spokes(?:man|woman|person)|director|chief|chairman|chairwoman|chair|governor|mayor|officer|official|manager|author|researcher|professor|captain|player|winger|striker|conductor|pianist|singer|actor|actress|founder|owner|boss|head|leader|secretary|senator|king|queen|prince|princess|man|woman|boy|girl|father|mother|son|daughter|husband|wife|widow|driver|pilot|farmer|worker|suspect|defendant|victim|patient|doctor)\b|____/i;
// "in Beltsville, Maryland", "at Fulton Street": a capitalised place after a preposition of place
// is where something happens, never the person a later "she" stands for.
const PLACE_NAMED = /\b(?:in|at|near|outside|across|throughout)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])(?<!['’]s)(?:\s+\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])(?<!['’]s))*(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=,))?/gu;
function namesPersonBefore(before: string): boolean {
  if (NAMES_PERSON.test(before)) return true;
  const head = before.trim();
  const words = head.split(/\s+/);
  if (head.replace(PLACE_NAMED, " ").trim().split(/\s+/).slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return true;
  if (/^\p{Lu}[\p{L}-]*['’]s\b/u.test(head) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(head)) return true;
  // "Trump pulled his country out …": a surname alone for a subject ("Prosecutors said he …" and
  // "The court ordered that his …" name no one).
  // ("Okafor, the club's top scorer, has scored 9 of his 12 goals …": the same with an apposition.)
  // ("Raman, who became chief executive in 2022, said she …": the same with a relative clause.)
  // ("Okafor, 24, scored his third …": the same with an age.)
  const apposed = /^(\p{Lu}\p{Ll}+),\s+(?:(?:the|a|an)\s+[^,;“”"]{1,60}|who\s+[^,;“”"]{1,100}|\d{1,3}),\s/u.exec(head)?.[1];
  if (!apposed && !/^\p{Lu}\p{Ll}+$/u.test(words[0] ?? "")) return false;
  try {
    const first = nlp(apposed ?? head).terms().first();
    return first.has("#Person") || (first.has("#Singular") && !first.has("#Determiner") && !first.has("#Pronoun") && !first.has("#Preposition") && !first.has("#Adverb") && !first.has("#Date"));
  } catch {
    return false;
  }
}
// "the share rose", "Despite the gains", "the gap should narrow": a measure or a change named by
// its kind alone ("the share of pupils", "the rise in prices" say what they are).
const QUANTITY_ANAPHOR = /\bthe\s+(share|gap|rise|fall|drop|increase|decrease|decline|gains?|loss(?:es)?|shortfall|difference|figure|total|jump|slump|surge|remainder)\s+(?:(?:also|still|now|then|only|alone|itself)\s+)?(?=(?:is|was|were|are|has|had|have|will|would|should|could|can|may|might|must|rose|fell|grew|came|reached|stood|remained|narrowed|widened|shrank|jumped|dropped|increased|decreased|declined|amounted|means|meant|beat|exceeded|includes|included|accounts|accounted|represents|represented|compares|compared|marks|marked|makes|made|leaves|left|brings|brought|puts|put|equals|topped|hit)\b)/i;
// "60 per cent of that", "more than this": a pointing word standing alone for what was said before.
const POINTER_PRONOUN = /\b(?:of|than|like|despite|after|before|from|to|with|on|for|by|beyond|besides|above|below|under|over|against)\s+(that|this|these|those)(?=\s*(?:[,.;:!?”)]|$)|\s+(?:is|was|were|are|will|would|has|had|have|could|can|may|might|should|must|came|comes|went|goes)\b)/i;
// "that figure", "those savings", past the head of the statement (vague_reference reads the head).
// ("in that group", "over this period": a part of a whole an earlier sentence set out.)
// ("… received those ratings", "those scores": a grade only the sentence before gives.)
const POINTER_NOUN = /\b(that|this|these|those)\s+(figure|number|total|amount|sum|goal|target|aim|rise|fall|drop|increase|decrease|decline|level|rate|share|gap|trend|change|growth|loss|losses|cut|cuts|estimate|forecast|result|results|records?|decision|move|step|money|savings|costs?|payments?|spending|sums|figures|numbers|amounts|levels|rates|shares|gains|pace|group|groups|category|categories|cohort|bracket|period|segment|ratings?|scores?|grades?|marks|findings|thresholds?|limits?)\b/i;
const POINTER_NOUNS = new RegExp(POINTER_NOUN.source, "gi");
/** A noun of POINTER_NOUN in its plural form ("numbers", "losses", "savings"; not "loss", "gas"). */
const PLURAL_FORM = /^(?:[a-z]+[^s]s|[a-z]+sses|savings)$/i;
// "Analysts had been expecting $3.4 billion.": a forecast whose figure is all the sentence gives;
// what it forecast (which quarter's revenue, which month's inflation) only the sentence before says.
export const FORECAST_ONLY = /^(?:…\s*)?(?:Analysts|Economists|Markets|Investors|Traders|Forecasters|Experts|Brokers|Strategists)(?:\s+(?:polled|surveyed|questioned)\s+by\s+[^,.;]{1,40})?(?:\s+(?:on average|on balance|as a group|in a [A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:poll|survey)))?\s+(?:had\s+)?(?:been\s+)?(?:expect(?:ed|ing)|forecast(?:ing)?|predict(?:ed|ing)|estimat(?:ed|ing)|anticipat(?:ed|ing)|projected|pencilled in|penciled in)\s+(?:(?:about|around|roughly|nearly|some|just|only)\s+)?(?:[$€£¥₩]\s?)?(?:\d[\d,.]*|____)(?:\s*(?:%|percent|per cent|billion|million|trillion|thousand|points|basis points|cents|euros?|dollars?|pounds?|yen|won|yuan|francs?|crowns?|kronor|kroner|shillings?|rupees?|pesos?|rand|reais|roubles?|rubles?)(?![a-z]))*(?:,\s+according to [^,.;]{1,50})?\s*[.!]?$/i;
// "Prosecutors had sought A$6 million.", "The union had demanded 12 percent.": a demand or an offer
// whose figure is all the sentence gives; what was sought (a fine, damages, a pay rise) only the
// sentence before says.
export const DEMAND_ONLY = new RegExp(String.raw`^(?:…\s*)?(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}?\s+(?:had\s+)?(?:been\s+)?(?:sought|seeking|demanded|demanding|asked\s+for|asking\s+for|requested|requesting|claimed|claiming|offered|offering|proposed|proposing|wanted|pushed\s+for|pushing\s+for|called\s+for|calling\s+for)\s+(?:(?:about|around|roughly|nearly|some|just|only|up\s+to|at\s+least|more\s+than)\s+)?(?:(?:[A-Z]{1,3})?[$€£¥₩]\s?)?(?:\d[\d,.]*|____|${SPELLED_NUMBER})(?:\s*(?:%|percent|per cent|billion|million|trillion|thousand|points|basis points|cents|pounds|dollars|euros|yen|rupees|years|months))*\s*[.!]?$`, "u");
// "45 percent of households now own one": "one" for a thing only the sentence before names.
const ONE_FOR_THING = /\b(?:own|owns|owned|buy|buys|bought|have|has|had|use|uses|used|get|gets|got|need|needs|needed|want|wants|wanted|rent|rents|rented|carry|carries|carried|drive|drives|drove|wear|wears|wore)\s+(one)\b(?!\s+(?:of|another|more|or|in\s+(?:five|four|three|ten|\d)))(?=\s*(?:[,.;:!?)”]|$)|\s+(?:now|today|already|yet|too|either|since|by|at|from|each|every|a|an|up|down|in|on|last|this|next)\b)/i;
// "… began talks with both parties": a pair the statement never names.
const BOTH_NOUN = /\bboth\s+(?:the\s+)?(?:[a-z-]+\s+)?([a-z-]+s)\b(?!\s+of\b|['’])/i;
// "… voted against it along with …": "it" for an object, after a verb or a preposition.
const OBJECT_IT = /\b(?:against|for|on|about|with|into|behind|toward|towards|of|from|in|to|at|by|over|under|above|below|beyond|within|inside|outside|near|past|support(?:s|ed)?|oppos(?:e|es|ed)|back(?:s|ed)?|approv(?:e|es|ed)|reject(?:s|ed)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|prais(?:e|es|ed)|welcom(?:e|es|ed)|block(?:s|ed)?|challeng(?:e|es|ed)|defend(?:s|ed)?|endors(?:e|es|ed)|veto(?:es|ed)?|sign(?:s|ed)?|pass(?:es|ed)?|fail(?:s|ed)?|took|sat|won|lost|play(?:s|ed)?|visit(?:s|ed)?|us(?:e|es|ed)|run(?:s)?|ran|own(?:s|ed)?|buy(?:s)?|bought|sell(?:s)?|sold|build(?:s)?|built|clos(?:e|es|ed)|open(?:s|ed)?|join(?:s|ed)?|leave(?:s)?|left|reach(?:es|ed)?|watch(?:es|ed)?|enter(?:s|ed)?|operat(?:e|es|ed)|manag(?:e|es|ed)|fund(?:s|ed)?|cross(?:es|ed)?|ratif(?:y|ies|ied)|launch(?:es|ed)?|cover(?:s|ed)?|repair(?:s|ed)?|replac(?:e|es|ed)|rais(?:e|es|ed)|pa(?:y|ys|id)|charg(?:e|es|ed)|collect(?:s|ed)?|receiv(?:e|es|ed))\s+(it)\b(?!\s+(?:is|was|will|would|has|had)\b)/i;

/** Whether the words before an object "it" name a thing it could stand for: a noun after a
 *  determiner, outside any aside set off by commas ("…, who had pushed for the plan, …"). */
function thingNamedBefore(before: string): boolean {
  // "In the trial, which ran for a year, patients who received it …": a setting fronted before the
  // clause (and its aside) is where the clause happens, not what its object "it" stands for.
  const scene = /^(?:…\s*)?(?:In|During|At|Across|Throughout|Over)\s+(?:the|a|an|this|that|its|their)\s[^,]{1,60},(?:\s+(?:which|where|when|who)\b.*?,(?=\s+\p{L}+\s))?\s*/u.exec(before);
  const main = before.slice(scene?.[0].length ?? 0).replace(/,\s+(?:who|which|whose|where|whom)\b[^,]*,?/gi, " ");
  // The clause's subject is no antecedent of its own object ("The city owns 60 percent of it" would
  // say "of itself"): a noun at the very head does not count.
  // (A name's possessive says which thing as "the" would: "who took Chile's new driving test passed it".)
  return [...main.matchAll(/\b(?:the|a|an|its|their|his|her|this|that|our|my|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*[^s\s\p{P}]\b/giu)].some((m) => m.index > 0 && main.slice(0, m.index).trim() !== "");
}

// "But 2,140 patients …", "Kiprono therefore takes home …": a connective that answers or
// follows from the sentence before.
const CONNECTIVE_START = /^(?:…\s*)?["“]?(But|And|Yet|So|Still|Thus|Hence|Therefore|Instead|Nevertheless|Nonetheless|Even so|As a result|In turn|Likewise|Similarly)\b/;
const CONNECTIVE_INSIDE = /\b(therefore|thus|hence|consequently|as a result|in turn|likewise|similarly)\b/i;
// "her"/"him" as an object ("finished 11 seconds behind her"), not a possessive ("her two flats").
const OBJECT_PERSON = /\b(her|him)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:after|before|in|on|at|by|for|with|to|from|and|but|as|when|while|since|until|during|over|again|last|this|twice|once)\b)/i;

/** How many people `text` names by a run of capitalised words ("Kenya's Ruth Chebet" is one). */
function peopleNamed(text: string): number {
  return (text.match(/(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu) ?? []).length;
}

const TABLE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
const TABLE_VALUE = String.raw`:\s*(?:____|[$€£¥₩]?\s?\d)[^;:]{0,40}`;
const TABLE_ROW = new RegExp(String.raw`(?:^|[,:;]\s*)(${TABLE_NAME})${TABLE_VALUE};\s*${TABLE_NAME}${TABLE_VALUE}`, "u");
// Plurals that measure rather than name ("60 euros", "12 percent", "three years").
const UNIT_PLURAL = /^(?:euros|dollars|pounds|cents|pence|yen|rupees|crowns|francs|points|percents|years|months|weeks|days|hours|minutes|seconds|times|tonnes|tons|kilograms|kilometres|kilometers|metres|meters|miles|litres|liters|hectares|acres|degrees|millions|billions|thousands|hundreds)$/i;

/** "In Somalia alone, 4.3 million people … . Nearly 1.8 million children …": a place fronted with
 *  "alone" scopes the sentence after it in the same paragraph too; a statement of that sentence
 *  which names no place of its own (and is not quoted with its lead) loses where it holds. */
function scopeBefore(q: DraftQuestion, ctx: CriticContext): string | null {
  const at = ctx.sentences.findIndex((x) => x.trim() === q.source.sentence.trim());
  const prev = at > 0 ? ctx.sentences[at - 1] : undefined;
  if (!prev || (ctx.blocks && ctx.blocks[at] !== ctx.blocks[at - 1])) return null;
  const scope = /^(?:In|Across|Within)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+alone\b/u.exec(prev.trim())?.[0];
  const statement = (q.type === "true_false" ? assertedStatement(q.prompt) : quotedStatement(q.prompt)) ?? "";
  if (!scope || !statement || statement.includes(prev.trim())) return null;
  return /\s\p{Lu}/u.test(statement.replace(/^\S+/, "")) ? null : scope;
}

/** Whether compromise's lexicon knows `word` as a country, city or region ("Australia", "Ohio"). */
function isKnownPlace(word: string): boolean {
  const tags = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon[word.toLowerCase()];
  return [tags ?? []].flat().some((t) => t === "Country" || t === "City" || t === "Region");
}

/** Whether `before` (the words ahead of an "its") names a person and nothing else: it opens with a
 *  surname the article gives with a first name ("Hanne Lind" … "Lind spent …"), or with "He"/"She",
 *  and no noun after a determiner or other capitalised name follows. */
function personOnlyBefore(before: string, article: string): boolean {
  const m = /^(?:…\s*)?(\p{Lu}[\p{Ll}'’-]+|He|She)\s+(.*)$/u.exec(before.trim());
  if (!m?.[1]) return false;
  const rest = m[2] ?? "";
  if (/\b(?:the|a|an|this|that|these|those|their|his|her|our|my)\s/i.test(rest) || /\p{Lu}/u.test(rest)) return false;
  if (/^(?:He|She)$/.test(m[1])) return true;
  // "Australia cut its forecast" beside "Western Australia": a country, city or region the tagger
  // knows is no surname, whatever word comes before it elsewhere.
  if (isKnownPlace(m[1])) return false;
  return new RegExp(String.raw`(?<![\p{L}&])(?!The\b)\p{Lu}[\p{Ll}'’-]+\s+${m[1]}\b(?!\s*(?:&|and|Group|Ltd|Inc|plc|Holdings|Bank|Company|Corporation))`, "u").test(article);
}

/** "…,” said the minister" / "…,” chief executive Ana Lima told reporters": a quotation closed and its speaker named after it. */
const QUOTE_THEN_SPEAKER = /[”"’],?\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:said|says|added|told|asked|wrote)\b/u;

/** A first-person pronoun of `statement` outside its quotations, or null. The part before a closing
 *  quotation mark that has no opening one in the statement is quoted too (a quotation begun in the
 *  sentence before: "… matters," said the lead author). */
export function firstPersonUnquoted(statement: string): string | null {
  let text = statement.replace(/"[^"]*"|“[^”]*”/g, " … ");
  const close = /^[^"“]*?[”"](?=,?\s)/.exec(text);
  if (close) text = text.slice(close[0].length);
  // Case matters: "US" is a country, "I" only before a verb or a contraction (not "World War I").
  return /\b(?:[Ww]e|us|[Oo]ur|[Oo]urs|[Mm]y|me|[Mm]yself|[Oo]urselves)\b|(?<!\p{Lu}[\p{L}.]*\s)\bI(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)/u.exec(text)?.[0] ?? null;
}

/** A "he", "his", "she" or "her" of `plain` (quotations blanked) that nothing before it names, or null. */
function unnamedPerson(plain: string, answerText: string): string | null {
  const person = PERSON_PRONOUN.exec(plain);
  if (!person?.[1]) return null;
  // "According to its chief executive, Ian Reed, 80% of staff backed her appointment": the source
  // a statement opens with vouches for the claim; the "her" of the claim is someone else.
  const source = /^(?:…\s*)?According to\s+[^,]+(?:,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)?,\s+/u.exec(plain)?.[0] ?? "";
  const before = plain.slice(source.length <= person.index ? source.length : 0, person.index);
  // (A blank stands for a speaker's name only when the answer is one: "____% of members" is a figure.)
  return namesPersonBefore(/\d/.test(answerText) ? before.replace(/____/g, "12") : before) ? null : person[1];
}

/** Whether a sentence quoted before a statement names a person: a title or role, or a surname the
 *  article gives with a first name ("Ana Ruiz" … "Ruiz was …"). */
function leadNamesPerson(lead: string, article: string): boolean {
  if (NAMES_PERSON.test(lead.replace(/____/g, " "))) return true;
  const names = (lead.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).filter((w) => !NOT_A_NAME.test(w) && !/^(?:The|A|An|In|On|At|By|For|From|According|After|Before|During|Its|Their|His|Her|This|That|These|Those)$/.test(w));
  return names.some((w) => new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+\s+${escapeRegExp(w)}\b`, "u").test(article));
}

/** "Growers harvested 1.1 million tonnes", "Fishermen landed 40,000 tonnes": a weight or volume
 *  brought in by a trade named only by its role, of a crop or a catch only the sentence before
 *  names ("… 40,000 tonnes of cod", "Cod fishermen landed …" say what). Null when it says what. */
function unnamedGoods(text: string): string | null {
  const m = /^(?:…\s*)?(?:The\s+)?(?:Growers|Farmers|Producers|Fishermen|Fishers|Fleets|Boats|Mines|Miners|Exporters|Plants|Mills|Refineries|Orchards|Vineyards)\s+(?:(?:also|then|together|collectively)\s+)?(?:harvested|produced|grew|picked|gathered|caught|landed|mined|exported|shipped|processed|milled|refined|pressed|brought in)\s+(?:(?:about|around|nearly|almost|some|roughly|just|only|more than|over|a record|an estimated)\s+)*((?:\d[\d,.]*|____)(?:\s+(?:million|billion|thousand))?\s+(?:tonnes|tons|kilograms|kilos|barrels|litres|liters|bushels|bales|crates|boxes|cases|bottles|hectolitres))\b(?!\s+of\b)/.exec(text.trim());
  return m?.[1] ?? null;
}

/** "Judge Ana Ruiz also ordered him to repay …": the person a statement names is the subject, and
 *  "him" or "her" as the object of that subject's own verb is someone else, whom only an earlier
 *  sentence names ("Ruiz's lawyer told her", "The coach of Ana Ruiz dropped her" say who). */
function objectOfNamedSubject(plain: string): string | null {
  const m = /^(?:…\s*)?(\p{Lu}[^,;:“”"]{1,80}?)\s+(?:(?:also|later|then|has|had|have)\s+)?(?:[a-z]+ed|told|sent|gave|made|let|took|met|saw|hit|beat|caught|fought|paid|sold|taught|brought|kept|left|put)\s+(him|her)\b/u.exec(plain);
  if (!m?.[1] || !m[2]) return null;
  // (The subject is one clause's: not a run over a sentence's end or a blank.)
  if (/['’]s\b|\b(?:and|or|said|says|that|who|which|when|after|before)\b|\b(?:of|for|with|to|by|from)\s+\p{Lu}|[.!?]\s|____/u.test(m[1]) || /\b(?:him|her|his|he|she)\b/i.test(m[1])) return null;
  return m[2];
}

function contextGap(q: DraftQuestion, ctx: CriticContext): string | null {
  const own = q.type === "true_false" ? assertedStatement(q.prompt) : null;
  const statement = own ?? quotedStatement(q.prompt);
  if (!statement) return null;
  // "We had 14 dishes on the menu", "When we started measuring, …": a first person outside any
  // quotation is an interview's answer or a column's author, whom the statement never names (news
  // puts first persons in quotes). No sentence before resolves it unless it names who is speaking.
  const first = firstPersonUnquoted(statement);
  const saidBy = /\b(?:said|says|told|added|wrote|writes|asked)\b/.test(statement.replace(/"[^"]*"|“[^”]*”/g, " ")) || QUOTE_THEN_SPEAKER.test(q.prompt) || /\b(?:said|says|added|wrote|asked):\s*[“"]/.test(q.prompt);
  if (first && !saidBy) return first;
  // A quotation widened to the sentence before (gate.ts) gives the reader what the sentence leans on.
  // (… unless that sentence leans on one before it in turn: "Judge Ana Ruiz ordered him to pay
  // $9,000. After his release he must …")
  const leadObject = own ? null : objectOfNamedSubject(statement.replace(/"[^"]*"|“[^”]*”|‘[^’]*’/g, " … "));
  if (leadObject) return leadObject;
  const lead = own ? undefined : ctx.sentences.find((x) => x.trim().length > 20 && statement.trimStart().startsWith(x.trim()) && !q.source.sentence.includes(x.trim()));
  if (lead) {
    // … unless the sentence before names no one for a "he" or "her" of the statement to be ("The
    // players voted in October. … 87% backed her appointment" still never says whose).
    const rest = statement.trimStart().slice(lead.trim().length).trim().replace(/"[^"]*"|“[^”]*”|‘[^’]*’/g, " … ");
    const who = unnamedPerson(rest, q.answerText);
    if (who && !leadNamesPerson(lead, ctx.text)) return who;
    // … unless it is a whole ("Of the total, $160 million …") the sentence before does not give:
    // a figure of the answer's kind must be there to be the total.
    const after = statement.trimStart().slice(lead.trim().length).trim();
    const total = /^(?:Of|From|Out of)\s+(the (?:total|sum|amount|remainder|payout|award|figure|money))\s*,/i.exec(after)?.[1];
    const unit = figureOf(digitised(q.answerText))?.unit;
    const given = [...lead.matchAll(ANY_FIGURE)].some((m) => figureOf(m[0])?.unit === unit);
    return total && !given ? total : null;
  }
  // "In the latest figures, Spain: 12 percent; Italy: ____ percent; …": a table written as a line
  // says which rows, never what is measured; with no verb of its own, the sentence before says it.
  const row = TABLE_ROW.exec(statement);
  if (row?.[1] && !hasFiniteVerb(statement.replace(/____/g, "12"))) return `${row[1].trim()}: …`;
  // "West Midlands: 5.6%." alone (a bulleted table's row) says which row, never what it measures.
  const lone = new RegExp(String.raw`^(${TABLE_NAME})${TABLE_VALUE}$`, "u").exec(statement.trim().replace(/[.;]$/, ""));
  if (lone?.[1] && !hasFiniteVerb(statement.replace(/____/g, "12"))) return `${lone[1].trim()}: …`;
  // A quotation's words belong to its speaker; a fill-in of a speaker's name reads its own tail.
  const plain = statement.replace(/"[^"]*"|“[^”]*”|‘[^’]*’/g, " … ");
  const person = unnamedPerson(plain, q.answerText);
  if (person) return person;
  const objectOf = objectOfNamedSubject(plain);
  if (objectOf) return objectOf;
  const quantity = QUANTITY_ANAPHOR.exec(plain);
  if (quantity?.[1]) return `the ${quantity[1]}`;
  const pronoun = POINTER_PRONOUN.exec(plain);
  if (pronoun?.[1]) return pronoun[1];
  const one = ONE_FOR_THING.exec(plain);
  if (one?.[1]) return one[1];
  // "Britain has 39 active ones.": "ones" for a noun only the sentence before gives ("loved ones"
  // is an idiom; "ones who …" says which).
  const ones = /\b((?:\d[\d,.]*|____|[a-z]+)\s+(?:[a-z-]+\s+)?ones)\b(?!\s+(?:of|who|that|which|whose|like|such)\b)/i.exec(plain);
  // ("added a fourth wing to link the three existing ones": one more of a noun the statement gives.)
  const pluralBefore = ones ? /\b(?:the|a|an|its|their|his|her|old|some|all|these|those|many|\d+)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b|\b(?:a|an|another)\s+(?:new|second|third|fourth|fifth|sixth|further|single)\s+[a-z]{3,}\b/i.test(plain.slice(0, ones.index)) : false;
  if (ones?.[1] && !pluralBefore && !/\b(?:loved|little|young|dear|lucky)\s+ones$/i.test(ones[1])) return ones[1];
  // "For a flat worth €300,000, that means an extra €90 a year": what "that" stands for (a rise, a
  // new rate) is only in the sentence before.
  // ("With 5.6 million people, that is about nine visits each": the same; "that is," is "i.e.")
  const consequence = /(?:^|[,;:]\s+)((?:that|this)\s+(?:means|meant|would mean|will mean|works out|worked out|comes to|came to|amounts to|translates|is|was|would be|will be)\b(?!,))/i.exec(plain.trim());
  if (consequence?.[1]) return consequence[1];
  // "Towns spend about 60 euros a resident a year on them.": "them" closing the statement after a
  // preposition is a group only the sentence before names.
  // (Not when the statement names a plural past its subject for "them" to be: "… named night trains
  // among 10 pilot projects, though it set aside no money for them". Units are no such plural.)
  // ("Member states have until 2026 to adopt them, but …": "them" as the object of a verb, at a
  // clause's end, the same.)
  const themEnd = /\b(?:on|for|to|with|from|in|at|about|by|of|into|over|against|among|through|without)\s+(them)\s*[.!?]?\s*$/i.exec(plain.trim()) ??
    /\b(?:to\s+[a-z]{3,}|[a-z]{3,}ed)\s+(them)(?=\s*(?:[,;:]\s|[.!?]?\s*$))/i.exec(plain.trim());
  const pluralsBefore = themEnd ? plain.trim().slice(0, themEnd.index).split(/\s+/).slice(1).filter((w) => /^[a-z][a-z-]{2,}s[,;:]?$/.test(w) && !/(?:ss|us|is)[,;:]?$/.test(w) && !UNIT_PLURAL.test(w.replace(/[,;:]$/, ""))) : [];
  if (themEnd?.[1] && pluralsBefore.length === 0) return themEnd[1];
  // "… live in such zones": the kind an earlier sentence described ("such items as straws" says it).
  // ("such as food and books" gives its examples: "as" is no noun.)
  const such = /\bsuch\s+(?!as\b)([a-z-]+s)\b(?![^.;:]*\b(?:as|that)\b)/i.exec(plain);
  if (such) return such[0];
  // "… closed over the same period": a time only the sentence before gives.
  // ("… in the second quarter, against 5.9 percent in the same period in 2015" names its period.)
  // "Of the total, $160 million …": a whole only an earlier sentence gives.
  // (Fronted only: "40 per cent of the total" at a clause's end is a share of the whole it counts.)
  const whole = /^(?:…\s*)?(?:Of|From|Out of)\s+(the (?:total|sum|amount|remainder|payout|award|figure|money))\s*,/i.exec(plain.trim())?.[1];
  if (whole) return whole;
  // "The plan would add 6 more by 2028": a count of "more" with no noun adds to things only the
  // sentence before names (miles of lanes, buses, beds). A plural counted earlier in the statement
  // ("has 40 buses and will buy 6 more") says what they are.
  const more = new RegExp(String.raw`\b(\d[\d,.]*|____|${SPELLED_NUMBER})\s+more\b(?!\s+than\b)(?=\s+(?:by|in|on|at|this|next|before|after|over|within|from|for|each|every|a|per|until|later)\b|\s*[,.;]|\s*$)`, "i").exec(plain);
  if (more?.[1] && !new RegExp(String.raw`\b(?:\d[\d,.]*|${SPELLED_NUMBER})\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b`, "i").test(plain.slice(0, more.index))) return `${more[1]} more`;
  const same = /\b(?:over|in|during|for|by|at|within|across)\s+(the same (?:period|time|year|month|quarter|week|day|span|months|years|weeks|days))\b(?!\s+(?:in|of|last|a year|the year|since)\b)/i.exec(plain);
  if (same?.[1] && !/\b(?:(?:19|20)\d{2}|quarter|year|month|week|since|between|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(plain.slice(0, same.index))) return same[1];
  // "In 2019, quakes in the same region killed 21 people": the same place as one only an earlier
  // sentence names ("the same region as Tuesday's quake" says which).
  const samePlace = /\b(?:in|at|near|from|across|around|on|off|hit|struck|shook)\s+(the same (?:region|area|city|town|province|district|county|village|country|state|site|building|spot|place|street|neighbou?rhood|zone|island|coast|valley|fault(?: line)?))\b(?!\s+(?:as\b|of\s+[A-Z]))/i.exec(plain);
  if (samePlace?.[1]) return samePlace[1];
  // "… would base three more aircraft there": a place only the sentence before names ("there is"
  // and "there are" say nothing of place).
  const there = /\b(?:based|base|bases|basing|stay|stayed|live|lived|work|worked|move|moved|open|opened|build|built|hire|hired|put|kept|keep)\b[^,;.]{0,40}?\s(there)\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|seems?|appears?|remains?)\b)/i.exec(plain.trim());
  if (there?.[1] && !/\s(?:in|at|to|from|near)\s+(?:the\s+)?\p{Lu}/u.test(plain)) return there[1];
  // "… said about 60 boats worked the area": a place only an earlier sentence names.
  const area = /\b(?:work|worked|works|fish|fished|fishes|left|leave|leaves|visit|visited|visits|cleared|clear|searched|search|patrol|patrolled|evacuated|evacuate|flooded|hit|reached|entered|enter|crossed|cross)\s+(the (?:area|site|spot|zone|region|location|place|grounds|waters))\b(?!\s+(?:of|around|near|between|where|that|which|in|at)\b)/i.exec(plain);
  if (area?.[1] && !/\s(?:in|at|to|from|near|off|around|across)\s+(?:the\s+)?\p{Lu}/u.test(plain)) return area[1];
  // "… set aside £80 million for the scheme": a plan or a deal only an earlier sentence names.
  const plan = /\s(?:for|on|in|to|into|under|from)\s+(the (?:scheme|programme|program|initiative|project|plan|policy|deal|agreement|measure))\b(?!\s+(?:of|to|for|that|which|in|at)\b|['’])/i.exec(plain);
  if (plan?.[1] && !new RegExp(String.raw`\b(?:a|an|new)\s+(?:[a-z-]+\s+)?${plan[1].split(" ")[1]}\b`, "i").test(plain.slice(0, plan.index))) return plan[1];
  // "More than 100 species have been described.": kinds of what, only the sentence before says.
  const kinds = /^(?:…\s*)?(?:(?:More than|Over|About|Some|Nearly|Almost|At least|Fewer than|Only|Just)\s+)?(?:\d[\d,]*|____|[A-Za-z]+)\s+(species|kinds|types|varieties|breeds|strains|subspecies)\s+(?:have|has|had|are|were|was|is|exist|existed|survive|remain)\b/.exec(plain.trim());
  if (kinds?.[1]) return kinds[1];
  // "Slips and falls made up another 28 percent.": a share of a whole only the sentence before names.
  const share = SHARE_OF_UNNAMED.exec(plain);
  if (share?.[1] && !/^[\d.,]*\s*(?:%|percent|per cent)?\s+(?:of|among)\b/i.test(plain.slice(share.index + share[0].length)) && !/^(?:…\s*)?(?:Of|Among)\b/.test(plain.trim())) return `${share[1]} ${share[2]}`;
  // "Tickets go on sale on Dec. 1.": tickets or entries for an event only an earlier sentence names.
  // (… and "Construction is due to start in 2028": work on something only an earlier sentence names.)
  const admission =
    /^(?:…\s*)?(Tickets|Applications|Registrations?|Entries|Bookings|Nominations|Pre-orders|Preorders|Doors)\s+(?:will\s+)?(?:go|goes|went|open|opens|opened|close|closes|closed|cost|costs|sold|sell|are|were|start|starts|began)\b/.exec(plain.trim())?.[1] ??
    /^(?:…\s*)?(Construction|Building work|Building|Work|Works|Demolition|Production|Filming|Excavation|Drilling|Testing|Assembly|Installation|Deliveries)\s+(?:is|are|was|were|will|would|has|have|had|could|should|began|begins|begin|started|starts|start|resumed|resumes|finished|finishes|ended|ends)\b(?!\s+(?:of|on|at|for)\b)/.exec(plain.trim())?.[1];
  const namesEvent = (plain.trim().slice(admission?.length ?? 0).match(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).some((w) => !NOT_A_NAME.test(w.replace(/\.$/, "")) && !/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(w));
  if (admission && !new RegExp(String.raw`^(?:…\s*)?${admission}\s+(?:for|to|at|of|on)\s`).test(plain.trim()) && !namesEvent) return admission;
  // "A second day is planned for Dec. 16.": the second of something only an earlier sentence names
  // (a strike day, a round, a vote); "A second round of talks …" says of what.
  const nth = /^(?:…\s*)?((?:A|The) (?:second|third|fourth|fifth|further|final|last|next) (?:day|days|one|round|stage|phase|session|meeting|vote|ballot|date|wave|leg|batch|instalment|installment))\s+(?:is|are|was|were|will|would|has|have|had|could|may|might|follows?|followed|comes?|came|took|takes|starts?|started|began|begins?)\b/.exec(plain.trim())?.[1];
  if (nth) return nth;
  // "A single ticket is €2.20.", "An adult pass costs £12.", "Each ticket will cost $5 and cover one
  // car for a day": a ticket for a ride, show or site only the sentence before names ("for a day",
  // "for adults" after the price say whom or how long, not what for).
  const ticket = /^(?:…\s*)?((?:An?|The|Each|Every)\s+(?:(?:single|return|one-way|day|weekly|monthly|annual|adult|child|children's|family|standard|full|entry|season)\s+)?(?:ticket|fare|pass|admission))\s+(?:is|was|costs?|cost|will cost)\b/.exec(plain.trim())?.[1];
  const namesSite = (plain.trim().slice(ticket?.length ?? 0).match(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).some((w) => !NOT_A_NAME.test(w.replace(/\.$/, "")));
  if (ticket && !namesSite) return ticket;
  // "Analysts had expected a fall of about 2 percent.", "Economists had forecast a 0.3% rise.": a
  // change of what, only the sentence before says ("… a rise of 2 percent in sales" says it).
  const expected = EXPECTED_CHANGE.exec(plain);
  const ofWhat = expected && /^[\d.,]*\s*(?:%|percent|per cent|percentage points?|points?|basis points)?\s+(?:in|of|for|at|across|among)\b/i.test(plain.slice(expected.index + expected[0].length));
  if (expected?.[1] && !ofWhat) return `${expected[1]} a ${expected[2] ?? expected[3]}`;
  const goods = unnamedGoods(plain);
  if (goods) return `${goods} of what`;
  // "Imax alone contributed $12 million", "Tourism alone accounted for 9%": a part set apart with
  // "alone" from a whole only the sentence before gives ("… of the total", "… to the film's
  // takings" say which whole).
  const part = /^(?:…\s*)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,2}\s+alone)\s+(?:contributed|contributes|accounted for|accounts for|made up|makes up|added|adds|brought in|brings in|generated|generates|provided|provides|earned|earns|raised|took in)\b(?!(?:[^.;]|\.\d)*\b(?:of|to)\s+(?:the|its|their|all|total)\b)/u.exec(plain.trim())?.[1];
  if (part) return part;
  // "About 31,000 pupils were affected.": a count of people or things touched by an event, a
  // closure or a fault only the sentence before names ("affected by the strike" says by what).
  const touched = /\b(?:were|was|are|is|have been|has been|had been|will be|would be)\s+(?:(?:also|directly|badly|severely|seriously|adversely|likely to be)\s+)?(affected|impacted|involved|concerned)\s*[.!?]?$/i.exec(plain.trim())?.[1];
  if (touched) return touched;
  const connective = CONNECTIVE_START.exec(plain.trim())?.[1] ?? CONNECTIVE_INSIDE.exec(plain)?.[1];
  if (connective) return connective;
  // With one person named, "her" as an object is someone else ("herself" would be the same one).
  const object = OBJECT_PERSON.exec(plain);
  if (object?.[1] && peopleNamed(plain.slice(0, object.index)) <= 1) return object[1];
  const both = BOTH_NOUN.exec(plain);
  // "Ann Lee and Raj Patel … both teams", "two firms … both firms": a pair the statement names.
  if (both?.[1] && namesListed(plain.slice(0, both.index)) !== 2 && !/\b(?:two|2|pair)\b/i.test(plain.slice(0, both.index)) && !/^,?\s+(?:the\s+)?\p{Lu}[^,;]*\s+and\s+(?:the\s+)?\p{Lu}/u.test(plain.slice(both.index + both[0].length))) return both[0];
  const it = OBJECT_IT.exec(plain);
  if (it?.[1] && !thingNamedBefore(plain.slice(0, it.index))) return it[1];
  // "Patients who received it had fewer attacks": in a relative clause the verb after "it" is the
  // main clause's, not one of a clause "it" opens (OBJECT_IT leaves "it had" alone for that).
  const relative = /\b(?:who|that)\s+((?:[a-z]+\s+){1,2}?it)(?=\s+(?:is|was|will|would|has|had)\b)/i.exec(plain);
  if (relative?.[1] && OBJECT_IT.test(`${relative[1]}.`) && !thingNamedBefore(plain.slice(0, relative.index))) return "it";
  // "Lind spent six years on its design": "its" after a person's surname and nothing else it could
  // belong to is a thing (a bridge, a book) only the sentence before names.
  const its = /\bits\b/.exec(plain);
  if (its && personOnlyBefore(plain.slice(0, its.index), ctx.text)) return "its";
  // "Trade between them was worth …": the parties "them" stands for, unless the statement counts or lists them.
  // (", among them 20,000 from abroad" names some of what it follows: "including".)
  const parties = /(?<!,\s*)\b(?:between|among|amongst)\s+(them)\b/i.exec(plain);
  if (parties && !/\b(?:two|three|four|five|six|seven|eight|nine|ten|both|all|\d+)\s+(?:[a-z-]+\s+)?[a-z-]+s\b|\p{Lu}[\p{L}'’-]*\s+and\s+(?:the\s+)?\p{Lu}/u.test(plain.slice(0, parties.index))) return `${parties[0]}`;
  // "Seven countries did so nationwide": "did so" repeats a deed only the sentence before names.
  const didSo = /^(?:…\s*)?(?:[\p{L}\d,.'’-]+\s+){1,4}((?:did|do|does|have done|has done|had done)\s+so)\b/u.exec(plain.trim())?.[1];
  if (didSo) return didSo;
  // "… and 8,000 women die of the disease": a disease named only by an earlier sentence.
  const illness = /\b(the (?:disease|illness|virus|infection|condition|outbreak|epidemic))\b(?!\s+(?:of|called|known|caused|that|which)\b)/i.exec(plain);
  // "A measles outbreak … before the virus spreads": the statement names the illness itself first.
  if (illness?.[1] && !ILLNESS_NAMED.test(plain.slice(0, illness.index))) return illness[1];
  // Past the head only: "This year" and "these days" are the article's own time.
  // ("… said 640 people slept in shelters, and that numbers would rise": "that" before a plural
  // opens a clause, or is a relative pronoun ("a plan that costs …"); only "these"/"those" point
  // at plurals.)
  const pointer = [...plain.slice(1).matchAll(POINTER_NOUNS)].find((m) => !(/^(?:that|this)$/i.test(m[1] ?? "") && PLURAL_FORM.test(m[2] ?? "")));
  if (pointer?.[1] && pointer[2]) return `${pointer[1]} ${pointer[2]}`;
  return null;
}
const SHARE_OF_UNNAMED = /\b(made up|make up|makes up|accounted for|account for|accounts for|represented|represents|comprised|supplied|supplies|provided|provides|generated|generates)\s+((?:(?:another|a further|about|around|roughly|nearly|almost|just|only|some|over|more than|less than|fewer than|under)\s+)*(?:\d[\d.]*|____)\s*(?:%|percent|per cent))/i;
const CHANGE_NOUN = String.raw`(?:fall|rise|drop|decline|increase|gain|jump|cut|contraction|expansion|slowdown|fall-off)`;
const EXPECTED_FIGURE = String.raw`(?:\d[\d.,]*|____)\s*(?:%|percent|per cent|percentage points?|points?|basis points)?`;
const EXPECTED_CHANGE = new RegExp(
  String.raw`\b(expected|forecast|predicted|projected|anticipated|estimated)\s+an?\s+(?:(${CHANGE_NOUN})\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|up to)\s+)?${EXPECTED_FIGURE}|(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?(?:\d[\d.,]*%?|____)\s*(?:percent|per cent|percentage-point|point|basis-point)?\s+(${CHANGE_NOUN}))`,
  "i",
);
// Illnesses a statement may name before it says "the virus" or "the disease" of them.
const ILLNESS_NAMED = /\b(?:measles|mumps|rubella|polio|cholera|ebola|mpox|monkeypox|dengue|malaria|tuberculosis|HIV|influenza|flu|covid(?:-19)?|coronavirus|SARS|MERS|zika|hepatitis|diphtheria|whooping cough|pertussis|chickenpox|smallpox|typhoid|meningitis|norovirus|RSV|rabies|lassa fever|yellow fever|marburg|anthrax|scarlet fever)\b/i;
/** Longest stem, and longest stem quoting a two-sentence passage. */
export const LONG_STEM = 300;
export const LONG_PASSAGE = 440;

// Words of a key too common to tie it to the article's topic.
const STOCK_FILLER = new Set(["about", "after", "their", "there", "which", "would", "could", "other", "under", "since", "before", "while", "among", "between", "against", "without", "within", "through"]);
const loose = (text: string) => escapeRegExp(text).replace(/\s+/g, "\\s+");

/** The statement a student reads: the quoted sentence, the true/false claim, or the stem. */
/** "six minutes later", "a week earlier", "two days afterwards": a span counted from another moment. */
// ("68.9% a year earlier", "up from 40 a month earlier": one period set against the same a year
// or a month before is a comparison, not a moment.)
const COUNTED_FROM = new RegExp(String.raw`\b(?!(?:a|an|one)\s+(?:year|month|quarter|week)\s+earlier\b)((?:\d{1,3}|____|${SPELLED_NUMBER}|a|an|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards|afterward))\b(?!\s+than\b)`, "i");
/** A moment a statement names itself: a clock time, a day, a month, a year, or a clause that sets one ("after the crash"). */
const ANCHOR_TIME = /\b(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)|noon|midnight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|(?:1[89]|20)\d{2}|yesterday|today|when|after|once|as soon as|(?:\d{1,3}(?:st|nd|rd|th)|____)\s+minute|half-time|kick-off)\b/i;

/** ", it said." / ", he told reporters on Monday." closing a statement. */
const REPORTED_BY_PRONOUN = /,\s+(he|she|it|they)\s+(?:said|says|added|adds|noted|explained|warned|told\s+[a-z]+)(?:\s+(?:on|in|at)\s+[^,.;“”"]{1,30})?\s*[.!?]?\s*$/i;
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/;

/** Whether the words before a closing ", it said" name someone the pronoun can stand for: a
 *  name (a capitalised word the article also capitalises mid-sentence, not a month), or for
 *  "it" a singular "the …" subject ("The agency expects …, it said"). */
function pronounHasAntecedent(before: string, pronoun: string, article: string): boolean {
  const words = [...before.matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)/gu)];
  const named = words.some((w) => {
    const word = w[1] ?? "";
    if (NOT_A_NAME.test(word)) return false;
    if ((w.index ?? 0) > 0) return true;
    // The opening word is capitalised anyway: a name only if the article capitalises it mid-sentence.
    return new RegExp(String.raw`[\p{Ll},] ${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "u").test(article);
  });
  if (named) return true;
  // ("The number of homes listed was 11 percent higher, it said": a measure says nothing.)
  if (/^it$/i.test(pronoun)) return /^(?:The|This|Its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?<!s)\b/.test(before) && !/^(?:The|This|Its)\s+(?:[a-z-]+\s+)?(?:number|share|rate|figure|total|level|proportion|percentage|average|amount|price|cost|value|gap|count|tally)\b/.test(before);
  if (/^they$/i.test(pronoun)) return /^(?:The|These|Its|Their)?\s*[a-z-]*[a-z]s\b/i.test(before);
  return false;
}

/** "Dr Ana Ruiz, the medical director, said demand had risen. “We ran 400 clinics,” she said.": a
 *  quotation quoted with the sentence before it (gate.ts), where that sentence reports one person
 *  speaking and names no one else, so "she" is that person. */
function speakerInLead(statement: string, pronoun: string): boolean {
  if (!/^(?:he|she)$/i.test(pronoun)) return false;
  const open = statement.search(/["“]/);
  const lead = open > 0 ? statement.slice(0, open).trim() : "";
  if (!/[.!?]$/.test(lead) || /["“”]/.test(lead) || !/\b(?:said|says|told|added|warned|argued|insisted|explained|wrote)\b/.test(lead)) return false;
  try {
    return nlp(lead).people().length === 1;
  } catch {
    return false;
  }
}

function statementOf(q: DraftQuestion): string {
  return quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null) ?? q.prompt;
}

function isCloze(q: DraftQuestion): boolean {
  return q.prompt.includes("____");
}

function choiceTexts(q: DraftQuestion): string[] {
  return "options" in q ? q.options : [];
}

function wrongOptions(q: DraftQuestion): string[] {
  if (q.type === "single_choice") return q.options.filter((_, i) => i !== q.answer);
  if (q.type === "multiple_select") return q.options.filter((_, i) => !q.answer.includes(i));
  return [];
}

/** The answer as it should read in the blank, in every form the question accepts. */
function answerForms(q: DraftQuestion): string[] {
  switch (q.type) {
    case "fill_blank":
      return q.answer.accepted;
    case "numeric":
      return [String(q.answer.value)];
    case "single_choice":
      return [q.options[q.answer] ?? q.answerText];
    case "multiple_select":
    case "true_false":
    case "ordering":
    case "matching":
    case "evidence":
      return [q.answerText];
  }
}

// "The nine children …", "The 12 members …" (not a year: "The 2023 census …").
// "the (earliest) observations", "the phones": a bare plural for the whole subject of a question or
// statement in the engine's own words (askedPlural and saidOwn in vague_reference), and the
// passive participle after it ("were first introduced").
const BARE_PLURAL_SUBJECT = String.raw`the (?:(?:earliest|first|last|latest|next|final)\s+)?([a-z]+[^s\W]s)`;
const PASSIVE_PARTICIPLE = String.raw`(?:first |last |originally )?[a-z]+(?:ed|en|wn|lt|ld|ne|ught)`;
// The openers of the engine's questions on when (questions/date-questions.ts): "In which year …?",
// "On which date …?", "By which date …?" (a deadline), "When …?" (a span).
const ASKED_WHEN = String.raw`(?:In which year|When|On which date|By which date)`;
const ASKED_BARE_PLURAL_PASSIVE = new RegExp(String.raw`^${ASKED_WHEN} (?:were|had|have) the ([a-z]+[^s\W]s) ${PASSIVE_PARTICIPLE}\?$`);
const ASKED_BARE_PLURAL = new RegExp(String.raw`^${ASKED_WHEN} (?:did|could|would|will|can|may|might) ${BARE_PLURAL_SUBJECT} [a-z]+(?: place)?\?$`);
const ASKED_WHEN_START = new RegExp(String.raw`^${ASKED_WHEN}\b`);
// "In which year did records begin?", "In which year was work now due to begin?": a bare noun for a subject.
const ASKED_BARE = new RegExp(String.raw`^${ASKED_WHEN} (?:did|was|were|will|do|does|is|are) (?!(?:the|a|an|its|their|his|her|this|these|those)\b)([a-z]+) [a-z]+(?: [a-z]+)?\?$`);
const ASKED_BARE_SCHEDULED = new RegExp(String.raw`^${ASKED_WHEN} (?:was|were|is|are) (?!(?:the|a|an|its|their|his|her|this|these|those)\b)([a-z]+) (?:(?:now|then|still|originally|initially|first) )?(?:due|set|expected|scheduled|planned|likely) to [a-z]+\?$`);
const ASKED_OTHER = new RegExp(String.raw`^(?:${ASKED_WHEN}|How many|How much|What|Which)\b[^?]*?\b(?:did|was|were|will|do|does|is|are|has|have|had)\s+((?:other|the other)\s+[a-z]+)\b`, "i");
const ASKED_INDEFINITE = new RegExp(String.raw`^${ASKED_WHEN} (?:did|was|were|will|is|are|has|had) (an? [a-z][a-z-]*(?: [a-z][a-z-]*){0,4}?) (?:[a-z]+ly )?(?:first |last )?[a-z]+(?:ed|en)?\b[^?]*\?$`);
const ASKED_FIRST_PERSON = new RegExp(String.raw`^(?:According to the article, |${ASKED_WHEN}\b|Who\b|Which\b|What\b|How\b)[^?]*?\b(our|my|we|us|ours|mine|I)\b(?!['’])`);
const ASKED_WHOSE = new RegExp(String.raw`^(?:${ASKED_WHEN}\b|True or false\? According to the article,)[^?]*?\b(its|their)\s+[a-z]`, "i");
const SAID_BARE_PLURAL = new RegExp(String.raw`^${BARE_PLURAL_SUBJECT} (?:(?:could|would|will|can|may|might) [a-z]+(?: place)?|(?:were|had) ${PASSIVE_PARTICIPLE}|[a-z]+ed|began|begun|took place) (?:in|on) [^.]*\d\.$`);
// "across the two provinces.", "with the ____ German discounters could …": a preposition, then
// "the" and a count for a group, ending the clause: the group is one only an earlier sentence names.
const GROUP_PREPOSITION = "(?:across|between|in|among|for|to|from|by|at|with|against|over|behind|alongside)";
const GROUP_END = String.raw`\s*(?:[.,;:!?]|$|(?=(?:was|were|is|are|had|has|have|will|would|could|can|may|might|must|should)\b))`;
const COUNTED_GROUP = new RegExp(String.raw`^(?:…\s*)?(?:(?:Together|Combined|Between them|Altogether|Notably|Overall),?\s+)?[Tt]he ((?:\d{1,3}(?:,\d{3})*|${SPELLED_NUMBER})\s+[a-z]+)\b(?!\s+of\b)`, "i");

/** "the remaining 45%": the rest of a whole whose other share the sentence gives. */
const REMAINING_SHARE = /\b(?:the remaining|the rest(?: of)?|the other)\s+\d[\d.]*\s?(?:%|percent\b|per cent\b)/i;

/** "the second recall in two years", "its third cut in five months": the span an ordinal counts
 *  over (NUMBER stands for the count's pattern). */
const ORDINAL_IN_SPAN = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b[^.;,]{0,40}?\b(?:in|within|over)\s+(?:the\s+(?:past|last)\s+)?(\d{1,3}|NUMBER)\s+(?:years?|months?|weeks?|days?|decades?)\b/;

/** "doubled in ten years", "fell by half over five years": the span a change is counted over. */
const CHANGE_IN_SPAN = /\b(?:doubled|tripled|trebled|halved|quadrupled|rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|shrank|surged)\b[^.;,\d]{0,30}?\b(?:in|over|within)\s+(?:the\s+(?:past|last|previous)\s+)?(\d{1,2}|NUMBER)\s+(?:years?|months?|weeks?|decades?)\b/;

/** "five days a week", "24 hours a day", "twice a year": a schedule, whose count is guessed. */
const SCHEDULE = String.raw`(?:days?\s+(?:a|per|each)\s+week|hours?\s+(?:a|per|each)\s+day|days?\s+(?:a|per|each)\s+month|months?\s+(?:a|per|each)\s+year)\b`;

/** A span of time counted back or on from another time ("months earlier", "years ago"). */
// ("two summers ago", "three seasons earlier" count back just as "two years ago" does.)
const TIME_SPAN = String.raw`(?:hours?|days?|weeks?|months?|years?|decades?|summers?|winters?|springs?|autumns?|seasons?|quarters?|terms?)\s+(?:earlier|before|ago|later|previously|prior)`;

function sameValue(x: string, y: string): boolean {
  if (normalise(x) === normalise(y)) return true;
  const [a, b] = [digitised(x), digitised(y)];
  if (normalise(a) === normalise(b)) return true;
  const fa = figureOf(a);
  const fb = figureOf(b);
  if (!fa || !fb) return false;
  if (fa.value === fb.value && (fa.unit === fb.unit || !fa.unit || !fb.unit)) return true;
  // The blank may hold only the digits of "$77.2 billion": compare the leading numbers too.
  const la = literalOf(a);
  const lb = literalOf(b);
  return la !== null && lb !== null && Number(la.replace(/,/g, "")) === Number(lb.replace(/,/g, "")) && (!fa.unit || !fb.unit);
}

const hasVerbMemo = new Map<string, boolean>();
// Verbs of change the tagger reads as nouns ("rose" the flower, "fell" the hill, "falls"), when
// a subject and a figure or "to"/"by" follow: "prices rose to a record 6.23 dollars".
const CHANGE_VERB = /\b(?:rose|fell|grew|dropped|slid|climbed|jumped|surged|slumped|eased|dipped|rises|falls|grows|drops|climbs|jumps)\s+(?:to|by|from|about|nearly|almost|some|more|less|sharply|slightly|steadily|a|an|\d|____)\b/i;

export function hasFiniteVerb(text: string): boolean {
  const hit = hasVerbMemo.get(text);
  if (hit !== undefined) return hit;
  if (CHANGE_VERB.test(text)) return true;
  let out = true;
  try {
    const doc = nlp(text.replace(/____/g, "something"));
    out = doc.verbs().not("#Gerund").not("#Infinitive").found || doc.has("#Copula") || doc.has("#Auxiliary");
  } catch {
    out = true;
  }
  if (hasVerbMemo.size > 5000) hasVerbMemo.clear();
  hasVerbMemo.set(text, out);
  return out;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}

/** A name and the reporting verb right after it ("Jones said", "Ann Lee told reporters"). */
const REPORTED_BY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:said|says|say|told|tells|added|adds|wrote|writes|reported|reports|announced|announces|confirmed|confirms|explained|explains|noted|notes|estimated|estimates|stated|states|argued|argues|warned|warns|insisted|insists)\b/u;

/** How many names open `text` as a list ("Ann Moss, Raj Patel and Lea Wu, backed …" → 3), up to
 *  a closing dash or bracket or the comma before the sentence goes on in small letters; 0 when
 *  what follows is not a list of names. */
export function namedItems(text: string): number {
  // ("the K-20 (model KX-1) and the K-40 (model KX-4), made …": a bracketed aside on each item is
  // no end of the list.)
  const list = (/^[^—–():;]+/.exec(text.replace(/\s*\([^()]{1,60}\)/g, ""))?.[0] ?? "").split(/,\s+(?=[a-z])(?!(?:and|or)\b|the\s+\p{Lu})/u)[0] ?? "";
  const items = list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim().replace(/[.,]$/, "")).filter(Boolean);
  // "… workers at the plant, Smith and Jones said": names followed by a reporting verb are who
  // said it, not what the count counts ("…, Smith and Jones, said" sets the names off and stays).
  if (REPORTED_BY.test(items[items.length - 1] ?? "")) return 0;
  // ("the AF-350, AF-420 and AF-500": a name may open with "the".)
  // ("the Alliance of Free Trade Unions": the article is no word of the name's length.)
  return items.length >= 2 && items.every((x) => /^\p{Lu}/u.test(x.replace(/^the\s+/, "")) && x.replace(/^the\s+/, "").split(/\s+/).length <= 6) ? items.length : 0;
}

/** How many places or things `text` lists where it starts ("at Lakeside School and the town hall,
 *  which …" → 2): names, or "the" and a few words, at least one of them a name, up to the comma
 *  before the sentence goes on in small letters; 0 when it is no such list. */
export function placesListed(text: string): number {
  // (", and reduce its staff …": "and" before a small word that opens no item starts a new clause,
  // and the list ends there, as it does at ", which …".)
  const list = (/^[^—–():;.]+/.exec(text.replace(/^(?:at|in|on|from|including|namely|such as|both)\s+/i, ""))?.[0] ?? "").split(/,\s+(?=[a-z])(?!(?:and|or|the)\b)|,\s+(?:and|or|but)\s+(?=[a-z])(?!(?:the|a|an)\b)/)[0] ?? "";
  const items = list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
  const named = (x: string) => /^\p{Lu}/u.test(x.replace(/^the\s+/, ""));
  const ok = (x: string) => x.split(/\s+/).length <= 6 && (named(x) || /^(?:the|a|an)\s+[a-z]/.test(x));
  return items.length >= 2 && items.every(ok) && items.some(named) ? items.length : 0;
}

/** How many named items a list holds when each name is followed by a description of it
 *  ("“The Salt Road”, a documentary about fishing, and “Lantern”, a first feature" → 2): the items
 *  that open with a capital or a quotation mark, the rest each "a"/"an"/"the" and small words; 0 when
 *  it is no such list. */
export function describedItems(text: string): number {
  const items = text.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
  const named = items.filter((x) => /^["“‘'\p{Lu}]/u.test(x));
  const described = items.filter((x) => !/^["“‘'\p{Lu}]/u.test(x));
  return named.length >= 2 && described.length > 0 && described.every((x) => /^(?:a|an|the)\s+[a-z]/.test(x)) && /^["“‘'\p{Lu}]/u.test(items[0] ?? "") ? named.length : 0;
}

/** How many items a plain list holds ("painting, sculpture and film" → 3): two or more, each of one
 *  to four words with no figure and no clause in it; 0 when it is no such list. */
export function plainItems(text: string): number {
  if (/[;:—–()]/.test(text)) return 0;
  const items = text.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
  const short = (x: string) => /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u.test(x) && !/\b(?:is|are|was|were|has|have|had|will|would|said|says|which|who|that)\b/i.test(x);
  return items.length >= 2 && items.every(short) ? items.length : 0;
}

/** A count's noun and a short phrase that places it ("parties in the governing coalition"). */
const COUNTED_NOUN = String.raw`(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+(?:in|of|on|at|from|with|for)\s+(?:[a-z-]+\s+){0,3}[a-z-]+)?`;

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`${NAME}(?:,\s+${NAME})*,?\s+and\s+${NAME}`, "gu");

/** How many names the last "A, B and C" list in `text` joins, or 0. */
export function namesListed(text: string): number {
  const lists = [...text.matchAll(NAME_LIST)];
  const last = lists[lists.length - 1]?.[0];
  return last ? last.split(/,\s+(?:and\s+)?|\s+and\s+/).length : 0;
}

/** "… The Netherlands and Belgium … when the two countries agreed": the count of a group the
 *  sentence has just named, so it is read off the names. */
function countsBackNames(sentence: string, n: number): boolean {
  // … or set after the names as an apposition: "Oslo, Bergen and Tromsø, three port cities, …".
  const re = new RegExp(String.raw`(?:\b(?:the|both|all|these|those)|,)\s+(\d{1,2}|${SPELLED_NUMBER})\s+(?:[a-z-]+\s+)?[a-z-]+s\b`, "gi");
  for (const m of sentence.matchAll(re)) {
    const v = countValue(m[1] ?? "");
    if (v === n && namesListed(sentence.slice(0, m.index)) === n) return true;
  }
  return false;
}

/** Whether the words before a figure bound it from below ("more than", "at least") or from above
 *  ("fewer than", "up to"): a smaller (or larger) figure in its place keeps the sentence true. */
export function boundBefore(before: string, after = ""): "lower" | "upper" | null {
  const b = before.replace(/(?:US)?[$€£¥₩]$/, "");
  // "46 arrests over eight days": "over" a span of time is "during", no bound.
  if (/\bover\s+$/i.test(b) && /^\S*\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|decades?|seasons?|nights?)\b/i.test(after)) return null;
  // "within ten years": a span of time bounds from above (what happens within 10 happens within 20).
  if (/\bwithin\s+$/i.test(b) && /^\S*\s+(?:days?|weeks?|months?|years?|hours?|decades?|minutes?)\b/i.test(after)) return "upper";
  if (/\b(?:no fewer than|no less than|not fewer than|not less than)\s+$/i.test(b)) return "lower";
  if (/\b(?:no more than|not more than)\s+$/i.test(b)) return "upper";
  // "none cost more than 3 million", "never fell below 2%": a denied bound bounds the other way.
  const denied = (phrase: string) => new RegExp(String.raw`\b(?:none|not|never|no one|nobody|nothing|neither|no\s+[a-z]+\s+(?:[a-z]+ed|was|were|is|are|has|had|cost|costs|spent|paid|won|took|got|sold))\b(?:\s+[a-z'’]+){0,4}?\s+(?:${phrase})\s+$`, "i").test(b);
  // ("Trucks heavier than 20 tonnes are banned": those heavier than 30 are banned as well.)
  const LOWER = "more than|over|at least|above|upwards of|in excess of|well over|just over|heavier than|larger than|bigger than|longer than|older than|taller than|greater than|wider than|faster than";
  const UPPER = "fewer than|less than|under|up to|at most|below|as many as|just under|lighter than|smaller than|shorter than|younger than|cheaper than|narrower than|slower than";
  if (new RegExp(String.raw`\b(?:${LOWER})\s+$`, "i").test(b)) return denied(LOWER) ? "upper" : "lower";
  // "revenue passed 1 billion euros for the first time", "crossed the 100,000 mark": a mark passed
  // is a bound from below as well (revenue of 1.03 billion passed 500 million too).
  // ("topped the $141 million start of …" names another film's opening, no bound: after "the",
  // only a mark is one.)
  const passedMark = /\b(?:passed|topped|exceeded|surpassed|crossed|broke through|went past|has passed|have passed)\s+(the\s+)?$/i.exec(b);
  if (passedMark && (!passedMark[1] || /^\S*(?:\s+(?:million|billion|trillion|[a-z]+s))?\s+(?:mark|threshold|level|barrier|milestone|line)\b/i.test(after)) && !denied("passed|topped|exceeded|surpassed|crossed")) return "lower";
  if (new RegExp(String.raw`\b(?:${UPPER})\s+$`, "i").test(b)) return denied(UPPER) ? "lower" : "upper";
  return null;
}

/** Where `figure` (as an answer states it: "£1.12 billion", "3") stands in `statement`, which may
 *  write it otherwise ("1.12 billion pounds", "three"): its index and the text found, or null. */
export function figureIn(statement: string, figure: string): { at: number; text: string } | null {
  const exact = statement.indexOf(figure);
  if (exact >= 0) return { at: exact, text: figure };
  const literal = literalOf(figure);
  if (literal) {
    const m = new RegExp(String.raw`(?<![\d.,])${escapeRegExp(literal)}(?!\d|[.,]\d)`).exec(statement);
    if (m) return { at: m.index, text: m[0] };
    const n = Number(literal.replace(/,/g, ""));
    if (Number.isInteger(n) && n <= 20) {
      for (const w of statement.matchAll(new RegExp(String.raw`\b(?:${SPELLED_NUMBER})\b`, "gi"))) {
        if (spelledValue(w[0]) === n) return { at: w.index, text: w[0] };
      }
    }
  }
  return null;
}

/** Whether the written figure `wrong` is `right` with decimals rounded off, in the same words,
 *  within a tenth of it ("1 billion euros" for "1.07 billion euros", "28%" for "27.9%"; not "40%"
 *  for "41%", nor "5,010" for "5,100"): a figure a careful reader may take as the same amount. */
export function roundedOf(right: string, wrong: string): boolean {
  const parse = (t: string) => {
    const m = /(\d[\d,]*)(?:\.(\d+))?\s*(.*)$/.exec(t.trim());
    return m ? { value: Number(`${(m[1] ?? "").replace(/,/g, "")}.${m[2] ?? "0"}`), decimals: (m[2] ?? "").length, rest: `${t.slice(0, m.index)}|${(m[3] ?? "").trim().toLowerCase()}` } : null;
  };
  const [r, w] = [parse(right), parse(wrong)];
  if (!r || !w || r.rest !== w.rest || r.decimals === 0 || w.decimals >= r.decimals || r.value <= 0) return false;
  if (Math.abs(r.value - w.value) / r.value > 0.1) return false;
  return Number(r.value.toFixed(w.decimals)) === w.value && r.value !== w.value;
}

// "for almost 23 years", "for ____ years": a span of years lasted (not "23 years before").
const SPAN_LASTED = String.raw`\bfor\s+(?:(?:almost|nearly|about|around|some|roughly|more than|over|just over|just under|close to)\s+)?`;
const yearsIn = (text: string) => [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));

/** The span `span` finds in `statement`, counted from the latest year the statement names before
 *  it, with every year the article names; null when the span, that year or the article's are missing. */
function spanFromYear(statement: string, span: RegExp, article: string): { words: string; start: number; named: number[] } | null {
  const m = span.exec(statement);
  if (!m) return null;
  const from = yearsIn(statement.slice(0, m.index));
  const named = yearsIn(article);
  if (!from.length || !named.length) return null;
  return { words: m[0], start: Math.max(...from), named };
}

/** "opened in 2001, it stood for 60 years" where the article names no year after 2040: the span
 *  `wrong` (a count of years in the statement), counted on from a year the statement names before
 *  it, ends after the latest year the article names. The words, or null. */
export function yearsPastArticle(statement: string, wrong: string, article: string): string | null {
  const n = Number(digitised(wrong).replace(/,/g, ""));
  if (!Number.isInteger(n) || n <= 0 || n > 500) return null;
  // ("23 years old" is an age, not a span.)
  const found = spanFromYear(statement, new RegExp(String.raw`${SPAN_LASTED}(${escapeRegExp(wrong)})\s+years\b(?!\s+old\b)`, "i"), article);
  if (!found) return null;
  return found.start + n > Math.max(...found.named) + 1 ? `${found.words} from ${found.start}` : null;
}

/** "in 2017 …, a record that stood for almost ____ years" in an article that names 2026: a blanked
 *  span lasted from a year the stem names up to another year the article names (within a year
 *  either way), worked out by subtracting. The words, or null. */
export function spanToArticleYear(statement: string, key: number | undefined, article: string): string | null {
  if (key === undefined || !Number.isInteger(key) || key <= 0 || key > 500) return null;
  const found = spanFromYear(statement, new RegExp(String.raw`${SPAN_LASTED}____\s+years\b`, "i"), article);
  if (!found) return null;
  // (Any year the article names, its date among them: "until 2032" may be a contract's end.)
  const end = found.named.find((y) => y > found.start && Math.abs(y - found.start - key) <= 1);
  return end ? `${found.start} and the article names ${end}` : null;
}

/** "the country marked ____ years since an earthquake struck … on February 22, 2011" (or "the ____th
 *  anniversary of …", "____ years after …") in an article that names 2021: a blanked count of years
 *  back to a year the stem names after it, worked out by subtracting it from another year the article
 *  names (within a year either way). The words, or null. */
export function spanSinceYear(statement: string, key: number | undefined, article: string): string | null {
  if (key === undefined || !Number.isInteger(key) || key <= 0 || key > 500) return null;
  const m = /____\s*(?:years?\s+(?:since|after|ago)\b|(?:st|nd|rd|th)?\s+anniversary\s+of\b)/i.exec(statement);
  if (!m) return null;
  const after = yearsIn(statement.slice(m.index + m[0].length));
  const named = yearsIn(article);
  for (const from of after) {
    const end = named.find((y) => y > from && Math.abs(y - from - key) <= 1);
    if (end) return `${from} and the article names ${end}`;
  }
  return null;
}

/** The figure `figure` is set against as a change in `statement` ("to X, up from Y", "from Y to
 *  X", "X, down from Y", "to X from Y"), with its value, or null. Both must have the same unit. */
export function changeAgainst(statement: string, figure: string): { text: string; value: number } | null {
  const place = figureIn(statement, figure);
  const own = figureOf(digitised(figure));
  if (!place || !own) return null;
  const after = statement.slice(place.at + place.text.length);
  const before = statement.slice(0, place.at);
  const fig = DIRECTION_FIGURE;
  const other =
    new RegExp(String.raw`^[^.;\d]{0,30}?\b(?:up|down|higher|lower)?\s*from\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?${fig}`, "i").exec(after)?.[1] ??
    new RegExp(String.raw`\bfrom\s+${fig}\s+to\s+(?:about\s+|around\s+|nearly\s+)?$`, "i").exec(before)?.[1] ??
    // "fell to 19 percent from 23 percent": the figure after "from", the one before it after "to".
    new RegExp(String.raw`\bto\s+${fig}\s+from\s+(?:about\s+|around\s+|nearly\s+)?$`, "i").exec(before)?.[1];
  const f = other ? figureOf(other.replace(/(\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion))?)\s+(pound|euro|dollar)s?\b/i, "$1")) : null;
  if (!other || !f) return null;
  // The same unit, or the unit of the figure left off the one before ("from 6,000 to 9,200 square metres").
  const unitOf = (text: string) => figureOf(digitised(text))?.unit ?? "";
  return unitOf(other) === own.unit || !unitOf(other) ? { text: other, value: f.value } : null;
}

const DIRECTION_FIGURE = String.raw`((?:US)?[$€£¥₩]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion))?)`;
// (… and the present, the future's "will fall from", a noun's "a rise from".)
const FALLING = /^(?:cut|cuts|reduced|reduces?|lowered|lowers|fell|fallen|falls?|dropped|drops?|declined|declines?|decreased|decreases?|slipped|shrank|shrinks?|narrowed|eased|slid|slowed|down|lower)$/i;
const CHANGE_WORD = String.raw`\b(cut|cuts|reduced|reduces?|lowered|lowers|fell|fallen|falls?|dropped|drops?|declined|declines?|decreased|decreases?|slipped|shrank|shrinks?|narrowed|eased|slid|slowed|down|rose|risen|rises?|increased|increases?|grew|grown|grows?|climbed|climbs?|jumped|jumps?|raised|raises?|widened|surged|accelerated|quickened|up|leapt|soared)\b`;

/** Whether a change from `then` to `now` is too large to be called slight: over 2 points for a
 *  share ("up slightly from 63.2 to 91.5 percent"), over 5 percent of the figure for anything else
 *  ("fell slightly, to 6.86 million from 7.39 million"). Only ever asked of a changed figure, a false
 *  statement or a wrong option, so a loose bound holds back a question, never a true one. */
function notSlight(now: { value: number; unit: string }, then: { value: number; unit: string }): boolean {
  if (now.unit !== then.unit || then.value <= 0) return false;
  const gap = Math.abs(now.value - then.value);
  return now.unit === "percent" ? gap > 2 : gap / then.value > 0.05;
}

/** "410 kilograms of food last year, about ____ kilograms a day": a total and its rate per day, week,
 *  month or hour, in the same unit, one a calendar multiple of the other (within 3 %): the words,
 *  or null. With the blank's `key`. */
export function periodRateShown(statement: string, key: number | undefined): string | null {
  if (key === undefined || key <= 0 || !/\b(?:(?:a|per|each|every|an)\s+(?:day|week|month|year|hour)|daily|weekly|monthly|annually|hourly)\b/i.test(statement)) return null;
  const blankUnit = /____\s*([a-z]+)/i.exec(statement)?.[1]?.toLowerCase();
  if (!blankUnit || /^(?:a|an|the|of|and|or|to|in|on|at|per|percent)$/.test(blankUnit)) return null;
  for (const m of statement.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)/gi)) {
    if (m[2]?.toLowerCase() !== blankUnit) continue;
    const other = Number((m[1] ?? "").replace(/,/g, ""));
    if (!(other > 0)) continue;
    const ratio = Math.max(other, key) / Math.min(other, key);
    const factor = [7, 12, 24, 30, 52, 365].find((f) => Math.abs(ratio - f) / f < 0.03);
    if (factor) return `${m[0]} and a rate ${factor} times ${other > key ? "smaller" : "larger"}`;
  }
  return null;
}

/** "dropped to 1,310 from 1,600, a fall of ____ percent", "sales of €96 million, up ____ percent from
 *  €80 million": a percentage change whose two ends the stem shows, so the blank follows by dividing
 *  (within a rounding of the printed figure). With the blank's `key`, the two ends, or null. */
export function percentChangeShown(statement: string, key: number | undefined, keyIsPercent = false): string | null {
  if (key === undefined || key <= 0 || !(keyIsPercent || /____\s?(?:%|percent\b|per cent\b)/i.test(statement))) return null;
  const blank = statement.indexOf("____");
  const near = statement.slice(Math.max(0, blank - 40), blank + 40);
  if (!/\b(?:up|down|rise|rose|risen|fall|fell|fallen|decline|declined|drop|dropped|increase|increased|decrease|decreased|gain|gained|jump|jumped|growth|grew|climb|climbed|slump|slumped|cut|plunge|plunged|surge|surged)\b/i.test(near)) return null;
  const figures: Array<{ raw: string; value: number; money: string }> = [];
  for (const m of statement.matchAll(/([$€£¥₩]\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s?(million|billion|trillion|bn|m)\b)?(?!\s?(?:%|percent\b|per cent\b|percentage\b|points?\b))(?=\s+(dollar|euro|pound|yen|won|yuan|franc|krona|kronor|rupee))?/gi)) {
    const digits = m[2] ?? "";
    // A year says when, not how much.
    if (/^(?:1[89]|20)\d{2}$/.test(digits)) continue;
    const value = Number(digits.replace(/,/g, "")) * ({ million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 }[(m[3] ?? "").toLowerCase()] ?? 1);
    // (The two ends are in one currency: "€186 million ($201 million)" is one sum twice.)
    const money = ({ $: "dollar", "€": "euro", "£": "pound", "¥": "yen", "₩": "won" } as Record<string, string>)[(m[1] ?? "").trim()] ?? (m[4] ?? "").toLowerCase();
    if (value > 0) figures.push({ raw: m[0].trim(), value, money });
  }
  const tolerance = Math.max(0.15, key * 0.02);
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || a.money !== b.money) continue;
      const change = (Math.abs(a.value - b.value) / b.value) * 100;
      if (Math.abs(change - key) <= tolerance) return `${b.raw} and ${a.raw}`;
    }
  }
  return null;
}

const MULTIPLE_WORDS: Record<string, number> = { double: 2, doubled: 2, twice: 2, triple: 3, tripled: 3, treble: 3, trebled: 3, quadruple: 4, quadrupled: 4, half: 0.5, halved: 0.5 };
/** "could reach ____ trillion won by 2030, triple last year's 6 trillion won": a blank that is a
 *  multiple the stem names ("double", "triple", "three times", "half") of another figure it shows,
 *  or that figure's part of it. With the blank's `key`, the words, or null. */
export function multipleShown(statement: string, key: number | undefined): string | null {
  if (key === undefined || key <= 0 || !statement.includes("____")) return null;
  const word = new RegExp(String.raw`\b(double|doubled|twice|triple|tripled|treble|trebled|quadruple|quadrupled|half|halved|(two|three|four|five|ten)\s+times)\b`, "i").exec(statement);
  if (!word?.[1]) return null;
  // "raised £3.2 million, almost double the ____ raised last year": a hedged multiple still puts
  // the blank within reach of a student who halves, so it is read with a margin.
  const hedged = /\b(?:almost|nearly|about|around|roughly|more than|over|less than|under|close to|just over|just under|some)\s+$/i.test(statement.slice(0, word.index));
  const margin = hedged ? 0.15 : 0.02;
  const factor = MULTIPLE_WORDS[word[1].toLowerCase()] ?? ({ two: 2, three: 3, four: 4, five: 5, ten: 10 } as Record<string, number>)[(word[2] ?? "").toLowerCase()];
  if (!factor) return null;
  for (const m of statement.matchAll(/(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?![\d,]*\s?(?:%|percent\b|per cent\b))/g)) {
    const digits = m[1] ?? "";
    if (/^(?:1[89]|20)\d{2}$/.test(digits)) continue;
    const other = Number(digits.replace(/,/g, ""));
    if (!(other > 0)) continue;
    if ([other * factor, other / factor].some((v) => Math.abs(v - key) / key < margin)) return `${word[1]} and ${digits}`;
  }
  return null;
}

/** A percentage change in `sentence` whose two ends it also shows, when the tested figure `fig` is
 *  the change or one of its ends: the ends, or null. */
function changeChecked(sentence: string, fig: { value: number; unit: string }): string | null {
  for (const m of sentence.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi)) {
    const pct = Number(m[1]);
    const ends = percentChangeShown(`${sentence.slice(0, m.index)}____ percent${sentence.slice((m.index ?? 0) + m[0].length)}`, pct);
    if (!ends) continue;
    if (fig.unit === "percent" && fig.value === pct) return ends;
    const endValues = ends.split(" and ").map((e) => figureOf(e)?.value);
    if (fig.unit !== "percent" && endValues.includes(fig.value)) return ends;
  }
  return null;
}

/** "With ____ of 38 rounds played, … at the halfway stage": a part and its whole beside a word that
 *  says one is half the other. With `key`, the words when the blank's key is half or twice the other
 *  figure; with `broken`, the words when it is not (a changed figure that no longer halves). */
export function halfwayShown(statement: string, key: number | undefined, broken = false): string | null {
  if (key === undefined || !/\b(?:halfway|half-way|midway|mid-way|midpoint|mid-point)\b/i.test(statement)) return null;
  const m = /(____|\d[\d,]*)\s+of\s+(?:the\s+|its\s+|their\s+)?(____|\d[\d,]*)\s+[a-z]/i.exec(statement);
  if (!m?.[1] || !m[2] || (m[1] === "____") === (m[2] === "____")) return null;
  const other = Number((m[1] === "____" ? m[2] : m[1]).replace(/,/g, ""));
  const halves = m[1] === "____" ? Math.abs(key * 2 - other) <= 1 : Math.abs(other * 2 - key) <= 1;
  return halves !== broken ? `“${m[0].slice(0, -2).trim()}” at the halfway point` : null;
}

/** `text` with a currency written as a word after a figure read as its sign ("2.50 pounds" → "£2.50"),
 *  so figures in either wording compare by unit. */
function withCurrencySigns(text: string): string {
  return text.replace(/(\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion))?)\s+(pound|euro|dollar|yen)s?\b/gi, (_, n: string, c: string) => `${CURRENCY_SIGN[c.toLowerCase()] ?? ""}${n}`);
}

/** The words of `statement` that contradict themselves, or null: "cut from 18% to 32%" (a fall
 *  that rises), "58.3 percent, down from 27.4 percent". */
export function selfContradiction(written: string): string | null {
  const fig = DIRECTION_FIGURE;
  // "2.50 pounds, up from £4.30": a currency written as a word reads as its sign.
  const statement = withCurrencySigns(written);
  // "a record 130,000 visitors, beating the previous high of 265,000": a record below the old one.
  const record = new RegExp(String.raw`${fig}[^.;\d]{0,60}?\b(?:beating|topping|surpassing|exceeding|breaking)\s+(?:the\s+|its\s+)?(?:previous|old|last|earlier|former)\s+(?:high|record|peak|best)\s+(?:of\s+)?${fig}`, "i").exec(statement);
  if (record?.[1] && record[2]) {
    const [now, old] = [figureOf(record[1]), figureOf(record[2])];
    if (now && old && now.unit === old.unit && now.value <= old.value) return `${record[1]} … beating the previous ${record[2]}`;
  }
  // "the third deal this year to exceed 90 million dollars, after Acme's 75 million purchase": the
  // earlier ones named after "after" must have passed the mark too.
  const passed = new RegExp(String.raw`\b(?:to|that)\s+(?:exceed|top|pass|surpass|break|cross)(?:es|ed)?\s+(?:the\s+)?${fig}[^.;\d]{0,60}?\bafter\b[^.;\d]{0,60}?${fig}`, "i").exec(statement);
  if (passed?.[1] && passed[2]) {
    const [mark, earlier] = [figureOf(passed[1]), figureOf(passed[2])];
    if (mark && earlier && (earlier.unit === mark.unit || !earlier.unit) && earlier.value < mark.value) return `to exceed ${passed[1]}, after … ${passed[2]}`;
  }
  // "Turnout was 58.3 percent, down from 27.4 percent": the figure, then where it came from.
  // The earlier figure may be named first: "down from an earlier forecast of 2.4 billion".
  // … and a part may name its whole between them: "took 13 of the assembly's 75 seats, up from 19".
  // (The figure and its "down from" may stand a clause apart: "6.2 million borrowers were listed
  // with credit bureaus for late payment, down from 4.1 million".)
  // An adverb may stand between the direction and "from" ("up sharply from", "down only
  // slightly from"); a slight change that is a large one contradicts itself too ("82 percent, up
  // only slightly from 68 percent"). ("four years of updates, up from five": numbers in words
  // read as their digits.)
  const since = new RegExp(String.raw`${fig}(?:\s+(?:out\s+of|of)\s+[^.;\d]{0,30}?\d[\d,]*(?:\.\d+)?)?[^.;\d]{0,80}?\b(down|up|lower|higher)\s+((?:(?:only|just|slightly|marginally|fractionally|a little|a touch|sharply|steeply|strongly|significantly|modestly)\s+){0,2})from\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?${fig}`, "i").exec(digitised(statement));
  if (since?.[1] && since[2] && since[4]) {
    const [now, then] = [figureOf(since[1]), figureOf(since[4])];
    const how = (since[3] ?? "").trim();
    const said = `${since[1]}, ${since[2]}${how ? ` ${how}` : ""} from ${since[4]}`;
    if (now && then && now.unit === then.unit && (now.value === then.value || FALLING.test(since[2]) === now.value > then.value)) return said;
    const slight = /\b(?:slightly|marginally|fractionally|a little|a touch)\b/i.test(how);
    if (slight && now && then && notSlight(now, then)) return said;
  }
  // "Inflation slowed to 3.2 percent in October from 3.1 percent": the new figure first.
  // … "risen to about 0.9% from 0.4%": a hedge word may stand before either figure.
  const hedge = String.raw`(?:(?:about|around|roughly|nearly|almost|some|approximately|an estimated|a record|just)\s+)?`;
  // … and "fell slightly, to 6.86 million from 7.39 million": a slight change that is a large one.
  const back = new RegExp(String.raw`${CHANGE_WORD}([^.;\d]{0,30}?)\bto\s+${hedge}${fig}[^.;\d]{0,30}?\bfrom\s+${hedge}${fig}`, "i").exec(statement);
  if (back?.[1] && back[3] && back[4]) {
    const [now, then] = [figureOf(back[3]), figureOf(back[4])];
    const said = `${back[1]}${back[2] ?? ""}to ${back[3]} … from ${back[4]}`;
    if (now && then && now.unit === then.unit && (now.value === then.value || FALLING.test(back[1]) === now.value > then.value)) return said;
    const slight = /\b(?:slightly|marginally|fractionally|a little|a touch)\b/i.test(back[2] ?? "");
    if (slight && now && then && notSlight(now, then)) return said;
  }
  // "Turnout was 20.8 per cent, slightly below the 80.1 per cent of …": a near figure that is far,
  // or on the wrong side.
  const near = new RegExp(String.raw`${fig}[^.;\d]{0,30}?\b(?:slightly|a little|marginally|fractionally|a touch)\s+(below|under|lower than|less than|short of|above|over|higher than|more than|ahead of)\s+(?:(?:an?|the|its|their|last year's)\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+)?${fig}`, "i").exec(statement);
  if (near?.[1] && near[2] && near[3]) {
    const [now, other] = [figureOf(near[1]), figureOf(near[3])];
    const below = /^(?:below|under|lower than|less than|short of)$/i.test(near[2]);
    if (now && other && now.unit === other.unit && other.value > 0 && (below !== now.value < other.value || Math.abs(now.value - other.value) / other.value > 0.4)) return `${near[1]}, ${near[0].slice(near[1].length).trim()}`;
  }
  // "the longest waits, a median of 52 weeks, followed by … at 64 weeks": a first that trails.
  const ranked = new RegExp(String.raw`\b(longest|highest|largest|biggest|most|greatest|shortest|lowest|smallest|fewest|least)\b[^.;]{0,60}?${fig}[^.;\d]{0,30}?\bfollowed by\s+[^.;\d]{1,60}?\b(?:at|with|on)\s+${fig}`, "i").exec(statement);
  if (ranked?.[1] && ranked[2] && ranked[3]) {
    const [first, next] = [figureOf(ranked[2]), figureOf(ranked[3])];
    const top = !/^(?:shortest|lowest|smallest|fewest|least)$/i.test(ranked[1]);
    if (first && next && first.unit === next.unit && first.value !== next.value && (first.value < next.value) === top) return `${ranked[1]} … ${ranked[2]}, followed by … ${ranked[3]}`;
  }
  // "Sydney led the decline with a fall of 0.4%, followed by Melbourne, where prices dropped 0.6%":
  // a leader that trails.
  const led = new RegExp(String.raw`\b(led|topped|headed)\b[^.;\d]{0,60}?${fig}[^.;\d]{0,30}?\bfollowed by\b[^.;\d]{1,60}?${fig}`, "i").exec(statement);
  if (led?.[2] && led[3]) {
    const [first, next] = [figureOf(led[2]), figureOf(led[3])];
    if (first && next && first.unit === next.unit && first.value < next.value) return `${led[1]} … ${led[2]}, followed by … ${led[3]}`;
  }
  // "Dos Santos took 38.4%, narrowly ahead of Ferreira on 48.1%": a lead that trails.
  const ahead = new RegExp(String.raw`${fig}[^.;\d]{0,40}?\b(ahead of|behind)\s+[^.;\d]{1,50}?\b(?:on|with|at)\s+${fig}`, "i").exec(statement);
  if (ahead?.[1] && ahead[2] && ahead[3]) {
    const [own, other] = [figureOf(ahead[1]), figureOf(ahead[3])];
    if (own && other && own.value !== other.value && own.unit === other.unit && /^behind$/i.test(ahead[2]) === own.value < other.value) return null;
    if (own && other && own.value !== other.value && own.unit === other.unit) return `${ahead[1]}, ${ahead[2]} … ${ahead[3]}`;
  }
  // "Kerr made 13 not out, the only other score above 30": a figure set beside the bound its aside
  // says it passes (or stays under).
  const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)(\s?(?:%|percent|per cent))?`;
  const bounded = new RegExp(String.raw`\b${NUM}(?:\s+[a-z-]+){0,2}\s*,\s+(?:the|one of the|one of only)\s+(?:[a-z-]+\s+){0,3}?(above|over|more than|higher than|greater than|exceeding|below|under|less than|fewer than|lower than)\s+${NUM}(?![\d,.]\d)`, "i").exec(statement);
  if (bounded?.[1] && bounded[3] && bounded[4] && (bounded[2] ?? "").trim() === (bounded[5] ?? "").trim()) {
    const [own, bound] = [Number(bounded[1].replace(/,/g, "")), Number(bounded[4].replace(/,/g, ""))];
    const above = /^(?:above|over|more than|higher than|greater than|exceeding)$/i.test(bounded[3]);
    if (above ? own <= bound : own >= bound) return `${bounded[1]}${bounded[2] ?? ""}, ${bounded[0].slice(bounded[0].indexOf(",") + 1).trim()}`;
  }
  // "held rates in a 7-2 vote, with five members favouring a cut": a side of a two-way vote is
  // either the majority or part of the minority, never a count between them or above both.
  const tally = new RegExp(String.raw`(?<![\d.,-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d.,]|\s?[-–]\s?\d)\s+${TALLY_NOUN}\b|\bvot(?:ed|ing)\s+(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d.,]|\s?[-–]\s?\d)`, "i").exec(statement);
  if (tally) {
    const [a, b] = [Number(tally[1] ?? tally[3]), Number(tally[2] ?? tally[4])];
    const [most, least] = [Math.max(a, b), Math.min(a, b)];
    const SIDE = new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER}|one)\s+(?:(?:of\s+(?:the|its|their)\s+)?(?:[a-z-]+\s+)?(?:members|policymakers|judges|justices|directors|governors|officials|councillors|senators|jurors|commissioners|dissenters|votes)\s+)(?:had\s+)?(?:favou?r(?:ing|ed)|voting|voted|backing|backed|wanting|wanted|preferring|preferred|dissenting|dissented|opposing|opposed|seeking|sought|supporting|supported|calling\s+for|called\s+for|pushing\s+for|pushed\s+for)\b`, "gi");
    for (const side of statement.matchAll(SIDE)) {
      const n = /^\d/.test(side[1] ?? "") ? Number(side[1]) : countValue(side[1] ?? "");
      if (n !== undefined && (n > most || (n > least && n !== most))) return `${tally[0].trim()} … ${side[0].trim()}`;
    }
  }
  // "Leeds had 38 cm, the most of any city, while York had 72 cm": a figure the aside calls the
  // most (or the least) that another of the same unit later in the sentence passes.
  const top = new RegExp(String.raw`\b${NUM}(?:\s+([a-z]+))?(?:\s+of\s+[a-z-]+)?\s*,\s+the\s+(most|highest|largest|biggest|greatest|heaviest|lowest|least|fewest|smallest|lightest)\b[^;]*`, "i").exec(statement);
  if (top?.[1] && top[4] && (top[2] || (top[3] && !/^(?:and|or|but|in|on|at|of|to|the|a|an|for|from|by|with|while|as)$/i.test(top[3])))) {
    const own = Number(top[1].replace(/,/g, ""));
    const unit = `${(top[2] ?? "").trim()}|${top[3] ?? ""}`;
    const most = !/^(?:lowest|least|fewest|smallest|lightest)$/i.test(top[4]);
    const rest = top[0].slice(top[0].indexOf(top[4]) + top[4].length);
    for (const o of rest.matchAll(new RegExp(String.raw`\b${NUM}(?:\s+([a-z]+))?`, "gi"))) {
      if (!o[1] || `${(o[2] ?? "").trim()}|${o[3] ?? ""}` !== unit || (!o[2] && !o[3])) continue;
      const other = Number(o[1].replace(/,/g, ""));
      if (most ? other > own : other < own) return `${top[1]}${top[2] ?? ""}${top[3] ? ` ${top[3]}` : ""}, the ${top[4]} … ${o[0].trim()}`;
    }
  }
  // … "rise from 95 Canadian dollars a tonne this year to 170 dollars": a few words (a unit, a
  // time) may stand between the first figure and "to".
  const m = new RegExp(String.raw`${CHANGE_WORD}[^.;]{0,50}?\bfrom\s+${hedge}${fig}((?:\s+[^\s.,;:\d]+){0,6}?)\s+to\s+${hedge}${fig}`, "i").exec(statement);
  if (!m?.[1] || !m[2] || !m[4]) return null;
  const [a, b] = [figureOf(m[2]), figureOf(m[4])];
  // (The units agree, or one is left to the words after it.)
  if (!a || !b || (a.unit !== b.unit && a.unit && b.unit)) return null;
  const said = `${m[1]} from ${m[2]}${m[3] ?? ""} to ${m[4]}`;
  // "rise from 170 … to 170 dollars": a change to the figure it started from is none.
  if (a.value === b.value) return said;
  return FALLING.test(m[1]) === a.value < b.value ? said : null;
}

// Words that set counts against each other: a part and the rest, a gap to a mark.
// ("12 board members. ____ voted in favour and three against": a vote split into its sides.)
const PART_RELATION = new RegExp(String.raw`\b(?:short of|more than|fewer than|less than|behind|ahead of|the other|the remaining|the rest|while|whereas)\b|\bvot(?:ed|es?|ing)\b[^.;]*\b(?:in favou?r|for)\b[^.;]*\bagainst\b|\bof\s+(?:the\s+)?(?:____|\d|${SPELLED_NUMBER}\b)`, "i");

const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
// Words after a count that are no noun it counts ("three more than", "two of the three").
const NOT_COUNTED = new Set(["more", "fewer", "less", "of", "to", "and", "or", "in", "on", "at", "for", "from", "by", "with", "than", "a", "an", "the", "per", "each", "times", "were", "was", "are", "is", "had", "have", "has", "who", "which", "that", "short", "behind", "ahead", "above", "below", "out", "new", "other", "more", "further", "additional", "straight", "consecutive"]);

/** The plural noun a count at `at` counts ("22 points" → "point"), or undefined when the word after
 *  it is none ("three more than", "two of the three"). */
function countedNoun(text: string, at: number): string | undefined {
  const word = /^\s+([a-z]+)\b/.exec(text.slice(at))?.[1];
  if (!word || NOT_COUNTED.has(word) || !/s$/.test(word) || /ss$/.test(word)) return undefined;
  return word.replace(/(?:es|s)$/, "");
}

/** The whole-number counts `text` writes in digits or words ("19", "five", "52nd"), with where
 *  they stand; not shares, money, decimals or years. */
export function countsIn(text: string): { value: number; index: number; raw: string }[] {
  const out: { value: number; index: number; raw: string }[] = [];
  // (A number glued to another by a colon, "1:29:31", "21:14", "3:1", is part of a time or a ratio.)
  const re = new RegExp(String.raw`(?<![$€£¥₩\d.,]|\d:)\b(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?\b(?![.,]\d|:\d|\s*(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b))|\b(${SPELLED_NUMBER})\b(?!\s*(?:percent\b|per cent\b))`, "gi");
  // "… while one voted for a cut": "one" as the subject of a verb counts a member of the group.
  for (const m of text.matchAll(/\b(?:while|whereas|and|but)\s+(one)\s+(?=(?:abstained|voted|backed|opposed|chose|was|were|did|had|[a-z]+ed)\b)/gi)) out.push({ value: 1, index: m.index + m[0].length - 4, raw: "one" });
  // "18 seats, one short of the 19 needed", "one more than the 40 it won": "one" before a
  // comparison is the gap between two counts.
  for (const m of text.matchAll(/\b(one)\s+(?:[a-z]+\s+)?(?=(?:short of|more than|fewer than|less than|behind|ahead of)\b)/gi)) out.push({ value: 1, index: m.index, raw: "one" });
  for (const m of text.matchAll(re)) {
    // "when the season ends on May 16": a day of the month counts nothing.
    if (m[1] && MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (m[1]) {
      const v = Number(m[1].replace(/,/g, ""));
      if (!(v >= 1900 && v <= 2099 && /^\d{4}$/.test(m[1]))) out.push({ value: v, index: m.index, raw: m[0] });
    } else {
      const v = spelledValue(m[2] ?? "");
      if (v !== undefined) out.push({ value: v, index: m.index, raw: m[0] });
    }
  }
  return out;
}

// "by a further 3 per cent …, a total of 5.6 per cent", "£2 million on top of the £5 million": words
// that set figures of one kind up to add.
// (… and a balance: "exports of 58.4 billion, imports of 51.9 billion, leaving a surplus of 6.5 billion".)
const ADDS_UP = /\b(?:therefore|a total of|in total|totals?|totalling|totaling|further|combined|altogether|together|in all|overall|another|additional|on top of|plus|bringing|brings|leaving|surplus|deficit|shortfall)\b/i;
// (… and a change with both its ends beside the amount it moved by: "will cost $350 million,
// cutting income to $4.6 billion from $4.95 billion", "added 40 jobs, taking staff from 210 to 250".)
// (A blank may stand for either end.)
const BOTH_ENDS = new RegExp(String.raw`\bto\s+(?:(?:US)?[$€£¥₩]\s?)?(?:\d[\d,.]*|____)[^.;]{0,30}?\bfrom\s+(?:(?:US)?[$€£¥₩]\s?)?(?:\d[\d,.]*|____)|\bfrom\s+(?:(?:US)?[$€£¥₩]\s?)?(?:\d[\d,.]*|____)[^.;]{0,30}?\bto\s+(?:(?:US)?[$€£¥₩]\s?)?(?:\d[\d,.]*|____)`, "i");
const ANY_FIGURE = /(?:US)?[$€£¥₩]?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per cent|percent|thousand|million|billion|trillion))?/gi;

/** 5100000000 as "5.1 billion", for a teacher reading the finding. */
const readable = (x: number) => (x >= 1e9 ? `${+(x / 1e9).toFixed(3)} billion` : x >= 1e6 ? `${+(x / 1e6).toFixed(3)} million` : String(+x.toFixed(4)));

/** Whether `value` (of `unit`) is the sum of two figures of the same unit in `text`, or one of two
 *  figures that, with a third, add up: any figure of a sum the text spells out is arithmetic. The
 *  count-only sumOrDifference reads parts of a whole; this reads shares and amounts ("2.6 per cent
 *  and a further 3 per cent, a total of 5.6 per cent"). */
export function figureSum(text: string, value: number, unit: string, changeShown = BOTH_ENDS.test(text)): string | null {
  if (!(ADDS_UP.test(text) || changeShown) || !unit) return null;
  // "58.4 billion dollars" reads as "$58.4 billion", the unit a key in dollars has.
  const signed = withCurrencySigns(text);
  const figures = [...signed.matchAll(ANY_FIGURE)].map((m) => figureOf(m[0])).filter((f): f is { value: number; unit: string } => f !== null && f.unit === unit).map((f) => f.value);
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const all = figures.some((f) => near(f, value)) ? figures : [...figures, value];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      for (let k = 0; k < all.length; k++) {
        if (k === i || k === j) continue;
        const [a, b, c] = [all[i] as number, all[j] as number, all[k] as number];
        if ([a, b, c].some((x) => near(x, value)) && near(a + b, c) && a > 0 && b > 0) return `${readable(a)} + ${readable(b)} = ${readable(c)}`;
      }
    }
  }
  return null;
}

const RANGE = /\bbetween\s+(\d[\d,]*(?:\.\d+)?)(?:\s?(?:%|percent|per cent))?\s+and\s+(\d[\d,]*(?:\.\d+)?)/i;

/** "a target of ____ percent, give or take 1.5 points, so anything between 3.5 and 6.5 percent":
 *  a range with its centre or its half-width shown gives the other away. The range as written
 *  ("3.5 to 6.5 (centre 5, half-width 1.5)"), or null. */
export function bandGivesAway(statement: string, value: number | undefined): string | null {
  if (value === undefined) return null;
  const r = RANGE.exec(statement);
  if (!r?.[1] || !r[2]) return null;
  const [lo, hi] = [Number(r[1].replace(/,/g, "")), Number(r[2].replace(/,/g, ""))];
  if (!(hi > lo)) return null;
  const [centre, half] = [(lo + hi) / 2, (hi - lo) / 2];
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
  // The other of the two, shown outside the range.
  const rest = statement.replace(r[0], " ").replace(/____/g, " ");
  const shown = [...rest.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d,]*\.\d)/g)].map((m) => Number(m[0].replace(/,/g, "")));
  const other = near(value, centre) ? half : near(value, half) ? centre : undefined;
  return other !== undefined && shown.some((x) => near(x, other)) ? `${r[1]} to ${r[2]}` : null;
}

/** "41 goals from 44 attempts, an accuracy of 93 percent": a share that two counts of the text make
 *  (41 / 44 = 93 percent), so any of the three follows from the other two. The triple as written
 *  ("41 / 44 ≈ 93 percent"), or null, when `value` is one of the three. A share is matched only as
 *  closely as it is written (93 percent: 92.5 to 93.5). */
export function ratioShown(text: string, keyValue: number): string | null {
  let value = keyValue;
  const shares = [...text.matchAll(/(?<![\d.,])(\d{1,2}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi)].map((m) => ({ value: Number(m[1]), places: (m[1]?.split(".")[1] ?? "").length }));
  const counts = countsIn(text).map((c) => c.value).filter((v) => Number.isInteger(v) && v >= 2);
  // "4,912,306 of the roughly 7.18 million voters": a count with its scale in words, given to a
  // few figures, makes the share as nearly as it is written.
  const scaled = [...text.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)\s+(million|billion)\b/gi)].map((m) => Number(m[1]) * (m[2]?.toLowerCase() === "billion" ? 1e9 : 1e6));
  counts.push(...scaled.filter((v) => !counts.includes(v)));
  if (value > 0 && value < 1e4 && scaled.length) value = scaled.find((v) => Math.abs(v / 1e6 - value) < 1e-9 || Math.abs(v / 1e9 - value) < 1e-9) ?? value;
  for (const share of shares) {
    if (share.value <= 0 || share.value >= 100) continue;
    const slack = 0.5 * 10 ** -share.places;
    for (const a of counts) {
      for (const b of counts) {
        if (!(a < b) || (value !== a && value !== b && value !== share.value)) continue;
        if (Math.abs((100 * a) / b - share.value) <= slack) return `${a} / ${b} ≈ ${share.value} percent`;
      }
    }
  }
  return null;
}

// "to ____ mile", "for ____ year": a blank before a singular unit or count noun.
const SINGULAR_AFTER_BLANK = /____\s+(?:mile|kilometre|kilometer|metre|meter|foot|inch|yard|hour|day|week|month|year|decade|century|minute|second|percentage point|point|seat|vote|goal|run|wicket|game|match|person|child|ton|tonne|degree|lap|stage|round|barrel|car|shot|stroke)\b(?![-'’])/i;

// "the only county below ____ percent", "crossed the ____ mark": a blank that is a threshold.
const THRESHOLD_BEFORE = /\b(?:below|above|under|over|less than|more than|fewer than|at least|at most|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|beyond|past|passed|short of)\s+(?:the\s+)?(?:[$€£¥₩]\s?)?$/i;

// "nearly two-thirds of patients, 64 percent": a fraction in words that puts a share within a few
// points. Each with its value in percent.
const FRACTION_WORDS: [RegExp, number][] = [
  [/\b(?:a|one)[\s-]half\b|\bhalf\s+(?:of|the|its|their|all|his|her)\b|^(?:…\s*)?half\b/i, 50],
  [/\b(?:a|one)[\s-]third\b(?=\s+of\b|\s*[,.;:)—–]|\s*$)/i, 100 / 3],
  [/\btwo[\s-]thirds\b/i, 200 / 3],
  [/\b(?:a|one)[\s-]quarter\b(?=\s+of\b|\s*[,.;:)—–]|\s*$)/i, 25],
  [/\bthree[\s-]quarters\b/i, 75],
  [/\b(?:a|one)[\s-]fifth\b(?=\s+of\b|\s*[,.;:)—–]|\s*$)/i, 20],
  [/\b(?:two|three|four)[\s-]fifths\b/i, NaN],
  [/\b(?:a|one)[\s-]tenth\b(?=\s+of\b|\s*[,.;:)—–]|\s*$)/i, 10],
  // "one in five", "nine in ten", "seven out of 10".
  [/\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b/i, NaN],
];

/** The fraction in words of `text` ("nearly two-thirds", "one in five") that puts `share` (a
 *  percentage) within five points, or null; with `at`, only a fraction within 60 characters of it,
 *  in the same clause run (no full stop between). */
export function fractionNear(text: string, share: number, at?: number): string | null {
  for (const [re, fixed] of FRACTION_WORDS) {
    for (const m of text.matchAll(new RegExp(re.source, "gi"))) {
      if (at !== undefined) {
        const [from, to] = m.index < at ? [m.index + m[0].length, at] : [at, m.index];
        if (to - from > 60 || /[.;!?]\s/.test(text.slice(from, to))) continue;
      }
      let v = fixed;
      if (Number.isNaN(v)) {
        const fifths = /\b(two|three|four)[\s-]fifths\b/i.exec(m[0]);
        const inN = /^(\S+)\s+(?:in|out\s+of)\s+(\S+)$/i.exec(m[0]);
        v = fifths ? (20 * (countValue(fifths[1] ?? "") ?? NaN)) : inN ? (100 * (/^one$/i.test(inN[1] ?? "") ? 1 : (countValue(inN[1] ?? "") ?? NaN))) / (countValue(inN[2] ?? "") ?? NaN) : NaN;
      }
      if (Number.isFinite(v) && Math.abs(v - share) <= 5) return m[0];
    }
  }
  return null;
}

/** "a four-year deal, 6 percent this year and the rest over the following ____ years": the blank
 *  is the span the stem names less the part it has already given (one year, or "two years"). The
 *  sum as "1 + 3 = 4 years", or null. */
export function spanRemainder(statement: string, key: number): string | null {
  const span = new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})-(year|month|week|day)\b`, "gi");
  const rest = /\b(?:following|remaining|next|other|rest of the|last|final)\s+(?:\S+\s+)?____\s+(year|month|week|day)s\b/i.exec(statement);
  if (!rest?.[1]) return null;
  const unit = rest[1].toLowerCase();
  for (const m of statement.matchAll(span)) {
    const whole = countValue(m[1] ?? "");
    if (whole === undefined || (m[2] ?? "").toLowerCase() !== unit || !(whole > key)) continue;
    const part = whole - key;
    const one = new RegExp(String.raw`\b(?:this|the first|first|that|one|its first|the opening)\s+${unit}\b`, "i");
    const some = new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})\s+${unit}s\b`, "gi");
    if ((part === 1 && one.test(statement)) || [...statement.matchAll(some)].some((x) => countValue(x[1] ?? "") === part)) return `${part} + ${key} = ${whole} ${unit}s`;
  }
  return null;
}

const MONTH_AT = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTH_INDEX = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MS = 86_400_000;

/** Month-and-day dates written in `text` ("Jan. 1", "1 July"), as days of a common year. */
function calendarDays(text: string): { month: number; day: number }[] {
  const out: { month: number; day: number }[] = [];
  const re = new RegExp(String.raw`\b${MONTH_AT}\s+(\d{1,2})\b|\b(\d{1,2})\s+${MONTH_AT}(?![\p{L}])`, "gu");
  for (const m of text.matchAll(re)) {
    const name = (m[1] ?? m[4] ?? "").slice(0, 3).toLowerCase();
    const month = MONTH_INDEX.indexOf(name);
    const day = Number(m[2] ?? m[3]);
    if (month >= 0 && day >= 1 && day <= 31) out.push({ month, day });
  }
  return out;
}

const daysBetween = (a: { month: number; day: number }, b: { month: number; day: number }) => {
  const d = (Date.UTC(2001, b.month, b.day) - Date.UTC(2001, a.month, a.day)) / DAY_MS;
  return d > 0 ? d : d + 365;
};

/** "moves the start from Jan. 1 to July 1, giving firms ____ months", "from ____ to July 1, giving
 *  firms six months": a span or a date the stem's other date and span already fix. The working
 *  ("Jan 1 + 6 months = July 1"), or null. */
const WEEKDAY = ["Sun", "Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur"];
export function calendarSpan(statement: string, answer: string): string | null {
  const unitBlank = /____\s+(month|week|day)s\b/i.exec(statement)?.[1]?.toLowerCase();
  // "With ____ days left before the window shuts on Monday, clubs were busy on Friday": the span
  // between two days of the week the stem names.
  const weekdays = [...statement.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)].map((m) => WEEKDAY.indexOf(m[1] ?? ""));
  const blankDays = countValue(answer.trim().split(/\s+/)[0] ?? "") ?? Number(answer.trim().split(/\s+/)[0]);
  if (unitBlank === "day" && new Set(weekdays).size === 2 && blankDays > 0 && blankDays < 7) {
    const [a, b] = [weekdays[0] as number, weekdays.find((d) => d !== weekdays[0]) as number];
    if ((b - a + 7) % 7 === blankDays || (a - b + 7) % 7 === blankDays) return `${WEEKDAY[Math.min(a, b)]}day and ${WEEKDAY[Math.max(a, b)]}day, ${blankDays} days apart`;
  }
  if (unitBlank) {
    const key = countValue(answer.trim().split(/\s+/)[0] ?? "") ?? Number(answer.trim().split(/\s+/)[0]);
    const dates = calendarDays(statement);
    if (!Number.isFinite(key) || dates.length < 2) return null;
    for (let i = 0; i + 1 < dates.length; i++) {
      const a = dates[i] as { month: number; day: number };
      const b = dates[i + 1] as { month: number; day: number };
      const days = daysBetween(a, b);
      const n = unitBlank === "month" ? (a.day === b.day ? (b.month - a.month + 12) % 12 : NaN) : unitBlank === "week" ? days / 7 : days;
      if (n === key) return `${MONTH_NAME[a.month]} ${a.day} to ${MONTH_NAME[b.month]} ${b.day} = ${key} ${unitBlank}s`;
    }
    return null;
  }
  const [asked] = calendarDays(answer);
  if (!asked || !/____/.test(statement) || calendarDays(answer).length !== 1) return null;
  const others = calendarDays(statement.replace(/____/g, " "));
  const spans = [...statement.matchAll(new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})\s+(month|week|day)s\b`, "gi"))];
  for (const o of others) {
    for (const sp of spans) {
      const n = countValue(sp[1] ?? "");
      const unit = (sp[2] ?? "").toLowerCase();
      if (n === undefined) continue;
      const days = [daysBetween(asked, o), daysBetween(o, asked)];
      const fits = unit === "month" ? asked.day === o.day && [(o.month - asked.month + 12) % 12, (asked.month - o.month + 12) % 12].includes(n) : days.includes(unit === "week" ? n * 7 : n);
      if (fits) return `${MONTH_NAME[o.month]} ${o.day} and ${n} ${unit}s`;
    }
  }
  return null;
}

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;
/** "joined in 1972 and stayed for 34 years, retiring in ____": a year the stem gives and a span of
 *  years that lands on the blank's year; or "from 2004 until 2019, a run of ____ years": two years
 *  whose gap is the blank. Null when no such sum is there. */
export function yearSpan(statement: string, answer: string): string | null {
  if (!/____/.test(statement)) return null;
  const shown = [...statement.replace(/____/g, " ").matchAll(YEAR)].map((m) => Number(m[1]));
  if (shown.length === 0) return null;
  const key = answer.trim();
  if (/^(?:1[5-9]\d\d|20\d\d)$/.test(key)) {
    for (const sp of statement.matchAll(new RegExp(String.raw`\b(\d{1,3}|${SPELLED_NUMBER})\s+years\b`, "gi"))) {
      const n = countValue(sp[1] ?? "");
      const from = shown.find((y) => n !== undefined && n > 0 && Math.abs(Number(key) - y) === n);
      if (from !== undefined) return `${from} and a span of ${n} years`;
    }
    return null;
  }
  const n = countValue(key.split(/\s+/)[0] ?? "");
  if (!/____\s+years\b/i.test(statement) || n === undefined || n <= 0) return null;
  for (const a of shown) for (const b of shown) if (b - a === n) return `${a} and ${b}, ${n} years apart`;
  return null;
}

/** A blank counted by a name of the stem that spells the count out ("the ____ swims of the Oceans
 *  Seven", "one of the Big Four firms", "the Group of Seven's ____ members"): a capitalised number
 *  word inside a sentence, not at its head, is part of a name, and a name does not change with the
 *  blank. The words, with the name's neighbours, or null. */
export function countInName(q: DraftQuestion): string | null {
  // (… and a true/false turning on that count: "the hardest of the six swims in the Oceans Seven".)
  const tf = q.type === "true_false";
  if (!tf && q.type !== "numeric" && q.type !== "fill_blank" && q.type !== "single_choice") return null;
  const statement = tf ? (assertedStatement(q.prompt) ?? "") : (quotedStatement(q.prompt) ?? q.prompt);
  if (!tf && !statement.includes("____")) return null;
  const key = /^(\d{1,3})$/.exec(tf ? (explainedFigures(q.answerText)?.rightCanon ?? "") : digitised(answerForms(q)[0] ?? "").trim())?.[1];
  if (!key) return null;
  for (const m of statement.matchAll(/(?<=[\p{L}\d,'’]\s+)(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}'’-])/gu)) {
    if (spelledValue(m[1] ?? "") !== Number(key)) continue;
    const name = /(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+(?:the\s+)?)?)*$/u.exec(statement.slice(0, m.index))?.[0] ?? "";
    const tail = /^(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(statement.slice(m.index + m[0].length))?.[0] ?? "";
    return `The name “${(name + m[0] + tail).trim()}” in the stem spells out the answer (${key}).`;
  }
  return null;
}

// "For a delivery firm making ten trips a day, …", "If you earn £30,000 a year, …", "Take a driver
// who crosses twice a day: …": a case a speaker makes up to illustrate a point, opening a sentence,
// a quotation or a clause.
const HYPOTHETICAL_OPENER = /(?:^|[“"‘(]\s*|[.;:!?]\s+|,\s+)((?:for\s+(?:a|an|any)|if\s+(?:you|someone|your)|imagine|take\s+(?:a|an)|say\s+(?:a|an))\s)/gi;

/** The hypothetical clause of `text` that holds `figure` (up to its first comma, colon or dash), or undefined. */
/** The words that call a blank's value what such a value usually is ("____ points, the maximum",
 *  "a perfect ____", "out of a possible ____"), or undefined. */
export function valueNamed(stem: string): string | undefined {
  const after = /____(?:\s*%|\s+[a-z-]+){0,2},?\s+(?:(?:the|a|which is the|which was the)\s+)?(maximum(?:\s+possible)?|highest possible|most possible|top mark|full marks|perfect score)\b/i.exec(stem)?.[1];
  const before = /\b(a perfect|full marks of|the maximum of|the highest possible|out of a possible)\s+____/i.exec(stem)?.[1];
  return after ?? before;
}

// "the pension of a worker who is 30 today", "anyone who is 50 now": a person picked by an age in
// the present, with no name, is any such person, a case made to illustrate, not someone the story is about.
const GENERIC_AGE = String.raw`\b(?:a|an|any|every|someone|anyone|somebody|anybody|people|those)(?:\s+[a-z-]+){0,3}?\s+who\s+(?:is|are)\s+(?:now\s+)?FIGURE(?:\s+years?\s+old)?\s+(?:today|now)\b`;

export function hypotheticalClause(text: string, figure: string): string | undefined {
  const generic = new RegExp(GENERIC_AGE.replace("FIGURE", figure === "____" ? "____" : String.raw`(?<![\p{L}\d])${escapeRegExp(figure)}(?![\p{L}\d])`), "iu").exec(text);
  if (generic) return generic[0];
  for (const m of text.matchAll(HYPOTHETICAL_OPENER)) {
    const start = m.index + m[0].length - (m[1] ?? "").length;
    const rest = text.slice(start);
    const clause = rest.slice(0, /[,:;—–]/.exec(rest)?.index ?? rest.length).trim();
    // "For a total of 40 days", "for a third year": a span or a tally, not a made-up case.
    if (/^for\s+(?:a|an|any)\s+(?:total|period|while|time|record|further|second|third|fourth|fifth|sixth|year|month|week|day|decade)\b/i.test(clause)) continue;
    const found = figure === "____" ? clause.includes("____") : new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(figure)}(?![\p{L}\d])`, "iu").test(clause);
    if (found) return clause;
  }
  return undefined;
}

/** The counts of `sentence` without the one a false statement changed: "Four of the six …; the
 *  remaining three" tests the first "three" only, and the second one (6 − 3) still gives it away.
 *  Where the changed spot is not found, every count of the tested value is left out, as before. */
function othersThanTested(sentence: string, statement: string, n: number): { value: number; index: number; other?: boolean }[] {
  const counts = countsIn(sentence);
  const same = counts.filter((c) => c.value === n);
  if (same.length < 2) return counts;
  const said = statement.replace(/\s+/g, " ").trim();
  // Where the two part: read back from the common end, else on from a common start.
  let k = 0;
  while (k < said.length && k < sentence.length && sentence[sentence.length - 1 - k] === said[said.length - 1 - k]) k++;
  let tested: { value: number; index: number } | undefined;
  if (k >= 20 && k < said.length) {
    const end = sentence.length - k;
    tested = [...same].reverse().find((c) => c.index < end && end - c.index <= 12);
  } else {
    const off = said.length >= 20 ? sentence.indexOf(said.slice(0, 20)) : -1;
    let i = 0;
    while (off >= 0 && off + i < sentence.length && i < said.length && sentence[off + i] === said[i]) i++;
    const at = off + i;
    if (off >= 0 && i < said.length) tested = [...same].reverse().find((c) => c.index <= at && at - c.index < 12);
  }
  if (!tested) return counts;
  // The others of the tested value now count as figures of their own.
  return counts.filter((c) => c !== tested).map((c) => (c.value === n ? { ...c, other: true } : c));
}

const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };

// "operates two mines and is developing a third", "has three children and is expecting a fourth":
// "a" or "another" before the next ordinal is one more of what was counted. (Not a fraction: "a
// third of the budget", nor a compound: "a third-quarter loss".)
const ONE_MORE = new RegExp(String.raw`(?:(?<![\d.,])\b(\d+)|\b(${SPELLED_NUMBER})|(____))\s+[a-z][^.;:]{0,80}?\b(?:a|another)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!\s+of\b|-)`, "gi");

// "added a fourth wing to link the three existing ones", "a fifth member joined the other four":
// the same with the ordinal first and the count of those already there after it.
const ALREADY = "(?:existing|other|remaining|original|older|current|previous|earlier|first)";
const ONE_MORE_FIRST = new RegExp(String.raw`\b(?:a|another)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!\s+of\b|-)[^.;:]{0,80}?\bthe\s+(${ALREADY}\s+)?(?:(?<![\d.,])(\d+)\b|(${SPELLED_NUMBER})\b|(____))(\s+${ALREADY}\b)?`, "gi");

/** "whose two earlier landers crashed, plans a third attempt": n earlier tries beside the
 *  (n + 1)th, so either follows from the other. The words that say so, or null. A blank before
 *  "earlier" stands for n. */
export function nextOrdinal(text: string, n: number): string | null {
  const before = new RegExp(String.raw`(?:(?<![\d.,])\b(\d+)|\b(${SPELLED_NUMBER})|(____))\s+(?:[a-z-]+\s+)?(?:earlier|previous|prior|past|failed|unsuccessful)\b`, "gi");
  for (const m of text.matchAll(before)) {
    const said = m[1] ? Number(m[1]) : m[2] ? spelledValue(m[2]) : n;
    if (said !== n) continue;
    for (const o of text.matchAll(/\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(\d+)(?:st|nd|rd|th))\b/gi)) {
      const k = o[2] ? Number(o[2]) : ORDINAL_WORDS[o[1]!.toLowerCase()];
      if (k === n + 1) return `${m[0]} … ${o[0]}`;
    }
  }
  for (const m of text.matchAll(ONE_MORE)) {
    const said = m[1] ? Number(m[1]) : m[2] ? spelledValue(m[2]) : n;
    if (said === n && ORDINAL_WORDS[m[4]!.toLowerCase()] === n + 1) return m[0];
  }
  for (const m of text.matchAll(ONE_MORE_FIRST)) {
    if (!m[2] && !m[6]) continue;
    const said = m[3] ? Number(m[3]) : m[4] ? spelledValue(m[4]) : n;
    if (said === n && ORDINAL_WORDS[m[1]!.toLowerCase()] === n + 1) return m[0];
  }
  return null;
}

/** Whether `n` is the sum or the difference of two of `counts` (each used once), or the sum of
 *  three, when the text sets counts against each other ("five of the seven … while two", "six short
 *  of 58"); three parts only when none counts another noun than `noun`, the whole's. */
export function sumOrDifference(n: number, counts: { value: number; index: number; other?: boolean; noun?: string }[], text: string, noun?: string): string | null {
  if (!Number.isInteger(n) || n < 2 || !PART_RELATION.test(text)) return null;
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      const [a, b] = [counts[i]!.value, counts[j]!.value];
      // (A second mention of the tested value is a figure of its own: "the remaining three".)
      if ((a === n && !counts[i]!.other) || (b === n && !counts[j]!.other)) continue;
      if (a + b === n) return `${a} + ${b}`;
      if (Math.abs(a - b) === n) return `${Math.max(a, b)} − ${Math.min(a, b)}`;
    }
  }
  // "Of 480 votes, 301 were against, 170 in favour and nine spoiled": a whole that three parts make.
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      for (let k = j + 1; k < counts.length; k++) {
        const [a, b, c] = [counts[i]!.value, counts[j]!.value, counts[k]!.value];
        // (Three parts of a whole count what it counts: "two for 97" and "19 overs" make no 118
        // wickets, though they add up to it.)
        if (noun && [counts[i]!, counts[j]!, counts[k]!].some((x) => x.noun !== undefined && x.noun !== noun)) continue;
        if (a !== n && b !== n && c !== n && a + b + c === n) return `${a} + ${b} + ${c}`;
      }
    }
  }
  // "Of the 52 …, 31 fell. Only nine rose, and the remaining ____ stayed": a whole less two parts.
  for (const w of counts) {
    for (let i = 0; i < counts.length; i++) {
      for (let j = i + 1; j < counts.length; j++) {
        const [a, b] = [counts[i]!, counts[j]!];
        if (a === w || b === w || a.value === n || b.value === n) continue;
        if (a.value + b.value + n === w.value) return `${w.value} − ${a.value} − ${b.value}`;
      }
    }
  }
  return null;
}

const WHOLE_COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${SPELLED_NUMBER})\b(?![.,]\d|-|\s*(?:%|percent\b|per cent\b|thousand\b|million\b|billion\b|trillion\b))`;
// (… and a whole owned by a name: "38 of the assembly's 21 seats", or a run of games: "lost
// three of their final 2 games".)
const PART_OF_WHOLE = new RegExp(String.raw`(?<![\d.,$€£¥₩])\b${WHOLE_COUNT}\s+(?:[a-z-]+\s+)?(?:out\s+of|of)\s+(?:(?:the|its|their|his|her|all|total|top|last|final|first|past|previous|opening|remaining)\s+){0,2}(?:[A-Za-z-]+['’]s?\s+)?${WHOLE_COUNT}`, "gi");
const FRONTED_WHOLE = new RegExp(String.raw`^(?:…\s*)?(?:Of|Out\s+of|Among)\s+(?:(?:the|its|their|all|some|about|around|nearly)\s+){0,2}${WHOLE_COUNT}\s[^,;:]*,\s+(?:(?:about|around|nearly|almost|some|only|just|more than|fewer than|at least)\s+)?${WHOLE_COUNT}`, "i");

const SHARES_AGAINST = /\b(?:on|with)\s+(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)[^.;\d%]{0,60}?\b(?:ahead of|behind|against|versus|vs\.?|trailing)\s[^.;\d%]{0,60}?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/i;

/** The words of `statement` that cannot be true whatever the article says: a part larger than its
 *  whole ("27 of the 18 economists", "Of the 18 economists …, 27 expected"), or a century that has
 *  not come ("a 27th-century painting"); null when there are none. */
export function impossibleFigure(statement: string): string | null {
  // "gusts of 60mph to 60 mph", "between 50mm and 50 mm": a range, or a change, whose two ends are one figure.
  const ends = /\b(?:between\s+)?([$€£¥₩]?\d[\d,]*(?:\.\d+)?)\s?([a-z%]*)\s+(?:to|and)\s+([$€£¥₩]?\d[\d,]*(?:\.\d+)?)\s?([a-z%]*)/gi;
  for (const m of statement.matchAll(ends)) {
    const [low, high] = [m[1]?.replace(/,/g, ""), m[3]?.replace(/,/g, "")];
    const unitsAgree = !m[2] || !m[4] || m[2].toLowerCase() === m[4].toLowerCase();
    const between = /^between\s/i.test(m[0]) || /\bto\b/i.test(m[0]);
    if (between && low && low === high && unitsAgree && (m[2] || m[4])) return m[0];
  }
  for (const m of statement.matchAll(PART_OF_WHOLE)) {
    const [part, whole] = [countValue(m[1] ?? ""), countValue(m[2] ?? "")];
    if (part !== undefined && whole !== undefined && part > whole) return m[0];
  }
  const fronted = FRONTED_WHOLE.exec(statement);
  if (fronted) {
    const [whole, part] = [countValue(fronted[1] ?? ""), countValue(fronted[2] ?? "")];
    if (part !== undefined && whole !== undefined && part > whole) return fronted[0].replace(/^(?:…\s*)?/, "");
  }
  // "About 740 fires were burning, 825 of them out of control": a part of "them" larger than the count before.
  const ofThem = new RegExp(String.raw`(?<![\d.,$€£¥₩])\b${WHOLE_COUNT}\s+[a-z][^,.;:]{0,80},\s+(?:(?:about|some|nearly|almost|only|just|around|roughly)\s+)?${WHOLE_COUNT}\s+of\s+(?:them|those|these|which|whom)\b`, "i").exec(statement);
  if (ofThem) {
    const [whole, part] = [countValue(ofThem[1] ?? ""), countValue(ofThem[2] ?? "")];
    if (part !== undefined && whole !== undefined && part > whole) return ofThem[0];
  }
  // "rose to 11th, the first … to reach the top ten": a rank the sentence puts in the top N.
  const top = new RegExp(String.raw`\b(\d{1,3})(?:st|nd|rd|th)\b[^.;]{0,80}?\b(?:reach|reached|reaches|in|into|inside|within|among|enter|entered|make|made)\s+the\s+top\s+(\d{1,3}|${SPELLED_NUMBER})\b`, "i").exec(statement);
  const topN = top ? countValue(top[2] ?? "") : undefined;
  if (top && topN !== undefined && Number(top[1]) > topN && !/\b(?:outside|out of|missed|miss|not|never|failed|fail|without)\b/i.test(top[0])) return top[0];
  // "open eight days a week", "25 hours a day": more than the calendar has.
  for (const m of statement.matchAll(new RegExp(String.raw`\b(\d{1,3}|${SPELLED_NUMBER})\s+(days?\s+(?:a|per|each)\s+week|hours?\s+(?:a|per|each)\s+day|months?\s+(?:a|per|each)\s+year|days?\s+(?:a|per|each)\s+year|minutes?\s+(?:an|per|each)\s+hour)\b`, "gi"))) {
    const n = countValue(m[1] ?? "");
    const most = /week/i.test(m[2] ?? "") ? 7 : /hours?\s+\S+\s+day/i.test(m[2] ?? "") ? 24 : /months?/i.test(m[2] ?? "") ? 12 : /minutes?/i.test(m[2] ?? "") ? 60 : 366;
    if (n !== undefined && n > most) return m[0];
  }
  // "passed by 5 votes to 6", "rejected by a vote of 4-4": a tally names the larger side first,
  // whichever way the vote went, so a first figure no larger than the second is no result a vote gives.
  for (const m of statement.matchAll(new RegExp(String.raw`\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?(\d{1,4}|${SPELLED_NUMBER})(?:\s+votes?)?\s*(?:to|-|–)\s*(\d{1,4}|${SPELLED_NUMBER})\b(?!\s*(?:%|percent|per cent))`, "gi"))) {
    if (!/\bvotes?\b|\bvote\s+of\b/i.test(m[0])) continue;
    const [first, second] = [countValue(m[1] ?? ""), countValue(m[2] ?? "")];
    if (first !== undefined && second !== undefined && first <= second) return m[0];
  }
  // "the Reds on 81 percent, ahead of the Blues on 25 percent": two shares of one vote set
  // against each other that add up to more than the whole.
  const shares = SHARES_AGAINST.exec(statement);
  if (shares && Number(shares[1]) + Number(shares[2]) > 100) return shares[0];
  const century = /\b(\d{1,3})(?:st|nd|rd|th)[\s-]+century\b/i.exec(statement);
  return century && Number(century[1]) > LATEST_CENTURY ? century[0] : null;
}

// Verbs every sentence may share, which say nothing of what happened.
const LIGHT_VERBS = new Set(["be", "have", "do", "say", "tell", "add", "report", "show", "give", "get", "make", "take", "include"]);
// Words after a figure that are its unit or scale, not the things it counts.
const UNIT_AFTER = /^(?:percent|per|cent|points?|percentage|million|billion|trillion|thousand|hundred|times?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|degrees?|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|tonnes?|tons?|kg|euros?|dollars?|pounds?|yen|won|and|to|or|of|in|on|at|from|by|for|than|with)$/i;
function contentVerbs(text: string): Set<string> {
  try {
    const verbs = (nlp(text).verbs().json() as Array<{ verb?: { infinitive?: string } }>).map((v) => (v.verb?.infinitive ?? "").toLowerCase());
    return new Set(verbs.filter((v) => v && !LIGHT_VERBS.has(v)));
  } catch {
    return new Set();
  }
}

/** The other sentence of the article where the false figure `wrong` counts the same noun as it does
 *  in `statement` ("70 people") after a verb the statement shares ("killed" / "killing"); the
 *  figure and its noun as written there, or null. */
export function sameCountElsewhere(statement: string, wrong: string, own: string, sentences: string[]): string | null {
  const digits = /^\d[\d,]*(?:\.\d+)?$/.exec(wrong.trim())?.[0];
  if (!digits) return null;
  const noun = new RegExp(String.raw`(?<![\d.,$€£¥₩])${escapeRegExp(digits)}\s+([a-z]{3,})\b`).exec(statement)?.[1];
  if (!noun || UNIT_AFTER.test(noun)) return null;
  const verbs = contentVerbs(statement);
  if (verbs.size === 0) return null;
  const same = new RegExp(String.raw`(?<![\d.,$€£¥₩])${escapeRegExp(digits)}\s+${escapeRegExp(noun)}\b`, "i");
  for (const s of sentences) {
    if (s === own || !same.test(s)) continue;
    if ([...contentVerbs(s)].some((v) => verbs.has(v))) return same.exec(s)?.[0] ?? null;
  }
  return null;
}

/** The regular plural of a noun ("bank" → "banks", "treaty" → "treaties", "tax" → "taxes"). */
const pluralOf = (noun: string) => (/y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`);

// Per article: whether each noun is one of several it counts and names.
let severalMemo: { text: string; nouns: Map<string, boolean> } = { text: "", nouns: new Map() };
// ("the bloc in 2024" is still the bloc: "in" a year places it in time, not among others.)
/** A word that is no name when it opens a sentence ("Whole", "Most", "Several", "Local"). */
function ordinaryWord(word: string): boolean {
  try {
    return nlp(word.toLowerCase()).has("(#Adjective|#Determiner|#Adverb|#Preposition|#Conjunction|#Pronoun|#Value|#Verb)");
  } catch {
    return false;
  }
}

/** "The plant would lift the mine's capacity …" where the article runs "three mines": a singular
 *  "the …" for one of several things the article counts, so the statement does not say which. The
 *  noun, or null. (A thing the article has one of, "the resolution", is the article's own.) */
function oneOfSeveral(statement: string, ctx: CriticContext): string | null {
  const plain = statement.replace(/"[^"]*"|“[^”]*”/g, " ");
  for (const m of plain.matchAll(/\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})(?:['’]s)?\b(?!\s+(?:of|at|on|for|from|called|named)\b|\s+in\b(?!\s+(?:\d{4}|____)\b)|\s+\p{Lu})/gu)) {
    const noun = m[1] ?? "";
    if (/(?:s|ss)$/.test(noun) && !/ss$/.test(noun)) continue;
    const plural = pluralOf(noun);
    if (TIME_NOUN.test(noun)) continue;
    if (severalMemo.text !== ctx.text) severalMemo = { text: ctx.text, nouns: new Map() };
    const known = severalMemo.nouns.get(noun);
    if (known !== undefined) {
      if (known) return noun;
      continue;
    }
    // ("three more landers by 2032", "two further plants": a count of others still to come,
    // besides the one the story is about, leaves "the lander" that one.)
    const counted = new RegExp(String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d{2,})\s+(?!(?:more|further|additional)\s)(?:[a-z-]+\s+){0,3}?${escapeRegExp(plural)}\b`, "i");
    // … and tells them apart by name ("the Quebrada and Los Pinos mines", "the Arne plant"): "the
    // bank" of a story about a central bank is not one of the country's "11 commercial banks".
    // (A sentence's opening word is capitalised whatever it is: "Whole reef flats turned white" names no reef.)
    // (… its noun capitalised as part of the name too: "the Homeland Party", "the Tarn Plant".)
    const nounCased = `[${noun[0]}${noun[0]?.toUpperCase()}]${escapeRegExp(noun.slice(1))}`;
    const named = new RegExp(String.raw`(?:^|(.{0,3}))\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Each|Every|Both|All|No|One|Two|Three)\s)(\p{Lu}[\p{L}'’-]+)\s+(?:${nounCased}|${escapeRegExp(plural)})\b`, "gu");
    const byName = [...ctx.text.matchAll(named)].some((n) => !(n.index === 0 || /(?:[.!?]["”’]?\s+|["“‘]|\n\s*)$/.test(n[1] ?? "")) || !ordinaryWord(n[2] ?? ""));
    // (… or by a title in quotation marks after the noun: the horror film "Night Tide".)
    const byTitle = new RegExp(String.raw`\b${escapeRegExp(noun)}\s+["“]\p{Lu}`, "iu").test(ctx.text);
    const several = counted.test(ctx.text) && (byName || byTitle);
    severalMemo.nouns.set(noun, several);
    if (several) return noun;
  }
  return null;
}

/** "the 27-year-old" standing for a person no name beside it gives, or null. */
function ageEpithet(text: string): string | null {
  const m = new RegExp(String.raw`\b[Tt]he\s+(?:\d{1,3}|____|${SPELLED_NUMBER})[-\s]year[-\s]old\b(?!\s+\p{Lu})(?![-\s]+(?:record|rule|law|ban|tradition|company|firm|club|building|bridge|house|tree|race|event|festival|contest|game|league|school|business|brand|plant|mine|car|ship|system|policy|scheme|programme|program|treaty|agreement|pact)\b)`, "u").exec(text);
  if (!m) return null;
  if (/\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(0, m.index))) return null;
  return m[0];
}

// Words a sentence before may use for the change "the reduction", "the rise" … names.
const CHANGE_KIN: Record<string, string> = {
  reduction: "reduc|cut|lower|shorten", cut: "cut|reduc|lower|shorten", increase: "increas|rais|rise|hike", rise: "rise|rais|increas|hike", hike: "hike|rais|increas|rise",
  change: "chang|reform|measure|plan|rule", reform: "reform|chang|measure|plan|law|bill", closure: "clos|shut", shutdown: "shut|clos", extension: "extend|extension", expansion: "expan",
};

// "the Dane", "the Slovenian", "the Briton": a person named by a nationality, standing for a name, as
// the subject of a verb or set off by a comma ("the Spanish club", "the Australian dollar" are a
// nationality's thing; "the Indian Ocean" a name).
const DEMONYM = String.raw`(?:\p{Lu}\p{Ll}+(?:ian|an|ese|ish|ch|i)|Dane|Swede|Finn|Pole|Briton|Brit|Scot|Swiss|Dutchman|Dutchwoman|Frenchman|Frenchwoman|Englishman|Englishwoman|Irishman|Irishwoman|Welshman|Czech|Greek|Thai|Turk|Serb|Croat|Slovak|Spaniard|Kiwi|Aussie|Basque|Catalan)`;
const NATIONAL_EPITHET = new RegExp(String.raw`\b[Tt]he\s+(${DEMONYM})(?![\p{L}-])(?=\s*,|\s+(?:who|whose|has|had|was|is|could|would|will|can|did|said|says|told|added|won|wins|took|takes|finished|attacked|lost|beat|claimed|became|made|set|scored|\p{Ll}+ed)\b)`, "u");

function nationalEpithet(text: string): string | null {
  const m = NATIONAL_EPITHET.exec(text);
  // ("Ana Ruiz, the Spaniard, …": the name before it says who.)
  if (!m || /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(0, m.index))) return null;
  return m[0];
}

/** A true/false statement, its explanation's figures, and where the figure it tests (the article's,
 *  or the one swapped in) stands in it. */
function statementFigure(q: DraftQuestion & { type: "true_false" }) {
  const statement = assertedStatement(q.prompt) ?? "";
  const said = explainedFigures(q.answerText);
  if (!said) return { statement, said, place: null };
  const shown = q.answer ? said.right : (said.wrong ?? said.right);
  const place = figureIn(statement, shown) ?? figureIn(statement, q.answer ? said.rightCanon : (said.wrongCanon ?? said.rightCanon));
  return { statement, said, place };
}

/** `“…,” said Ana Ruiz,`: a quotation's close, a verb of saying and the speaker's name, then a comma. */
const SAID_BY_NAME = String.raw`[”"’],?\s+(?:said|says|added|told\s+\S+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,`;

// A paragraph of an interview transcript opens with its turn's label ("Q: …", "A: …",
// "**Q:** …", "Question: …"): every sentence of it is the words of the interviewer or of the one
// interviewed, never the article's own claim, and the label is gone from the sentence itself.
// (An answer quoted under the name of the one the introduction says was interviewed is theirs:
// ../interview.ts.)
function interviewTurn(q: DraftQuestion, ctx: CriticContext): boolean {
  return turnOf(q, ctx) !== null && !namesInterviewee(q, ctx);
}

/** Whether `text` opens with a verb in the past tense or an auxiliary ("Came back …", "Was
 *  treated …", "Has lost …"): a clause that starts so has no subject of its own. (A present-tense
 *  reading is left out: "Record numbers attended", "Cut flowers sold" open with nouns.) */
function opensWithVerb(text: string): boolean {
  try {
    const first = (nlp(text).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    return first.includes("Verb") && (first.includes("PastTense") || first.includes("Auxiliary") || first.includes("Copula")) && !first.includes("Noun");
  } catch {
    return false;
  }
}

export const CHECKS: Check[] = [
  {
    code: "cut_stem",
    about: "a stem, statement or option cut off mid-sentence (…)",
    run(q) {
      const pieces = [q.prompt, ...choiceTexts(q), ...(q.type === "matching" ? q.prompts : [])];
      if (pieces.some((p) => p.includes("…") || p.includes("..."))) return "Part of the text is cut off (…), so a student may not have enough context to answer.";
      // A statement re-capitalised after a cut ("Census report reveals …" from "The latest census
      // report reveals …") hides its ellipsis: find it in the source and look at what precedes it.
      const statement = quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null);
      if (!statement) return null;
      const body = statement.trim().replace(/[.]$/, "");
      const parts = body
        // A swapped figure may be written in words ("injuring seven" for "injuring six").
        .split(new RegExp(String.raw`(____|\d[\d.,]*(?:\s?(?:%|percent\b|per cent\b|thousand\b|million\b|billion\b|trillion\b|bn\b|mn\b))?|\b${SPELLED_NUMBER}\b)`, "i"));
      // A statement that opens with a figure ("2032 Olympic Games in Brisbane has risen …" cut from
      // "The cost of venues for the 2032 …") starts at that figure, one token, not 40 characters before.
      const pattern = parts.map((part, i) => (i % 2 === 1 ? (i === 1 && parts[0] === "" ? String.raw`(?<![\w.,])\S{1,40}?` : ".{1,40}?") : loose(part))).join("");
      const at = new RegExp(pattern, "i").exec(q.source.sentence)?.index;
      if (at === undefined || at === 0) return null;
      const before = q.source.sentence.slice(0, at);
      // A dateline left out ("HANOI, July 9 - ") is not part of the claim.
      const dateline = datelineOf(q.source.sentence);
      if (dateline && before.trim().length <= dateline.trim().length) return null;
      // "Ana Ruiz, said the plan …" cut from "The minister for water, Ana Ruiz, said …": a comma
      // after an opening phrase is fine, but one that closes an apposition leaves it half cut.
      if (/,\s*$/.test(before) && /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*,\s+(?:said|says|told|tells|added|adds|warned|announced|insisted|argued|noted|stressed|wrote|claimed|confirmed|explained|predicted|promised|is|was|has|had|will|would)\b/u.test(body)) {
        return "The statement starts in the middle of the article's sentence, so it is missing part of what the article says.";
      }
      // "Came back from two sets down …" cut from "Sinner saved two points and came back …": a piece
      // that opens with a verb in the past (or "was", "has", "will") is a second verb of the
      // sentence's subject, after "and", a comma or "which", and has no subject of its own. (The
      // article writes that verb in lower case: "Fed officials raised …" opens with a name.)
      if (/^[a-z]/.test(q.source.sentence.slice(at)) && opensWithVerb(body)) {
        return "The statement starts in the middle of the article's sentence, with a verb whose subject was left out.";
      }
      return /(?:[,;:—–(“"]|\b(?:that|and|but|while|because|as|when|after|before|although|said|says|added|noted|reported|estimated|forecast|predicted|expects?)\b)\s*$/i.test(before)
        ? null
        : "The statement starts in the middle of the article's sentence, so it is missing part of what the article says.";
    },
  },
  {
    code: "dateline",
    about: "a statement that opens with the story's dateline (“HANOI, July 9 - …”)",
    run(q) {
      const s = (quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null) ?? "").trim();
      return s && datelineOf(s) ? "The statement starts with the dateline (where and when the story was filed), which is not part of what the article claims." : null;
    },
  },
  {
    code: "pronoun_stem",
    about: "a statement that opens with a pronoun, or a stem about “them”/“it”, with no antecedent",
    run(q, ctx) {
      const s = statementOf(q).trim();
      // A statement that is itself a quotation ("“We will open …”") opens with its first word.
      const unquoted = s.replace(/^(?:…\s*)?["“‘']+/, "");
      const lead = PRONOUN_START.exec(unquoted)?.[1] ?? FRONTED_PRONOUN.exec(unquoted)?.[1];
      // "“I am pleased …,” said the minister": a first person inside a quote whose speaker the statement names.
      // ("… week,” chief executive Ana Lima told reporters." names the speaker before the verb.)
      const attributed = /^(?:i|we|you|our|my)$/i.test(lead ?? "") && QUOTE_THEN_SPEAKER.test(q.prompt);
      if (lead && !attributed) return `The statement starts with “${lead}”, and the question never says who or what that is.`;
      // "Within them, 41 other farms must …": an opening phrase whose object is only a pronoun.
      const opening = /^(?:…\s*)?(?:Within|Among|Amongst|Between|Of|From|Inside|Across|Around|Beyond|Despite|Like|Unlike|Besides|Apart from|Along with|Behind|Under|Over|To|For|With|Without|In|On|At)\s+(them|it|those|these|him|her)\s*,/i.exec(unquoted)?.[1];
      if (opening) return `The statement opens with “${opening}”, and the question never says who or what that is.`;
      // "Most will go to local people", "Many were never found": a quantifier standing alone for
      // a subject counts part of something an earlier sentence names.
      // ("Most complained about traffic", "Some said …": a past-tense verb the same.)
      // ("Many cannot afford seed", "Most still rent", "Some never returned": a negated or
      // modal verb, or an adverb before the verb, the same.)
      const part = /^(Most|Many|Some|All|None|Few|Several|Half|Others)\s+(?:(?:also|still|now|never|already|often|rarely|no longer|then|later)\s+)?(?:will|would|are|were|is|was|have|had|has|can|could|may|might|must|should|shall|cannot|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|don['’]t|didn['’]t|do|did|need|lack|live|own|rent|work|earn|face|remain|went|go|goes|said|say|says|told|felt|thought|[a-z]{3,}ed)\b/.exec(unquoted)?.[1];
      if (part) return `The statement starts with “${part}”, and the question never says ${part === "Others" ? "other than what" : "of what"}.`;
      // "Trains brought it down from the valleys": "it" or "them" as the object of a plural subject
      // that opens the statement stands for something only an earlier sentence names.
      const object = /^(?:…\s*)?[A-Z][a-z]+s\s+(?:[a-z]+ed|brought|took|sent|sold|bought|made|kept|put|carried|moved|shipped|used|found|got|gave|left|held)\s+(it|them)\b/.exec(unquoted)?.[1];
      if (object) return `The statement says “${object}”, and the question never says what that is.`;
      // "Restoring it took 3,000 hours": a gerund subject whose object is only "it" or "them".
      const gerundObject = /^(?:…\s*)?[A-Z][a-z]+ing\s+(it|them)\b/.exec(unquoted)?.[1];
      if (gerundObject) return `The statement's subject is done to “${gerundObject}”, and the question never says what that is.`;
      // "The companies expect it to close in 2027": "it" or "them" between a short subject's verb of
      // expecting (wanting, allowing …) and "to" is what the sentence is about, named only before it.
      const expected = /^(?:…\s*)?(?:The|Both|Its|Their|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?\s+(?:expects?|expected|wants?|wanted|needs?|needed|allows?|allowed|requires?|required|forces?|forced|helps?|helped|urges?|urged|asks?|asked|believes?|believed|considers?|considered|estimates?|estimated|forecasts?|predicts?|predicted)\s+(it|them)\s+to\b/.exec(unquoted)?.[1];
      if (expected) return `The statement says “${expected}”, and the question never says what that is.`;
      // "Both finished with fewer than 30 points": "both" (or "neither") for a subject, right
      // before its verb, counts two things only the sentence before names.
      const pair = /^(Both|Neither)(?:\s+of\s+them)?\s+(?:are|were|is|was|have|has|had|will|would|could|can|may|did|do|does|[a-z]+ed|won|lost|got|made|took|went|came|fell|rose|grew|held|said|say|remain|remains|face|faces|play|plays)\b/.exec(unquoted)?.[1];
      if (pair) return `The statement starts with “${pair}”, and the question never says which two.`;
      // "Each faces up to 20 years in prison": "each" (or "either") for a subject, right before its
      // verb, is one of a group only the sentence before names ("Each year …" names its own).
      const member = /^(Each|Either)(?:\s+of\s+(?:them|these|those|the\s+two|the\s+three))?\s+(?:(?:also|still|now|then|later|could|would|will|may|might|must|can)\s+)?(?:is|was|has|had|will|would|could|can|may|might|must|should|did|does|faces|face|gets|got|receives|received|won|lost|made|took|paid|pays|owns|holds|held|serves|served|earns|earned|carries|carried|[a-z]+ed)\b/.exec(unquoted)?.[1];
      if (member) return `The statement starts with “${member}”, and the question never says ${member === "Each" ? "each of what" : "either of what"}.`;
      // "That would be 6% more than last year's …": "that" for a subject, standing for the sentence before.
      const demonstrative = /^(that)\s+(?:would|was|is|will|has|had|could|may|might|means|meant|makes|made|brings|brought|leaves|left|compares|marks|marked|takes|took|puts|put)\b/i.exec(unquoted)?.[1];
      if (demonstrative) return `The statement starts with “${demonstrative}”, which stands for something an earlier sentence says, and the question never says what.`;
      // "“Women over 40 need checks,” she said.": a quotation whose speaker is only a pronoun.
      const speaker = /[”"’],?\s+(she|he|they)\s+(?:said|says|added|told|asked|wrote|explained|warned|insisted)\b/i.exec(q.prompt)?.[1] ?? /[”"’],?\s+(?:said|says|added)\s+(she|he|they)\b/i.exec(q.prompt)?.[1];
      if (speaker && !speakerInLead(s, speaker)) return `The quotation is given to “${speaker}”, and the question never says who that is.`;
      // "Repairs will take six more weeks, it said.": reported words given to a pronoun that
      // nothing in the statement can stand for (no name in it, no "the agency" opening it).
      const reporter = REPORTED_BY_PRONOUN.exec(unquoted);
      if (reporter?.[1] && !pronounHasAntecedent(unquoted.slice(0, reporter.index), reporter[1], ctx.text)) {
        return `The statement is given to “${reporter[1]}”, and the question never says who that is.`;
      }
      // "Officials said they could sign …": a group named only by its role reports what "they" will
      // do, and "they" may as well be a group the sentence before named.
      // ("Officials hope it will take effect in 2027": "it" cannot be the officials at all.)
      const reported = /^(?:[A-Z][a-z]+(?<!s)s)\s+(?:said|says|say|added|told\s+[a-z]+|hoped?|hopes|expect(?:s|ed)?|believe[sd]?|fear(?:s|ed)?|warned|warn)\s+(?:that\s+)?(they|them|it)\b/.exec(unquoted)?.[1];
      if (reported) return `The statement says “${reported}” after a report by a group named only by its role, and the question never says ${reported === "it" ? "what “it” is" : `who “${reported}” are`}.`;
      // The checks below read a statement the question asserts or quotes, not a wh-question's stem.
      const assertsStatement = q.type === "true_false" || Boolean(quotedStatement(q.prompt));
      // "Shares in its parent company fell …": a possessive in the subject points back just the same.
      const owner = assertsStatement ? /^(?:…\s*)?(?:[A-Z][\p{L}'’-]*|[a-z]+)(?:\s+(?:in|of|at|for|from))?\s+(its|their|his|her)\s/u.exec(s)?.[1] : undefined;
      // "At its peak, 1,200 firefighters were fighting the fire": "its" in a fronted phrase of time
      // points forward to the one thing the clause names after it.
      const forward = owner === "its" && /^(?:…\s*)?(?:At|By|Near|Since|From)\s+its\s+(?:peak|height|highest|lowest|worst|busiest|start|outset|opening|launch)\s*,\s/.test(s) &&
        /\bthe\s+(?:[a-z-]+\s+)?[a-z-]+(?<!s)\b(?!\s+of\b)/.test(s.slice(s.indexOf(",") + 1));
      if (owner && !forward) return `The statement's subject says “${owner}”, and the question never says whose.`;
      // "Cracks in two of its supports had been reported …": the same, one part of the owner's down.
      const partOwner = assertsStatement
        ? /^(?:…\s*)?[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:in|on|at|to|of|from|for)\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|several|each|any|none|both|\d+|____)\s+of\s+)(its|their|his|her)\s/.exec(s)?.[1]
        : undefined;
      if (partOwner) return `The statement's subject says “${partOwner}”, and the question never says whose.`;
      // "The car park at its foot has 350 spaces": a thing placed at the foot, the edge or the
      // heart of "its" is not that thing itself, so "its" is something an earlier sentence names.
      const placed = assertsStatement
        ? /^(?:…\s*)?The\s+(?:[a-z-]+\s+){0,3}(?:at|near|beside|below|above|beneath|under|on|outside|inside|around|by|off|along)\s+(its|their)\s+(?:foot|feet|base|top|summit|peak|edge|edges|entrance|centre|center|heart|mouth|side|sides|banks?|shores?|end|gates?|doors?|doorstep|borders?|coast|rim|foothills|approach|outskirts)\b/.exec(s)?.[1]
        : undefined;
      if (placed) return `The statement's subject is placed by “${placed}”, and the question never says whose.`;
      // "Seven of the 20 fastest races have been run on its streets": "its" later in a statement
      // whose only nouns before it are plural (no name, nothing singular) points outside it.
      const itsAt = assertsStatement ? s.search(/\bits\s/) : -1;
      if (itsAt > 0) {
        const before = s.slice(0, itsAt).replace(/^(?:…\s*)?["“‘']*/, "");
        const pluralSubject = /^(?:[A-Z][a-z]+|\d[\d,]*|____)\s+(?:of\s+(?:the|its|their)\s+)?(?:(?:\d[\d,]*|____)\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+s\b/.test(before);
        // "The agency holds about 300,000 tonnes in its silos": a verb in -s after a singular noun,
        // then a figure or a determiner, says the subject is one thing, which owns "its".
        const singularVerb = /^[Tt]he\s+[a-z-]+(?<!s)\s+[a-z]+s\s+(?:about|around|nearly|almost|some|more|over|up|only|just|the|a|an|\d|____)/.test(before);
        const singular = singularVerb || /\s\p{Lu}/u.test(before) || /\b(?:a|an|this|that|each|every|one)\s/i.test(before) || /\bthe\s+[a-z-]+(?<!s)\s+(?!(?:[a-z-]+s|\d)\b)/.test(before);
        if (pluralSubject && !singular) return "The statement says “its”, but names nothing before it that “its” could belong to.";
      }
      // "Prices fell in nine of the 12 regions it tracks": "it" opening a relative clause, after
      // only plural nouns, is the lender or the agency an earlier sentence names.
      const contact = assertsStatement ? /\b[a-z-]+s\s+(it)\s+(?:[a-z]+s|[a-z]+ed|runs?|owns?|tracks?|covers?|surveys?|serves?|polled)\b/.exec(s) : null;
      if (contact) {
        const before = s.slice(0, contact.index).replace(/^(?:…\s*)?["“‘']*/, "");
        const pluralOpening = /^(?:[A-Z][a-z]+s|[A-Z][a-z]+\s+of\s+the|(?:Some|Most|All|Many|Few)\b|\d[\d,]*|____)/.test(before);
        const singular = /\s\p{Lu}/u.test(before) || /\b(?:a|an|this|that|each|every|one)\s/i.test(before) || /\bthe\s+[a-z-]+(?<!s)\s+(?!(?:[a-z-]+s|\d)\b)/.test(before);
        if (pluralOpening && !singular) return "The statement says “it”, but names nothing before it that “it” could be.";
      }
      // "The institute in Pune was its best entry": a subject that is "its" best, biggest or first
      // cannot own "its" itself, so "its" is something an earlier sentence names.
      const ranked = assertsStatement
        ? /^(?:…\s*)?[^,;:“”"]{2,80}?\s+(?:was|is|were|are|became|becomes|remains|remained|ranks|ranked)\s+(its|their)\s+(?:best|top|biggest|largest|highest|lowest|smallest|worst|leading|main|only|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)|____|last|latest|newest|oldest|busiest|richest|poorest|most\s+[a-z]+|least\s+[a-z]+)\b/.exec(s)
        : null;
      if (ranked?.[1] && !/\s(?:and|but|while|as|after|when|said|says|say|thinks|believes|reported|reports|that)\s/.test(ranked[0])) return `The statement says “${ranked[1]}”, which cannot be its own subject's, and the question never says whose.`;
      // "About 14,200 of its 18,000 members …": a share of a group owned by someone unnamed.
      const shareMatch = assertsStatement
        ? /^(?:…\s*)?(?:[A-Z][^,;“”"]{1,30},\s+)?(?:[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,2}\s+(?:said|says|estimated|estimates|reported)\s+(?:that\s+)?)?(?:(?:only|just|about|around|nearly|almost|some|over|more than|fewer than|less than|at least|up to|roughly|most|many|all|half|none|each|both|a third|a quarter|\d[\d,.]*%?|____%?|percent|per cent|[a-z]+-?(?:thirds|quarters|fifths)|one|two|three|four|five|six|seven|eight|nine|ten)\s+)+of\s+(?:(its|their|his|her)\s|(it|them|those|these)\b)/i.exec(s)
        : null;
      // ("At least 14 people were killed, most of them in landslides": a clause before the comma
      // that counts a plural is what "them" stands for.)
      const countedBefore = assertsStatement && new RegExp(String.raw`\b(?:\d[\d,]*|${SPELLED_NUMBER})\s+(?:[a-z-]+\s+)?(?:people|children|men|women|[a-z-]{2,}s),\s+(?:(?:only|just|about|around|nearly|almost|some|most|many|all|half|none|each|both|at least|more than|\d[\d,.]*%?|____%?|${SPELLED_NUMBER})\s+)+of\s+(?:them|those|these)\b`, "i").test(s);
      // ("The line has 12 stations, ____ of them underground": a count of a plural just before
      // the comma is what "them" stands for.)
      const antecedent = (shareMatch?.[2] && /^(?:them|those|these)$/i.test(shareMatch[2]) &&
        /\b(?:\d[\d,.]*|[Tt]he|[Ss]ome|[Mm]any|[Ss]everal)\s+(?:[a-z-]+\s+)?(?:people|children|men|women|[a-z-]{2,}s)\s+(?:were|are|had|have|was|died|fled|left)\b/.test(shareMatch[0])) ||
        (countedBefore && !shareMatch?.[1]);
      const shareOf = antecedent ? undefined : shareMatch?.slice(1).find(Boolean);
      if (shareOf) return /^(?:it|them|those|these)$/i.test(shareOf) ? `The statement counts part of “${shareOf}”, and the question never says of what.` : `The statement counts part of “${shareOf}” group, and the question never says whose.`;
      // "… will pay less than that.": a comparison with something only the sentence before names.
      const compared = assertsStatement ? /\b(?:than|like)\s+(that|this|those|these|it|them)\s*(?:[.,;!?”]|$)/i.exec(s)?.[1] : undefined;
      if (compared) return `The statement compares with “${compared}”, and the question never says what that is.`;
      const outside = q.prompt.replace(/“[^”]*”/g, "");
      // "Which of these …" points at the options, which is fine.
      // ("among those given a placebo", "for those who …": "those" with a participle or a relative
      // clause says who they are, and points back to nothing.)
      const DESCRIBED = String.raw`(?!\s+(?:who|whom|whose|aged|given|taken|born|seen|chosen|known|held|hit|hurt|caught|left|kept|living|working|using|taking|receiving|[a-z]{3,}ed)\b)`;
      const dangling = new RegExp(String.raw`(?<!\bwhich\s)\b(?:of|for|to|by|among)\s+(them|it|those${DESCRIBED}|these${DESCRIBED})\b`, "i").exec(outside)?.[1];
      if (dangling && !antecedent) return `The question asks about “${dangling}” without saying who or what that is.`;
      // "What percentage of schools now have one?": "one" stands for a noun only the article's
      // sentence before names (a ban, a car, a licence).
      const bareOne = /^According to the article, [^?]*?\b((?:have|has|had|own|owns|owned|use|uses|used|get|gets|got|buy|buys|bought|want|wants|wanted|need|needs|needed|keep|keeps|kept|hold|holds|held|run|runs|ran|build|builds|built|open|opens|opened|introduce|introduced|adopt|adopted|carry|carries|carried)\s+one)\?/i.exec(outside)?.[1];
      if (bareOne) return `The question asks about “${bareOne}” without saying one of what.`;
      // "What percentage of its cargo …?", "In which year did the aircraft join its fleet?": a
      // question of its own wording (no statement quoted) that says "its" never says whose.
      // ("… identified X as their top priority" points back to its own subject and stays.)
      const own = outside.replace(/"[^"]*"/g, "");
      const whose = assertsStatement && !/^True or false\? According to the article, /.test(q.prompt)
        ? undefined
        : /^According to the article, (?:what|how many|how much|which)\b[^?]*?\b(?:of|for|to|by|among|from|in)\s+(its|their)\s+[a-z]/i.exec(own)?.[1] ??
          ASKED_WHOSE.exec(own)?.[1];
      // "Which of these would hurt their farmers?": nothing in the stem can own "their" (the options
      // are what is asked for), so it is someone only the article's sentence names.
      // "In which year was our current system built?": first-person words lifted from a quotation
      // are its speaker's, whom a question of its own wording never names.
      const firstPerson = assertsStatement ? undefined : ASKED_FIRST_PERSON.exec(own)?.[1];
      if (firstPerson) return `The question says “${firstPerson}”, a speaker's word, and never says whose.`;
      const optionsOwn = /^According to the article, which of these\b([^?]*?)\b(its|their)\s+[a-z]/i.exec(own);
      if (!whose && optionsOwn?.[2] && !/\p{Lu}/u.test(optionsOwn[1] ?? "")) return `The question asks about “${optionsOwn[2]}” without saying whose.`;
      return whose ? `The question asks about “${whose}” without saying whose.` : null;
    },
  },
  {
    code: "vague_reference",
    about: "a statement whose subject points back to an earlier sentence (“The deal was to involve …” where the article has two deals)",
    run(q, ctx) {
      const s = (quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null) ?? "").trim();
      // "The remaining 4 percent did not know": what remains of a whole another sentence gave.
      // "Other changes in 2025 compared with …", "Other lenders followed": other than those an
      // earlier sentence named.
      const otherStart = /^(?:…\s*)?(Other\s+[a-z]+s)\b(?![^.;]*\bthan\b)/.exec(s)?.[1];
      // ("Eleven other people were hurt", "About 40 other flights …": the same, counted.)
      const countedOther = new RegExp(String.raw`^(?:…\s*)?((?:(?:About|Some|Nearly|Almost|Around|Roughly)\s+)?(?:\d[\d,]*|____|${SPELLED_NUMBER})\s+other\s+[a-z]+)\b(?![^.;]*\bthan\b)`, "i").exec(s)?.[1];
      if (otherStart ?? countedOther) return `“${otherStart ?? countedOther}” are other than what an earlier sentence names; out of the article the statement does not say what.`;
      const rest = /^(?:…\s*)?The (remaining|rest|other|others)\b/.exec(s)?.[1] ??
        // "The previous record was the £1.8m they paid …": previous to, or the former of, what an earlier sentence names.
        /^(?:…\s*)?The ((?:previous|former|latter|earlier)\s+(?!(?:year|years|month|week|day|season|decade|century|government|administration)\b)[a-z]+)\b(?!\s+of\b)/.exec(s)?.[1];
      if (rest) return `“The ${rest}” refers back to an earlier sentence; out of the article it could mean something else.`;
      // "The gap between the two has widened", "In which year did the pair meet?": "the two" or "the
      // pair" with no noun are people or places only an earlier sentence names (a statement that
      // names them first, "Ann Lee and Raj Patel … the pair", says who).
      const pairText = s || q.prompt.replace(/“[^”]*”|"[^"]*"/g, " ");
      const pair = /\b(?:the|both)\s+(pair|duo|trio|couple|two|three)\b(?![-’'])(?!\s+(?:of\b|men\b|women\b|children\b|people\b|police\b|staff\b|(?!(?:has|was|is|does|agrees|says|plans|wants|remains|seems)\b)[a-z-]+s\b|(?!(?:has|have|had|was|were|will|would|could|can|may|might|must|should|is|are|did|do|also|still|then|now|both|together|each)\b)[a-z-]+\s+[a-z-]+s\b|percent|per cent|%|\d))/iu.exec(pairText);
      // ("the two Koreas", "the three Baltic states": a name after it says who.)
      if (pair?.[1] && !/^\s+\p{Lu}/u.test(pairText.slice(pair.index + pair[0].length)) && namesListed(pairText.slice(0, pair.index)) < 2 && !/\b(?:two|three|\d)\s+[a-z-]+s\b/i.test(pairText.slice(0, pair.index).replace(/^.*\b(?:True or false\?|According to the article,)\s*/, ""))) {
        return `“${pair[0]}” stands for people or things only an earlier sentence names; out of the article the statement does not say who.`;
      }
      // "Revenue tripled last year to €11 million": a company's or a country's measure with no owner
      // ("Revenue at the bank rose", "Sales of cars fell" say whose).
      const owner = /^(?:…\s*)?(Revenue|Revenues|Sales|Turnover|Prices|Profit|Profits|Net profit|Pre-tax profit|Operating profit|Earnings|Income|Losses|Exports|Imports|Output|Production|Yields|Average yields|Spending|Debt|Net debt|Borrowing|Costs|Cash|Wages|Net income)\s+(?:(?:also|then|more than|nearly|almost|roughly|last year|this year)\s+)?(?:(?:have|has|had)\s+(?:(?:also|now|already)\s+)?(?:risen|fallen|grown|gained|lost|climbed|dropped|slid|slipped|surged|soared|plunged|declined|increased|decreased|shrunk|doubled|halved|tripled)\b|rose|fell|grew|tripled|trebled|doubled|halved|jumped|climbed|dropped|slid|slipped|surged|soared|plunged|declined|increased|decreased|shrank|reached|hit|totalled|totaled|came|stood|was|were)\b/.exec(s)?.[1];
      if (owner) return `“${owner}” does not say whose; out of the article the statement could be about anyone's.`;
      // "By what percentage did revenue rise?": a question of its own wording, the same.
      const ownerAsked = s ? undefined : /^(?:According to the article, )?(?:by )?(?:what|how)\b[^?]*?\b(?:did|do|does|will|would|has|have|had|was|were|is|are)\s+(revenue|revenues|sales|turnover|prices|profit|profits|net profit|pre-tax profit|operating profit|earnings|income|losses|exports|imports|output|production|spending|debt|net debt|borrowing|costs|wages|net income)\s+(?:[a-z]+)\s*(?:\?|in\s+(?:the\s+)?(?:first|second|third|fourth|last|latest)\b|last\b|this\b)/i.exec(q.prompt.replace(/“[^”]*”/g, " "))?.[1];
      // "Only 2023, when the peak was 16.96 million, was lower.": a comparison whose other side only
      // the sentence before gives (lower than what?).
      const comparedTo = /\b(?:was|were|is|are|has been|had been|came in|stood)\s+(?:(?:even|much|far|slightly|still)\s+)?((?:lower|higher|bigger|smaller|larger|greater|worse|better|fewer|more|less|cheaper|dearer|warmer|colder|wetter|drier))[.!]?$/i.exec(s);
      if (comparedTo?.[1] && !/\bthan\b/i.test(s)) return `“${comparedTo[1]}” compares with something only an earlier sentence gives; out of the article the statement does not say than what.`;
      if (ownerAsked) return `“${ownerAsked}” does not say whose; out of the article the question could be about anyone's.`;
      // "Analysts had been expecting $3.4 billion.": a forecast whose figure is all the statement
      // gives; what it was a forecast of (which quarter's revenue, which month's inflation) only the
      // sentence before says ("Analysts had expected revenue of $3.4 billion" says it).
      const forecast = FORECAST_ONLY.exec(s);
      if (forecast) return "The statement gives a forecast's figure but not what it is a forecast of; only an earlier sentence says, so out of the article it cannot be checked.";
      if (DEMAND_ONLY.test(s)) return "The statement gives the figure asked for or offered but not what it was (a fine, damages, a pay rise); only an earlier sentence says, so out of the article it cannot be checked.";
      // "Shares of the company fell 13 percent", "By what percentage did shares of the company fall?":
      // the company is named only by an earlier sentence, as when it opens the statement.
      const ofFirm = (s ? /^(?:…\s*)?[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:of|in|at|from)\s+the (company|firm)\b(?!\s+of\b|['’])/.exec(s)?.[1] : undefined) ??
        (s ? undefined : /\b(?:did|was|were|will|has|have|had|does|do|is|are)\s+(?:[a-z]+\s+){1,2}(?:of|in|at|from)\s+the (company|firm)\b(?!\s+of\b|['’])/.exec(q.prompt.replace(/“[^”]*”/g, " "))?.[1]) ??
        // ("By what percentage did the company's shares rise?": its own possessive, the same.)
        (s ? undefined : /\b(?:did|was|were|will|has|have|had|does|do|is|are)\s+the (company|firm)['’]s\s+[a-z]/.exec(q.prompt.replace(/“[^”]*”/g, " "))?.[1]);
      if (ofFirm) return `“the ${ofFirm}” refers back to an earlier sentence; out of the article it could mean something else.`;
      // "… expected to follow before then.": a time only the sentence before gives.
      const then = /\b((?:before|by|until|till|since|after|from) then)\b/i.exec(s)?.[1];
      if (then) return `“${then}” points to a time an earlier sentence gives; out of the article the statement says less.`;
      // "The first engine arrived six minutes later.": counted on from a moment only the sentence
      // before gives (the call, the crash), unless the statement names a time of its own first.
      const countedOn = COUNTED_FROM.exec(s);
      if (countedOn?.[1] && !ANCHOR_TIME.test(s.slice(0, countedOn.index))) return `“${countedOn[1]}” counts from a moment an earlier sentence gives; out of the article the statement does not say from when.`;
      // "To reach that goal it is building …", "Despite that fall, the bank …", "That figure is …":
      // a thing named by a pointing word is what an earlier sentence said. ("This year" is the
      // article's own time, not a pointer back.)
      const pointed = POINTED.exec(s);
      if (pointed?.[1] && pointed[2] && !(/^th(?:is|ese)$/i.test(pointed[1]) && TIME_NOUN.test(pointed[2]))) {
        return `“${pointed[1]} ${pointed[2]}” points back to an earlier sentence; out of the article the statement does not say what it is.`;
      }
      // "… had finished first in that round with 40 percent": a demonstrative after a preposition,
      // later in the first sentence, points back just the same (a sentence before it in the stem
      // would say what it is).
      const firstSentence = s.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "";
      // ("Levels on those roads rose …"; "to those affected", "by those polled" are people, not a
      // pointer.)
      const midPointed = /\b(?:in|at|from|during|since|after|before|over|until|throughout|through|via|despite|with|on|along|across|near|into|onto|under|beyond|around|outside|inside|to|for|by|between)\s+(that|those)\s+(?!(?:it|they|he|she|we|you|the|a|an|there|its|their|his|her|is|was|were|are|of|in|who|which|asked|polled)\b|[a-z-]+(?:ed|ing)\b)([a-z][a-z-]+)\b/i.exec(firstSentence);
      if (midPointed?.[1] && midPointed[2]) return `“${midPointed[1]} ${midPointed[2]}” points back to an earlier sentence; out of the article the statement does not say what it is.`;
      // "The biggest, El Salto, produced …": a superlative or ordinal whose noun is the sentence before's.
      // ("The fourth is due to open in 2031", "The next, for a bank in Turin, is set for May": an
      // ordinal or "next" standing alone before its verb, the same.)
      const elided = /^(?:…\s*)?The ((?:biggest|largest|smallest|newest|oldest|first|second|third|last|latter|former|other|rest|most\s+[a-z]+|least\s+[a-z]+))\s*,/.exec(s)?.[1] ??
        /^(?:…\s*)?The ((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|latest|biggest|largest|smallest|newest|oldest))(?:\s*,|\s+(?:is|was|are|were|will|would|has|had|could|should|must)\b)/.exec(s)?.[1];
      // "A second, of 4.1 billion euros, was cut …", "Another was …": the same with "a" or "another".
      const another = /^(?:…\s*)?(A\s+(?:second|third|fourth|fifth|further)|Another)(?:\s*,|\s+(?:was|is|were|are|had|has|will|would|could|came|went|fell|rose)\b)/.exec(s)?.[1];
      // "The last one, in December, cost …": "one" for a noun only the sentence before gives.
      const theOne = /^(?:…\s*)?The ((?:last|latest|first|previous|next|newest|oldest|biggest|largest|smallest|second|third|final|other|new|old|same|current|original) one)\b(?!-)/.exec(s)?.[1];
      if (theOne) return `“The ${theOne}” stands for a noun only an earlier sentence gives; out of the article the statement does not say one of what.`;
      if (another) return `“${another}” leaves out its noun, which only an earlier sentence gives; out of the article the statement does not say of what.`;
      if (elided) return `“The ${elided}” leaves out its noun, which only an earlier sentence gives; out of the article the statement does not say of what.`;
      // "The first phase is planned to open in 2034": a stage of something only the sentence before names.
      const stage = /^(?:…\s*)?The ((?:first|second|third|fourth|final|last|next|initial|opening|later|new)\s+(?:phase|stage|part|step|round|leg|half|section|tranche|batch|instalment|installment))\b(?!\s+of\b)/.exec(s)?.[1];
      if (stage) return `“The ${stage}” is a stage of something only an earlier sentence names; out of the article the statement does not say of what.`;
      const several = s ? oneOfSeveral(s, ctx) : null;
      if (several) return `“the ${several}” is one of several the article counts; the statement does not say which.`;
      // "How many seconds ahead did the 27-year-old finish?": news names a person by their age once
      // the sentence before has named them; out of the article it says nobody. (A name right after
      // it, "the 27-year-old Ana Ruiz", or before it, "Ruiz, the 27-year-old,", says who.)
      const aged = ageEpithet(s ? (s.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "") : q.prompt.replace(/“[^”]*”/g, " "));
      if (aged) return `“${aged}” names a person by age alone; only an earlier sentence says who that is.`;
      // "The Slovenian, who has won the Tour four times, …", "… a gap the Dane could not close": the
      // same with a nationality.
      const national = nationalEpithet(s ? (s.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "") : q.prompt.replace(/“[^”]*”/g, " "));
      if (national) return `“${national}” names a person by nationality alone; only an earlier sentence says who that is.`;
      // ("The film, made for $14 million, …": a work the article names in the sentence before.)
      // "In a separate statement, the company said …", "Separately, the firm …": an opener that itself
      // points back leaves the subject after it as bare as at the head.
      const head = s.replace(/^(…\s*)?(?:Separately|Meanwhile|Elsewhere|In a separate [a-z]+(?:\s+[a-z]+)?|In (?:a|its|their) (?:statement|filing|report|note|release|letter)),\s+/, "$1");
      const noun = /^(?:…\s*)?[Tt]he (deal|agreement|pact|accord|treaty|plan|move|effort|decision|project|scheme|proposal|bill|measure|policy|programme|program|initiative|company|firm|group|bloc|committee|commission|panel|board|tribunal|region|area|city|province|sector|industry|market|service|platform|app|network|system|fund|product|brand|operator|money|funding|cash|investment|subsidy|subsidies|grant|loan|bailout|payout|compensation|business|start-up|startup|work|works|repairs|refurbishment|renovation|upgrade|redevelopment|changes|cuts|job cuts|layoffs|closures|reforms|hub|facility)\b(?!\s+of\b)/.exec(head)?.[1] ??
        // ("The ministry sold 700 billion yen of bonds": an office that acts; one that only reports,
        // "The agency said the coast guards intercepted 52,000 people", leaves the claim its own subject.)
        /^(?:…\s*)?[Tt]he (ministry|agency|department|regulator)\b(?!\s+(?:of|for)\b|\s+(?:said|says|added|reported|estimated|noted|found|warned|stated)\b)/.exec(head)?.[1] ??
        /^(?:…\s*)?[Tt]he (?:new|extra|additional|fresh)\s+(money|funding|cash|investment|funds)\b(?!\s+of\b)/.exec(s)?.[1] ??
        /^(?:…\s*)?[Tt]he (film|movie|documentary|novel|book|album|musical|play|letter|petition|memo|memorandum)(?=\s*[,(]|\s+(?:was|is|has|had|will|would|won|took|sold|made|grew|opened|drew|became|\p{Ll}+ed)\b)/u.exec(s)?.[1];
      // "Restoration could take up to ten days", "Repairs will cost …": an act named by a bare noun
      // with no "of" is done to something only an earlier sentence names (power, a bridge).
      const bareAct = /^(?:…\s*)?(Restoration|Reconstruction|Rebuilding|Construction|Demolition|Cleanup|Clean-up|Repairs?|Reopening|Evacuation|Installation)\s+(?:is|was|are|were|will|would|could|may|might|should|can|has|had|have|began|begins|started|starts|ended|ends|took|takes|cost|costs)\b/.exec(head)?.[1];
      if (bareAct) return `“${bareAct}” does not say of what; only an earlier sentence names it, so out of the article the statement says less.`;
      // "The union said the reduction would raise costs": a change named by its kind alone, as the
      // subject of what someone said, is one only an earlier sentence spells out (the reduction of
      // what, from what to what). ("said the reduction in hours would …" says of what; "said the
      // decision came too late" is the story's one ruling, and is left to the head rules.)
      const changed = /\b(?:said|says|warned|warns|argued|argues|added|believes|believed|fears|feared|expects|expected|estimated|estimates|claimed|claims)\s+(?:that\s+)?the (reduction|increase|cut|rise|hike|restoration|expansion|extension|closure|shutdown|ban|merger|takeover|overhaul|change|changes|reform|reforms)\b(?!\s+(?:of|in|to|on|for|at|between|with|from)\b|['’])/.exec(s)?.[1];
      // (A sentence quoted before it may say what it is, if it names one: "… a plan to cut the fee …".)
      const changedLead = changed ? s.slice(0, s.indexOf(`the ${changed}`)) : "";
      if (changed && !(/[.!?]\s+\p{Lu}/u.test(changedLead) && new RegExp(String.raw`\b(?:${CHANGE_KIN[changed.replace(/s$/, "")] ?? escapeRegExp(changed.replace(/s$/, ""))})`, "i").test(changedLead))) return `“the ${changed}” does not say of what; only an earlier sentence names it, so out of the article the statement says less.`;
      // ("The company, Redgum Resources, was fined …": a name set beside the noun says which one.)
      const namedBeside = /^(?:…\s*)?[Tt]he [a-z]+(?:\s+[a-z]+)?,\s+(?:the\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?\p{Lu}[\p{L}\d'’&.-]*){0,4},\s/u.test(head);
      // "The earliest observations could take place in 2027", "The talks resume in May": an activity
      // named by its kind alone, of something only an earlier sentence says ("The talks between
      // Seoul and Tokyo", "The tests on the bridge" say what).
      const activity = /^(?:…\s*)?The (?:(?:earliest|first|last|latest|next|final|new)\s+)?(observations|measurements|tests|trials|talks|negotiations|inspections|checks|searches|hearings|discussions|studies)\b(?!\s+(?:of|between|with|on|for|over|into|at|by|in|from)\b)/.exec(s)?.[1];
      // "The figure stood at 15,799": a measure named by its kind alone ("The number of cases" is fine).
      const measure = /^(?:…\s*)?The (figure|total|tally|number|rate|count|amount|level)\b(?!\s+of\b)/.exec(s)?.[1] ??
        // "The mark stood for 13 years": a record or best named by its kind alone is the one an
        // earlier sentence set (which event, whose time); "The record for the 400 metres" says.
        /^(?:…\s*)?The ((?:previous |old |new |world |national |personal )?(?:mark|record|best))\b(?![-’']|\s+(?:of|for|in|at|on)\b)/.exec(s)?.[1] ??
        // "The rise follows an increase of 4.6% this year": a change named by its kind alone is the
        // one an earlier sentence set out (a rise in what, by how much); "The rise in fares" says.
        /^(?:…\s*)?The (rise|increase|hike|fall|drop|decline|cut|reduction|loss|gain|jump|slump|surge|decrease)\b(?![-’']|\s+(?:of|in|to|on|for|at|from|between)\b)/.exec(s)?.[1];
      // "The nine children were …": a group counted in an earlier sentence.
      // … and "Together the ____ parties hold …", the same group with its count blanked.
      const group = COUNTED_GROUP.exec(s)?.[1] ?? (/^(?:…\s*)?(?:(?:Together|Combined|Altogether|Between them),?\s+)?[Tt]he\s+____\s+[a-z]+s\b(?!\s+of\b)/.test(s) ? "group counted by the blank" : undefined);
      // "In which year was the company founded?": a question of its own wording names its subject
      // the same way, and no lead sentence can be quoted to say which company.
      // (… and "In which year did the government cap visas?", whose sentence named the country.)
      // (… and "In which year was the work approved?": work or talks on something the question never names.)
      // (… and "In which year did the series begin?": a data series or index is the one an earlier
      // sentence measured with, and the question does not say which. "The survey" is left alone:
      // an article is often about one survey, named in its lead.)
      const asked = s ? undefined : /\b(?:was|were|did|does|do|is|are|will|has|have|had|could|would)\s+the (deal|agreement|pact|accord|treaty|plan|move|effort|decision|project|scheme|proposal|bill|measure|policy|programme|program|initiative|company|firm|group|bloc|government|ministry|agency|authority|authorities|council|board|court|committee|commission|question|idea|rule|change|city|town|service|series|index|data|records|system|network|work|works|renovation|refurbishment|repairs|upgrade|construction|redevelopment|talks|negotiations|debt|bond|bonds|loan|notes)\b(?!\s+(?:of|to|for|between|with|on|at)\b|['’])/.exec(q.prompt)?.[1];
      // "In which year did records begin?": a bare noun for a subject says nothing of whose.
      const bare = s ? undefined : ASKED_BARE.exec(q.prompt)?.[1]
        // ("In which year was work now due to begin?": the same with a schedule's words.)
        ?? (s ? undefined : ASKED_BARE_SCHEDULED.exec(q.prompt)?.[1]);
      // "True or false? According to the article, contact was lost in 2013." just the same.
      // … and "work started in 2020." with a past tense of its own.
      const bareSaid = q.type !== "true_false" ? undefined : /^True or false\? According to the article, (?!(?:the|a|an|its|their|his|her|this|these|those)\b)([a-z]+) (?:(?:was|were|did|had|is|are|will be) [a-z]+|[a-z]+ed|began|begun|went|grew|rose|fell|came|took|ran|broke)(?: [a-z]+)? in (?:1[89]|20)\d{2}\.$/.exec(q.prompt)?.[1]
        // ("… work was now due to begin in 2027.", the schedule's words as in the question above.)
        ?? (q.type !== "true_false" ? undefined : /^True or false\? According to the article, (?!(?:the|a|an|its|their|his|her|this|these|those)\b)([a-z]+) (?:was|were|is|are) (?:(?:now|then|still|originally|initially|first) )?(?:due|set|expected|scheduled|planned|likely) to [a-z]+ in (?:1[89]|20)\d{2}\.$/.exec(q.prompt)?.[1]);
      if (bare ?? bareSaid) return `“${bare ?? bareSaid}” does not say whose or of what; out of the article the question could mean something else.`;
      // "On which date was the game released?": a question of its own wording names by its kind
      // alone a thing the article counts several of, as a statement would.
      const severalAsked = s ? null : oneOfSeveral(q.prompt.replace(/^According to the article,\s*/i, ""), ctx);
      if (severalAsked) return `“the ${severalAsked}” is one of several the article counts; the question does not say which.`;
      // "In which year did other changes compare with the previous year?": "other" than those an
      // earlier sentence named, which the question never says.
      const other = (s ? undefined : ASKED_OTHER.exec(q.prompt)?.[1]) ??
        (q.type === "true_false" ? /^True or false\? According to the article, ((?:other|the other)\s+[a-z]+)\b/i.exec(q.prompt)?.[1] : undefined);
      if (other) return `“${other}” are other than what an earlier sentence names; the question does not say what.`;
      // "In which year was a record for the event first held?", "In which year did a stoneware line
      // launch?": a subject with "a" or "an" says no which; the article's sentence had it in an aside
      // about a noun only it names.
      // (… and "True or false? According to the article, a stoneware line launched in 2016.", the same in the engine's own words.)
      const indefinite = s
        ? q.type === "true_false" ? /^True or false\? According to the article, (an? [a-z][a-z-]*(?: [a-z][a-z-]*){0,4}?) (?:was |were |had |has )?(?:(?:first|last|later|originally|[a-z]+ly) )?[a-z]+(?:ed|en|ld|lt|ne|wn|ught)\b[^.]* (?:1[89]|20)\d{2}\.$/.exec(q.prompt)?.[1] : undefined
        : ASKED_INDEFINITE.exec(q.prompt)?.[1];
      if (indefinite && !/^an? (?:total|number|record number|further|new round|series)\b/.test(indefinite)) return `“${indefinite}” does not say which; out of the article the question could mean something else.`;
      // "True or false? According to the article, the government capped visas in 2025.": a statement
      // of the engine's own wording names its subject as a wh-question would.
      const saidOwn = q.type === "true_false" && /^True or false\? According to the article, /.test(q.prompt)
        ? /^the (government|ministry|agency|authority|authorities|council|board|court|committee|commission)\b(?!\s+(?:of|to|for|between|with)\b)/i.exec(s)?.[1] ??
          // (… and a bare plural, "the earliest observations could take place in 2027.", as askedPlural.)
          SAID_BARE_PLURAL.exec(s)?.[1]
        : undefined;
      if (saidOwn) return `“The ${saidOwn}” refers back to an earlier sentence; out of the article it could mean something else.`;
      // "Only nine rose, and the remaining 12 stayed": a bare count for a subject counts what an
      // earlier sentence named (not a year: "2024 was a record").
      // "Two companies have already signed up.", "Three teams pulled out.": a count that joined or
      // left, and the statement stops without saying what (the sentence before names it).
      const joinedWhat = new RegExp(String.raw`^(?:…\s*)?(?:(?:Only|Just|About|Nearly|Almost|Some|At least|More than)\s+)?(?:\d[\d,]*|____|${SPELLED_NUMBER})\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:(?:have|had|has)\s+)?(?:(?:already|also|since|so far)\s+)?(signed up|signed on|joined|pulled out|dropped out|opted out|opted in|withdrawn|withdrew|agreed|followed suit|taken part|took part)(?:\s+(?:so far|already|since))?\s*[.!]?$`, "i").exec(s)?.[1];
      if (joinedWhat) return `The statement says a count “${joinedWhat}” but not to or from what; only an earlier sentence says, so out of the article it cannot be checked.`;
      const counted = BARE_COUNT_SUBJECT.exec(s)?.[1];
      if (counted && !/^(?:19|20)\d\d$/.test(counted)) return `“${counted}” counts something an earlier sentence names; out of the article the statement does not say what.`;
      // "Schools in the city were closed": the subject's place is "the city" of an article that
      // speaks of several cities (or countries), so which one is only in an earlier sentence.
      const place = /^(?:…\s*)?\p{Lu}[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}\s+(?:in|of|at|from|across|around|throughout)\s+the\s+(city|country|region|province|state|town|capital)\b(?!\s+of\b|['’])/u.exec(s)?.[1];
      const plural: Record<string, RegExp> = { city: /\bcities\b/i, country: /\bcountries\b/i, region: /\bregions\b/i, province: /\bprovinces\b/i, state: /\bstates\b/i, town: /\btowns\b/i, capital: /\bcapitals\b/i };
      if (place && plural[place]?.test(ctx.text)) return `“The ${place}” is one of several the article speaks of; out of the article the statement does not say which.`;
      // "In which year did Bolivia join the bloc?" where the article speaks of two blocs: the
      // question's own "the <noun>" does not say which (the article's own sentence may, around it).
      const ownWording = !s || /^True or false\? According to the article, /.test(q.prompt);
      const among = !ownWording ? undefined : /\bthe (bloc|deal|agreement|pact|treaty|union|alliance|group|company|firm|party|team|club|country|plant|mine|bank)\b(?!\s+(?:of|to|for|between|with)\b)/.exec(q.prompt.replace(/“[^”]*”/g, " "))?.[1];
      if (among && new RegExp(String.raw`\b(?:two|three|four|both|several|many|other)\s+(?:[a-z-]+\s+)?${pluralOf(among)}\b`, "i").test(ctx.text)) {
        return `“the ${among}” is one of several the article speaks of; the question does not say which.`;
      }
      // "According to the article, how many foreign visitors did the island receive last year?": a
      // question of its own wording whose subject is a place named only by its kind ("the island",
      // "the province") says nothing of which, when no name anywhere in the question does: the article's
      // sentence leaned on the one before it for the name. ("How many tourists did the island of
      // Capri receive?" and "… did Ghanaians say the country …" name it.)
      // (A city or town so asked is read below, with the other nouns of "asked".)
      const askedText = !s ? q.prompt.replace(/“[^”]*”|"[^"]*"/g, " ").split("?")[0] ?? "" : "";
      const placeOwn = askedText ? /\b(?:did|does|do|was|were|is|are|will|would|has|have|had|could|can|should|must)\s+the (island|village|region|province|state|capital|county|district|territory|archipelago|peninsula)\b(?!\s+(?:of|to|for|with)\b|['’])/.exec(askedText)?.[1] : undefined;
      // (A month or a weekday is no name of a place.)
      const namesIn = askedText.replace(/^According to the article,\s*/, "").slice(1).replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, " ");
      // (Only where the article names such a place, or speaks of several: an article that only ever
      // says "the island" is about one island, and the question says as much as it does.)
      const kindNamed = placeOwn ? new RegExp(String.raw`(?<!\p{L})(?!(?:The|This|That|Its|Their|Our|An?|One|Each|Every)\s)\p{Lu}\p{Ll}+\s+[${placeOwn.charAt(0)}${placeOwn.charAt(0).toUpperCase()}]${placeOwn.slice(1)}\b|\b${placeOwn}\s+of\s+\p{Lu}|\b${pluralOf(placeOwn)}\b`, "u").test(ctx.text) : false;
      if (placeOwn && kindNamed && !/\p{Lu}/u.test(namesIn)) return `“the ${placeOwn}” stands for a place only an earlier sentence names; the question does not say which.`;
      // "In which year did the tribunal rule against the country?": in the engine's own wording a
      // country or nation named as "the country" is the one an earlier clause named; the question
      // itself never says which ("the country's", "the country of …" name it or are a phrase).
      // (Only in a question on when, whose clause was lifted from its sentence: "what share of
      // Ghanaians think the country is on the wrong path?" says which through its own words.)
      const lifted = ASKED_WHEN_START.test(q.prompt) || /^True or false\? According to the article, [^.]* (?:in|on) [^.]*\d\.$/.test(q.prompt);
      const nation = !(ownWording && lifted) ? undefined : /\bthe (country|nation)\b(?!\s+(?:of|to|for|with)\b|['’])/.exec(q.prompt.replace(/“[^”]*”/g, " "))?.[1];
      if (nation) return `“the ${nation}” stands for a country only an earlier clause names; the question does not say which.`;
      // "… forced from their homes across the ____ provinces.": "the" and a count for a group only
      // the sentence before names, which is also how a student would count it.
      // (… "a price war with the ____ German discounters could …": after "with" too, and a
      // nationality or other capitalised word before the noun.)
      const named = new RegExp(String.raw`\b${GROUP_PREPOSITION}\s+the\s+____\s+(?:[\p{L}-]+\s+)?(\p{Ll}[\p{L}-]*s)${GROUP_END}`, "u").exec(s)?.[1];
      if (named) return `“the ____ ${named}” counts a group only an earlier sentence names; out of the article the statement does not say which.`;
      // … and a true/false statement that tests that count ("… across the two provinces.").
      if (q.type === "true_false") {
        // (… or as the subject's group: "The gap between the two finalists was …".)
        const counted = new RegExp(String.raw`\b${GROUP_PREPOSITION}\s+the\s+(\d{1,2}|${SPELLED_NUMBER})\s+(?:[\p{L}-]+\s+)?(\p{Ll}[\p{L}-]*s)${GROUP_END}`, "iu").exec(s);
        const tested = explainedFigures(q.answerText);
        const said = [tested?.rightCanon, tested?.wrongCanon].map((x) => countValue(x ?? ""));
        if (counted && said.includes(countValue(counted[1] ?? ""))) return `“the ${counted[1]} ${counted[2]}” counts a group only an earlier sentence names; out of the article the statement does not say which.`;
      }
      // "In which year were the phones introduced?": a bare plural for the whole subject of the
      // question's own wording is the kind an earlier sentence qualified ("folding phones").
      // (Only a question that says nothing more: "When did the talks begin?", not "… raise prices?".)
      // ("In which year could the earliest observations take place?": the same with a modal, and a
      // superlative that still does not say of what.)
      const askedPlural = s ? undefined : (ASKED_BARE_PLURAL_PASSIVE.exec(q.prompt) ?? ASKED_BARE_PLURAL.exec(q.prompt))?.[1];
      const ref = (namedBeside ? undefined : noun) ?? activity ?? measure ?? group ?? asked ?? askedPlural;
      return ref ? `“The ${ref}” refers back to an earlier sentence; out of the article it could mean something else.` : null;
    },
  },
  {
    code: "needs_context",
    about: "a statement lifted from one sentence that leans, anywhere in it, on something only an earlier sentence says (“Prosecutors said he …”, “the share rose to 47 per cent”, “60 per cent of that”)",
    run(q, ctx) {
      const scope = scopeBefore(q, ctx);
      if (scope) return `The sentence before sets where this holds (“${scope}”), and the statement never says it: out of the article it reads as a figure for the whole story.`;
      // "How many tonnes did growers harvest?": a question of its own wording asks the source
      // sentence's measure, of whatever the sentence before named.
      const ownWording = !quotedStatement(q.prompt) && !(q.type === "true_false" && assertedStatement(q.prompt));
      const goods = ownWording && /\bhow many\b/i.test(q.prompt) ? unnamedGoods(q.source.sentence) : null;
      const found = contextGap(q, ctx) ?? (goods ? `${goods} of what` : null);
      return found ? `“${found}” stands for something an earlier sentence says, and the statement never says what: out of the article it cannot be checked.` : null;
    },
  },
  {
    code: "stock_options",
    about: "a choice whose wrong answers come from the engine's stock list of reasons or aims, written for no article in particular",
    // Every first look so far found these off the article's topic at least once ("expand access to
    // higher education" beside a fishing quota's aim): the key is the one option about the story.
    // Nothing in the options says whether they fit, so a teacher decides.
    // The stock options never use a word of the article (cause-questions.ts), so a key that echoes
    // the article's vocabulary elsewhere is the one option "about the story". Only a key that
    // hardly does (at most one of its words, and under a third of them) is left ready.
    run(q, ctx) {
      const stock = wrongOptions(q).filter(isStockOption).length;
      if (stock < 2) return null;
      const key = q.type === "single_choice" ? (q.options[q.answer] ?? "") : "";
      const rest = ctx.text.replace(q.source.sentence, " ");
      const words = [...new Set(normalise(key).replace(/[^\p{L}\s-]/gu, " ").split(/\s+/).filter((w) => w.length >= 5 && !STOCK_FILLER.has(w)))];
      const echoed = words.filter((w) => new RegExp(`\\b${escapeRegExp(w.replace(/s$/, ""))}`, "i").test(rest));
      if (ctx.text && words.length > 0 && echoed.length <= 1 && echoed.length * 3 < words.length) return null;
      const echo = echoed.length ? ` (the key's “${echoed.slice(0, 3).join("”, “")}” appear elsewhere in the article, the wrong answers' words nowhere)` : "";
      return `${stock} of the wrong answers come from a general list, not from this article${echo}: check that they fit its topic, or a student picks the one option about the story without reading.`;
    },
  },
  {
    code: "dangling_item",
    about: "ordering, matching or choice items that begin or end mid-clause (“followed by Germany”, “Ramen exports jumped 24 percent to”), a bare verb (“rose”), or a share of something for a subject (“Less than a fifth of the cost of …”)",
    run(q) {
      const items = q.type === "ordering" ? q.options : q.type === "matching" ? [...q.prompts, ...q.options] : [];
      // ("A fire had destroyed part of it": an item ending on "it" or "them" points outside itself.)
      const bad = items.find((i) => DANGLING_START.test(i.trim()) || PRONOUN_START.test(i.trim()) || SHARE_SUBJECT.test(i.trim()) || BARE_VERB.test(i.trim()) || BARE_PASSIVE.test(i.trim()) || /\s(?:it|them)[.!]?$/i.test(i.trim()));
      if (bad) return `The item “${bad}” is a fragment that does not stand on its own.`;
      // Any option: a clause cut before its figure ("… jumped 24 percent to"), or a change with its figure.
      const all = [...items, ...choiceTexts(q)];
      const cut = all.find((i) => CUT_END.test(i.trim()) || CHANGE_WITH_FIGURE.test(i));
      if (cut) return `The item “${cut}” is a fragment that does not stand on its own.`;
      // "Match each of the Exports to the United States, the largest market to …": a header cut from a clause.
      const header = q.type === "matching" ? /^Match each of the (.+?) to the /.exec(q.prompt)?.[1] : undefined;
      // ("Match each of the 2016 the difference between the highest and to …": a clause cut twice.)
      return header && (/,|^\p{Lu}/u.test(header) || /\d|\s(?:and|or|the|of|between|was|is|were|are)$/i.test(header)) ? `The items are introduced as “${header}”, which is a fragment of a sentence, not a name for them.` : null;
    },
  },
  {
    code: "broken_start",
    about: "a quotation or item that starts mid-word or mid-sentence (“S. trade diplomacy…” from “U.S. trade…”)",
    run(q) {
      // A quoted statement is a sentence and starts like one; items ("semiconductors") are often
      // lower case, but none starts with a stray initial. A cut marked "…" is cut_stem's business.
      const quoted = quotedStatement(q.prompt)?.trim();
      const items = [...(q.type === "matching" ? q.prompts : []), ...(q.type === "ordering" ? q.options : [])].map((p) => p.trim());
      const bad =
        (quoted && /^[a-z]/.test(quoted) && !/^[a-z]+[A-Z]/.test(quoted) ? quoted : undefined) ??
        [quoted ?? "", ...items].find((p) => /^[A-Z]\.\s/.test(p));
      // A "sentence" that starts with a small letter or a figure was cut out of a longer one
      // (hard-wrapped wire copy, a missed abbreviation): whatever is asked of it lacks its start.
      const source = q.source.sentence.trim();
      if (!bad && /^[a-z\d]/.test(source) && !/^[a-z]+[A-Z]/.test(source)) return `The article's sentence “${source.slice(0, 50)}…” is itself a piece of a longer one.`;
      return bad ? `“${bad.slice(0, 60)}” starts in the middle of a sentence or a word.` : null;
    },
  },
  {
    code: "headless_subject",
    about: "a question of the engine's own wording whose subject is a possessive with its noun dropped (“By what percentage did Vistula's fall?”)",
    run(q) {
      const own = q.prompt.replace(/“[^”]*”/g, "");
      const m = /\b(?:did|does|do|will|would|has|have|had|was|were|is|are)\s+(?:[\p{L}\d-]+\s+){0,5}?([\p{L}\d-]+['’]s?)\s+(?:rise|fall|jump|grow|drop|climb|increase|decrease|decline|gain|slip|surge|plunge|soar|slide|shrink|reach|stand|total|cost|earn|sell|lose|win|take|make|hold|risen|fallen|grown|dropped|climbed|increased|decreased|declined|gained|reached|totalled|totaled|cost|earned|sold|lost|won|taken|made|held)\b/u.exec(own);
      return m?.[1] ? `“${m[1]}” is followed by a verb, not by what it owns: the question lost its subject's noun.` : null;
    },
  },
  {
    code: "fragment",
    about: "a quoted statement with no finite verb (a noun phrase, not a claim)",
    run(q, ctx) {
      // "Other changes in 2025 compared with the previous year:": the line that introduces a list or
      // a table, with no verb of its own ("compared with" is none), heads figures; it claims nothing
      // to ask about ("In which year did other changes compare …?").
      if (q.type !== "ordering" && q.type !== "matching" && /:\s*$/.test(q.source.sentence.trim()) && !hasFiniteVerb(q.source.sentence.replace(/\b(?:as\s+)?compared\s+(?:with|to)\b/gi, " "))) {
        return "The sentence introduces a list or a table (it ends with a colon) and has no verb of its own: it is a heading, not a claim to ask about.";
      }
      const quoted = quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null);
      if (!quoted || quoted.split(/\s+/).length < 4) return null;
      // "Allow a full day for the drive", "Lunch at the harbour café, where …": a guide's advice to
      // its reader says what to do, not what is so; as a statement it is neither true nor false.
      if (IMPERATIVE_START.test(quoted.trim())) return "The statement is advice to the reader (an instruction), not a claim of the article: it is neither true nor false.";
      // A whole sentence of the article is a claim by construction (and the tagger reads "rose"
      // as a flower often enough): only cut-down clauses need a look.
      const bare = quoted.replace(/^…|…$/g, "").trim().replace(/[.]$/, "");
      // A row of a markdown table ("| Pupils late | 18% | 41% |") has lost its header: which
      // column is which figure, and of what, the question cannot say.
      if (/^\|.*\|$/.test(q.source.sentence.trim())) return "The statement is a row of a table, whose column headings the question does not give: it is not a sentence the article claims.";
      // A spec sheet's or a scorecard's line ("Top speed: 25 km/h", "Harrow 286-8 (50 overs):
      // Whitlock 84, Pennant 57"): a label and figures with no verb, whose subject is a heading above.
      // (A clock time's colon, "between 07:00 and 09:30", is no label's; a price's blank keeps its
      // sign, "Signed guitar: £____".)
      // ("Category 5: 157mph or higher": a label may end in a digit; a clock's colon has no space after it.)
      if (/^[^:]{2,60}:\s+\S/.test(bare) && /:\s+(?:\S+\s+){0,2}?[$€£¥₩]?(?:____|\d)/.test(bare) && !hasFiniteVerb(bare.replace(/^[^:]*?:(?!\d)/, ""))) return "The statement is a line of a list (a label and its figures), not a sentence: it has no verb and leaves its subject to a heading.";
      const whole = new RegExp(`^${bare.split("____").map(escapeRegExp).join(".{1,80}?")}[.!?”"]*$`, "s");
      // (… with its dateline, "SAO PAULO, Feb 13 — ", left out as every quoted lead sentence leaves it.)
      if ([q.source.sentence, ...ctx.sentences].some((s) => whole.test(s.trim()) || whole.test(s.trim().slice(datelineOf(s.trim()).length).trim()))) return null;
      return hasFiniteVerb(bare) ? null : "The quoted statement has no verb: it is a fragment, not something the article claims.";
    },
  },
  {
    code: "ends_mid_clause",
    about: "a statement that stops on a preposition, article or conjunction (“… in the same quarter of.”)",
    run(q) {
      const statement = quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null);
      if (!statement) return null;
      const end = statement.trim().replace(/[”"]$/, "");
      // "… below the $20 million it had hoped for.", "… the rise they had asked for.": a relative
      // clause may end on its verb's preposition, after a subject or an auxiliary and a past tense.
      if (/\b(?:had|has|have|was|were|been|they|we|he|she|it|I|you)\s+(?:[a-z]+ed|paid|fought|sought|thought|bought)\s+(?:for|about|of|with|on)[.!?]?$/.test(end)) return null;
      return /\b(?:of|the|a|an|in|on|at|to|for|with|and|or|by|from|than|as)[.!?]?$/i.test(end)
        ? "The statement stops in the middle of a phrase."
        : null;
    },
  },
  {
    code: "aside",
    about: "a statement that is only a bracketed aside (“($1 = 101 shillings).”)",
    run(q) {
      const statement = (quotedStatement(q.prompt) ?? (q.type === "true_false" ? assertedStatement(q.prompt) : null))?.trim();
      return statement && /^\(/.test(statement) && /\)[.]?$/.test(statement) ? "The statement is a bracketed note, not a claim of the article." : null;
    },
  },
  {
    code: "misquote",
    about: "a true/false statement that contains a quotation (it either repeats it or puts words in someone's mouth)",
    run(q) {
      if (q.type !== "true_false") return null;
      const statement = assertedStatement(q.prompt) ?? "";
      return /[“”]|"[^"]{12,}"/.test(statement) ? "A true/false statement built on a quotation either repeats it or misquotes the speaker." : null;
    },
  },
  {
    code: "unattributed_quote",
    about: "a stem that is a whole quotation with no speaker (“\"Growth will stop within ____ years.\"”), or a turn of an interview (“Q: …”, “A: …”): a claim of someone the question never names",
    run(q, ctx) {
      if (interviewTurn(q, ctx)) return "The statement comes from an interview, in the words of the one asking or answering, and the question never says who that is: out of the article it is a claim of no one.";
      if (q.type === "true_false") return null; // misquote's
      const statement = quotedStatement(q.prompt)?.trim();
      if (!statement) return null;
      // One quotation from the first word to the last: its speaker is in another sentence.
      const whole = /^(?:…\s*)?["“‘]([^"“”]*)["”’][.!?]?$/.exec(statement);
      return whole ? "The stem is a quotation, and the question never says who said it: out of the article it is a claim of no one." : null;
    },
  },
  {
    code: "blank_in_word",
    about: "a blank glued to letters or digits (“____2 seats”)",
    run(q) {
      return /[\p{L}\p{N}]____|____[\p{L}\p{N}]/u.test(q.prompt) ? "The blank cuts into a word or number." : null;
    },
  },
  {
    code: "blank_mismatch",
    about: "the blank is not where the answer stands in the source sentence",
    run(q) {
      if (!isCloze(q) || q.type === "matching" || q.type === "ordering") return null;
      // "“…,” said the minister ____.": the blank may stand after the quote, not inside it.
      const quoted = quotedStatement(q.prompt);
      const statement = quoted?.includes("____") ? quoted : q.prompt.replace(/^Fill in the blank[^:“]*:\s*/, "");
      const [before = "", after = ""] = statement.replace(/^…|…$/g, "").split("____");
      const b = before.slice(-25);
      const a = after.slice(0, 25).replace(/[.]$/, "");
      if (b.trim().length < 3 && a.trim().length < 3) return null;
      // The blank's text runs to the end of a token ("0.8 percent" is not cut at "0"), and a
      // blank that ends the sentence runs to its end.
      const tail = a.trim() === "" ? "[.!?”\"’']*$" : `(?![\\p{L}\\p{N}]|[.,]\\d)${loose(a)}`;
      const m = new RegExp(`${loose(b)}(.{1,200}?)${tail}`, "su").exec(q.source.sentence);
      // Reworded stems ("according to the article, KITA stands for …") are not compared.
      if (!m?.[1]) return null;
      const there = m[1];
      return answerForms(q).some((f) => sameValue(there, f) || normalise(there) === normalise(f) || (literalOf(f) !== null && mentionsNumber(there, literalOf(f) as string) && literalOf(there) === literalOf(f)))
        ? null
        : `The blank stands for “${there}” in the article, not for the answer ${q.answerText}.`;
    },
  },
  {
    code: "count_in_stem",
    about: "a count the stem gives away by listing that many items (“only ____ parties — A, B, C, D and E —”)",
    run(q) {
      if (!isCloze(q) || !["numeric", "single_choice", "fill_blank"].includes(q.type)) return null;
      const n = figureOf(digitised(answerForms(q)[0] ?? ""))?.value;
      if (n === undefined || !Number.isInteger(n) || n < 2 || n > 12) return null;
      const statement = quotedStatement(q.prompt) ?? q.prompt;
      // "these ____ regions", "both ____ firms": a count of things the text has just named.
      if (/\b(?:these|those|both|all)\s+____\s+[a-z]+s\b/i.test(statement)) return "The blank counts things the statement points back to, so the answer is given by what came before.";
      // "Together the ____ parties hold …", "The ____ towns host …" (a group named before).
      // "… Colombia and Indonesia. Together the ____ countries …": the group was just named.
      if (/[.!?]\s+(?:(?:Together|Combined|Altogether|Between them),?\s+)?[Tt]he\s+____\s+[a-z]+s\b(?!\s+of\b)/.test(statement)) return "The blank counts things the sentence before has just named, so the answer is given by what came before.";
      // "The bridge is the second in a series of three. The contract, for the ____ bridges, …": a
      // group "the" points back to, whose count the stem has already given ("of three", "three
      // bridges").
      const theBlank = /\bthe\s+____\s+(?:[a-z-]+\s+)?([a-z-]+?)(?:es|s)\b/i.exec(statement);
      if (theBlank?.[1]) {
        const before = digitised(statement.slice(0, theBlank.index));
        const counted = new RegExp(String.raw`\b(?:of\s+${n}\b(?!\s*(?:%|percent|per cent|[a-z-]+s\b))|${n}\s+(?:[a-z-]+\s+)?${escapeRegExp(theBlank[1])})`, "i");
        if (counted.test(before)) return `The blank counts a group the stem has already counted (${n}), so the answer is given by what came before.`;
      }
      // "The Netherlands and Belgium …, when the ____ countries agreed": the group named just before.
      const back = /\b(?:the|both|all|these|those)\s+____\s+(?:[a-z-]+\s+)?[a-z-]+s\b/i.exec(statement);
      if (back && namesListed(statement.slice(0, back.index)) === n) return `The blank counts the ${n} names the statement has just given, so counting them gives the answer.`;
      // "Oslo, Bergen and Tromsø, ____ port cities, …": the names just before the blank, in apposition.
      // ("Vela and Orto, the region's ____ largest ports, …": an owner before the blank changes nothing.)
      const apposedBefore = statement.search(/,\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*['’]s?\s+)?____\s+(?:[a-z-]+\s+)?[a-z-]+s\b/u);
      if (apposedBefore > 0 && namesListed(statement.slice(0, apposedBefore)) === n) return `The blank counts the ${n} names the statement has just given, so counting them gives the answer.`;
      // ("… in Italian and Romansh, ____ of the country's four languages": the same, as a part of a whole.)
      const partBefore = statement.search(/,\s+____\s+of\s/);
      if (partBefore > 0 && namesListed(statement.slice(0, partBefore)) === n) return `The blank counts the ${n} names the statement has just given, so counting them gives the answer.`;
      // A list set off by dashes, brackets or a colon right after the blank.
      // (… up to a closing quotation mark: "“… told us ____ things: A and B,” said Lee" lists two.)
      const list = /____[^—–(:]{0,40}(?:\s[—–]\s|\(|:\s)([^—–)]+)/.exec(statement)?.[1]?.split(/[,.]?[”"](?:\s|$)/)[0];
      const items = list ? list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((x) => x.trim()) : [];
      if (items.length === n || (list && describedItems(list) === n)) return `The statement lists the ${n} items right after the blank, so counting them gives the answer.`;
      // Or an apposition of names: "in ____ cities, Riverton and Eastport, from May",
      // "____ parties in the coalition, the Reds and the Greens, split".
      const apposed = new RegExp(String.raw`____\s+${COUNTED_NOUN},\s(.+)$`).exec(statement)?.[1];
      if (apposed && namedItems(apposed) === n) return `The statement names the ${n} items right after the blank, so counting them gives the answer.`;
      // "____ of Jupiter's largest moons, Ganymede, Callisto and Europa": a part of a whole, named.
      const partNamed = /____\s+of\s+(?:(?:the|its|their)\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s?\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+s,\s(.+)$/u.exec(statement)?.[1];
      if (partNamed && namedItems(partNamed) === n) return `The statement names the ${n} items right after the blank, so counting them gives the answer.`;
      // "____ large blazes near the towns of Kalamata, Pylos and Sparta": the names a few words on.
      const near = /____\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b((?:\s+[a-z]+){1,5})\s+(\p{Lu}.+)$/u.exec(statement);
      if (near?.[2] && namedItems(near[2]) === n) return `The statement names the ${n} items just after the blank, so counting them gives the answer.`;
      // "one of ____ venues of the games, which rotate between Oslo, Lyon and Turin": a set counted
      // by the blank and named whole after "between" or "among" further on in the sentence.
      const among = /____\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b.*?\b(?:between|among|amongst)\s+(\p{Lu}[^.;:]+)\.?[”"]?$/u.exec(statement)?.[1];
      if (among && namedItems(among) === n) return `The statement names the ${n} items after "between" or "among", so counting them gives the answer.`;
      // "____ shelters have opened, at Lakeside School and the town hall, …": the places after the clause.
      const places = /____\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b[^,;.:—–“”"]{0,40},\s+(?:at|in|on|from|including|namely|such as)\s+(.+)$/i.exec(statement)?.[1];
      return places && placesListed(places) === n ? `The statement lists the ${n} places or things right after the count, so counting them gives the answer.` : null;
    },
  },
  {
    code: "counted_list",
    about: "a true/false statement on a count whose items the sentence lists right after it (“two independents, A and B, …”)",
    run(q) {
      if (q.type !== "true_false") return null;
      const n = Number(/^(\d{1,2})\b(?![.,]\d|\s*(?:percent|%))/.exec(explainedFigures(q.answerText)?.rightCanon ?? "")?.[1] ?? NaN);
      if (!Number.isInteger(n) || n < 2 || n > 12) return null;
      const sentence = q.source.sentence.replace(/\s+/g, " ");
      if (countsBackNames(sentence, n)) return `The count points back at the ${n} names the sentence has just given, so the statement is checked by counting them, not by reading.`;
      // The count as written (digits or words), its noun, then a list set off by a dash, a bracket,
      // a colon or a comma (an apposition: "two cities, Riverton and Eastport, …").
      const at = new RegExp(String.raw`\b(?:${n}|${SPELLED_NUMBER})\s+${COUNTED_NOUN}\s*(?:[—–]\s|\(|:\s|,\s)`, "gi");
      for (const m of sentence.matchAll(at)) {
        const word = m[0].split(/\s+/)[0] ?? "";
        if (countValue(word) !== n) continue;
        const rest = sentence.slice(m.index + m[0].length);
        if (namedItems(rest) === n) {
          return `The sentence names the ${n} items right after the count, so the statement is checked by counting them, not by reading.`;
        }
      }
      // "three of Jupiter's largest moons, Ganymede, Callisto and Europa": a part of a named whole, named.
      const partNamed = new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})\s+of\s+(?:(?:the|its|their)\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s?\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+s,\s(.+)$`, "giu");
      for (const m of sentence.matchAll(partNamed)) {
        if (countValue(m[1] ?? "") === n && namedItems(m[2] ?? "") === n) return `The sentence names the ${n} items right after the count, so the statement is checked by counting them, not by reading.`;
      }
      // "Two films shared the prize: “Salt”, a documentary, and “Lantern”, a first feature.": a
      // list after a colon a few words on, each name with a description of it.
      const colon = new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})\s+[a-z][^—–(:;.]{0,40}:\s+(.+)$`, "gi");
      for (const m of sentence.matchAll(colon)) {
        if (countValue(m[1] ?? "") === n && describedItems((m[2] ?? "").replace(/[.!?]$/, "")) === n) return `The sentence names the ${n} items right after the count, so the statement is checked by counting them, not by reading.`;
        // (… or a plain list of short items, named or not, that closes the sentence: "in three
        // categories: painting, sculpture and film". The cloze check counts such a list too.)
        if (countValue(m[1] ?? "") === n && plainItems((m[2] ?? "").replace(/[.!?]["”]?$/, "")) === n) return `The sentence lists the ${n} items right after the count, so the statement is checked by counting them, not by reading.`;
      }
      // "three large blazes near the towns of Kalamata, Pylos and Sparta": the names a few words on.
      // (No "i" flag: with it, \p{Lu} matches small letters too.)
      // A zero-width match at every word, so an earlier word's match does not hide the count's.
      const near = /\b(?=(\d{1,2}|[A-Za-z]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b(?:\s+[a-z]+){1,5}\s+(\p{Lu}.+)$)/gu;
      for (const m of sentence.matchAll(near)) {
        const v = countValue(m[1] ?? "");
        if (v === n && namedItems(m[2] ?? "") === n) return `The sentence names the ${n} items just after the count, so the statement is checked by counting them, not by reading.`;
      }
      // "Two shelters have opened, at Lakeside School and the town hall": the places after the clause.
      const places = new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b[^,;.:—–“”"]{0,40},\s+(?:at|in|on|from|including|namely|such as)\s+(.+)$`, "gi");
      for (const m of sentence.matchAll(places)) {
        if (countValue(m[1] ?? "") === n && placesListed(m[2] ?? "") === n) return `The sentence lists the ${n} places or things right after the count, so the statement is checked by counting them, not by reading.`;
      }
      // "one of four venues of the games, which rotate between Oslo, Lyon, Turin and Bern": the set
      // named whole after "between" or "among" further on.
      const among = /\b(?=(\d{1,2}|[A-Za-z]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b.*?\b(?:between|among|amongst)\s+(\p{Lu}[^.;:]+)\.?$)/gu;
      for (const m of sentence.matchAll(among)) {
        if (countValue(m[1] ?? "") === n && namedItems(m[2] ?? "") === n) return `The sentence names the ${n} items after "between" or "among", so the statement is checked by counting them, not by reading.`;
      }
      return null;
    },
  },
  {
    code: "wrong_direction",
    about: "a false statement, or a wrong option, whose figure makes a fall a rise (“cut from 18% to 32%”, “58% , down from 27%”): told apart without reading",
    run(q) {
      if (q.type === "true_false") {
        if (q.answer) return null;
        const said = selfContradiction(assertedStatement(q.prompt) ?? "");
        return said ? `The statement says “${said}”, which contradicts itself: a student can tell it is false without the article.` : null;
      }
      // A choice whose wrong options would each make the sentence contradict itself leaves the key
      // as the only sensible one.
      const statement = quotedStatement(q.prompt);
      if (q.type !== "single_choice" || !statement?.includes("____")) return null;
      const fits = q.options.map((o) => selfContradiction(statement.replace("____", o)) === null);
      if (!fits[q.answer]) return null;
      if (fits.filter(Boolean).length === 1) return "Every wrong option would make the sentence contradict itself (a fall that rises), so the answer can be picked without the article.";
      // Most wrong options ruled out by the sentence itself leave a coin toss at best.
      // Even one such option is a giveaway a teacher would edit out ("up from ____" offering a
      // larger figure).
      const ruledOut = fits.filter((f, i) => !f && i !== q.answer).length;
      return ruledOut > 0 ? "A wrong option would make the sentence contradict itself (a fall that rises, a lead that trails), so it is ruled out without the article." : null;
    },
  },
  {
    code: "implausible_change",
    about: "a false statement whose figure makes a change the article's never could (“climbs to $412 million, up from $49 million” where the article says $58 million): told apart without reading",
    run(q, ctx) {
      if (q.type !== "true_false" || q.answer) return null;
      const fig = explainedFigures(q.answerText);
      // "… in August 2017 cost 222 million euros, a record that stood for almost 23 years": a span of
      // years that, counted from the statement's own year, ends after every year the article names
      // is false on its face.
      const years = fig?.wrong ? yearsPastArticle(assertedStatement(q.prompt) ?? "", fig.wrong, ctx.text) : null;
      if (years) return `The statement counts ${years} past every year the article names: it stands out as false without reading.`;
      const said = fig?.wrong && fig.wrongCanon ? ([fig.right, fig.wrong] as const) : null;
      const statement = assertedStatement(q.prompt) ?? "";
      if (!fig || !said) return null;
      const found = changeAgainst(statement, said[1]) ?? changeAgainst(statement, fig.wrongCanon!);
      const [right, wrong] = [figureOf(fig.rightCanon), figureOf(fig.wrongCanon!)];
      if (!found || !right || !wrong || right.unit !== wrong.unit || right.value <= 0 || wrong.value <= 0) return null;
      const factor = (a: number, b: number) => Math.max(a, b) / Math.min(a, b);
      return factor(wrong.value, found.value) >= 4 && factor(right.value, found.value) < 2.5
        ? `The statement has ${said[1]} against ${found.text} in the same change, a jump the article's ${said[0]} does not make: it stands out as false without reading.`
        : null;
    },
  },
  {
    code: "bound_true",
    about: "a wrong figure after a bound (“more than 100” where the article says “more than 200”): the false statement, or the wrong option, may be true as well",
    run(q) {
      if (q.type === "true_false") {
        if (q.answer) return null;
        const fig = explainedFigures(q.answerText);
        const statement = assertedStatement(q.prompt) ?? "";
        if (!fig?.wrong || !fig.wrongCanon) return null;
        const said = ["", fig.right, fig.wrong] as const;
        // The statement may write the figure its own way ("1.12 billion pounds" for "£1.12 billion").
        const place = figureIn(statement, fig.wrong) ?? figureIn(statement, fig.wrongCanon);
        const at = place?.at ?? -1;
        const kind = place ? boundBefore(statement.slice(0, at), statement.slice(at)) : null;
        const [right, wrong] = [figureOf(fig.rightCanon), figureOf(fig.wrongCanon)];
        // "None of the country's three largest insurers plans to …" where the article says four:
        // what holds for none (or all) of four holds for three as well.
        if (place && right && wrong && right.unit === wrong.unit && QUANTIFIED_GROUP.test(statement.slice(0, at))) {
          return `The statement says “${statement.slice(0, at + place.text.length).match(QUANTIFIED_GROUP_WORDS)?.[0] ?? place.text}”: what the article says of ${said[1]} may hold for ${said[2]} as well, so calling it false may be wrong.`;
        }
        if (!kind || !place || !right || !wrong || right.unit !== wrong.unit) return null;
        const words = statement.slice(Math.max(0, at - 12), at + place.text.length).trim();
        if (kind === "lower" ? wrong.value < right.value : wrong.value > right.value) return `The statement says “${words}”, which the article's ${said[1]} makes true as well: calling it false is wrong.`;
        // "more than 100,000" where the article says "more than 90,000": the article does not rule it out.
        return `The statement says “${words}”, and the article's bound of ${said[1]} does not show that to be false.`;
      }
      const statement = quotedStatement(q.prompt);
      if (q.type !== "single_choice" || !statement?.includes("____")) return null;
      const kind = boundBefore(statement.slice(0, statement.indexOf("____")), statement.slice(statement.indexOf("____")));
      const key = figureOf(digitised(q.options[q.answer] ?? ""));
      if (!kind || !key) return null;
      const also = wrongOptions(q).find((o) => {
        const v = figureOf(digitised(o));
        return v && v.unit === key.unit && (kind === "lower" ? v.value < key.value : v.value > key.value);
      });
      return also ? `The blank follows a bound (“more than”, “up to”), so the wrong option “${also}” makes a true sentence too.` : null;
    },
  },
  {
    code: "impossible_option",
    about: "a false statement, or a wrong option, that cannot be true whatever the article says: a part larger than its whole (“27 of the 18 economists”), a century not yet come (“a 27th-century painting”), a vote tally whose first side is not the larger (“passed by 5 votes to 6”)",
    run(q) {
      if (q.type === "true_false") {
        const said = impossibleFigure(assertedStatement(q.prompt) ?? "");
        return said ? `The statement says “${said}”, which cannot be true: a student can tell it is false without the article.` : null;
      }
      const statement = quotedStatement(q.prompt);
      if (q.type !== "single_choice" || !statement?.includes("____")) return null;
      const bad = wrongOptions(q).find((o) => impossibleFigure(statement.replace("____", o)) !== null);
      return bad ? `The wrong option “${bad}” would make the sentence impossible (${impossibleFigure(statement.replace("____", bad))}), so it is ruled out without reading.` : null;
    },
  },
  {
    code: "computable",
    about: "a blank whose answer is sums of figures the stem shows (“49 seats, ____ more than the 45 needed”) or the percentage change between two it shows (“to 1,310 from 1,600, a fall of ____ percent”), or a true/false statement whose tested count is the sum or difference of counts in its sentence (“Of 24 polled, 19 said yes and the other five no”)",
    run(q, ctx) {
      if (q.type === "true_false") {
        // "will own 55% … and the other side the remaining 45%": a changed share no longer adds to 100.
        const statement = assertedStatement(q.prompt) ?? "";
        // (… and with more shares: "A owns 60%, B holds 25% and C the remaining 15%", when the
        // article's shares add up to 100.)
        const shares = (q.source.sentence.match(/\d[\d.]*(?=\s?(?:%|percent\b|per cent\b))/gi) ?? []).map(Number);
        const whole = shares.length >= 3 && Math.abs(shares.reduce((a, b) => a + b, 0) - 100) < 0.15;
        if (/^[\d.]+ percent\b/.test(explainedFigures(q.answerText)?.rightCanon ?? "") && REMAINING_SHARE.test(statement) && ((statement.match(/\d[\d.]*\s?(?:%|percent\b|per cent\b)/gi) ?? []).length === 2 || whole)) {
          return "The statement gives a share and the remaining share, which must add up to 100: it is checked by arithmetic, not by reading.";
        }
        // "rise by 2.6 per cent … and a further 3 per cent, a total of 5.6 per cent": a tested share
        // or amount that is part of a sum the sentence spells out is checked by adding up.
        const tested = explainedFigures(q.answerText)?.rightCanon;
        const fig = tested ? figureOf(tested) : null;
        const added = fig && fig.unit ? figureSum(q.source.sentence.replace(/\s+/g, " "), fig.value, fig.unit) : null;
        if (added) return `The sentence adds up (${added}), so the statement is checked by arithmetic, not by reading.`;
        // "41 goals from 44 attempts, an accuracy of 93 percent": the tested figure is one of a share and
        // the two counts that make it.
        // "dropped to 1,310 from 1,600, a fall of 18.1 percent": a tested change whose two ends the
        // sentence shows is checked by dividing.
        // "could reach 42 trillion won, triple last year's 6 trillion won": a tested figure that is a
        // multiple the sentence names of another figure in it is checked by multiplying.
        const testedDigits = /\d[\d,]*(?:\.\d+)?/.exec(tested ?? "")?.[0];
        const testedAt = testedDigits ? new RegExp(String.raw`(?<![\d.,])${escapeRegExp(testedDigits)}(?![\d,]*\d)`).exec(q.source.sentence) : null;
        const multiple = testedDigits && testedAt ? multipleShown(`${q.source.sentence.slice(0, testedAt.index)}____${q.source.sentence.slice(testedAt.index + testedDigits.length)}`, Number(testedDigits.replace(/,/g, ""))) : null;
        if (multiple) return `The sentence gives ${multiple}, so the statement is checked by multiplying, not by reading.`;
        // (… and so is either end: "dropped to 1,310 from 1,600, a fall of 18.1 percent" holds together or not.)
        const change = fig ? changeChecked(q.source.sentence.replace(/\s+/g, " "), fig) : null;
        if (change) return `The sentence gives both ends of the change (${change}), so the statement is checked by dividing, not by reading.`;
        const ratio = fig && (fig.unit === "" || fig.unit === "percent") ? ratioShown(q.source.sentence.replace(/\s+/g, " "), fig.value) : null;
        if (ratio) return `The sentence gives ${ratio}, so the statement is checked by arithmetic, not by reading.`;
        const n = Number(/^(\d[\d,]*)\b(?![.,]\d|\s*(?:percent|%|million|billion|trillion))/.exec(explainedFigures(q.answerText)?.rightCanon ?? "")?.[1]?.replace(/,/g, "") ?? NaN);
        if (!Number.isInteger(n)) return null;
        // "With 19 of 43 rounds played, … at the halfway stage": a changed count no longer halves.
        const wrong = Number(/^(\d[\d,]*)$/.exec(explainedFigures(q.answerText)?.wrongCanon ?? "")?.[1]?.replace(/,/g, "") ?? NaN);
        const blanked = statement.replace(new RegExp(String.raw`\b${wrong}\b`), "____");
        const halfTold = Number.isInteger(wrong) && halfwayShown(blanked, n) ? halfwayShown(blanked, wrong, true) : null;
        if (halfTold) return `The statement gives ${halfTold}, and one is not half the other: it is checked by arithmetic, not by reading.`;
        const rateTold = Number.isInteger(wrong) && periodRateShown(blanked, n) ? periodRateShown(blanked, wrong) === null : false;
        if (rateTold) return `The statement gives ${periodRateShown(blanked, n)} with a changed figure, so it is checked by dividing, not by reading.`;
        const sentence = q.source.sentence.replace(/\s+/g, " ");
        const next = nextOrdinal(sentence, n);
        if (next) return `The sentence gives “${next}”, so the count follows from the ordinal, not from reading.`;
        // "With three days left before the window shuts on Monday, clubs were busy on Friday": a
        // count of days the sentence's two days of the week fix.
        const days = calendarSpan(sentence.replace(new RegExp(String.raw`\b(?:${n}|${SPELLED_NUMBER})(?=\s+days\b)`, "i"), "____"), String(n));
        if (days && /day,? \d/.test(days)) return `The sentence names ${days}, so the statement is checked on the calendar, not by reading.`;
        // "marked 10 years since … 2011" in an article of 2021: the count is the years between.
        const backTo = spanSinceYear(sentence.replace(new RegExp(String.raw`\b${n}(?=(?:st|nd|rd|th)?\s+(?:years?\s+(?:since|after|ago)|anniversary)\b)`, "i"), "____"), n, ctx.text);
        if (backTo) return `The sentence gives ${backTo}, so the count of years is checked by subtracting, not by reading.`;
        const sums = sumOrDifference(n, othersThanTested(sentence, statement, n), sentence);
        return sums ? `The sentence gives ${sums} = ${n}, so the statement is checked by arithmetic, not by reading.` : null;
      }
      if (!isCloze(q)) return null;
      const statement = quotedStatement(q.prompt) ?? q.prompt;
      // "… 2.6 per cent … and a further ____, a total of 5.6 per cent": a share or amount that
      // completes a sum the stem spells out.
      const key = figureOf(q.answerText);
      const added = key && key.unit ? figureSum(statement.replace(/____/g, " "), key.value, key.unit, BOTH_ENDS.test(statement)) : null;
      if (added) return `The stem spells out a sum (${added}), so the blank follows by arithmetic, not by reading.`;
      // ("$14.9 million from ____ cinemas, below the $20 million hoped for": past a comma the
      // comparison is the earlier figure's, not the blank's.)
      const m = /(\d[\d,]*(?:\.\d+)?)[^.;\d]{0,40}?____\s+(?:[^\s,;]+\s+)?(?:more|fewer|less|higher|lower|above|below|short of)\s+(?:than\s+)?(?:the\s+)?(?:[$€£]\s?)?(\d[\d,]*(?:\.\d+)?)/i.exec(statement);
      if (m) return `The stem shows ${m[1]} and ${m[2]}, so the blank is their difference: it tests subtraction, not reading.`;
      // "41 goals from ____ attempts, an accuracy of 93 percent": one of a share and the two counts that make it.
      if (key && statement.includes("____")) {
        // ("____ million": the answer's own digits, "7.18", go before the scale word the stem keeps.)
        const scaleAfter = /____\s?(?:million|billion)\b/i.test(statement) ? /\d[\d,]*(?:\.\d+)?/.exec(digitised(q.answerText))?.[0] : undefined;
        const filled = statement.replace("____", scaleAfter ?? (/____\s?(?:%|percent\b|per cent\b|million\b|billion\b)/i.test(statement) ? String(key.value) : digitised(q.answerText)));
        const ratio = ratioShown(filled, key.value);
        if (ratio) return `The stem shows the rest of ${ratio}, so the blank follows by arithmetic, not by reading.`;
        const span = spanRemainder(statement, key.value);
        if (span) return `The stem names the whole span and the part already given (${span}), so the blank follows by subtraction, not by reading.`;
        // "reached ____ tonnes, down 27% from 564,000 tonnes": one end of a change whose other end
        // and percentage the stem shows follows by multiplying (the percentage blanked is below).
        const ends = key.unit !== "percent" ? changeChecked(filled.replace(/\s+/g, " "), key) : null;
        if (ends) return `The stem gives the percentage change and its other end (${ends}), so the blank follows by multiplying, not by reading.`;
      }
      // ("… reach ____ trillion won, triple last year's 6 trillion won": the blank's own digits, in
      // the stem's scale, against the other figure's.)
      const multiple = multipleShown(statement, Number(/\d[\d,]*(?:\.\d+)?/.exec(digitised(q.answerText))?.[0]?.replace(/,/g, "") ?? NaN));
      if (multiple) return `The stem gives ${multiple}, so the blank is a multiple or a part of the other figure: it tests arithmetic, not reading.`;
      const change = percentChangeShown(statement, key?.value, key?.unit === "percent");
      if (change) return `The stem gives both ends of the change (${change}), so the percentage follows by dividing, not by reading.`;
      const rate = periodRateShown(statement, key?.value);
      if (rate) return `The stem gives ${rate}, so the blank follows by dividing or multiplying, not by reading.`;
      const half = halfwayShown(statement, key?.value);
      if (half) return `The stem gives ${half}, so the blank is half or twice the other figure: it tests arithmetic, not reading.`;
      // "from Jan. 1 to July 1, giving shops ____ months": the span between two dates the stem shows,
      // or one of the dates from the other and the span.
      const calendar = calendarSpan(statement, q.answerText);
      if (calendar) return `The stem gives ${calendar}, so the blank follows by counting on the calendar, not by reading.`;
      const years = yearSpan(statement, q.answerText);
      if (years) return `The stem gives ${years}, so the blank follows by adding or subtracting years, not by reading.`;
      // "… in August 2017 …, a record that stood for almost ____ years" in an article of 2026: the span
      // from the stem's year to the latest year the article names is worked out, not read.
      const sinceYear = spanToArticleYear(statement, key?.value, ctx.text);
      if (sinceYear) return `The stem gives ${sinceYear}, so the blank follows by subtracting years, not by reading.`;
      const backTo = spanSinceYear(statement, key?.value, ctx.text);
      if (backTo) return `The stem gives ${backTo}, so the blank follows by subtracting years, not by reading.`;
      const band = bandGivesAway(statement, key?.value);
      if (band) return `The stem gives the range ${band}, so the blank follows by arithmetic, not by reading.`;
      // "… 19 percent …, and 8 percent …. The remaining ____ percent did not know": 100 less the rest.
      if (/\b(?:the remaining|the rest|the other)\s+____/i.test(statement) && (statement.match(/\d[\d,.]*\s?(?:%|percent|per cent)|\b[A-Z]?[a-z]+-?[a-z]*\s+(?:percent|per cent)/g) ?? []).length >= 1) {
        return "The blank is what remains of the shares the stem already gives, so it follows by subtraction: it tests arithmetic, not reading.";
      }
      // "will own ____% … and the other side the remaining 45%": the blank is 100 less the rest.
      if ((/____\s?(?:%|percent\b|per cent\b)/i.test(statement) || /%|percent|per cent/i.test(answerForms(q)[0] ?? "")) && REMAINING_SHARE.test(statement)) {
        return "The stem gives the remaining share, so the blank is 100 less it: it tests arithmetic, not reading.";
      }
      // "hold ____ seats, four more than the 45 needed": the blank is their sum. (… and "____ seats,
      // one short of the 19 needed": their difference.)
      const sum = new RegExp(String.raw`____[^.;\d]{0,30}?\b(\d[\d,]*(?:\.\d+)?|${SPELLED_NUMBER}|one)\s+(?:\S+\s+)?(?:(?:more|fewer|less|higher|lower|above|below)\s+than|short\s+of)\s+(?:the\s+)?(?:[$€£]\s?)?(\d[\d,]*(?:\.\d+)?)`, "i").exec(statement);
      if (sum) return `The stem shows ${sum[1]} and ${sum[2]}, so the blank follows by adding or subtracting them: it tests arithmetic, not reading.`;
      // "Five of the ____ members voted yes, while two voted no", "his ____ goal, six short of the
      // record of 58": a whole and its parts, or a mark and the gap to it, in words or digits.
      const whole = /^(\d[\d,]*)(?:st|nd|rd|th)?$/.exec(digitised(answerForms(q)[0] ?? "").trim())?.[1];
      if (!whole || /____\s*(?:%|percent|per cent|million|billion|trillion)\b/i.test(statement)) return null;
      const n = Number(whole.replace(/,/g, ""));
      const next = nextOrdinal(statement, n);
      if (next) return `The stem gives “${next}”, so the blank follows from the ordinal, not from reading.`;
      // "Ada has 22 points, Bo ____ points, with two of the three to go down": "two of the three"
      // counts teams, not what the blank counts; 22 points and "three" make no 25 points.
      // (Parts may count other nouns than their whole: "3,000 people, ____ women and 1,400 men".)
      const blankNoun = countedNoun(statement, statement.indexOf("____") + 4);
      // ("two of the three": both sides of a part and its group, when neither is the blank.)
      const groupPart = new RegExp(String.raw`^\s+of\s+the\s+(?:\d+|${SPELLED_NUMBER})\b`, "i");
      const counts = countsIn(statement.replace("____", "    ")).filter(
        (c) =>
          !blankNoun ||
          countedNoun(statement, c.index + c.raw.length) !== undefined ||
          (!/\bof\s+the\s+$/i.test(statement.slice(0, c.index)) && !groupPart.test(statement.slice(c.index + c.raw.length))),
      // (The blank holds the tested count, so one the stem still shows is another mention: "____ of the
      // six are …; the remaining three …".)
      ).map((c) => ({ ...c, noun: countedNoun(statement, c.index + c.raw.length), ...(c.value === n ? { other: true } : {}) }));
      const sums = sumOrDifference(n, counts, statement, blankNoun);
      return sums ? `The stem gives the counts of ${sums} = ${n}, so the blank follows by arithmetic, not by reading.` : null;
    },
  },
  {
    code: "share_in_words",
    about: "a percentage beside a fraction in words that puts it within a few points (“nearly two-thirds of patients, ____ percent”), or a “one in ____” beside the percentage it makes, or the ten of “nine in ____”: the blank, or a false figure, is told without reading",
    run(q) {
      if (q.type === "true_false") {
        const fig = explainedFigures(q.answerText);
        const right = fig ? figureOf(fig.rightCanon) : null;
        const statement = assertedStatement(q.prompt) ?? "";
        if (!fig || right?.unit !== "percent") return null;
        const place = figureIn(statement, fig.wrong ?? fig.right) ?? (fig.wrongCanon ? figureIn(statement, fig.wrongCanon) : figureIn(statement, fig.rightCanon));
        const words = place ? fractionNear(statement, right.value, place.at) : null;
        return words ? `The statement sets the figure beside “${words}”, which already puts the article's ${fig.right} within a few points: it is judged without reading.` : null;
      }
      if (!isCloze(q)) return null;
      const statement = quotedStatement(q.prompt) ?? q.prompt;
      const key = figureOf(canonicalFigure(q.answerText));
      const at = statement.indexOf("____");
      // "nine in ____ residents": a base of ten (or a hundred) is the idiom's, guessed without reading.
      if (at >= 0 && key && key.unit === "" && (key.value === 10 || key.value === 100) && new RegExp(String.raw`\b(?:\d{1,2}|one|${SPELLED_NUMBER})\s+(?:in|out\s+of)\s+$`, "i").test(statement.slice(0, at))) {
        return `The blank is the base of “${/\S+\s+(?:in|out\s+of)\s+$/i.exec(statement.slice(0, at))?.[0]?.trim() ?? ""} ____”, ${key.value === 10 ? "ten" : "a hundred"} by habit: it is guessed, not read.`;
      }
      // "one in ____ students failed, … a failure rate of 19 percent": the blank is 100 over the share.
      if (at >= 0 && key && key.unit === "" && key.value >= 2 && /\bone\s+in\s+$/i.test(statement.slice(0, at))) {
        const share = [...statement.matchAll(/(?<![\d.,])(\d{1,2}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi)].find((m) => Math.abs(m.index - at) <= 80 && Math.abs(100 / key.value - Number(m[1])) <= Math.max(1.5, 0.12 * Number(m[1])));
        if (share) return `The stem gives ${share[0]}, and “one in ____” is 100 divided by it: the blank (${q.answerText}) is worked out, not read.`;
      }
      if (at < 0 || key?.unit !== "percent") return null;
      const words = fractionNear(statement, key.value, at);
      return words ? `The stem says “${words}” beside the blank, which puts the answer (${q.answerText}) within a few points: it can be guessed without reading.` : null;
    },
  },
  {
    code: "round_threshold",
    about: "a blank that is a round threshold just past a figure the stem shows (“the lowest at 79.8 percent, the only one below ____ percent”): the round number is guessed, not read",
    run(q, ctx) {
      if (!isCloze(q)) return null;
      const statement = quotedStatement(q.prompt) ?? q.prompt;
      const key = figureOf(canonicalFigure(q.answerText));
      // ""But a ____% rate is still almost double the average,"": in a quotation, a whole percentage
      // that rounds a precise one the article reports ("fell to 10.1%") is that figure as the speaker
      // said it loosely; a student who gives the precise figure is as right, and is marked wrong.
      // (Only in a quotation: in the article's own words a whole percentage is its own figure.)
      const quoted = /^["“]/.test(q.source.sentence.trim());
      if (quoted && key?.unit === "percent" && Number.isInteger(key.value) && key.value > 0) {
        const rest = ` ${statement.replace(/____\s?(?:%|percent\b|per cent\b)?/gi, " ")} `;
        const precise = [...ctx.text.matchAll(/(?<![\d.,])(\d{1,3}\.\d)\s?(?:%|percent\b|per cent\b)/gi)]
          .map((m) => m[1] ?? "").find((d) => Math.round(Number(d)) === key.value && !rest.includes(d));
        if (precise) return `The blank is a whole ${key.value} percent, and the article reports ${precise} percent, which it rounds: a student who gives ${precise} is as right.`;
      }
      if (!key || !(key.value > 0) || !THRESHOLD_BEFORE.test(statement.slice(0, statement.indexOf("____")))) return null;
      const step = 10 ** Math.floor(Math.log10(key.value)) / 2;
      if (key.value % step !== 0) return null;
      const rest = statement.replace(/____/g, " ");
      const near = [...rest.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?/g)]
        .map((m) => ({ text: m[0], value: Number(m[0].replace(/,/g, "")) }))
        .find((f) => f.value !== key.value && !(f.value >= 1900 && f.value <= 2100 && /^\d{4}$/.test(f.text)) && Math.abs(f.value - key.value) <= 0.03 * key.value);
      return near ? `The blank is the round number just past the stem's ${near.text}, so a student guesses ${q.answerText} without reading.` : null;
    },
  },
  {
    code: "time_reference",
    about: "a blank that is only the span of a time reference (“29,500 ____ months earlier”)",
    run(q) {
      if (q.type === "true_false") {
        // The statement changes (or keeps) a span: "29,500 21 months earlier".
        const n = Number(/^(\d{1,3})\b(?![.,]\d|\s*(?:percent|%))/.exec(explainedFigures(q.answerText)?.rightCanon ?? "")?.[1] ?? NaN);
        if (!Number.isInteger(n)) return null;
        const span = new RegExp(String.raw`\b(\d{1,3}|${SPELLED_NUMBER})[\s-]+${TIME_SPAN}\b`, "gi");
        for (const m of q.source.sentence.matchAll(span)) {
          const v = countValue(m[1] ?? "");
          if (v === n) return "The statement turns on the length of a time reference (“a year earlier”), which is not a fact worth asking.";
        }
        for (const m of q.source.sentence.matchAll(new RegExp(CHANGE_IN_SPAN.source.replace("NUMBER", SPELLED_NUMBER), "gi"))) {
          if (countValue(m[1] ?? "") === n) return "The statement turns on the span a change is counted over (“doubled in ten years”), not on the change itself; it is not a fact worth asking.";
        }
        for (const m of q.source.sentence.matchAll(new RegExp(String.raw`\b(\d{1,2}|${SPELLED_NUMBER})\s+${SCHEDULE}`, "gi"))) {
          if (countValue(m[1] ?? "") === n) return "The statement turns on a schedule (“five days a week”, “24 hours a day”), which a student can guess without reading; it is not a fact worth asking.";
        }
        for (const m of q.source.sentence.matchAll(new RegExp(ORDINAL_IN_SPAN.source.replace("NUMBER", SPELLED_NUMBER), "gi"))) {
          if (countValue(m[1] ?? "") === n) return "The statement turns on the span an ordinal is counted over (“the second … in two years”), which is not a fact worth asking.";
        }
        return null;
      }
      if (!isCloze(q)) return null;
      const statement = quotedStatement(q.prompt) ?? q.prompt;
      if (new RegExp(String.raw`____\s+(?:${TIME_SPAN}|(?:-|\s)?(?:year|month|week|day)[- ](?:earlier|ago|old)\b)`, "i").test(statement)) {
        return "The blank is the length of a time reference (“a year earlier”), which a student can guess without reading; it is not a fact worth asking.";
      }
      if (new RegExp(CHANGE_IN_SPAN.source.replace("(\\d{1,2}|NUMBER)", "____"), "i").test(statement)) return "The blank is the span a change is counted over (“doubled in ____ years”), not the change itself; it is not a fact worth asking.";
      if (new RegExp(String.raw`____\s+${SCHEDULE}`, "i").test(statement)) return "The blank is a schedule (“five days a week”), which a student can guess without reading; it is not a fact worth asking.";
      // "1,200 waited more than a year, and 300 of them more than ____ years": the blank is the
      // bound of a second time bucket, one step up from the first; it labels a count, it is not one.
      const bucket = new RegExp(String.raw`\b(?:more|longer|less|fewer|over|under)\s+than\s+____\s+(years?|months?|weeks?|days?|hours?)\b`, "i").exec(statement);
      if (bucket && new RegExp(String.raw`\b(?:more|longer|less|fewer)\s+than\s+(?:a|an|one|\d+|${SPELLED_NUMBER})\s+(?:years?|months?|weeks?|days?|hours?)\b`, "i").test(statement.replace(bucket[0], " "))) {
        return "The blank is the bound of a waiting-time band (“more than ____ years” after “more than a year”), which a student can guess from the other band; it labels a count, it is not a fact worth asking.";
      }
      // "a third outbreak … in less than ____ weeks": the window a run of events fell in, given as a
      // round bound, which a student guesses.
      if (/\b(?:in|within)\s+(?:less|fewer)\s+than\s+____\s+(?:years?|months?|weeks?|days?|hours?)\b|\bin\s+(?:just\s+)?under\s+____\s+(?:years?|months?|weeks?|days?|hours?)\b/i.test(statement)) {
        return "The blank is the window a run of events fell in (“in less than ____ weeks”), a round bound a student can guess; it is not a fact worth asking.";
      }
      // "Sales in the third quarter, which ended on ____, rose …": the last day of a calendar
      // quarter or half is known without reading.
      if (/\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:quarter|half)(?:\s+of\s+(?:the\s+)?(?:year|\d{4}))?,?\s+(?:(?:which|that)\s+)?(?:ended|ends|ending|closed|to)\s+(?:on\s+)?____/i.test(statement)) {
        return "The blank is the last day of a calendar quarter (“the third quarter, which ended on ____”), which a student can give without reading; it is not a fact worth asking.";
      }
      // "its second cut in ____ months": the span an ordinal is counted over.
      return new RegExp(String.raw`${ORDINAL_IN_SPAN.source.replace("(\\d{1,3}|NUMBER)", "____")}`, "i").test(statement)
        ? "The blank is the span an ordinal is counted over (“the second … in two years”), which a student can guess without reading; it is not a fact worth asking."
        : null;
    },
  },
  {
    code: "hypothetical_figure",
    about: "a figure from a hypothetical case a speaker sets up (“For a firm making ten trips a day, …”, “If a family earns £30,000, …”): an illustration, not a fact of the story",
    run(q) {
      const statement = q.type === "true_false" ? null : (quotedStatement(q.prompt) ?? (isCloze(q) ? q.prompt : null));
      let clause: string | undefined;
      if (statement?.includes("____")) clause = hypotheticalClause(statement, "____");
      else if (q.type === "true_false") {
        const said = explainedFigures(q.answerText);
        clause = said ? hypotheticalClause(q.source.sentence, said.right) : undefined;
      }
      return clause ? `The figure belongs to a hypothetical case (“${clause}”), an illustration rather than a fact the article reports; it is not worth asking.` : null;
    },
  },
  {
    code: "value_named",
    about: "a blank whose value the stem names in words (“scored ____ points, the maximum”, “a perfect ____”, “full marks of ____”): guessed from the wording, not read",
    run(q) {
      if (q.type === "true_false") {
        // "scored 200 points, the maximum": the statement's own figure is the one it calls the
        // maximum, so whether it is true is guessed from what such a score usually is.
        const { statement, place } = statementFigure(q);
        if (!place) return null;
        const named = valueNamed(statement.slice(0, place.at) + "____" + statement.slice(place.at + place.text.length));
        return named ? `The statement calls its figure “${named}”, so a student can judge it from what such a score usually is, without reading.` : null;
      }
      if (!isCloze(q)) return null;
      const named = valueNamed(quotedStatement(q.prompt) ?? q.prompt);
      return named ? `The stem calls the blank “${named}”, which a student can fill from what such a score usually is, without reading.` : null;
    },
  },
  {
    code: "known_total",
    about: "a count of a whole everyone knows (“143 of the UN's ____ member states”, “all ____ US states”, “____ days a year”): answered from general knowledge, and its wrong figures (293, 393) are ruled out without reading",
    run(q) {
      const say = (name: string, size: number) => `The figure is the number of ${name} (${size}), which is general knowledge: it is answered, and its wrong figures ruled out, without reading.`;
      if (q.type === "true_false") {
        const { statement, said, place } = statementFigure(q);
        const whole = place ? knownWholeAt(statement, place.at, place.text.length) : undefined;
        return whole && said && figureOf(said.rightCanon)?.value === whole.size ? say(whole.name, whole.size) : null;
      }
      if (!isCloze(q)) return null;
      const stem = quotedStatement(q.prompt) ?? q.prompt;
      const whole = knownWholeAt(stem, stem.indexOf("____"), 4);
      return whole && figureOf(digitised(answerForms(q)[0] ?? ""))?.value === whole.size ? say(whole.name, whole.size) : null;
    },
  },
  {
    code: "headline",
    about: "a question asked from the headline, which rounds figures and drops words the body gives in full",
    run(q, ctx) {
      const headline = ctx.headlines?.some((h) => h.trim() === q.source.sentence.trim());
      return headline ? "Asked from the headline, which rounds figures and drops words; the body gives the fact in full." : null;
    },
  },
  {
    code: "answer_in_stem",
    about: "the answer, or an option, readable in the stem",
    // Each type knows what of its key a stem could show (lib/question-types).
    // (… and a name that spells the count out: "the hardest of the ____ swims in the Oceans Seven".)
    run: (q) => moduleFor(q).stemLeak(q) ?? countInName(q),
  },
  {
    code: "options_equal",
    about: "two options that say the same thing (“2.0 percent” / “2 percent”)",
    run(q) {
      const opts = choiceTexts(q);
      for (let i = 0; i < opts.length; i++) {
        for (let j = i + 1; j < opts.length; j++) {
          const [a, b] = [opts[i] as string, opts[j] as string];
          if (normalise(a) === normalise(b) || (figureOf(a) && figureOf(b) && sameValue(a, b))) return `The options “${a}” and “${b}” say the same thing.`;
        }
      }
      return null;
    },
  },
  {
    code: "few_options",
    about: "a choice question with only two options",
    run(q) {
      return q.type === "single_choice" && q.options.length < 3 ? "Only two options: a guess is right half the time." : null;
    },
  },
  {
    code: "distractor_true",
    about: "a wrong option the article itself says is true (a “non-member” the article says joined), or a false figure the article gives for the same count elsewhere (“killing 70 people” in another crash)",
    run(q, ctx) {
      // "… £600,000 from the public" for the article's "£615,000 from the public", where the article
      // also says "an appeal raised more than £600,000": the false figure is the article's own
      // rounding of the same amount (within a tenth of it, after "more than", "about", "almost"), so
      // a careful reader may well call the statement true.
      const shown = q.type === "true_false" && !q.answer ? explainedFigures(q.answerText) : null;
      const rightFig = shown ? figureOf(shown.rightCanon) : null;
      const wrongFig = shown?.wrongCanon ? figureOf(shown.wrongCanon) : null;
      if (shown?.wrong && rightFig && wrongFig && rightFig.unit === wrongFig.unit && rightFig.value > 0 && Math.abs(rightFig.value - wrongFig.value) / rightFig.value <= 0.1) {
        const digits = /\d[\d,]*(?:\.\d+)?/.exec(shown.wrong)?.[0] ?? "";
        const approx = new RegExp(String.raw`\b(?:more than|over|about|around|almost|nearly|some|roughly|just over|just under|close to|at least)\s+[$€£¥₩]?\s?${escapeRegExp(digits)}(?![\d,.]\d)`, "i");
        if (digits && approx.test(ctx.text)) return `The false figure (${shown.wrong}) is how the article itself rounds an amount close to ${shown.right}; a careful reader may call the statement true.`;
      }
      // "revenue of 1 billion euros" for the article's 1.07 billion: the false figure is the true one
      // rounded to fewer digits, which a careful reader may take as the same amount.
      if (shown?.wrong && roundedOf(shown.right, shown.wrong)) return `The false figure (${shown.wrong}) is ${shown.right} rounded; a careful reader may call the statement true.`;
      // "All 70 people on board were killed" for the article's 148, where the article tells of
      // another crash "killing 70 people": the false figure is the article's own count of the same
      // things (the same noun, after the same verb) elsewhere, so a reader who remembers it may call
      // the statement true of that event.
      const elsewhere = shown?.wrong ? sameCountElsewhere(assertedStatement(q.prompt) ?? "", shown.wrong, q.source.sentence, ctx.sentences) : null;
      if (elsewhere) return `The false figure (${shown?.wrong}) is what the article counts of the same thing elsewhere (“${elsewhere}”); a careful reader may call the statement true.`;
      const groups = ctx.facts.filter((f): f is MembershipFact => f.kind === "membership" && q.factIds.includes(f.id));
      if (groups.length === 0) return null;
      const said = (name: string) =>
        groups.some((g) => ctx.sentences.some((s) => MEMBERSHIP_WORDS.test(s) && mentions(s, g.container) && mentions(s, name) && !g.nonMembers.some((n) => normalise(n) === normalise(name) && !g.members.some((m) => normalise(m) === normalise(name)))));
      const wrong = q.type === "true_false" && !q.answer ? [assertedStatement(q.prompt)?.replace(/ is a member of .*$/i, "") ?? ""] : wrongOptions(q);
      const claimsMember = q.type === "true_false" ? /is a member of/i.test(q.prompt) : /\bmember|\bjoin/i.test(q.prompt) && !/\bnot\b/i.test(q.prompt);
      if (!claimsMember) return null;
      const bad = wrong.find((w) => w && said(w));
      return bad ? `The article links “${bad}” to the group's membership elsewhere, so calling it wrong may be false.` : null;
    },
  },
  {
    code: "guessable",
    about: "answerable without reading: the key is the consensus of the options, or the only one whose initials fit, or the one count a singular noun after the blank allows (“to ____ mile”)",
    run(q) {
      // "widened from half a mile to ____ mile": only 1 reads as English.
      const blanked = quotedStatement(q.prompt) ?? "";
      if (isCloze(q) && figureOf(digitised(answerForms(q)[0] ?? ""))?.value === 1 && SINGULAR_AFTER_BLANK.test(blanked)) {
        return "The noun after the blank is singular, so only 1 fits the sentence: the count is read off the grammar.";
      }
      if (q.type !== "single_choice" || q.options.length < 3) return null;
      const key = q.options[q.answer] ?? "";
      const acronym = /what does ([A-Z][A-Z0-9&-]{1,9}) stand for/.exec(q.prompt)?.[1];
      if (acronym) {
        const fit = q.options.filter((o) => initials(o) === acronym.replace(/[&-]/g, ""));
        if (fit.length === 1 && fit[0] === key) return `Only the right answer's initials spell ${acronym}.`;
      }
      const split = q.options.map((o) => o.split(/\s+/));
      if (split.some((w) => w.length < 2) || new Set(split.map((w) => w.length)).size > 1) return null;
      // A position gives a word away only when one word is strictly the most common there.
      const majority = (split[0] as string[]).map((_, k) => {
        const counts = new Map<string, number>();
        for (const w of split) counts.set(w[k] as string, (counts.get(w[k] as string) ?? 0) + 1);
        const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
        return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
      });
      return majority.every((w) => w !== null) && majority.join(" ") === key ? "Each wrong option changes one word of the right one, so taking the most common word at each place gives the answer away." : null;
    },
  },
  {
    code: "key_stands_out",
    about: "a choice whose key is far longer than every wrong option (“concerns from the manufacturing sector about widening trade deficits” among “a strike by port workers”): picked for its length alone",
    run(q) {
      if (q.type !== "single_choice" || q.options.length < 3) return null;
      const key = q.options[q.answer] ?? "";
      if (figureOf(digitised(key))) return null;
      const length = (o: string) => o.trim().split(/\s+/).length;
      const longest = Math.max(...wrongOptions(q).map(length));
      const n = length(key);
      return n >= 1.6 * longest && n - longest >= 4 ? `The right answer has ${n} words and no wrong option more than ${longest}: a student can pick it for its length alone.` : null;
    },
  },
  {
    code: "trivia",
    about: "asking what an everyday acronym (EU, GDP) stands for, or a passing detail of someone quoted (“said Ana Ruiz, 34, who came with her ____ children”, “Ana Ruiz, a ____-year-old nurse, said”), or the date or place of a funeral that closes an obituary",
    run(q, ctx) {
      const acronym = /(?:what does|In the article,|according to the article,)\s+([A-Z][A-Z0-9]{1,9})\s+stand/i.exec(q.prompt)?.[1];
      if (acronym && UBIQUITOUS.has(acronym.toUpperCase())) return `What ${acronym} stands for is general knowledge, not something learnt from this article.`;
      // A bystander's age, or a figure in the clause that says who they are, is there to colour the
      // quotation, not to be learnt.
      const statement = (q.type === "true_false" ? assertedStatement(q.prompt) : quotedStatement(q.prompt)) ?? "";
      const speaker = new RegExp(String.raw`${SAID_BY_NAME}(?:\s+(?:aged\s+)?(____|\d{1,3}),)?(\s+who\b[^”"“.]*)?`, "u").exec(statement);
      // (Without an age, a who-clause may say what makes the speaker worth quoting, "who led the
      // study of ____ patients"; the year of a family café or the count of one's children does not.)
      // (… nor the age at which they did something: "who moved here at the age of ____".)
      const personal = (clause: string) =>
        /\b(?:children|sons?|daughters?|wife|husband|partner|grandchildren|grand(?:father|mother)|father|mother|parents|family)\b/i.test(clause) || /\b(?:at\s+the\s+age\s+of|aged)\s+(?:____|\d)/i.test(clause) || /^\d{4}$/.test(q.answerText.trim());
      if (speaker && (speaker[1] === "____" || (speaker[2]?.includes("____") && (speaker[1] || personal(speaker[2]))))) return "It asks a passing detail about someone quoted (their age, who they were with), which colours the story but is not worth learning.";
      // "Ana Ruiz, a 34-year-old nurse who was on the train, said …", "said Ana Ruiz, a 34-year-old
      // nurse": the same age, told as an apposition; asked, or the figure a true/false turns on.
      const aged = new RegExp(String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s+an?\s+(____|\d{1,3})-year-old\b[^,;:”"“]*,\s+(?:said|says|told|added)\b|\b(?:said|says|added|told\s+\S+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s+an?\s+(____|\d{1,3})-year-old\b`, "u").exec(statement);
      const age = aged?.[1] ?? aged?.[2];
      // (A figure the question asks: the blank itself, or one a true/false turns on.)
      const tested = q.type === "true_false" ? explainedFigures(q.answerText) : null;
      const asks = (figure: string | undefined) => figure === "____" || (figure !== undefined && tested !== null && [tested.right, tested.wrong].includes(figure));
      if (asks(age)) return "It asks a passing detail about someone quoted (their age), which colours the story but is not worth learning.";
      // "will wear the number ____ shirt": a player's shirt number is kit, not the story.
      const shirt = /\b(?:number|No\.?)\s+(____|\d{1,2})\s+(?:shirt|jersey)\b|\b(?:shirt|jersey|squad)\s+number\s+(____|\d{1,2})\b/i.exec(statement);
      if (shirt && asks(shirt[1] ?? shirt[2])) return "It asks a player's shirt number, a detail of kit that is not worth learning.";
      // "She is survived by her son and ____ grandchildren": an obituary's family, not its story.
      if (/\bsurvived by\b[^.;]*____/i.test(statement)) return "It asks a passing detail of someone's family, which closes the story but is not worth learning.";
      // "Her daughter, who moved to Manila at the age of ____": the age at which a relative or a
      // neighbour did something colours the story; it is not what the story reports.
      const kin = /\b(?:daughters?|sons?|wife|husband|widow(?:er)?|partner|mother|father|parents|brothers?|sisters?|grand(?:son|daughter|child|children|mother|father)s?|neighbou?rs?|friends?|relatives?|cousins?)\b(?:(?![.;:!?]).){0,80}?\b(?:at\s+the\s+age\s+of|aged)\s+(____|\d{1,3})\b/i.exec(statement);
      if (kin && asks(kin[1])) return "It asks a passing detail about someone's relative or neighbour (their age), which colours the story but is not worth learning.";
      // "A memorial service will be held at St Mary's on ____": the funeral arrangements that close an
      // obituary (when, where), like the family it leaves, are not its story. Only in the story's last
      // sentences: a funeral that leads a report is the news.
      const rites = ARRANGEMENTS.exec(q.source.sentence);
      const at = ctx.sentences.findIndex((s) => s.trim() === q.source.sentence.trim());
      if (rites && at >= 0 && at >= ctx.sentences.length - 2) {
        const clause = rites[0];
        const blanked = ARRANGEMENTS.exec(statement)?.[0].includes("____") ?? false;
        const forms = tested ? [tested.right] : [q.answerText, ...answerForms(q)];
        if (blanked || forms.some((f) => f.trim() !== "" && mentions(clause, f))) return "It asks when or where a funeral or memorial is held, an arrangement that closes the story but is not worth learning.";
      }
      // "… at the age of five, when his grandfather taught him on a set bought for ____": a childhood
      // anecdote's price or count colours a profile; it is not what the story reports.
      const anecdote = /\bwhen\s+(?:his|her|their|my)\s+(?:grand(?:father|mother|parents|dad|ma|pa)|father|mother|parents|dad|mum|mom|uncle|aunt|(?:older\s+|elder\s+|big\s+)?(?:brother|sister))\b[^.;,]*/i;
      if (anecdote.exec(statement)?.[0].includes("____")) return "It asks a passing detail of someone's childhood, which colours the story but is not worth learning.";
      if (tested) {
        const clause = /\bsurvived by\b[^.;]*/i.exec(statement)?.[0] ?? anecdote.exec(statement)?.[0];
        if (clause && clause.includes(tested.wrong ?? tested.right)) return "It turns on a passing detail of someone's family, which closes the story but is not worth learning.";
      }
      // "said Alex Roy, Christie's chairman of 20th and ____ century art": the speaker's title.
      const title = new RegExp(String.raw`${SAID_BY_NAME}\s+(?!who\b|\d)([^”"“]*)$`, "u").exec(statement)?.[1];
      if (title?.includes("____")) return "It asks a detail of the title of someone quoted, which says who they are but is not worth learning.";
      const shown = tested ? (tested.wrong ?? tested.right) : "";
      if (speaker && (speaker[1] || personal(speaker[2] ?? "")) && shown && speaker[0].includes(shown)) return "It turns on a passing detail about someone quoted, which colours the story but is not worth learning.";
      // "Temperatures at the start were ____ degrees Celsius": the weather at a race, a match or a
      // parade colours the report. Only a story about the weather (its headline or lead says so)
      // makes the temperature worth asking.
      const temperature = TEMPERATURE.exec(statement);
      if (temperature && asks(temperature[1]) && !WEATHER_STORY.test([...(ctx.headlines ?? []), ctx.sentences[0] ?? ""].join(" "))) {
        return "It asks the temperature at an event in a story that is not about the weather, a detail that colours the report but is not worth learning.";
      }
      return null;
    },
  },
  {
    code: "stilted",
    about: "template wording that never says what happened (“given for the following:”)",
    run(q) {
      return /for the following:|is given for\b|are given for\b/i.test(q.prompt) ? "The wording is a template that does not say plainly what is being asked." : null;
    },
  },
  {
    code: "long_stem",
    about: "a stem too long to read comfortably in a quiz",
    run(q) {
      // A quoted passage of two sentences (a statement and the one its "This …" points back to)
      // may run longer; one sentence should not.
      const passage = /[a-z\d%)][.!?]\s+[A-Z]/.test(quotedStatement(q.prompt) ?? "");
      return q.prompt.length > (passage ? LONG_PASSAGE : LONG_STEM) ? "The question is too long to read comfortably." : null;
    },
  },
  {
    code: "garbled",
    about: "unbalanced brackets or quotes, a doubled word, doubled punctuation, or a table's row read as a sentence",
    run(q) {
      const s = statementOf(q);
      const count = (re: RegExp) => (s.match(re) ?? []).length;
      // "| Medicine | 9,120 | 240 | +12% |": a row of a Markdown table says nothing of what its
      // columns hold, which only the header row above it names.
      if (count(/\|/g) >= 2 && /(?:^|\s)\|[^|\n]*\d[^|\n]*\|/.test(s)) return "The text is a row of a table, read without the header that says what its columns hold.";
      if (count(/\(/g) !== count(/\)/g)) return "The text has an unbalanced bracket.";
      if (count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1) return "The text has an unbalanced quotation mark.";
      const doubled = /\b([a-z]+)\s+\1\b/i.exec(s);
      if (doubled && !/^(that|had|is)$/i.test(doubled[1] ?? "")) return `The word “${doubled[1]}” is doubled.`;
      return /[,;:]\s*[.,;:]/.test(s) ? "The text has doubled punctuation." : null;
    },
  },
];
