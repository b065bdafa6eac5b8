// Stage 4e: MembershipFacts — a group, its stated size, the members named, the ones said not to
// be members, and who leads it. Built from list sentences ("includes 12 member states, such as
// A, B and C") plus nearby negative sentences ("neither A nor B are members").
import type { MembershipFact, SourceRef } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { countryKey } from "../questions/lexicon";
import { SPELLED_NUMBER } from "../mentions/number-words";

const LIST_INTRO = /\b(?:(?:members|countries|nations|states|economies|signatories)\s*:|includes?|including|comprises?|comprising|consists? of|(?:is |are )?made up of|composed of|members? (?:include|are)|(?:states|countries|nations|economies|signatories|members|partners),?\s+(?:such as|including|namely|like)|such as|namely|as well as)\s*:?\s+/gi;
/** "10 Southeast Asian countries, as well as A, B and C": the count is of a part left unnamed. */
const UNNAMED_PART = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|other)\s+(?:[\p{L}-]+\s+){0,3}(?:countries|nations|states|members|economies)\b,?\s+(?:as well as|plus|along with|in addition to|and also)\b/iu;
const MEMBER_NOUN = /\b(?:members?|member states|countries|nations|states|economies|signatories|partners|participants)\b/i;
const CAP_ITEM = /^(?:the\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.'’&-]*){0,3})$/u;
const PARTIAL = /\b(?:such as|including|among them|among others|like|for example|e\.g\.)\b/i;
const CONTAINER = /^(?:(?:[Aa]ccording to [^,]+|Notably|Meanwhile),\s*)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,7})/u;
const NOT_A_GROUP = new RegExp(String.raw`^(?:${SPELLED_NUMBER}|Some|Many|Several|Most|All|Few|Other|Both|Each|Dozens|Hundreds|Thousands|Only|Just|About|Nearly|Around)$`, "i");
// "… the leaders of the four Mercosur members: A, B, C and D": the name right before "members" is the group.
const NAMED_BEFORE_MEMBERS = new RegExp(String.raw`\b[Tt]he\s+(?:(?:\d+|${SPELLED_NUMBER})\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})\s*$`, "u");
const GROUP_WORD = /\b(?:bloc|pact|agreement|group|alliance|union|partnership|organi[sz]ation|association|cartel|club|forum|treaty|coalition|consortium)\b/i;

/** "Australia, Canada, the Britain, Mexico and Vietnam" → names; stops at the first non-name. */
export function parseNameList(text: string): string[] {
  const body = text.split(/[.;:!?]|\s[—–]\s|—/)[0] ?? "";
  const parts = body.split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+nor\s+/);
  const names: string[] = [];
  for (const raw of parts) {
    const m = CAP_ITEM.exec(raw.trim());
    if (!m?.[1]) break;
    names.push(m[1]);
  }
  return names;
}

function negatives(text: string): string[] {
  const neither = /\bneither\s+(.+?)\s+nor\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:is|are|was|were)\s+(?:a\s+)?(?:members?|part|signator)/iu.exec(text);
  if (neither?.[1] && neither[2]) return [...parseNameList(neither[1]), neither[2].replace(/^the\s+/i, "")];
  const not = /(?:^|[,;]\s*|\b(?:but|while|notably|although),?\s+)(.+?)\s+(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:a\s+)?(?:[\p{Ll}-]+\s+)?(?:members?|part of|signator)/iu.exec(text);
  // The subject is the last clause before "is not": "Venezuela was suspended, and Bolivia is not".
  if (not?.[1]) return parseNameList((not[1].split(/[,;]\s+(?:and\s+|but\s+|while\s+)?/).pop() ?? "").replace(/^(?:notably|however),?\s*/i, ""));
  const absent = /(?:^|[,;]\s*)(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+)?(?:absent from|outside|left out of|not part of)\b/u.exec(text);
  if (absent?.[1]) return [absent[1]];
  const excl = /\b(?:excluding|except(?: for)?|does not include|do not include|excludes|leaves out)\s+(.+)$/i.exec(text);
  if (excl?.[1]) return parseNameList(excl[1]);
  return [];
}

