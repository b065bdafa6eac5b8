// A sentence that opens by pointing back ("This growth translates to …", "These two regions …",
// "The deal was to …") cannot be quoted alone: the student never learns what it points at.
// Its antecedent is almost always the sentence just before it, so the
// quotation is widened to both sentences, as a teacher copying the passage would do. The critic
// then reads the widened question afresh; nothing else about the question changes.
import nlp from "compromise";
import { FORECAST_ONLY, LONG_PASSAGE } from "./critic/checks";
import { quotedStatement } from "./critic/statement";
import { countValue } from "./mentions/number-words";
import type { DraftQuestion } from "./questions/context";

export interface LeadSentence {
  text: string;
  /** The paragraph (block) the sentence belongs to. */
  block: number;
}

/** Longest previous sentence worth quoting as a lead. */
const MAX_LEAD = 220;
// The lead must itself stand on its own: it cannot point further back, nor be a quotation.
const POINTS_BACK = /^(?:[A-Z][a-z]+ly,?\s+)?(?:he|she|it|they|them|this|these|those|his|her|its|their|there|the (?:deal|agreement|pact|accord|treaty|plan|move|effort|decision|project|scheme|proposal|bill|measure|policy|programme|program|initiative|company|firm|group|bloc))\b/i;

// "For a home worth €300,000, that means an extra €90 a year.": a lead whose "that" stands for the
// sentence before it would need its own lead.
const LEANS_BACK = /(?:^|[,;:]\s+)(?:that|this)\s+(?:means|meant|would mean|will mean|works out|comes to|amounts to|translates|is|was)\b(?!,)/i;

// Nouns that name the same kind of thing, so a lead with one of them is what "the <noun>" means.
const KINDRED: string[][] = [
  ["deal", "agreement", "pact", "accord", "treaty", "convention", "protocol"],
  ["company", "firm", "group", "business", "maker", "manufacturer", "producer", "operator", "retailer", "lender", "bank", "carrier", "airline", "insurer"],
  ["plan", "scheme", "programme", "program", "initiative", "proposal", "measure", "policy", "bill", "law", "reform", "project"],
  ["suspect", "man", "woman", "men", "women", "people", "defendant", "accused"],
  ["bloc", "alliance", "union", "group"],
  // "The service recorded 9,800 offences" means the police service (or force, agency …) a lead names.
  ["service", "force", "police", "agency", "authority", "department", "ministry", "office"],
];

/** Nouns a lead must use itself, names or not: "the committee" is one the lead calls a committee
 *  (or a panel …), a body that decides or judges; "the renovation" one it calls a renovation (or
 *  repairs …), work on something, of which a lead naming a place or a thing says nothing. */
const BODIES: string[][] = [
  ["committee", "commission", "panel", "board", "tribunal", "jury"],
  ["work", "works", "renovation", "refurbishment", "repairs", "repair", "restoration", "upgrade", "redevelopment", "rebuilding", "construction", "overhaul"],
];

/** Whether the lead can be what the statement's opening pronoun points at: "They say …" needs
 *  a plural subject before it ("Opposition spokesman Peter Ruddock called …" is not one), "He" or
 *  "She" a person. compromise reads the lead's first noun phrase and its people. Other openings
 *  ("It was the first time …", "This growth …") are left to the lead as before. */
