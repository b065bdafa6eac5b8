// Questions on who said what and who holds which role: quote → speaker, person → title.
// Only attributions the extractor is confident about are used (the gate checks again).
import type { QuestionFlag } from "../../question-types";
import type { Fact, PersonFact, QuoteFact } from "../types";
import { explain, rngOf, scramble, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { entityCandidates, pickDistinct, type Candidate } from "./distractors";
import { clauseAround } from "./clause";
import { clip, escapeRegExp, mentions, normalise } from "./text";

const PRONOUN = /^(he|she|they|it|we|i|you|the (company|group|ministry|government|report))$/i;
export const MIN_CONFIDENCE = 0.6;

/** Follow-on quotes whose sentence does not name the speaker are left out: the source
 *  shown as evidence must itself show who said it. */
export function usableQuote(f: QuoteFact): boolean {
  const named = f.speaker.split(/\s+/).some((w) => w.length >= 3 && mentions(f.source.sentence, w));
  return named && f.confidence >= MIN_CONFIDENCE && !PRONOUN.test(f.speaker.trim()) && f.text.trim().split(/\s+/).length >= 4;
}

/** Quotation marks around an excerpt, unless it already carries its own. */
const wrapQuote = (text: string) => (/[“”"]/.test(text) ? text : `“${text}”`);

const TITLE_WORD = /\b(?:President|Minister|Prime|Chairman|Chairwoman|Chair|Governor|Secretary|Ambassador|Senator|Director|Professor|Spokesperson|Spokesman|Spokeswoman|Chief|Executive|Officer|Mr|Mrs|Ms|Dr|Prof)\b/;

/** "Kim Yang-hee", "Daniel R. Okafor-Smith": two or more name words, no title, no possessive. A
 *  surname alone or "Norway’s Prime Minister" is not a name a student can pick reliably. */
export function isFullName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0] ?? "") && /^\p{Lu}/u.test(words[words.length - 1] ?? "") &&
    !/['’]s\b/.test(name) && !TITLE_WORD.test(name) && words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|van|von|der|den|de|da|del|della|di|du|la|le|bin|ibn|al|el)$/u.test(w));
}

/** The quotation as a student reads it: whole, or its first whole sentences within `max`; never cut
 *  inside a sentence (a "…" leaves the student guessing what was said). */
export function completeExcerpt(text: string, max: number): string | null {
  const t = text.trim().replace(/^[“"]+|[”"]+$/g, "").replace(/\s+/g, " ");
  // "These airplanes …", "It will …": out of its paragraph, the quotation points at nothing.
  if (/^(?:he|she|it|they|them|this|these|those|his|her|its|their|there)\b/i.test(t)) return null;
  if (t.length <= max) return t;
  // Sentence ends, but not the dots of "U.S.", "Mr." or "Dr.".
  let out = "";
  for (const m of t.matchAll(/[.!?]+[”’"]?(?=\s+[“"‘]?\p{Lu}|$)/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    if (/(?:\b\p{Lu}\.(?:\p{Lu}\.)*|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Gen|Gov|Sen|Rep))\.$/u.test(t.slice(0, end))) continue;
    if (t.slice(0, end).trim().length > max) break;
    out = t.slice(0, end);
  }
  return out.trim().length >= 20 ? out.trim() : null;
}

const excerpt = (text: string, max: number) => clip(text.trim().replace(/^[“"]+|[”"]+$/g, ""), max);

/** A contradicted fact's questions are still built, held for a teacher with the finding that doubts it. */
export function contradictionFlags(ctx: BuildContext, f: Fact): QuestionFlag[] {
  if (!f.contradicted) return [];
  const finding = ctx.issues.find((i) => i.factIds.includes(f.id));
  return [{ code: "contradicted", message: clip(finding?.message ?? "Another part of the article contradicts this fact.", 300) }];
}

