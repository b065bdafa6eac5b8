// Hand-built facts for the seed article, shaped like stage 5's output, so stages 6–7 can be
// tested on their own (and keep being tested if the extractor's output shifts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ConsistencyIssue, Fact, SourceRef } from "../types";

export const seedText = readFileSync(fileURLToPath(new URL("../../../content/korea-japan-economic-ties.md", import.meta.url)), "utf8");

function src(sentence: string): SourceRef {
  const start = seedText.lastIndexOf(sentence);
  if (start < 0) throw new Error(`not in seed: ${sentence}`);
  return { sentence, start, end: start + sentence.length };
}

const S = {
  fki: src("A recent survey by the Federation of Korean Industries (FKI) conducted on 101 of Korea's top 1,000 nonfinancial firms by revenue found that 62.4 percent of respondents support continued economic partnership with Japan."),
  dismiss: src("Just 3 percent dismissed the idea as unnecessary."),
  fields: src("The most promising fields for collaboration were semiconductors with 91 points, artificial intelligence with 57 and automobiles with 39."),
  period: src("The survey, conducted from May 30 to June 30, highlighted semiconductors, artificial intelligence and automobiles as the most promising sectors for collaboration."),
  kita: src("The Korea International Trade Association (KITA) echoed that view, emphasizing the need for joint development in high-tech materials, components and equipment, as the countries’ trade structures shift from vertical integration to more equal footing."),
  report: src("According to its report on the current state and future of Korea-Japan corporate cooperation, 47.4 percent of Korean companies and 59.2 percent of Japanese companies operating in Korea identified cooperation on materials, components and equipment supply chains as their top policy priority."),
  trade: src("According to the report, trade between Korea and Japan has surged from $200 million in 1965 to $77.2 billion in 2024 — a 352-fold increase."),
  cptppAcr: src("At last month’s Korea-Japan business conference in Seoul, business leaders warned that “the environment surrounding both countries is becoming increasingly severe, with rising protectionism deepening divisions,” and urged for Korea’s entry into the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)."),
  cptpp: src("The CPTPP is a large-scale trade pact led by Japan and includes 12 member states, such as Australia, Canada, the Britain, Mexico and Vietnam."),
  neither: src("Notably, neither the Britain nor China are members."),
  chey: src("During a recent meeting with business leaders from Korea’s five major economic groups, Chairman Chey Tae-won of the Korea Chamber of Commerce and Industry proposed a Korea-Japan economic union similar to the European Union."),
  lee: src("Lee added, “The U.S. trade diplomacy strategy tends to isolate and conquer individual countries, industries or companies."),
  kiep: src("Some lawmakers from the ruling party have reportedly requested a feasibility study on a Korea-Japan FTA from the Korea Institute for International Economic Policy (KIEP)."),
  fta: src("Although first proposed by the Kim Dae-jung administration in 1998 and actively pursued under President Roh Moo-hyun, FTA talks were halted in 2004 over concerns from the manufacturing sector about widening trade deficits."),
  yang: src("“In an era where multilateral trade frameworks are virtually defunct, CPTPP offers a practical and suitable platform for mid-sized nations with shared interests,” Kim Yang-hee, an economics professor at Daegu University and cohead of President Lee’s policy advisory group Growth and Integration, told the JoongAng Ilbo."),
  gyu: src("“CPTPP membership will significantly boost GDP through trade and investment liberalization,” said Kim Gyu-pan, a senior researcher at KIEP."),
};

const sentenceIndex = (s: SourceRef) => Object.values(S).indexOf(s);
const base = (id: string, s: SourceRef, label: string) => ({ id, sentenceIndex: sentenceIndex(s), source: s, label });

