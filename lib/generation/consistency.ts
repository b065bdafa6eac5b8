// Stage 5: the article checked against itself. Every finding names the numbers, quotes the
// sentences and marks the facts it undermines as `contradicted`, so no question is built on them
// unless a teacher decides otherwise.
import type { ConsistencyIssue, Fact, MembershipFact, NumberFact, Sentence, SourceRef } from "./types";
import type { AnalysisContext } from "./facts/context";
import { isPartialList, parseNameList } from "./facts/membership";
import { isItemList } from "./facts/ranking";
import { capitalise, formatNumber } from "./facts/phrases";
import { SPELLED_NUMBER, spelledValue } from "./mentions/number-words";
import { mentions } from "./questions/text";

/** Rounding a stated ratio or percentage is normal; beyond this it is a different figure. */
const RATIO_TOLERANCE = 0.03;

function issue(kind: ConsistencyIssue["kind"], message: string, sources: SourceRef[], facts: Fact[]): ConsistencyIssue {
  const unique = sources.filter((s, i) => sources.findIndex((t) => t.start === s.start && t.end === s.end) === i);
  return { kind, message, sentences: unique.map((s) => s.sentence), sources: unique, factIds: facts.map((f) => f.id) };
}

function money(f: NumberFact): string {
  return `${f.raw}${f.year ? ` (${f.year})` : ""}`;
}

const CHANGE_WORD = /\b(?:increase|rise|rose|grew|growth|jump|jumped|gain|surge|surged|up|decline|declined|drop|dropped|fall|fell|down)\b/i;

function ratioIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  const numbers = facts.filter((f): f is NumberFact => f.kind === "number");
  for (const f of numbers) {
    if (f.unit !== "fold" && !(f.unit === "percent" && CHANGE_WORD.test(f.source.sentence))) continue;
    // The figures it relates: two amounts of one currency in the same sentence, else the one before.
    const block = ctx.sentences[f.sentenceIndex]?.blockIndex;
    const near = (si: number) => numbers.filter((g) => g.sentenceIndex === si && g.unit === "currency" && !g.contradicted);
    let pair = near(f.sentenceIndex);
    if (pair.length !== 2 && f.sentenceIndex > 0 && ctx.sentences[f.sentenceIndex - 1]?.blockIndex === block) pair = near(f.sentenceIndex - 1);
    // The base is the amount introduced with "from" ("down from €102 billion"), else the first.
    const fromFirst = (g: NumberFact) => new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+)?${g.raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(g.source.sentence);
    const ordered = pair.length === 2 && pair[1] && fromFirst(pair[1]) && !(pair[0] && fromFirst(pair[0])) ? [pair[1], pair[0]] : pair;
    const [from, to] = ordered;
    if (pair.length !== 2 || !from || !to || from.currency !== to.currency || from.value <= 0 || to.value <= 0) continue;
    const ratio = f.unit === "fold" ? Math.max(to.value, from.value) / Math.min(to.value, from.value) : to.value / from.value;
    if (f.unit === "fold") {
      if (Math.abs(f.value - ratio) / ratio <= RATIO_TOLERANCE) continue;
      f.contradicted = true;
      out.push(issue("ratio_mismatch",
        `The article says ${f.raw}, but ${money(from)} to ${money(to)} is about ${formatNumber(Math.round(ratio))}-fold ` +
        `(${formatNumber(to.value)} ÷ ${formatNumber(from.value)} = ${formatNumber(Math.round(ratio * 10) / 10)}).`,
        [f.source, from.source, to.source], [f, from, to]));
    } else {
      const change = Math.abs(ratio - 1) * 100;
      if (Math.abs(f.value - change) <= Math.max(1, change * RATIO_TOLERANCE)) continue;
      // Only when the percentage plainly describes the move between the two amounts, not a move
      // against a base of its own ("… up from X a year earlier and 12 percent higher than the
      // previous quarter").
      // The base must be an amount the sentence moves from ("up from £188 million"): a "from" that
      // opens a date ("… to £12.90 from April, at a cost of £70 million") pairs unrelated amounts.
      if (!fromFirst(from) || f.sentenceIndex !== from.sentenceIndex) continue;
      const at = f.source.sentence.indexOf(f.raw);
      // "… up from £188 million, and it raised its dividend by 8 percent to 3.9 pence": a percentage
      // with an amount of its own after it ("by 8 percent to 3.9 pence") measures that amount.
      const ownTarget = at >= 0 ? /^\s*(?:\w+\s+){0,2}?to\s+(?:about\s+|around\s+)?[£$€¥₩]?\s?(\d[\d,.]*)/.exec(f.source.sentence.slice(at + f.raw.length)) : null;
      const digits = (raw: string) => raw.replace(/[^\d.]/g, "");
      if (ownTarget?.[1] && ![from.raw, to.raw].some((raw) => digits(raw) === digits(ownTarget[1]!).replace(/\.$/, ""))) continue;
      const ownBase = at >= 0 && /^[^,;\d]{0,25}?\b(?:than|on|over|compared with|versus)\s+(?:the\s+|a\s+)?(?:previous|prior|preceding|last|same|year-earlier|year-ago)\b/i.test(f.source.sentence.slice(at + f.raw.length));
      if (ownBase) continue;
      // "Profit fell to £84.6m from £98.4m, on revenue up 5.2 per cent at £1.31bn": a clause that
      // opens with a measure of its own ("on revenue up …", "with sales down …", "while costs rose …")
      // holds its percentage and its amount; the amount of the clause before is another measure.
      const clauses = f.source.sentence.split(/[;,](?!\d)/);
      const clauseAt = (raw: string) => clauses.findIndex((c) => c.includes(raw));
      const own = clauses[clauseAt(f.raw)] ?? "";
      const measure = /^\s*(?:on|with|as|while|whereas|and)\s+(?:[a-z-]+\s+){1,3}(?:up|down|rising|falling|rose|fell|increased|decreased|grew|growing|climbed|dropped)\b/i.test(own);
      if (measure && (clauseAt(from.raw) === clauseAt(f.raw)) !== (clauseAt(to.raw) === clauseAt(f.raw))) continue;
      f.contradicted = true;
      out.push(issue("ratio_mismatch",
        `The article gives a change of ${formatNumber(f.value)}%, but ${money(from)} to ${money(to)} is a change of about ${formatNumber(Math.round(change * 10) / 10)}%.`,
        [f.source, from.source], [f, from, to]));
    }
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, "").trim();

function membershipIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  // Item lists ("imported textiles and machinery") are stored as memberships but are not groups.
  const memberships = facts.filter((f): f is MembershipFact => f.kind === "membership" && !isItemList(f));
  for (const f of memberships) {
    const others = memberships.filter((g) => g !== f && norm(g.container) === norm(f.container));
    const outside = new Set([...f.nonMembers, ...others.flatMap((g) => g.nonMembers)].map(norm));
    const both = f.members.filter((m) => outside.has(norm(m)));
    if (both.length > 0) {
      f.contradicted = true;
      f.contested = both;
      const list = both.join(" and ");
      out.push(issue("membership_contradiction",
        `${list} ${both.length > 1 ? "are" : "is"} named as ${both.length > 1 ? "members" : "a member"} of ${f.container} and also said not to be ${both.length > 1 ? "members" : "a member"}.`,
        [f.source, ...(f.extraSources ?? [])], [f]));
    }
    // The count is checked against the list it introduces, not against members named elsewhere.
    const listed = f.members.filter((m) => mentions(f.source.sentence, m));
    if (f.statedCount !== undefined && f.statedCount < listed.length) {
      out.push(issue("count_mismatch",
        `${f.container} is said to have ${f.statedCount} members, but the article names ${listed.length}: ${listed.join(", ")}.`,
        [f.source], [f]));
      f.contradicted = true;
    } else if (f.statedCount !== undefined && f.statedCount > listed.length && !isPartialList(f.source.sentence) &&
        /\b(?:are|namely)\b\s*:?|:/.test(f.source.sentence)) {
      out.push(issue("count_mismatch",
        `${f.container} is said to have ${f.statedCount} members, but the full list given names only ${listed.length}: ${listed.join(", ")}.`,
        [f.source], [f]));
    }
  }
  // Counts followed by their list: "the three carmakers — A, B, C and D —".
  ctx.numbers.forEach((found, si) => {
    for (const m of found) {
      if (m.unit !== "count" || !m.noun || m.ofPhrase) continue;
      const sentence = ctx.sentences[si];
      if (!sentence) continue;
      const after = ctx.clean.slice(m.end, sentence.end);
      const nounAt = after.indexOf(m.noun);
      if (nounAt < 0) continue;
      const lead = /^\s*(?:[:(—–]|,\s*(?:namely\s+|including\s+|such as\s+)?)\s*/.exec(after.slice(nounAt + m.noun.length));
      if (!lead) continue;
      const names = parseNameList(after.slice(nounAt + m.noun.length + lead[0].length));
      if (names.length <= m.value || names.length < 2) continue;
      const fact = facts.find((f): f is NumberFact => f.kind === "number" && f.sentenceIndex === si && f.raw === m.raw.replace(/\s+/g, " ") && f.unit === "count");
      if (!fact || memberships.some((g) => g.sentenceIndex === si)) continue;
      fact.contradicted = true;
      out.push(issue("count_mismatch",
        `The article says ${m.raw} ${m.noun} but then names ${names.length}: ${names.join(", ")}.`, [fact.source], [fact]));
    }
  });
  return out;
}