export function leadAgrees(statement: string, lead: string): boolean {
  // "The agreement will come into force …" needs a lead that speaks of an agreement (or a pact, a
  // deal …): a sentence about something else leaves it pointing nowhere.
  // ("Shares of the company fell …" the same: the company is the one the lead names.)
  const noun = /^(?:[A-Z][a-z]+ly,?\s+)?(?:[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:of|in|at|from)\s+)?the\s+([a-z]+)\b/i.exec(statement.trim())?.[1]?.toLowerCase();
  const kin = noun ? KINDRED.find((k) => k.includes(noun.replace(/s$/, ""))) : undefined;
  // A lead that names something ("… pulled out of the TPP") may be naming it; one with no name
  // and none of the kindred nouns cannot be what it means.
  const names = /\s(?:[A-Z]{2,}|[A-Z][a-z]+)\b/.test(lead.replace(/^\S+/, ""));
  if (kin && !names && !kin.some((w) => new RegExp(`\\b${w}s?\\b`, "i").test(lead))) return false;
  // ("The company said …" after a lead whose only names are places and public bodies — "The United
  // States made 37% …, according to the Semiconductor Industry Association" — has no company in it.)
  if (kin?.includes("company") && names && !kin.some((w) => new RegExp(`\\b${w}s?\\b`, "i").test(lead)) && !namesOtherThanPlacesAndBodies(lead)) return false;
  // "The committee said the benefits outweighed the risks": a body (a committee, a panel …) is the
  // one the lead speaks of by that word; a lead that names something else ("… known as ARIA, was
  // seen in 12.6% of patients") leaves it pointing nowhere, names or not.
  const body = noun ? BODIES.find((k) => k.includes(noun.replace(/s$/, ""))) : undefined;
  if (body && !body.some((w) => new RegExp(`\\b${w}s?\\b`, "i").test(lead))) return false;
  // "… destroyed 400 homes in the same county": the lead must speak of that county.
  const same = /\bthe same (region|area|city|town|province|district|county|village|country|state|site|building|island|coast|valley)\b/i.exec(statement)?.[1]?.toLowerCase();
  if (same && !new RegExp(`\\b${same.replace(/s$/, "")}`, "i").test(lead)) return false;
  // "The three companies together run …" counts things already named: the lead must name the
  // noun (or a kindred one) or list that many names ("Westline, Coastal Rail and MetroLink").
  const counted = /^(?:[A-Z][a-z]+ly,?\s+)?the\s+(\S+)\s+([a-z]+)\b/i.exec(statement.trim());
  const many = counted ? countValue(counted[1] ?? "") : undefined;
  if (counted && many !== undefined && many >= 2 && many <= 12) {
    const head = (counted[2] ?? "").toLowerCase().replace(/(?:ies)$/, "y").replace(/s$/, "");
    const kinds = KINDRED.find((k) => k.includes(head)) ?? [head];
    const stem = (w: string) => w.replace(/y$/, "(?:y|ie)");
    const named = kinds.some((w) => new RegExp(`\\b${stem(w)}s?\\b`, "i").test(lead));
    const listed = new RegExp(String.raw`(?:[A-Z][\p{L}&'’.-]*(?:\s+[A-Z][\p{L}&'’.-]*)*,\s+){${many - 2}}[A-Z][\p{L}&'’.-]*(?:\s+[A-Z][\p{L}&'’.-]*)*,?\s+and\s+[A-Z]`, "u").test(lead);
    if (!named && !listed) return false;
  }
  const pronoun = /^(?:[A-Z][a-z]+ly,?\s+)?(they|them|their|he|she|his|her)\b/i.exec(statement.trim())?.[1]?.toLowerCase();
  if (!pronoun) return true;
  try {
    const doc = nlp(lead);
    // The typed View of compromise's nouns() lacks isPlural(); the tag on the phrase says the same.
    if (/^(?:they|them|their)$/.test(pronoun)) return doc.nouns().first().has("#Plural");
    return doc.people().found || /\b(?:Mr|Mrs|Ms|Dr|minister|president|chief|director|spokesman|spokeswoman|spokesperson|official|executive|chairman|chairwoman|governor|mayor)\b/i.test(lead);
  } catch {
    return false;
  }
}