export function quoteQuestions(ctx: BuildContext, f: QuoteFact): Draft[] {
  if (!usableQuote(f)) return [];
  const ids = [f.id];
  const base = { explanation: explain(ctx, ids, f.source, `${f.speaker} said this.`), source: sourceOf(f.source), factIds: ids };
  const drafts: Draft[] = [];
  const flags = contradictionFlags(ctx, f);
  const push = (d: Omit<Draft, "rank" | "priority">, priority: number) =>
    drafts.push({ ...d, rank: drafts.length, priority, confidence: f.confidence, ...(flags.length ? { flags } : {}) });

  const said = completeExcerpt(f.text, 200);
  const prompt = `Who is quoted in the article as saying: “${said ?? ""}”?`;
  if (said && isFullName(f.speaker) && !mentions(prompt, f.speaker)) {
    const people = ctx.people.filter(isFullName);
    const wrong = pickDistinct(f.speaker, prompt, entityCandidates(f.speaker, people, [], rngOf(ctx, `q-sc:${f.id}`)), 3);
    if (wrong.length >= 2) {
      const sc = singleChoice(rngOf(ctx, `q-sc-o:${f.id}`), f.speaker, wrong);
      push({ question: { type: "single_choice", prompt, ...sc, answerText: f.speaker, ...base }, closeness: sc.closeness }, 6);
    }
  }

  const sentence = f.source.sentence;
  // The sentence names the speaker in full, or (a later quotation) by a surname no one else in
  // the article has: "“…,” said Dhakal." Then the quotation must say something on its own.
  const named = sentence.includes(f.speaker) ? f.speaker : surnameIn(ctx, f);
  if (named && isFullName(f.speaker)) {
    const clause = clauseAround(sentence, named, ctx.banned, 240);
    if (clause && !clause.includes("…") && clause.split(named).length === 2) {
      push(
        {
          question: {
            type: "fill_blank",
            prompt: `Fill in the blank with the speaker's name: ${wrapQuote(clause.replace(named, "____"))}`,
            answer: { accepted: nameForms(f.speaker, ctx.people, ctx.text) },
            answerText: f.speaker,
            ...base,
          },
          closeness: 0.6,
        },
        4,
      );
    }
  }
  return drafts;
}

/** The speaker's surname as the quote's sentence names them, when the article gives it to no one
 *  else, the sentence names them once, and the quotation stands on its own (whole, no pointing
 *  word at its start); otherwise null. */
