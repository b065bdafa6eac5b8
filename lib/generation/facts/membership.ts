// Stage 4e: MembershipFacts — a group, its stated size, the members named, the ones said not to
// be members, and who leads it. Built from list sentences ("includes 12 member states, such as
// A, B and C") plus nearby negative sentences ("neither A nor B are members").
import type { MembershipFact, SourceRef } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";

const LIST_INTRO = /\b(?:(?:members|countries|nations|states|economies|signatories)\s*:|includes?|including|comprises?|comprising|consists? of|members? (?:include|are)|(?:states|countries|nations|economies|signatories|members|partners),?\s+(?:such as|including|namely|like)|such as|namely)\s*:?\s+/gi;
const MEMBER_NOUN = /\b(?:members?|member states|countries|nations|states|economies|signatories|partners|participants)\b/i;
const CAP_ITEM = /^(?:the\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.'’&-]*){0,3})$/u;
const PARTIAL = /\b(?:such as|including|among them|among others|like|for example|e\.g\.)\b/i;
const CONTAINER = /^(?:(?:[Aa]ccording to [^,]+|Notably|Meanwhile),\s*)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,7})/u;
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
  const excl = /\b(?:excluding|except(?: for)?|does not include|do not include|excludes)\s+(.+)$/i.exec(text);
  if (excl?.[1]) return parseNameList(excl[1]);
  return [];
}

const stripThe = (s: string) => s.replace(/^the\s+/i, "").trim();

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
      const countMention = (ctx.numbers[si] ?? []).find((n) => n.unit === "count" && MEMBER_NOUN.test(n.noun ?? "") && n.start - s.start < m!.index + m![0].length);
      const groupWord = GROUP_WORD.test(text) || MEMBER_NOUN.test(before);
      if (!countMention && !groupWord) continue;
      const ofGroup = /\bmembers? of (?:the\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,6})/u.exec(text);
      const container = ofGroup?.[1] ?? CONTAINER.exec(before.trim())?.[1];
      if (!container || members.includes(container)) continue;
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
      fact.label = `${fact.container}${fact.leader ? `, led by ${fact.leader},` : ""} has ${fact.statedCount ?? "several"} members; named: ${members.join(", ")}` +
        (fact.nonMembers.length ? `; not members: ${fact.nonMembers.join(", ")}` : "");
      out.push({ ...fact, order: s.start + m.index });
      break;
    }
  });
  return out;
}

/** Whether the member list was introduced as partial ("such as", "including"). */
export function isPartialList(sentence: string): boolean {
  return PARTIAL.test(sentence);
}