export const seedFacts: Fact[] = [
  { ...base("f1", S.fki, "62.4% of respondents support continued economic partnership with Japan"), kind: "number", value: 62.4, unit: "percent", raw: "62.4 percent", what: "respondents support continued economic partnership with Japan" },
  { ...base("f2", S.fki, "The FKI surveyed 101 firms"), kind: "number", value: 101, unit: "count", raw: "101", what: "firms surveyed by the FKI" },
  { ...base("f3", S.dismiss, "3% dismissed the idea as unnecessary"), kind: "number", value: 3, unit: "percent", raw: "3 percent", what: "respondents dismissed the idea as unnecessary" },
  { ...base("f4", S.fields, "Most promising fields"), kind: "ranking", what: "most promising fields for collaboration", unit: "points", items: [{ label: "semiconductors", score: 91 }, { label: "artificial intelligence", score: 57 }, { label: "automobiles", score: 39 }] },
  { ...base("f5", S.fields, "semiconductors scored 91 points"), kind: "number", value: 91, unit: "points", raw: "91 points", what: "semiconductors" },
  { ...base("f6", S.period, "The survey ran from May 30 to June 30"), kind: "date", raw: "May 30 to June 30", iso: "2025-05-30", endIso: "2025-06-30", granularity: "day", what: "the FKI survey was conducted" },
  { ...base("f7", S.kita, "KITA"), kind: "acronym", short: "KITA", long: "Korea International Trade Association" },
  { ...base("f8", S.fki, "FKI"), kind: "acronym", short: "FKI", long: "Federation of Korean Industries" },
  { ...base("f9", S.report, "47.4% of Korean companies"), kind: "number", value: 47.4, unit: "percent", raw: "47.4 percent", what: "Korean companies identified supply-chain cooperation as their top policy priority" },
  { ...base("f10", S.report, "59.2% of Japanese companies"), kind: "number", value: 59.2, unit: "percent", raw: "59.2 percent", what: "Japanese companies operating in Korea identified supply-chain cooperation as their top policy priority" },
  { ...base("f11", S.trade, "$200 million in 1965"), kind: "number", value: 2e8, unit: "currency", currency: "USD", raw: "$200 million", what: "trade between Korea and Japan", year: 1965 },
  { ...base("f12", S.trade, "$77.2 billion in 2024"), kind: "number", value: 7.72e10, unit: "currency", currency: "USD", raw: "$77.2 billion", what: "trade between Korea and Japan", year: 2024 },
  { ...base("f13", S.trade, "352-fold"), kind: "number", value: 352, unit: "fold", raw: "352-fold", what: "increase in trade", contradicted: true },
  { ...base("f14", S.cptppAcr, "CPTPP"), kind: "acronym", short: "CPTPP", long: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership" },
  { ...base("f15", S.cptpp, "CPTPP members"), kind: "membership", container: "CPTPP", statedCount: 12, leader: "Japan", members: ["Australia", "Canada", "Britain", "Mexico", "Vietnam"], nonMembers: ["Britain", "China"], extraSources: [S.neither] },
  { ...base("f16", S.cptpp, "12 member states"), kind: "number", value: 12, unit: "count", raw: "12", what: "member states" },
  { ...base("f17", S.chey, "Chey Tae-won"), kind: "person", name: "Chey Tae-won", title: "Chairman of the Korea Chamber of Commerce and Industry", organisation: "Korea Chamber of Commerce and Industry" },
  { ...base("f18", S.kiep, "KIEP"), kind: "acronym", short: "KIEP", long: "Korea Institute for International Economic Policy" },
  { ...base("f19", S.fta, "1998"), kind: "event", year: 1998, what: "a Korea-Japan FTA was first proposed by the Kim Dae-jung administration" },
  { ...base("f20", S.fta, "2004"), kind: "event", year: 2004, what: "Korea-Japan FTA talks were halted" },
  { ...base("f21", S.trade, "1965"), kind: "event", year: 1965, what: "trade between Korea and Japan stood at $200 million" },
  { ...base("f22", S.yang, "quote"), kind: "quote", text: "In an era where multilateral trade frameworks are virtually defunct, CPTPP offers a practical and suitable platform for mid-sized nations with shared interests", speaker: "Kim Yang-hee", speakerTitle: "economics professor at Daegu University", confidence: 0.9 },
  { ...base("f23", S.gyu, "quote"), kind: "quote", text: "CPTPP membership will significantly boost GDP through trade and investment liberalization", speaker: "Kim Gyu-pan", speakerTitle: "senior researcher at KIEP", confidence: 0.9 },
  { ...base("f24", S.lee, "quote"), kind: "quote", text: "The U.S. trade diplomacy strategy tends to isolate and conquer individual countries, industries or companies.", speaker: "Lee Jae Myung", confidence: 0.7 },
  { ...base("f25", S.yang, "Kim Yang-hee"), kind: "person", name: "Kim Yang-hee", title: "an economics professor at Daegu University" },
  { ...base("f26", S.gyu, "Kim Gyu-pan"), kind: "person", name: "Kim Gyu-pan", title: "a senior researcher at KIEP" },
];

export const seedIssues: ConsistencyIssue[] = [
  { kind: "ratio_mismatch", message: "The article says 352-fold, but $200 million to $77.2 billion is 386-fold.", sentences: [S.trade.sentence], sources: [S.trade], factIds: ["f13", "f11", "f12"] },
  { kind: "membership_contradiction", message: "Britain is named as a CPTPP member and as a non-member.", sentences: [S.cptpp.sentence, S.neither.sentence], sources: [S.cptpp, S.neither], factIds: ["f15"] },
];