const stripThe = (s: string) => s.replace(/^the\s+/i, "").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words that can open a sentence in capitals without naming anyone. */
const NOT_A_NAME = /^(?:The|It|Its|This|That|These|Those|They|He|She|We|In|On|At|As|But|And|If|When|While|After|Before|Since|Notably|However|Meanwhile|Last|Next|Some|Many|Most|Other|Both|All|Each|Every|Which|Who)$/;
const GENERIC_GROUP = String.raw`(?:bloc|pact|agreement|group|grouping|alliance|union|partnership|treaty|deal|organi[sz]ation|association|club|coalition)`;
const NAMEX = String.raw`(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3})`;
const ORDINALS = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|latest|newest|new|full|founding)`;
const CONDITIONAL = /\b(?:if|whether|unless|should|would|could|might|may)\s+(?:the\s+)?$/i;

/** The ways a sentence can name the group: its name, its acronym pair, or "the bloc" when that refers to it. */
function targetPattern(names: string[], generic: boolean): string {
  const alts = names.filter(Boolean).map((n) => escape(n).replace(/\s+/g, String.raw`\s+`));
  if (generic) alts.push(GENERIC_GROUP);
  return String.raw`(?:the\s+)?(?:${alts.join("|")})\b`;
}

/** Names a sentence says are (or became) members of the group: "Britain became the first country
 *  to join the bloc", "Chile acceded to the pact", "member states include A, B and C". Wishes,
 *  plans and conditions ("pushed to join", "if Peru joined") are not membership. */
export function membersSaid(sentence: string, names: string[], generic: boolean): string[] {
  const target = targetPattern(names, generic);
  const out: string[] = [];
  const add = (raw: string | undefined, at: number) => {
    const name = stripThe((raw ?? "").trim());
    const first = name.split(/\s+/)[0] ?? "";
    if (!name || NOT_A_NAME.test(first) || CONDITIONAL.test(sentence.slice(0, at)) || names.some((n) => n.toLowerCase() === name.toLowerCase())) return;
    if (!out.includes(name)) out.push(name);
  };
  const patterns = [
    String.raw`${NAMEX}(?:,\s*which)?\s+(?:has\s+|had\s+|have\s+)?(?:(?:formally|officially|also|finally|already|since|later|then)\s+)*(?:joined|acceded to|signed up (?:to|for)|signed on to|ratified|was admitted (?:to|into)|were admitted (?:to|into))\s+${target}`,
    String.raw`${NAMEX}\s+(?:became|has\s+become|had\s+become)\s+(?:the\s+|a\s+|an\s+)?(?:${ORDINALS}\s+)*(?:(?:country|nation|state|member|economy|signatory|partner)\s+)?(?:to\s+(?:join|accede to|sign up to|ratify)\s+|(?:member\s+)?of\s+)${target}`,
    String.raw`${NAMEX}\s+(?:is|are|was|were|remains?|has been|have been)\s+(?:already\s+|also\s+|now\s+|still\s+)?(?:a\s+|an\s+)?(?:(?:full|founding|current|existing)\s+)?members?\s+of\s+${target}`,
  ];
  for (const p of patterns) {
    for (const m of sentence.matchAll(new RegExp(p, "gu"))) add(m[1], m.index ?? 0);
  }
  const list = new RegExp(String.raw`(?:${target}(?:['’]s)?\s+)?(?:members|member states|member countries|signatories)\s+(?:of\s+${target}\s+)?(?:include|includes|including|are|comprise|such as)\s*:?\s+`, "giu");
  for (const m of sentence.matchAll(list)) {
    if (!new RegExp(target, "iu").test(m[0]) && !generic) continue;
    for (const name of parseNameList(sentence.slice((m.index ?? 0) + m[0].length))) add(name, m.index ?? 0);
  }
  return out;
}

/** The group's other names: "CPTPP" for "the Comprehensive … Partnership" and back. */
function aliasesOf(ctx: AnalysisContext, container: string): string[] {
  const out = [container];
  for (const a of ctx.acronyms.flat()) {
    if (stripThe(a.long).toLowerCase() === container.toLowerCase()) out.push(a.short);
    if (a.short === container) out.push(stripThe(a.long));
  }
  return [...new Set(out)];
}

/** For each sentence, the group named last up to and including it: "the bloc" refers to that one. */
function lastGroupNamed(ctx: AnalysisContext, groups: string[]): (string | undefined)[] {
  let last: string | undefined;
  return ctx.sentences.map((t) => {
    const text = ctx.clean.slice(t.start, t.end);
    let at = -1;
    for (const g of groups) {
      const i = text.lastIndexOf(g);
      if (i > at) { at = i; last = g; }
    }
    return last;
  });
}

const GENERIC_RE = new RegExp(String.raw`\b${GENERIC_GROUP}\b`, "i");

export function buildMembershipFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  const { clean } = ctx;
  ctx.sentences.forEach((s, si) => {
    const text = clean.slice(s.start, s.end);
    LIST_INTRO.lastIndex = 0;
    for (let m = LIST_INTRO.exec(text); m; m = LIST_INTRO.exec(text)) {
      const members = parseNameList(text.slice(m.index + m[0].length)).map(stripThe);
      if (members.length < 2) continue;
      const before = text.slice(0, m.index);
      const unnamedPart = UNNAMED_PART.test(text.slice(0, m.index + m[0].length));
      const countMention = unnamedPart ? undefined : (ctx.numbers[si] ?? []).find((n) => n.unit === "count" && MEMBER_NOUN.test(n.noun ?? "") && n.start - s.start < m!.index + m![0].length);
      const groupWord = GROUP_WORD.test(text) || MEMBER_NOUN.test(before);
      if (!countMention && !groupWord) continue;
      // "… reported incidents in three provinces, including A and B": a list set after a plain noun
      // names some of those, not members of a group the sentence opened with.
      const ownNoun = /\b([a-z][a-z-]+)\s*,?\s*$/.exec(before)?.[1];
      if (/^(?:including|such as|like|namely)\b/i.test(m[0]) && ownNoun && !GROUP_WORD.test(ownNoun) && !MEMBER_NOUN.test(ownNoun)) continue;
      const ofGroup = /\bmembers? of (?:the\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,6})/u.exec(text);
      const namedBefore = /^members?\b/i.test(m[0]) ? NAMED_BEFORE_MEMBERS.exec(before)?.[1] : undefined;
      const container = ofGroup?.[1] ?? namedBefore ?? CONTAINER.exec(before.trim())?.[1];
      // "Nine countries, including A, B and C, voted against": a count or a quantifier opening the
      // sentence is how many, not the name of a group.
      if (!container || members.includes(container) || NOT_A_GROUP.test(container)) continue;
      const fact: Omit<MembershipFact, "id"> = {
        kind: "membership", sentenceIndex: si, source: sourceOf(ctx, s), container: stripThe(container),
        members, nonMembers: [], label: "",
      };
      if (countMention) fact.statedCount = countMention.value;
      const leader = /\bled by (?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(text);
      if (leader?.[1]) fact.leader = leader[1];
      const extra: SourceRef[] = [];
      // The negative usually follows within the paragraph.
      for (let j = si; j < Math.min(ctx.sentences.length, si + 3); j++) {
        const t = ctx.sentences[j]!;
        if (t.blockIndex !== s.blockIndex) break;
        const neg = negatives(j === si ? text.slice(m.index + m[0].length) : clean.slice(t.start, t.end)).map(stripThe);
        if (neg.length === 0) continue;
        fact.nonMembers.push(...neg.filter((n) => !fact.nonMembers.includes(n)));
        if (j !== si) extra.push(sourceOf(ctx, t));
      }
      if (extra.length) fact.extraSources = extra;
      out.push({ ...fact, order: s.start + m.index });
      break;
    }
  });
  // Every other sentence that names the group (or "the bloc" right after it) may add members or outsiders.
  const groups = [...new Set([...out.map((f) => (f as MembershipFact).container), ...ctx.acronyms.flat().flatMap((a) => [a.short, stripThe(a.long)])])];
  const lastGroup = out.length > 0 ? lastGroupNamed(ctx, groups) : [];
  for (const draft of out) {
    const f = draft as MembershipFact;
    const aliases = aliasesOf(ctx, f.container);
    const lower = aliases.map((a) => a.toLowerCase());
    const named = new RegExp(String.raw`\b(?:${aliases.map(escape).join("|")})\b`, "u");
    ctx.sentences.forEach((t, j) => {
      if (j === f.sentenceIndex || f.extraSources?.some((x) => x.start === t.start)) return;
      const text = clean.slice(t.start, t.end);
      const generic = !named.test(text) && GENERIC_RE.test(text) && lower.includes(lastGroup[j]?.toLowerCase() ?? "");
      if (!named.test(text) && !generic) return;
      const joined = membersSaid(text, aliases, generic).filter((n) => !f.members.some((x) => countryKey(x) === countryKey(n)));
      const outside = negatives(text).map(stripThe).filter((n) => !f.nonMembers.some((x) => countryKey(x) === countryKey(n)) && !aliases.includes(n));
      if (joined.length === 0 && outside.length === 0) return;
      f.members.push(...joined);
      f.nonMembers.push(...outside);
      (f.extraSources ??= []).push(sourceOf(ctx, t));
    });
  }
  for (const draft of out) {
    const f = draft as MembershipFact;
    f.label = `${f.container}${f.leader ? `, led by ${f.leader},` : ""} has ${f.statedCount ?? "several"} members; named: ${f.members.join(", ")}` +
      (f.nonMembers.length ? `; not members: ${f.nonMembers.join(", ")}` : "");
  }
  return out;
}

/** Whether the member list was introduced as partial ("such as", "including"). */
export function isPartialList(sentence: string): boolean {
  return PARTIAL.test(sentence);
}

/** Whether the list follows a counted part it leaves unnamed ("10 … countries, as well as A, B"). */
export function hasUnnamedPart(sentence: string): boolean {
  return UNNAMED_PART.test(sentence);
}