/** "X percent of NP": a share of a whole, which cannot exceed 100. */
const RATIO_BASE = /^\s+of\s+(?:(?:the|its|their|a|an|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:income|incomes|GDP|gross domestic product|output|revenues?|earnings|wages?|salar(?:y|ies)|average|levels?|target|quota|capacity|value|pre-[\p{L}-]+ levels?)\b/iu;

function shareOf(f: NumberFact): string | undefined {
  const at = f.source.sentence.indexOf(f.raw);
  const rest = f.source.sentence.slice(at + f.raw.length);
  if (at < 0 || !/^\s+of\s/.test(rest)) return undefined;
  // "debt of 215 percent of disposable income", "120 percent of target": one measure against
  // another, which may well exceed it; not a part of a whole.
  if (RATIO_BASE.test(rest)) return undefined;
  return f.what.split(/\s+/).slice(0, 3).join(" ").toLowerCase();
}

// Answers that exclude one another: a share can take only one slot of a set. Shares that land in
// different slots of one set answer one question, so they partition one whole.
const UNDECIDED = /\b(?:undecided|unsure|not sure|(?:do|did)(?:n['’]t| not) know|no opinion|had no view|neither|maybe|declined to (?:say|answer)|refused to answer|neutral)\b/i;
const OPPOSITIONS: RegExp[][] = [
  [/\byes\b/i, /\bno\b(?!\s+(?:longer|more|change|one|opinion|view))/i, UNDECIDED],
  [/\b(?:supports?|supported|in favou?r|favou?r(?:s|ed)?|backs?|backed|approves?|approved|agrees?|agreed)\b/i,
    /\b(?:opposes?|opposed|against|disapproves?|disapproved|disagrees?|disagreed|rejects?|rejected)\b/i, UNDECIDED],
  [/\b(?:raise|increase|higher|rise|grow|expand|improve|better)\b/i,
    /\b(?:hold|keep|maintain|steady|unchanged|the same|flat|stable|no change)\b/i,
    /\b(?:cut|lower|reduce|decrease|decline|fall|shrink|worse|worsen)\b/i, UNDECIDED],
  [/\bright\b/i, /\bwrong\b/i, UNDECIDED],
  [/\b(?:optimistic|positive)\b/i, /\b(?:pessimistic|negative)\b/i, /\b(?:neutral|mixed)\b/i],
  [/\bsatisfied\b/i, /\b(?:dissatisfied|unsatisfied)\b/i, UNDECIDED],
  [/\blikely\b/i, /\bunlikely\b/i, UNDECIDED],
];
const REMAINDER = /\b(?:the rest|the remainder|remaining|others)\b/i;
const ANSWER_VERB = /\b(?:said|say|says|answered|responded|replied|chose|picked|selected|voted|expect\w*|plan\w*|believ\w*|think|thought|want\w*|support\w*|oppos\w*|backed|favou?r\w*|approv\w*|disapprov\w*|agree\w*|disagree\w*|undecided|no opinion)\b/i;
// Surveys where one respondent gives several answers add up to more than 100 % by design.
const MULTI_ANSWER = /\b(?:multiple (?:answers|responses|choices|selections|mentions)(?: (?:were|are) (?:allowed|possible|permitted))?|more than one (?:answer|option|response|choice|reason)|(?:could|can|were allowed to|may|might) (?:choose|select|pick|name|give|cite|tick|mention|list)(?: up to| more than one| several| multiple| as many)|up to (?:two|three|four|five|\d+) (?:answers|options|responses|choices|issues|priorities|items|reasons)|several answers|multiple[- ]choice|do not add up to 100|add up to more than 100)\b/i;

/** Whether shares (in document order, with the text after each) answer one question. */
function partitions(segments: string[]): boolean {
  if (segments.length < 2) return false;
  return OPPOSITIONS.some((set) => {
    const used = new Set<number>();
    return segments.every((seg) => {
      let best = REMAINDER.test(seg) ? set.length : -1;
      let at = Infinity;
      if (best < 0) set.forEach((slot, k) => {
        const m = slot.exec(seg);
        if (m && m.index < at) { at = m.index; best = k; }
      });
      if (best < 0 || used.has(best)) return false;
      used.add(best);
      return true;
    });
  });
}

function percentIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  const percents = facts.filter((f): f is NumberFact => f.kind === "number" && f.unit === "percent");
  for (const f of percents) {
    if (f.value > 100 && shareOf(f)) {
      f.contradicted = true;
      out.push(issue("percent_over_100", `${f.raw} of ${f.what} is more than the whole (over 100%).`, [f.source], [f]));
    }
  }
  if (MULTI_ANSWER.test(ctx.clean)) return out;
  // A breakdown in one sentence: "48 percent said …, 41 percent said … and 19 percent …".
  ctx.sentences.forEach((sentence, si) => {
    const shares = (ctx.numbers[si] ?? []).filter((m) => m.unit === "percent");
    if (shares.length < 2 || !ANSWER_VERB.test(sentence.text)) return;
    const segments = shares.map((m, k) => ctx.clean.slice(m.end, shares[k + 1]?.start ?? sentence.end));
    // "47.4 percent of Korean companies and 59.2 percent of Japanese companies": two wholes.
    const wholes = segments.map((seg) => /^\s+of\s+((?:\S+\s+){0,1}\S+)/.exec(seg)?.[1]?.toLowerCase()).filter((w) => w !== undefined);
    if (new Set(wholes).size > 1 || !partitions(segments.map((seg) => seg.replace(/^\s+of\s+\S+(?:\s+\S+)?/, "")))) return;
    const sum = shares.reduce((n, m) => n + m.value, 0);
    // Each printed share may be rounded by half a point.
    if (sum <= 100 + 0.5 * shares.length) return;
    const group = shares
      .map((m) => percents.find((f) => f.sentenceIndex === si && f.value === m.value))
      .filter((f): f is NumberFact => f !== undefined);
    for (const f of group) f.contradicted = true;
    out.push(issue("percent_sum",
      `These answers to one question add up to ${formatNumber(Math.round(sum * 10) / 10)}%, more than the whole: ${shares.map((m) => `${formatNumber(m.value)}%`).join(" + ")}.`,
      [{ sentence: sentence.text, start: sentence.start, end: sentence.end }], group));
  });
  return out;
}

// Tallies with a stated total: "143 voted for, 5 against and 35 abstained out of 193 members".
const TALLY_NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,$€£¥-])(\d{1,3}(?:,\d{3})+|\d+|${SPELLED_NUMBER})(?![.,]?\d)(?![\p{L}%])(?!\s*(?:percent|per cent|million|billion|thousand)\b)`, "giu");
const CATEGORIES: { family: "vote" | "sex"; name: string; after: RegExp; before?: RegExp }[] = [
  { family: "vote", name: "in favour", after: /^(?:[\s\p{L}]{0,40}?)\b(?:in favou?r|voted (?:for|yes)|yes|ayes?|supported|backed|for(?= the| it|\s*[,;.]|$))/iu, before: /\b(?:supported|backed|approved|adopted|passed|endorsed) by\s*$/i },
  // "passed by 176 votes to 167": the second figure is the votes against.
  { family: "vote", name: "against", after: /^(?:[\s\p{L}]{0,40}?)\b(?:against|opposed|voted no|no|nays?|rejected)\b/iu, before: /\b\d[\d,]*\s+votes?\s+to\s*$/i },
  { family: "vote", name: "abstaining", after: /^(?:[\s\p{L}]{0,40}?)\b(?:abstain\w*|abstentions?)\b/iu },
  { family: "vote", name: "not voting", after: /^(?:[\s\p{L}]{0,40}?)\b(?:did not vote|didn['’]t vote|not voting|absent|did not take part)\b/iu },
  { family: "sex", name: "women", after: /^\s+(?:females?|women|girls)\b/i },
  { family: "sex", name: "men", after: /^\s+(?:males?|men|boys)\b/i },
];
const TOTAL_BEFORE = /\b(?:out of|(?:a |in )?total of|totall?ing|of (?:the|all|its|their))\s+$/i;
const TOTAL_AFTER = /^(?:-member|-strong|-seat)\b|^\s+(?:members?|member states|states|countries|nations|seats|lawmakers|legislators|senators|delegates|votes|voters|people|residents|respondents|in total)\b/i;

interface Count { value: number; raw: string; start: number; end: number }

function countsIn(text: string): Count[] {
  const out: Count[] = [];
  TALLY_NUMBER.lastIndex = 0;
  for (let m = TALLY_NUMBER.exec(text); m; m = TALLY_NUMBER.exec(text)) {
    const raw = m[1] ?? "";
    const value = /\d/.test(raw) ? Number(raw.replace(/,/g, "")) : spelledValue(raw);
    if (value !== undefined && Number.isFinite(value)) out.push({ value, raw, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function totalIn(text: string, counts: Count[]): Count | undefined {
  const totals = counts.filter((c) => TOTAL_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)) && (TOTAL_AFTER.test(text.slice(c.end)) || /out of\s+$/i.test(text.slice(0, c.start))));
  const hyphenated = counts.filter((c) => /^-(?:member|strong|seat)\b|^(?:\s+[\p{Ll}-]+){0,2}\s+in total\b/u.test(text.slice(c.end)));
  const all = [...totals, ...hyphenated];
  return all.length === 1 ? all[0] : undefined;
}

function tallyIssues(facts: Fact[], ctx: AnalysisContext): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  ctx.sentences.forEach((sentence, si) => {
    // A semicolon separates two tallies ("in the first round …; in the second …").
    for (const text of ctx.clean.slice(sentence.start, sentence.end).split(/;\s*/)) tally(text, sentence, si);
  });
  function tally(text: string, sentence: Sentence, si: number) {
    const counts = countsIn(text);
    if (counts.length < 3) return;
    const parts: { count: Count; name: string; family: string }[] = [];
    for (const [k, c] of counts.entries()) {
      // Asides in brackets ("five states (A, B and C) voted against") do not end the clause.
      const after = text.slice(c.end, counts[k + 1]?.start ?? text.length).replace(/\s*\([^()]*\)/g, "").split(/[,;:]/)[0] ?? "";
      const before = text.slice(Math.max(0, c.start - 30), c.start);
      const hits = CATEGORIES.filter((k) => k.after.test(after) || k.before?.test(before));
      if (hits.length === 1 && hits[0]) parts.push({ count: c, name: hits[0].name, family: hits[0].family });
    }
    const family = parts[0]?.family;
    if (parts.length < 2 || parts.some((p) => p.family !== family) || new Set(parts.map((p) => p.name)).size !== parts.length) return;
    if (family === "vote" && !/\b(?:vot\w*|ballots?|abstain\w*|abstentions?|resolution|motion)\b/i.test(text)) return;
    const total = totalIn(text, counts.filter((c) => !parts.some((p) => p.count === c)));
    if (!total || parts.some((p) => p.count.value >= total.value)) return;
    const sum = parts.reduce((n, p) => n + p.count.value, 0);
    if (sum === total.value) return;
    const involved = facts.filter((f): f is NumberFact => f.kind === "number" && f.sentenceIndex === si && f.unit === "count" &&
      [total, ...parts.map((p) => p.count)].some((c) => c.value === f.value));
    const said = parts.map((p) => `${formatNumber(p.count.value)} ${p.name}`);
    const list = said.length > 1 ? `${said.slice(0, -1).join(", ")} and ${said[said.length - 1]}` : said.join("");
    const noun = /^-?(?:member)/.test(text.slice(total.end).trim()) || /^\s+members?\b/.test(text.slice(total.end)) ? " members" : "";
    const src: SourceRef = { sentence: sentence.text, start: sentence.start, end: sentence.end };
    if (sum < total.value) {
      out.push(issue("count_mismatch",
        `${capitalise(list)} make ${formatNumber(sum)}: ${formatNumber(total.value - sum)} of the ${formatNumber(total.value)}${noun} are not accounted for in the article.`,
        [src], involved));
    } else {
      for (const f of involved) f.contradicted = true;
      out.push(issue("count_mismatch",
        `${capitalise(list)} make ${formatNumber(sum)}, more than the ${formatNumber(total.value)}${noun} the article gives as the total.`,
        [src], involved));
    }
  }
  return out;
}

/** Facts that restate a contradicted figure (a ranking's score, a quoted number) share its doubt. */
function propagate(issues: ConsistencyIssue[], facts: Fact[]): void {
  for (const i of issues) {
    const doubted = facts.filter((f): f is NumberFact => f.kind === "number" && f.contradicted === true && i.factIds.includes(f.id));
    for (const g of facts) {
      if (i.factIds.includes(g.id)) continue;
      const hit = doubted.some((n) =>
        (g.kind === "ranking" && g.sentenceIndex === n.sentenceIndex && g.items.some((it) => it.score === n.value)) ||
        (g.kind === "quote" && g.text.includes(n.raw)));
      if (!hit) continue;
      g.contradicted = true;
      i.factIds.push(g.id);
    }
  }
}

export function checkConsistency(ctx: AnalysisContext, facts: Fact[]): ConsistencyIssue[] {
  const issues = [...ratioIssues(facts, ctx), ...membershipIssues(facts, ctx), ...percentIssues(facts, ctx), ...tallyIssues(facts, ctx)];
  propagate(issues, facts);
  return issues;
}