function surnameIn(ctx: BuildContext, f: QuoteFact): string | null {
  const surname = nameForms(f.speaker, ctx.people).find((n) => n !== f.speaker && f.speaker.endsWith(` ${n}`) && (!/\s/.test(n) || SURNAME_PARTICLE.test(n.split(/\s+/)[0] ?? "")));
  if (!surname || surname.length < 3) return null;
  const once = new RegExp(`(?<![\\p{L}-])${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "gu");
  if ((f.source.sentence.match(once) ?? []).length !== 1) return null;
  if (!completeExcerpt(f.text, 240)) return null;
  return surname;
}

/** Quotes from different speakers matched to who said them. */
export function quoteMatching(ctx: BuildContext, facts: QuoteFact[]): Draft[] {
  const bySpeaker = new Map<string, QuoteFact>();
  for (const f of facts.filter((q) => usableQuote(q) && !q.contradicted && isFullName(q.speaker) && completeExcerpt(q.text, 140))) {
    if (!bySpeaker.has(normalise(f.speaker))) bySpeaker.set(normalise(f.speaker), f);
  }
  const chosen = [...bySpeaker.values()].slice(0, 4);
  const first = chosen[0];
  // Two pairs are one guess: a matching question needs three.
  if (!first || chosen.length < 3) return [];
  const prompts = chosen.map((f) => completeExcerpt(f.text, 140) as string);
  const speakers = chosen.map((f) => f.speaker);
  if (prompts.some((p) => speakers.some((s) => mentions(p, s))) || new Set(prompts).size !== prompts.length) return [];
  const extra = pickDistinct(speakers[0] as string, "", entityCandidates(speakers[0] as string, ctx.people.filter(isFullName), [], rngOf(ctx, "q-match-x")), 1, speakers);
  const options = scramble([...speakers, ...extra.map((e) => e.text)], rngOf(ctx, "q-match"));
  const ids = chosen.map((f) => f.id);
  return [
    {
      question: {
        type: "matching",
        prompt: "Match each quotation to the person the article attributes it to.",
        prompts,
        options,
        answer: speakers.map((s) => options.indexOf(s)),
        answerText: chosen.map((f) => `“${excerpt(f.text, 60)}”: ${f.speaker}`).join("; "),
        explanation: explain(ctx, ids, first.source, "Each quotation is attributed in the article."),
        source: sourceOf(first.source),
        factIds: ids,
      },
      priority: 8,
      rank: 0,
      closeness: 0.7,
      crossSentence: true,
      confidence: Math.min(...chosen.map((f) => f.confidence)),
    },
  ];
}

// A title abbreviated before a name ("Rep. Park", "Sen. Diaz") is written out when it stands as a
// role on its own: "Rep." is no answer a student would give or recognise as a role.
const ABBREVIATED: Record<string, string> = { "rep.": "Representative", rep: "Representative", "sen.": "Senator", "prof.": "Professor", cllr: "Councillor", "cllr.": "Councillor", "gov.": "Governor", "supt.": "Superintendent" };
const describe = (title: string) => {
  const t = title.trim().replace(/^(a|an|the)\s+/i, "");
  return clip(ABBREVIATED[t.toLowerCase()] ?? t, 150);
};

// Capitalised words that can stand right before a title without naming whose title it is.
const NOT_OWNER = /^(?:The|A|An|In|On|At|As|But|And|If|When|While|This|That|Then|Now|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The organisation or place a sentence writes right before the title, with no "of" or possessive:
 *  "Vodafone Chief Executive Margherita Della Valle", "Ontario Premier Doug Ford". Without it the
 *  role reads as the article's only chief executive or premier, which it often is not. */
function ownerBefore(f: PersonFact): string | undefined {
  const sentence = f.source.sentence;
  const title = f.title.trim();
  const m = new RegExp(String.raw`((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3})${escapeRegExp(title)}\s+${escapeRegExp(f.name)}`, "u").exec(sentence);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/);
  while (words.length > 0 && NOT_OWNER.test(words[0] ?? "")) words.shift();
  // A word that ends a sentence's opening clause ("Speaking in Paris, …") has a comma: never reached.
  return words.length > 0 ? words.join(" ") : undefined;
}

/** The role with its organisation when the title alone omits it: "Chairman of the Korea …". */
function roleOf(ctx: BuildContext, f: PersonFact): string {
  const title = describe(f.title);
  const org = f.organisation?.trim();
  if (!org) {
    const owner = ownerBefore(f);
    return owner && !mentions(title, owner) ? `${owner} ${title}` : title;
  }
  if (mentions(title, org)) return title;
  if (ctx.text.includes(`of the ${org}`)) return `${title} of the ${org}`;
  // "Analyst Richard Vosper of Bank Vontobel": the role is the article's "Analyst … of Bank
  // Vontobel"; "Who does the article describe as Analyst, Bank Vontobel?" read as a form's fields.
  return ctx.text.includes(`of ${org}`) ? `${title} of ${org}` : `${title}, ${org}`;
}

/** Whether the article gives `name` the same title too ("President Roh" when asking who is
 *  "President"): such a person cannot be a wrong answer. */
function sharesTitle(ctx: BuildContext, name: string, title: string): boolean {
  const t = normalise(title);
  for (const f of ctx.facts) if (f.kind === "person" && normalise(f.name) === normalise(name) && normalise(f.title) === t) return true;
  for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + 1)) {
    if (mentions(ctx.text.slice(Math.max(0, at - 60), at + name.length + 60), title)) return true;
  }
  return false;
}

const LEADER_TITLE = /^(?:administration|government)$|\b(?:President|Prime Minister|Premier|Chancellor)$/;
const MAX_ACTOR_SENTENCE = 260;

/** Who did what: "Although the ____ administration pushed to join, the effort stalled …", with the
 *  other leaders the article names as the wrong options. */
function actorQuestions(ctx: BuildContext, f: PersonFact): Draft[] {
  const sentence = f.source.sentence;
  const phrase = `the ${f.name} ${f.title}`;
  const at = sentence.indexOf(phrase);
  if (at < 0 || sentence.indexOf(phrase, at + 1) >= 0 || sentence.length > MAX_ACTOR_SENTENCE || !isFullName(f.name)) return [];
  // The whole sentence is shown as true: never one carrying a figure the article contradicts.
  if (ctx.banned.some((b) => b && sentence.includes(b))) return [];
  const nameAt = at + 4;
  const prompt = `Which name completes the article's statement? “${sentence.slice(0, nameAt)}____${sentence.slice(nameAt + f.name.length)}”`;
  const leaders = ctx.facts.filter((g): g is PersonFact => g.kind === "person" && g.id !== f.id && LEADER_TITLE.test(g.title.trim())).map((g) => g.name).filter(isFullName);
  const wrong = pickDistinct(f.name, prompt, entityCandidates(f.name, leaders, [], rngOf(ctx, `actor:${f.id}`)), 3);
  if (wrong.length < 2) return [];
  return [nameChoice(ctx, f, prompt, wrong, `actor-o:${f.id}`, 6)];
}

export function personQuestions(ctx: BuildContext, f: PersonFact): Draft[] {
  if (/^(?:administration|government)$/.test(f.title.trim())) return actorQuestions(ctx, f);
  const title = roleOf(ctx, f);
  // One-word titles ("President") are too generic to point at one person.
  if (title.split(/\s+/).length < 2 || mentions(title, f.name)) return [];
  const owned = !f.organisation && title !== describe(f.title);
  const prompt = `Who does the article describe as ${/^[A-Z]/.test(title) && !owned ? "" : "the "}${title}?`;
  if (!isFullName(f.name)) return [];
  const people = entityCandidates(f.name, ctx.people.filter(isFullName), [], rngOf(ctx, `p-sc:${f.id}`)).filter((c) => !sharesTitle(ctx, c.text, title));
  const wrong = pickDistinct(f.name, prompt, people, 3);
  // Fewer than three real people to choose from is a coin toss, not a question.
  if (wrong.length < 2) return [];
  return [nameChoice(ctx, f, prompt, wrong, `p-sc-o:${f.id}`, 5)];
}

/** A single-choice question whose key is the person's name, flagged when the article contradicts the fact. */
function nameChoice(ctx: BuildContext, f: PersonFact, prompt: string, wrong: Candidate[], shuffleKey: string, priority: number): Draft {
  const sc = singleChoice(rngOf(ctx, shuffleKey), f.name, wrong);
  const ids = [f.id];
  const flags = contradictionFlags(ctx, f);
  return {
    question: { type: "single_choice", prompt, ...sc, answerText: f.name, explanation: explain(ctx, ids, f.source), source: sourceOf(f.source), factIds: ids },
    priority,
    rank: 0,
    closeness: sc.closeness,
    ...(flags.length ? { flags } : {}),
  };
}

/** People matched to the roles the article gives them. */
export function personMatching(ctx: BuildContext, facts: PersonFact[]): Draft[] {
  const seen = new Set<string>();
  const seenRole = new Set<string>();
  // Two people with the same role ("President") would make the pairing ambiguous: keep one.
  const chosen = facts
    .filter((f) => {
      const key = normalise(f.name);
      const role = normalise(roleOf(ctx, f));
      // "Dr." is a form of address, not a role.
      const ok = !f.contradicted && isFullName(f.name) && !seen.has(key) && !seenRole.has(role) && role.length > 2 && !/^(?:dr|mr|mrs|ms)\.?$/i.test(f.title.trim()) && !mentions(f.title, f.name);
      seen.add(key);
      seenRole.add(role);
      return ok;
    })
    .filter((f) => facts.filter((g) => normalise(roleOf(ctx, g)) === normalise(roleOf(ctx, f))).length === 1)
    .slice(0, 5);
  const titles = chosen.map((f) => roleOf(ctx, f));
  const first = chosen[0];
  if (!first || chosen.length < 3 || new Set(titles.map(normalise)).size !== titles.length) return [];
  const options = scramble(titles, rngOf(ctx, "p-match"));
  const ids = chosen.map((f) => f.id);
  return [
    {
      question: {
        type: "matching",
        prompt: "Match each person to the role the article gives them.",
        prompts: chosen.map((f) => f.name),
        options,
        answer: titles.map((t) => options.indexOf(t)),
        answerText: chosen.map((f, i) => `${f.name}: ${titles[i]}`).join("; "),
        explanation: explain(ctx, ids, first.source, "Each role is stated where the person is introduced."),
        source: sourceOf(first.source),
        factIds: ids,
      },
      priority: 7,
      rank: 0,
      closeness: 0.6,
      crossSentence: true,
    },
  ];
}

/** The ways a reader may rightly write a person's name: in full, without hyphens or middle
 *  initials, and by surname alone when no one else in the article shares it ("Udvar-Hazy" for
 *  "Steven F. Udvar-Hazy"; never "Kim" where the article has several Kims). A Korean-style
 *  name ("Kim Yang-hee") puts the surname first. */
// (Written with a capital too, "Pieter Van Dam", "Marco Di Stefano": still part of the surname.)
const SURNAME_PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|das|dos|du|la|le|ter|ten|bin|binti|bint|al|el|ibn)$/i;

