// Stage 4d: RankingFacts — "the most promising fields were semiconductors with 91 points,
// artificial intelligence with 57 and automobiles with 39": scored items listed in one sentence.
// Also unscored item lists ("imported textiles and chemical machinery", "goods like steel, ships
// and chips"): the engine has no list kind of fact yet, so a list is stored as a MembershipFact
// whose container is its lower-case lead-in as written ("primarily imported"); a group's
// container is always a capitalised name, which is how the two are told apart (isItemList).
import type { MembershipFact, RankingFact } from "../types";
import type { AnalysisContext, FactDraft } from "./context";
import { sourceOf } from "./context";
import { capitalise, formatNumber, squash, stripDeterminer } from "./phrases";
import { parseNameList } from "./membership";
import { SPELLED_NUMBER, spelledValue } from "../mentions/number-words";
import { datelineOf } from "../mentions/reference-date";

const ITEM = /(?:^|[,:;]\s*(?:and\s+|or\s+)?|\s(?:were|are|was|is|included?|and|or|led by)\s+)([^,:;()]{2,60}?)\s*(?:\(\s*|\s+(?:with|at|on|scoring|scored)\s+|\s+)$/i;

const NOT_A_LABEL = /^(?:some|about|nearly|almost|around|while|whereas|and|or|but|just|only|over|under|roughly|up|down|by|to|from|of)$/i;

// "…, up from 55 percent", "OSLO, May 2 - Nearly 61 percent": words that qualify the figure after
// them, not an item it scores.
const HEDGE_END = /(?:^|\s)(?:nearly|almost|about|around|roughly|some|over|under|just|only|more than|less than|up from|down from|from|to|by)$/i;

/** The item a score belongs to: "…, artificial intelligence with 57" → "artificial intelligence". */
export function itemBefore(before: string): string | undefined {
  const hit = ITEM.exec(before);
  if (!hit?.[1]) return undefined;
  // The leftmost match can start too early ("fields were semiconductors"): keep the tail.
  // "…, followed by the thriller Dune at $7.9 million": the connective is no part of the item.
  const tail = (hit[1].split(/\s(?:were|are|was|is|and|or|included?|include)\s+/i).pop() ?? hit[1]).replace(/^\s*(?:followed|trailed|chased)\s+by\s+/i, "");
  // "The musical was third with $12.2 million": an ordinal alone is the subject's place, not an
  // item; the sentence ranks its subject, it lists no ranking.
  if (/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)|no\.\s*\d+|number\s+\w+)$/i.test(squash(tail))) return undefined;
  const label = stripDeterminer(squash(tail)).replace(/\s+(?:ranked\s+|came\s+|placed\s+)?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))$/i, "");
  if (!label || NOT_A_LABEL.test(label) || HEDGE_END.test(label) || label.split(" ").length > 6) return undefined;
  return label;
}

export function buildRankingFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    const scored = (ctx.numbers[si] ?? []).filter((n) => n.unit === "points" || n.unit === "percent" || n.unit === "currency");
    for (const unit of ["points", "percent", "currency"] as const) {
      const ms = scored.filter((n) => n.unit === unit);
      // Amounts and shares listed together are only a ranking when the sentence says so.
      // ("comes on top of" says "in addition to", not first place.)
      if (unit !== "points" && !/\b(?:ranked|ranking|first|second|third|top(?!\s+of\b)|leading)\b/i.test(s.text)) continue;
      if (ms.length < 2) continue;
      // "480 billion won ($356 million)": one sum in two currencies is no list of amounts.
      if (unit === "currency" && new Set(ms.map((m) => m.currency ?? "")).size > 1) continue;
      const items: { label: string; score: number }[] = [];
      let firstItemStart = -1;
      // A dateline ("OSLO, May 2 -") is no part of what is ranked.
      const from = s.start + datelineOf(s.text).length;
      for (const m of ms) {
        if (m.start < from) { items.length = 0; break; }
        const before = ctx.clean.slice(from, m.start);
        const label = itemBefore(before);
        if (!label) { items.length = 0; break; }
        if (firstItemStart < 0) firstItemStart = from + before.lastIndexOf(label);
        items.push({ label, score: m.value });
      }
      if (items.length < 2 || new Set(items.map((i) => i.label.toLowerCase())).size !== items.length) continue;
      // An article lists a ranking from the top; anything else is just several figures.
      if (items.some((it, i) => i > 0 && it.score > (items[i - 1]?.score ?? Infinity))) continue;
      const lead = squash(ctx.clean.slice(from, Math.max(from, firstItemStart)))
        .replace(/[\s,:;]+$/, "").replace(/\s+(?:were|are|was|is|included?|include)$/i, "").replace(/^(?:according to [^,]+,\s*)/i, "");
      // "Rivera scored 31 points, and guard Tom Okafor added 18": scores that open the sentence
      // with nothing saying what is ranked are a game's figures, not a ranking ("what score did
      // Rivera receive among the Ranking?" is no question).
      if (!lead) continue;
      // "In 2016 the difference between the highest and lowest rates was 3.9 points; it is now
      // 3.3": a comparison cut in two reads as a lead ending "… highest and" and a label ending
      // "… was"; neither names what is ranked.
      if (/\b(?:and|or|the|of|between|with|to|from|than)$/i.test(lead) || items.some((it) => /\b(?:was|is|were|are|has|have|had|now|then)$/i.test(it.label))) continue;
      const what = lead;
      const fact: Omit<RankingFact, "id"> = {
        kind: "ranking", sentenceIndex: si, source: sourceOf(ctx, s), what, items, unit,
        label: `${what}: ${items.map((i) => `${i.label} (${unit === "currency" ? formatNumber(i.score) : i.score}${unit === "percent" ? "%" : ""})`).join(", ")}`,
      };
      out.push({ ...fact, order: firstItemStart });
    }
  });
  return out;
}

