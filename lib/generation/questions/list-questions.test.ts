import { describe, expect, it } from "vitest";
import { generate } from "../index";
import type { Question } from "../../question-types";

type MultipleSelect = Extract<Question, { type: "multiple_select" }>;

function listQuestionsOf(...body: string[]) {
  const r = generate(`Headline\n${body.join(" ")}`);
  const ids = new Set(r.facts.filter((f) => f.kind === "list").map((f) => f.id));
  return r.questions.filter((q) => q.factIds.some((id) => ids.has(id)));
}
const right = (q: MultipleSelect) => q.answer.map((i) => q.options[i]);
const wrong = (q: MultipleSelect) => q.options.filter((_, i) => !q.answer.includes(i));
const only = (qs: Question[]): MultipleSelect => {
  expect(qs).toHaveLength(1);
  const q = qs[0] as Question;
  expect(q.type).toBe("multiple_select");
  return q as MultipleSelect;
};

const TRADE = [
  "Before 1990, the island mainly exported sugar, rum and tobacco to Spain and imported cloth.",
  "Since 1990, the island has exported goods like cement, glass and fertiliser to Asia.",
];

describe("list questions", () => {
  it("ask what the subject did with the list, in its period, with other periods' things as wrong options", () => {
    const q = only(listQuestionsOf(...TRADE).filter((x) => x.answerText.includes("sugar")));
    expect(q.prompt).toBe("According to the article, which of these goods did the island mainly export to Spain before 1990? Select all that apply.");
    expect(q.status).toBe("ready");
    expect(right(q).sort()).toEqual(["rum", "sugar", "tobacco"]);
    expect(wrong(q).length).toBeGreaterThanOrEqual(2);
    for (const w of wrong(q)) expect(["cloth", "cement", "glass", "fertiliser"]).toContain(w);
    expect(q.answerText).toBe("sugar, rum and tobacco");
  });

  it("ask examples of a head as examples, restating the clause", () => {
    const q = only(listQuestionsOf(...TRADE).filter((x) => x.answerText.includes("cement")));
    expect(q.prompt).toBe("According to the article, the island has exported goods to Asia since 1990. Which of these does the article give as examples? Select all that apply.");
    expect(q.status).toBe("ready");
    expect(right(q).sort()).toEqual(["cement", "fertiliser", "glass"]);
    // The other period's goods first (rum and cloth are not known as goods), then the lexicon.
    expect(wrong(q)).toEqual(expect.arrayContaining(["sugar", "tobacco"]));
    expect(wrong(q)).not.toContain("rum");
  });

  it("ask a counted set of names in full, with other names of the kind as wrong options", () => {
    const q = only(listQuestionsOf("Five states (Canada, Chile, Peru, Norway and Kenya) signed the treaty on Monday."));
    expect(q.prompt).toBe("According to the article, which of these states signed the treaty on Monday? Select all that apply.");
    expect(q.status).toBe("ready");
    expect(right(q)).toHaveLength(5);
    for (const w of wrong(q)) expect(q.source.sentence).not.toContain(w.replace(/^the /, ""));
  });

  it("pad wrong options from the lexicon of the kind, never with a thing the article mentions", () => {
    const q = only(listQuestionsOf("The valley exports crops such as coffee, tea and cocoa to Europe. Its farmers also keep goats."));
    expect(q.status).toBe("ready");
    expect(wrong(q).length).toBeGreaterThanOrEqual(2);
    for (const w of wrong(q)) expect(["goats", "coffee", "tea", "cocoa"]).not.toContain(w);
  });

  it("never offer as wrong a thing the article ties to the same relation", () => {
    const qs = listQuestionsOf("The island exported sugar and rum to Spain.", "The island also exported tobacco and coffee to France.");
    expect(qs).toHaveLength(2);
    for (const q of qs) {
      expect(q.type).toBe("multiple_select");
      if (q.type !== "multiple_select") continue;
      const stated = right(q).includes("sugar") ? ["tobacco", "coffee"] : ["sugar", "rum"];
      for (const w of wrong(q)) expect(stated).not.toContain(w);
    }
  });

  it("ask nothing without a whole stem or enough sure wrong options", () => {
    // No subject to ask about, a verb with its object left out, a count the list does not fill,
    // names with nothing of their kind to set beside them.
    expect(listQuestionsOf("It imported cars and machinery from Germany.")).toEqual([]);
    expect(listQuestionsOf("Five states (Canada, Chile, Peru, Norway and Kenya) voted against.")).toEqual([]);
    expect(listQuestionsOf("The four provinces — Alpha, Beta and Gamma — held elections in May.")).toEqual([]);
    expect(listQuestionsOf("The provinces — Alpha, Beta and Gamma — held elections in May.")).toEqual([]);
  });

  it("ask a list once: the older cloze on the same list gives way", () => {
    const r = generate(`Headline\n${TRADE.join(" ")}`);
    const onSugar = r.questions.filter((q) => q.type === "multiple_select" && q.answerText.includes("sugar"));
    expect(onSugar).toHaveLength(1);
  });
});

