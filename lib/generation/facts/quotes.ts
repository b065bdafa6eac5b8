// Stage 4f: QuoteFacts with an attributed speaker and a confidence. Attribution looks right
// after the quote (“…,” said X / “…,” X, a professor at Y, told …) and right before it (X added,
// “…”). Follow-on quotes in the same paragraph inherit the speaker; surnames resolve to the one
// known person with that name; pronouns and groups get a low confidence.
import type { QuoteFact } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { NAME } from "../mentions/people";
import { knownPeople, resolveName, type KnownPerson } from "./entity-facts";

const QUOTE = /“([^”]{2,2000})”|"([^"\n]{2,2000})"/g;
const SPEECH = String.raw`(?:said|says|told|added|adds|noted|notes|stated|wrote|explained|warned|warns|argued|argues|insisted|stressed|emphasized|emphasised|remarked|continued|responded|replied|asked|predicted|cautioned)`;
const AFTER_VERB_NAME = new RegExp(String.raw`^\s*,?\s*${SPEECH}\s+(?:(?:${TITLE_WORDS()})\s+)?(${NAME})`, "u");
const AFTER_NAME_VERB = new RegExp(String.raw`^\s*,?\s*(?:(${TITLE_WORDS()})\s+)?(${NAME})(?:,\s+[^“”"]{3,160}?,)?\s+${SPEECH}\b`, "u");
// Lower-case role words then a name, with no comma: "… manager Tessa Morland", "… economist Omar Lindqvist".
const ROLE_WORDS = String.raw`(?:(?!(?:in|on|at|to|of|for|from|by|with|after|before|during|and|or|a|an|the|who|which|that)\s)[\p{Ll}-]+\s+){1,3}`;
const ROLE_THEN_NAME = new RegExp(String.raw`^\s+${ROLE_WORDS}(${NAME})`, "u");
const ROLE_ONLY = new RegExp(String.raw`^\s+${ROLE_WORDS}$`, "u");
const AFTER_PRONOUN = new RegExp(String.raw`^\s*,?\s*(?:(he|she|they|it)\s+${SPEECH}|${SPEECH}\s+(he|she|they))\b`, "iu");
const BEFORE = new RegExp(String.raw`(?:^|[.;,]\s+|^\s*)((?:(?:${TITLE_WORDS()})\s+)?${NAME}|he|she|they|[\p{Ll}][\p{Ll} -]{2,40})\s+${SPEECH}(?:\s+(?:the\s+)?[\p{Lu}][\p{L} ]{0,40}?)?(?:\s+that)?\s*[,:]?\s*$`, "u");

function TITLE_WORDS(): string {
  return String.raw`President|Prime Minister|Minister|Chairman|Chairwoman|Chair|Governor|Ambassador|Secretary|Senator|Councillor|Councilor|Councilman|Councilwoman|Cllr\.?|Alderman|Alderwoman|Assemblyman|Assemblywoman|Mr\.|Ms\.|Mrs\.|Dr\.|Professor|Prof\.`;
}

interface Attribution { speaker: string; title?: string; confidence: number }

function fromName(raw: string, people: KnownPerson[], titleBefore?: string): Attribution {
  let name = raw.trim();
  let title = titleBefore;
  const lead = new RegExp(String.raw`^(${TITLE_WORDS()})\s+`).exec(name);
  if (lead?.[1]) { title ??= lead[1]; name = name.slice(lead[0].length); }
  const known = resolveName(name, people) ?? titledAs(name, people);
  if (known) return { speaker: known.name, title: known.title ?? title, confidence: known.name === name ? 0.95 : 0.85 };
  if (!name.includes(" ")) {
    const ambiguous = people.some((p) => p.name.split(/\s+/).includes(name));
    return { speaker: name, title, confidence: ambiguous ? 0.3 : 0.6 };
  }
  return { speaker: name, title, confidence: 0.8 };
}

/** "Judge Margaret Holroyd", "Detective Inspector Karen Shaw" as one attribution: the person the
 *  article names with that very title, so the speaker is the name alone (and a fill-in accepts
 *  "Holroyd"), not the title glued to it. A first name before a known name ("Ana Maria Lopez"
 *  beside "Maria Lopez") is not a title and resolves to no one. */
function titledAs(name: string, people: KnownPerson[]): KnownPerson | undefined {
  const squash = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
  // ("U.S. District Judge Ana Okafor said …" read from "District": the capitalised words before the
  // name end with the title the article gives her, "Judge", and are a longer form of it.)
  const longer = (before: string, title: string) => {
    const [b, t] = [squash(before), squash(title)];
    return b === t || (b.endsWith(` ${t}`) && before.trim().split(/\s+/).length <= 4 && before.trim().split(/\s+/).every((w) => /^\p{Lu}[\p{L}.-]*$/u.test(w)));
  };
  const hits = people.filter((p) => p.title && name.endsWith(` ${p.name}`) && longer(name.slice(0, -p.name.length), p.title));
  return hits.length === 1 ? hits[0] : undefined;
}