// What introduces a list of things: a category ("intermediate goods like …") or a trade verb.
const CATEGORY_LEAD = /(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(?:like|such as|including))\s+/gu;
const VERB_LEAD = /\b((?:(?:mostly|mainly|primarily|largely|chiefly)\s+)?(?:imported|exported|imports|exports|produced|produces|manufactured|manufactures|sold|sells|shipped|ships|bought|buys|grew|grows|highlighted|highlights)(?:\s+(?:mostly|mainly|primarily|largely|chiefly))?)\s+/gu;
// Where the list ends: punctuation, or a preposition or relative word after the last item.
const LIST_STOP = /[.;:!?()“”"—–]|\s(?:from|to|into|in|for|with|as|at|by|on|over|under|amid|during|since|because|through|across|between|while|which|that|who|whose|than)\s/;
const LIST_ITEM = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;
const NOT_AN_ITEM = /^(?:the|a|an|some|other|others|more|many|most|all|both|each|its|their|this|that|these|those|other things)$/i;

/** "five states (A, B, C, D and E) voted against": a counted list whose names match the count is
 *  complete, so anyone else is safely not in it. */
const COUNTED_LIST = new RegExp(String.raw`\b(\d+|${SPELLED_NUMBER})\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s)\s*(?:\(|:|[—–]|,\s*namely)\s*`, "giu");

/** Whether a MembershipFact is an item list rather than a group (see the note at the top). */
export function isItemList(f: MembershipFact): boolean {
  return !/^\p{Lu}/u.test(f.container);
}

/** Lower-case items after a lead: "textiles and chemical machinery from Japan" → two items. */
function itemsAfter(ctx: AnalysisContext, from: number, end: number): string[] {
  const rest = ctx.clean.slice(from, end);
  const stop = LIST_STOP.exec(rest);
  const body = stop ? rest.slice(0, stop.index) : rest;
  const items: string[] = [];
  let cursor = from;
  // "rice cakes and soju, a clear spirit": the item after "and" is the last; what follows a comma
  // after it describes that item or starts a new clause.
  let closing = false;
  let closed = false;
  for (const raw of body.split(/(\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/)) {
    const at = ctx.clean.indexOf(raw, cursor);
    cursor = at >= 0 ? at + raw.length : cursor;
    if (/^\s*,|\s(?:and|or)\s|^\s+$/.test(raw) || raw === "") {
      if (/(?:^|\s)(?:and|or)\s/.test(raw)) closing = true;
      continue;
    }
    if (closed) break;
    if (closing) closed = true;
    // "steel has expanded": the item ends where a verb begins, and so does the list.
    const words = raw.trim().split(/\s+/);
    const verbAt = words.findIndex((w, i) => {
      const tok = ctx.tokens.at(at + raw.indexOf(w, words.slice(0, i).join(" ").length));
      return i > 0 && tok !== undefined && (tok.tags.has("Verb") || tok.tags.has("Auxiliary") || tok.tags.has("Copula")) && !tok.tags.has("Noun");
    });
    const item = (verbAt > 0 ? words.slice(0, verbAt) : words).join(" ").replace(/^(?:the|a|an)\s+/i, "");
    if (!LIST_ITEM.test(item) || NOT_AN_ITEM.test(item)) break;
    items.push(item);
    if (verbAt > 0) break;
  }
  return items;
}

export function buildItemLists(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  ctx.sentences.forEach((s, si) => {
    const block = ctx.blocks[s.blockIndex];
    if (block && block.kind !== "body") return;
    const text = ctx.clean.slice(s.start, s.end);
    const seen = new Set<string>();
    for (const m of text.matchAll(COUNTED_LIST)) {
      const count = /\d/.test(m[1] ?? "") ? Number(m[1]) : spelledValue(m[1] ?? "");
      const rest = text.slice((m.index ?? 0) + m[0].length).split(")")[0] ?? "";
      const names = parseNameList(rest).map((n) => n.replace(/^the\s+/i, ""));
      if (count === undefined || names.length < 2 || names.length !== count) continue;
      const lead = `${m[1]} ${m[2]}`;
      seen.add(names.join("|"));
      const fact: Omit<MembershipFact, "id"> = {
        kind: "membership", sentenceIndex: si, source: sourceOf(ctx, s), container: lead, members: names, nonMembers: [],
        label: `${capitalise(lead)}: ${names.join(", ")}`,
      };
      out.push({ ...fact, order: s.start + (m.index ?? 0) });
    }
    for (const re of [CATEGORY_LEAD, VERB_LEAD]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const lead = (m[1] ?? "").trim().replace(/^(?:(?:in|of|on|for|and|or|the|with)\s+)+/, "");
        const from = s.start + (m.index ?? 0) + m[0].length;
        const items = itemsAfter(ctx, from, s.end);
        if (items.length < 2 || new Set(items).size !== items.length || seen.has(items.join("|"))) continue;
        seen.add(items.join("|"));
        const fact: Omit<MembershipFact, "id"> = {
          kind: "membership", sentenceIndex: si, source: sourceOf(ctx, s), container: lead, members: items, nonMembers: [],
          label: `${capitalise(lead)}: ${items.join(", ")}`,
        };
        out.push({ ...fact, order: from });
      }
    }
  });
  return out;
}