// Bodies that are no company: "the Semiconductor Industry Association", "the Ministry of Finance".
const PUBLIC_BODY = /\b(?:Association|Institute|University|College|School|Ministry|Department|Agency|Bureau|Council|Commission|Committee|Union|Federation|Organi[sz]ation|Foundation|Society|Parliament|Congress|Senate|Court|Party|Government|Authority|Office|Service|Fund|Bank of|Act|Programme|Program|Police|Army|Navy)\b/;
const NOT_A_NAME = /^(?:The|A|An|In|On|At|By|For|From|But|And|Or|If|When|While|As|After|Before|Since|According|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Whether `lead` names anything besides places (as compromise reads them) and public bodies. */
function namesOtherThanPlacesAndBodies(lead: string): boolean {
  // Words the tagger knows as countries, cities or regions (not any capitalised word it guesses
  // to be a place: "Norvale shares rose" reads Norvale as one).
  let known = new Set<string>();
  try {
    const terms = (nlp(lead).json() as { terms?: { text: string; tags: string[] }[] }[]).flatMap((x) => x.terms ?? []);
    known = new Set(terms.filter((t) => t.tags.some((g) => g === "Country" || g === "City" || g === "Region")).map((t) => t.text.replace(/[.,;:!?]+$/, "")));
  } catch {
    return true;
  }
  const runs = [...lead.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?\p{Lu}[\p{L}&'’.-]*)*/gu)].map((m) => m[0].replace(/[.,;:!?]+$/, ""));
  const bodies = runs.filter((r) => PUBLIC_BODY.test(r));
  return runs.some((run) => {
    const words = run.split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.test(words[0] ?? "")) words.shift();
    const name = words.join(" ");
    if (!name || NOT_A_NAME.test(name) || PUBLIC_BODY.test(name)) return false;
    if (words.every((w) => known.has(w))) return false;
    // "(SIA)": the initials of a body just named.
    if (/^\p{Lu}{2,6}$/u.test(name) && bodies.some((b) => b.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("") === name)) return false;
    return true;
  });
}

// `"We turn airlines away every week," chief executive Ana Lima told reporters.`: a quotation
// followed by its speaker and a verb of saying.
const SPEAKER_NAMED = /^["“‘][^"“”]+[,.!?]["”’]\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:said|says|told|added|adds|warned|explained|insisted|wrote)\b[^"“”]*$/u;

/** The question with its quotation widened to the previous sentence, or null when that sentence
 *  is missing, further back than the paragraph before, points back itself, or would make the stem too long.
 *  With `speaker`, the previous sentence must be the start of the quotation with its speaker named
 *  (for a stem that is the quotation's unattributed rest); otherwise it must not be a quotation. */
export function withLeadSentence(q: DraftQuestion, sentences: readonly LeadSentence[], options: { speaker?: boolean } = {}): DraftQuestion | null {
  const statement = quotedStatement(q.prompt);
  if (!statement || q.type === "matching" || q.type === "ordering") return null;
  // Only a statement that starts where its sentence starts can follow the lead.
  const head = statement.trim().slice(0, 24);
  if (statement.trim().startsWith("…") || !q.source.sentence.trim().startsWith(head.replace(/____.*$/, ""))) return null;
  const at = sentences.findIndex((s) => s.text.trim() === q.source.sentence.trim());
  const lead = at > 0 ? sentences[at - 1] : undefined;
  const self = sentences[at];
  // News copy often gives each sentence a paragraph of its own: the paragraph before will do.
  if (!lead || !self || self.block - lead.block > 1) return null;
  const text = lead.text.trim().replace(/\s+/g, " ");
  if (!leadAgrees(statement, text)) return null;
  // A quotation that goes on into this sentence is quoted from its start, where its speaker is named.
  if (options.speaker ? !SPEAKER_NAMED.test(text) : /^["“‘']/.test(text)) return null;
  // (An interviewer's question, "How big is the company now?", says nothing of who answers it.)
  if (text.length > MAX_LEAD || POINTS_BACK.test(text) || LEANS_BACK.test(text) || FORECAST_ONLY.test(text) || !/[.!]["”’']?$/.test(text)) return null;
  // A function, not a string: "$'" or "$&" in an article's text must stay as written.
  const prompt = q.prompt.replace(`“${statement}”`, () => `“${text} ${statement.trim()}”`);
  return prompt.length <= LONG_PASSAGE && prompt !== q.prompt ? ({ ...q, prompt } as DraftQuestion) : null;
}