describe("the other half of a contrast", () => {
  it("asks what the same subject did otherwise, with the list's items among the wrong options", () => {
    const qs = listQuestionsOf(TRADE[0] as string);
    const q = qs.find((x) => x.type === "single_choice");
    expect(q?.prompt).toBe("According to the article, which of these did the island import before 1990?");
    expect(q?.status).toBe("ready");
    if (q?.type !== "single_choice") return;
    expect(q.options[q.answer]).toBe("cloth");
    expect(q.options.filter((_, i) => i !== q.answer).sort()).toEqual(["rum", "sugar", "tobacco"]);
  });
});

describe("lists of two periods", () => {
  it("ask each period's list with the other period's things as wrong options", () => {
    const qs = listQuestionsOf("Since 2015, the country has exported ships, cars and phones to India.", "Before 2015, the country mostly exported textiles and toys to India.");
    expect(qs.map((q) => q.prompt)).toEqual([
      "According to the article, which of these goods has the country exported to India since 2015? Select all that apply.",
      "According to the article, which of these goods did the country mostly export to India before 2015? Select all that apply.",
    ]);
    for (const q of qs) {
      expect(q.status).toBe("ready");
      if (q.type !== "multiple_select") continue;
      const other = right(q).includes("ships") ? ["textiles", "toys"] : ["ships", "cars", "phones"];
      expect(wrong(q).filter((w) => other.includes(w)).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("the other half of a contrast, held back", () => {
  it("is not asked when it may have a time of its own", () => {
    const qs = listQuestionsOf("Before 1990, the island mainly exported sugar, rum and tobacco to Spain and imported cloth in 1995.");
    expect(qs.some((q) => q.answerText === "cloth")).toBe(false);
  });
});

describe("subject lists", () => {
  it("ask which things the predicate holds of, with things of the same kind as wrong options", () => {
    const qs = listQuestionsOf(
      "Timber, along with tea, cotton and remittances, is the region's main source of foreign currency.",
      "Steel, cement and glass were among the hardest-hit industries last year.",
    );
    const q = only(qs.filter((x) => x.answerText.startsWith("steel")));
    expect(q.prompt).toBe("According to the article, which of these were among the hardest-hit industries last year? Select all that apply.");
    expect(q.status).toBe("ready");
    // "remittances" is listed beside goods but is no good: never a wrong option here.
    expect(wrong(q)).not.toContain("remittances");
    const r = only(qs.filter((x) => x.answerText.startsWith("timber")));
    expect(r.answerText).toBe("timber, tea, cotton and remittances");
  });
});

describe("a list whose kind the items barely show", () => {
  it("draws no stock wrong options when only half its items are known things of a kind", () => {
    // "libraries" is no sector: "libraries and tourism" is one council department, not two
    // sectors, and "renewable energy" beside it is no option a reader would weigh.
    const half = listQuestionsOf("Libraries and tourism get £14.7m this year.");
    expect(half.filter((q) => q.answerText.includes("tourism"))).toEqual([]);
    // Every item a known sector: the list is asked, with other sectors as wrong options.
    const all = listQuestionsOf("Mining, tourism and fisheries were among the hardest-hit industries last year.");
    expect(only(all).status).toBe("ready");
  });
});

describe("matching across lists", () => {
  const body = [
    "Before 1990, the island mainly exported sugar and tobacco to Spain and imported cloth.",
    "Since 1990, sales of consumer goods like smartphones, computers and furniture have grown quickly.",
  ];

  it("matches one thing from each list to what the article says about it", () => {
    const r = generate(`Headline\n${body.join(" ")}`);
    const q = r.questions.find((x) => x.type === "matching");
    expect(q?.status).toBe("ready");
    if (q?.type !== "matching") return;
    expect(q.prompt).toBe("Match each of the goods below to what the article says about it.");
    const pairs = q.prompts.map((p, i) => [p, q.options[q.answer[i] as number]]);
    expect(pairs).toEqual([
      ["sugar", "What the island mainly exported to Spain before 1990"],
      ["cloth", "What the island imported before 1990"],
      ["smartphones", "Consumer goods whose sales have grown quickly since 1990"],
    ]);
  });

  it("needs three lists: two pairs are one guess", () => {
    const r = generate(`Headline\n${body[1]} The town mostly exported tea and coffee.`);
    expect(r.questions.some((x) => x.type === "matching")).toBe(false);
  });
});

describe("a list whose items each have their own figure", () => {
  it("asks no select-all question about a “respectively” pair", () => {
    const qs = listQuestionsOf("Car sales rose to 1.8 million units, while steel and cement output reached 30 million tonnes and 45 million tonnes respectively.");
    expect(qs.filter((q) => q.type === "multiple_select" && /respectively/.test(q.prompt))).toEqual([]);
  });
});

describe("a list's subject the tagger does not know as a name", () => {
  it("keeps the capital of a sentence-opening name the article capitalises mid-sentence", () => {
    const qs = listQuestionsOf(
      "Trade with Ostrelia rose to $4.2 billion last year.",
      "Ostrelia mainly exports timber, salmon and wool to Japan.",
    ).filter((x) => x.answerText.includes("timber"));
    const q = only(qs);
    expect(q.prompt).toContain("does Ostrelia mainly export to Japan");
  });

  it("still lowers a sentence-opening common word the article never capitalises mid-sentence", () => {
    const q = only(listQuestionsOf("Growers mainly export timber, salmon and wool to Japan. Some growers also sell flowers.").filter((x) => x.answerText.includes("timber")));
    expect(q.prompt).toContain("do growers mainly export to Japan");
  });
});