const POSSESSIVE_AFTER = /^['’]s\b/;
// The end of the attribution: not the dot of an initial or a title ("Daniel R. Okafor", "Dr. Lee").
const CLAUSE_END = /[;!?“"]|(?<!\b(?:\p{Lu}|Dr|Mr|Mrs|Ms|Prof|St|Co|Inc|Corp|Jr|Sr))\.(?=\s|$)/u;

export function buildQuoteFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  const people = knownPeople(ctx);
  const mentions = ctx.people.flat();
  for (const block of ctx.blocks) {
    const inBlock = ctx.sentences.filter((s) => s.blockIndex === block.index);
    if (inBlock.length === 0) continue;
    const text = ctx.clean.slice(block.start, block.end);
    let previous: Attribution | undefined;
    QUOTE.lastIndex = 0;
    for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
      const quoted = (m[1] ?? m[2] ?? "").trim();
      const qStart = block.start + m.index;
      const qEnd = qStart + m[0].length;
      const after = ctx.clean.slice(qEnd, block.end);
      const before = ctx.clean.slice(block.start, qStart);
      let att: Attribution | undefined;
      const a1 = AFTER_VERB_NAME.exec(after);
      const a2 = a1 ? null : AFTER_NAME_VERB.exec(after);
      const b = a1 || a2 ? null : BEFORE.exec(before);
      // “…,” said Norway’s Prime Minister Ola Strand / “…,” Ola Strand, Norway’s prime minister, said:
      // the person found with their title wins over the first capitalised words ("Norway").
      const clause = after.slice(0, Math.min(after.length, CLAUSE_END.exec(after)?.index ?? after.length, 160));
      const saidAfter = new RegExp(String.raw`\b${SPEECH}\b`, "u").test(clause);
      const inClause = saidAfter ? mentions.filter((p) => p.start >= qEnd && p.end <= qEnd + clause.length && p.name.includes(" ")).sort((x, y) => x.start - y.start) : [];
      // "said Port Alder coach Ines Carvalho": a name followed, with only a lower-case role between,
      // by another name is the body the speaker works for, not the speaker.
      let t = 0;
      while (t + 1 < inClause.length && ROLE_ONLY.test(ctx.clean.slice(inClause[t]!.end, inClause[t + 1]!.start))) t++;
      const titled = inClause[t];
      if (titled) att = fromName(titled.name, people, titled.title);
      else if (a1?.[1] && !POSSESSIVE_AFTER.test(after.slice(a1.index + a1[0].length))) {
        // "said Blue Harbour manager Tessa Morland": the first name is the club or firm of the role.
        const roleOf = ROLE_THEN_NAME.exec(after.slice(a1.index + a1[0].length));
        att = roleOf?.[1] ? fromName(roleOf[1], people) : fromName(a1[1], people);
        // "said Mayoral Committee Member Zahid Badroodien": capitalised words that run on past the
        // longest name are a title and a name, and where one ends is not known: a guess at best.
        if (!roleOf?.[1] && /^\s+\p{Lu}\p{Ll}/u.test(after.slice(a1.index + a1[0].length))) att = { ...att, confidence: 0.3 };
      }
      else if (a2?.[2]) att = fromName(a2[2], people, a2[1]);
      // Someone the rules cannot name said it ("officials said", "Vietnam’s government said"): a group at best.
      else if (saidAfter && !AFTER_PRONOUN.test(after)) att = /^\s*,?\s*(?:the\s+)?\p{Ll}/u.test(clause) && !new RegExp(String.raw`^\s*,?\s*${SPEECH}`, "u").test(clause) ? { speaker: clause.replace(new RegExp(String.raw`\s+${SPEECH}[\s\S]*$`, "u"), "").replace(/^\s*,?\s*/, ""), confidence: 0.2 } : undefined;
      else if (AFTER_PRONOUN.test(after) && previous) att = { ...previous, confidence: 0.6 };
      else if (b?.[1]) {
        const who = b[1].trim();
        if (/^(?:he|she|they)$/i.test(who)) att = previous ? { ...previous, confidence: 0.6 } : undefined;
        else if (/^\p{Ll}/u.test(who)) att = { speaker: who, confidence: 0.2 }; // a group: "business leaders"
        else att = fromName(who, people);
      } else if (previous && !/[“"]/.test(before.slice(-3))) att = { ...previous, confidence: Math.min(previous.confidence, 0.8) };
      if (!att) continue;
      if (att.confidence >= 0.6) previous = att;
      if (quoted.split(/\s+/).length < 3) continue; // scare quotes: saying he “empathized.”
      const first = inBlock.find((s) => s.end > qStart) ?? inBlock[0]!;
      const last = [...inBlock].reverse().find((s) => s.start < qEnd) ?? first;
      const span = { start: Math.min(first.start, last.start), end: Math.max(first.end, last.end) };
      const fact: Omit<QuoteFact, "id"> = {
        kind: "quote", sentenceIndex: first.index,
        source: { sentence: ctx.text.slice(span.start, span.end), start: span.start, end: span.end },
        text: quoted.replace(/\s+/g, " ").replace(/,$/, ""), speaker: att.speaker, confidence: att.confidence,
        label: `${att.title && /^\p{Lu}/u.test(att.title) ? `${att.title} ` : ""}${att.speaker} said: “${quoted.replace(/\s+/g, " ").replace(/,$/, ".")}”`,
      };
      if (att.title) fact.speakerTitle = att.title;
      out.push({ ...fact, order: qStart });
    }
  }
  return out;
}