export function nameForms(name: string, people: string[], text = ""): string[] {
  const words = name.split(/\s+/);
  const bare = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^[A-Z]\.?$/.test(w));
  const korean = words.length === 2 && /^[A-Z][a-z]+-[a-z]+$/.test(words[1] ?? "");
  // "Jan de Graaf", "Ana van der Berg": the particles belong to the surname ("de Graaf", never "Graaf").
  const particle = korean ? -1 : words.findIndex((w, i) => i > 0 && i < words.length - 1 && SURNAME_PARTICLE.test(w));
  const surname = (korean ? words[0] : particle > 0 ? words.slice(particle).join(" ") : words[words.length - 1]) ?? name;
  // (… and "the brothers Tadesse and Yomif Haile", "Ana and Luis Ortega": a first name joined to
  // this one's shares the surname, though the article never writes it out in full.)
  const given = korean || words.length < 2 ? "" : (words[0] ?? "");
  const joined = given && new RegExp(String.raw`(?<!\p{Lu}[\p{L}'’.-]*\s)(?<![\p{L}])\p{Lu}\p{Ll}+\s+(?:and|&)\s+${escapeRegExp(given)}\s+${escapeRegExp(surname)}(?![\p{L}-])`, "u").test(text);
  const shared = joined || people.some((p) => p !== name && ` ${p} `.includes(` ${surname} `));
  const forms = [name, bare.join(" "), ...(words.length > 1 && !shared ? [surname] : [])];
  return [...new Set(forms.flatMap((f) => [f, f.replace(/-/g, " ")]))].slice(0, 10);
}
