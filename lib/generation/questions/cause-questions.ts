// Questions on a reason or an aim: the article's sentence with the reason blanked, and the
// reason among three others. Wrong reasons come from a short list written for this purpose (one
// for a company's results, one for everything else):
// an article seldom states three other reasons for the same event, and a reason the article
// mentions anywhere is never offered as a wrong one.
import type { CauseFact } from "../types";
import { shuffle } from "../random";
import { explain, rngOf, singleChoice, sourceOf, type BuildContext, type Draft } from "./context";
import { asStatement, mentions, normalise } from "./text";

const REASONS = [
  "a shortage of public funding", "legal challenges from environmental groups", "objections from the car industry",
  "a dispute over fishing rights", "a fall in commodity prices", "concerns about data privacy", "a change of government",
  "pressure from foreign investors", "a lack of support in parliament", "delays in customs reform", "fears of a currency crisis",
  "a shortage of skilled workers", "high energy costs", "a strike by port workers", "a ruling by the constitutional court",
  "a row over state subsidies", "weak demand from overseas buyers", "safety concerns about nuclear plants", "severe flooding",
  "a corruption scandal", "opposition from consumer groups", "a border dispute", "a widening budget deficit", "a cyberattack on banks",
];
// A company's results are explained by its market: a border dispute or a corruption scandal
// offered for a fall in profit is picked out without reading. Those sentences get these.
const BUSINESS_REASONS = [
  "a slump in export orders", "rising interest rates", "a stronger local currency", "higher marketing spending",
  "a recall of faulty products", "supply chain disruptions", "a fall in commodity prices", "a strike at its main plant",
  "fierce price competition", "weak consumer spending", "one-off restructuring charges", "higher raw material prices",
  "a shortage of skilled workers", "the loss of a major customer", "rising wage bills", "tighter lending rules",
];
const BUSINESS = /\b(?:profits?|earnings|revenues?|sales|shares|margins?|turnover|operating income|net income|losses|orders|market share|dividends?|exports|imports|shipments|output|production)\b/i;
const AIMS = [
  "cut red tape for small businesses", "set common rules for digital trade", "create a single currency for its members",
  "raise wages in the public sector", "protect domestic farmers from cheap imports", "open government contracts to foreign firms",
  "harmonise product safety standards", "expand access to higher education", "reduce carbon emissions from shipping",
  "attract foreign investment into tourism", "strengthen controls at the borders", "stabilise food prices", "build new rail links",
  "improve rural health services", "fund research into vaccines", "train more teachers",
];
// The general reasons and the aims are those of public affairs (a plan halted, a law passed, a deal
// signed). Offered for anything else (a jet turned back "because of ____", a museum's overrun "due
// to ____") they are picked out without reading, so a sentence must speak of public affairs to get them.
// "Plan" counts as the noun only ("the government's plan", "a new plan"): "organisers plan to cap
// the field because of ____" is no public affair.
const PUBLIC_AFFAIRS = /\b(?:government|governments|administration|president|presidency|prime minister|parties|party|parliament|parliamentary|ministers?|ministry|ministries|cabinet|council|congress|senate|lawmakers|legislat\w+|laws?|bills?|talks|negotiations|deals?|agreements?|treaty|treaties|accords?|pacts?|(?:the|a|an|its|their|his|her|this|that|new)\s+(?:[a-z-]*(?:['’]s|[a-rt-z-])\s+)?plans?|projects?|reforms?|polic(?:y|ies)|bans?|tariffs?|sanctions|elections?|votes?|referendum|courts?|regulators?|authorities|budgets?|subsid(?:y|ies)|programmes?|programs?|schemes?|licen[cs]es?|permits?|approval|bloc|union|summit|negotiators|officials|state|states|countries|nations?)\b/i;
const MAX_SENTENCE = 260;

/** Whether an option is one of the stock reasons or aims above, written for no article in particular. */
export function isStockOption(text: string): boolean {
  // A compound reason pairs two of them ("a border dispute and a fall in commodity prices").
  return STOCK.has(text) || text.split(" and ").every((part) => STOCK.has(part));
}
const STOCK = new Set([...REASONS, ...BUSINESS_REASONS, ...AIMS]);


const contentWords = (s: string) => normalise(s).split(" ").filter((w) => w.length >= 4);

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
// "agree limits with fishers' groups before the summer season opens in June": when, not what. The
// stock aims and reasons carry no such tail, so a key that keeps it stands out by its length alone.
const WHEN_TAIL = new RegExp(String.raw`\s+(?:before(?! (?:parliament|congress|the (?:courts?|committee|parliament|judges?|house|senate|council|public|board)\b))|until|ahead of|within (?:[a-z\d]+ )?(?:hours|days|weeks|months|years|decades)|in time for|no later than|once|when|by the end of|over the next|by (?:(?:early|late|mid-?)\s*)?(?:${MONTH}|(?:19|20)\d\d)|in (?:(?:early|late|mid-?)\s*)?(?:${MONTH}|(?:19|20)\d\d)|(?:next|this) (?:year|month|week|spring|summer|autumn|winter))\b.*$`);

/** The reason without a trailing time or occasion, which stays in the stem; the whole reason when
 *  what is left would be a single word. */
export function reasonCore(reason: string): string {
  const m = WHEN_TAIL.exec(reason);
  const core = m ? reason.slice(0, m.index) : reason;
  return core.split(/\s+/).length >= 2 ? core : reason;
}

/** Wrong reasons of about the answer's length, none touching what the article says. */
function wrongReasons(ctx: BuildContext, f: CauseFact, reason: string): string[] {
  const rest = `${f.source.sentence.slice(0, f.at)} ${f.source.sentence.slice(f.at + reason.length)}`;
  const business = f.relation === "cause" && BUSINESS.test(rest);
  if (!business && !PUBLIC_AFFAIRS.test(rest)) return [];
  const stock = f.relation !== "cause" ? AIMS : business ? BUSINESS_REASONS : REASONS;
  const pool = stock.filter((r) => !contentWords(r).some((w) => mentions(ctx.text, w)));
  const rng = rngOf(ctx, `cause:${f.id}`);
  const len = reason.split(/\s+/).length;
  const compound = f.relation === "cause" && / and /.test(reason) && len >= 5;
  const shuffled = shuffle(pool, rng);
  if (compound) {
    // "opposition from farmers and political instability" is answered against pairs, not singles.
    const pairs: string[] = [];
    for (let i = 0; i + 1 < shuffled.length && pairs.length < 3; i += 2) pairs.push(`${shuffled[i]} and ${shuffled[i + 1]}`);
    return pairs;
  }
  return shuffled.sort((a, b) => Math.abs(a.split(" ").length - len) - Math.abs(b.split(" ").length - len)).slice(0, 3);
}

export function causeQuestions(ctx: BuildContext, f: CauseFact): Draft[] {
  const sentence = f.source.sentence;
  if (f.contradicted || sentence.length > MAX_SENTENCE || sentence.slice(f.at, f.at + f.reason.length) !== f.reason) return [];
  const reason = reasonCore(f.reason);
  // "build 1.2 million homes": a key with a figure stands out among stock aims that have none, and
  // the figure is asked better on its own.
  if (/\d/.test(reason)) return [];
  const wrong = wrongReasons(ctx, f, reason);
  if (wrong.length < 3) return [];
  const blanked = asStatement(`${sentence.slice(0, f.at)}____${sentence.slice(f.at + reason.length)}`);
  const prompt = `According to the article, which words complete this sentence? “${blanked}”`;
  const sc = singleChoice(rngOf(ctx, `cause-sc:${f.id}`), reason, wrong.map((text) => ({ text, closeness: 0.3 })));
  const ids = [f.id];
  const lead = f.relation === "cause" ? `The article gives the reason as ${reason}.` : `The article gives the aim as to ${reason}.`;
  return [
    {
      question: { type: "single_choice", prompt, ...sc, answerText: reason, explanation: explain(ctx, ids, f.source, lead), source: sourceOf(f.source), factIds: ids },
      closeness: sc.closeness,
      rank: 0,
      priority: 7,
    },
  ];
}
