import { describe, expect, it } from "vitest";
import { generate } from "./index";
import { difficultyOf, gate, leaks, questionId } from "./gate";
import type { Draft, DraftQuestion } from "./questions/context";

const src = (start: number) => ({ sentence: "S", start, end: start + 1 });
const sc = (prompt: string, start: number, factIds: string[], options = ["12", "13", "14"]): DraftQuestion => ({
  type: "single_choice",
  prompt,
  options,
  answer: 0,
  answerText: options[0] as string,
  explanation: "Because.",
  source: src(start),
  factIds,
});
const tf = (statement: string, start: number, factIds: string[]): DraftQuestion => ({ ...sc("x", start, factIds), type: "true_false", prompt: `True or false? ${statement}`, answer: true }) as DraftQuestion;
const draft = (question: DraftQuestion, over: Partial<Draft> = {}): Draft => ({ question, priority: 1, rank: 0, closeness: 0.5, ...over });

describe("gate", () => {
  it("caps questions per sentence, keeping every fact's first question", () => {
    const drafts = [
      draft(sc("Question one about a?", 0, ["a"]), { rank: 0, priority: 9 }),
      draft(sc("Question two about a?", 0, ["a"], ["1", "2", "3"]), { rank: 1, priority: 9, variant: "x" }),
      draft(sc("Question one about b?", 0, ["b"]), { rank: 0, priority: 1 }),
      draft(sc("Question one about c?", 0, ["c"]), { rank: 0, priority: 2 }),
    ];
    const kept = gate(drafts, { maxPerSentence: 3 });
    expect(kept.map((q) => q.factIds[0]).sort()).toEqual(["a", "b", "c"]);
    expect(gate(drafts, { maxPerSentence: 1 }).map((q) => q.factIds[0])).toEqual(["a"]);
  });

  it("drops duplicates and invalid questions, and holds back long, leaky or unsure ones with reasons", () => {
    const kept = gate([
      draft(sc("Same prompt here?", 0, ["a"])),
      draft(sc("Same  prompt here?", 10, ["b"])),
      draft(sc(`Long ${"x".repeat(300)}?`, 20, ["c"])),
      draft(sc("Who said it, weakly?", 30, ["d"]), { confidence: 0.3 }),
      draft(sc("Is it 12 or not?", 40, ["e"])),
      draft(sc("Only one option?", 50, ["f"], ["12"])),
    ]);
    expect(kept.filter((q) => q.status === "ready").map((q) => q.factIds[0])).toEqual(["a"]);
    const held = Object.fromEntries(kept.filter((q) => q.status === "needs_review").map((q) => [q.factIds[0], q.flags?.map((f) => f.code)]));
    expect(held).toEqual({ c: ["long_stem"], d: ["unsure_speaker"], e: ["answer_in_stem"] });
  });

  it("keeps at most two ready questions per fact, and one held-back question only for a fact with none ready", () => {
    const drafts = [0, 1, 2].map((rank) => draft(sc(`Question ${rank} about a?`, rank * 10, ["a"], [`${rank}1`, `${rank}2`, `${rank}3`]), { rank, variant: `v:${rank}` }));
    const flagged = draft(sc("Flagged question about a?", 40, ["a"]), { variant: "v:9", flags: [{ code: "contradicted", message: "No." }] });
    const onlyFlagged = draft(sc("Flagged question about b?", 50, ["b"]), { flags: [{ code: "contradicted", message: "No." }] });
    const kept = gate([...drafts, flagged, onlyFlagged]);
    expect(kept.filter((q) => q.factIds[0] === "a").map((q) => q.status)).toEqual(["ready", "ready"]);
    expect(kept.filter((q) => q.factIds[0] === "b").map((q) => [q.status, q.flags])).toEqual([["needs_review", [{ code: "contradicted", message: "No." }]]]);
  });

  it("gives every fact of a sentence a ready question before any fact gets a second, even when a first choice is held back", () => {
    const flags = [{ code: "cut_stem", message: "Cut." }];
    const kept = gate(
      [
        draft(sc("First about a?", 0, ["a"], ["1", "2", "3"]), { rank: 0, priority: 9 }),
        draft(tf("Second about a has been stated.", 0, ["a"]), { rank: 1, priority: 9 }),
        draft(sc("First about b?", 0, ["b"], ["7", "8", "9"]), { rank: 0, priority: 1, flags }),
        draft(tf("Second about b has been stated.", 0, ["b"]), { rank: 1, priority: 1 }),
      ],
      { maxPerSentence: 2, maxTrueFalseShare: 1 },
    );
    expect(kept.filter((q) => q.status === "ready").map((q) => q.prompt)).toEqual(["First about a?", "True or false? Second about b has been stated."]);
  });

  it("keeps blanked sentences to 40 %, acronym expansions to 10 % and true/false to 25 % of ready questions by striking second questions", () => {
    // Six facts, each asked as a cloze and as a true/false; four acronyms asked two ways; four plain questions.
    const cloze = (i: number) => draft(sc(`Fill in: “The price of ____ has fallen ${i} times.”`, i * 10, [`c${i}`], [`x${i}`, `y${i}`, `z${i}`]), { priority: 2 });
    const trueFalse = (i: number) => draft(tf(`Prices have fallen ${i} times.`, i * 10, [`c${i}`]), { rank: 1 });
    const acronym = (i: number) => draft(sc(`According to the article, what does AB${i} stand for?`, 900 + i * 10, [`a${i}`], [`Alpha ${i}`, `Beta ${i}`, `Gamma ${i}`]));
    const acronymTf = (i: number) => draft(tf(`AB${i} stands for Alpha ${i}.`, 900 + i * 10, [`a${i}`]), { rank: 1 });
    const plain = (i: number) => draft(sc(`Which one, number ${i}?`, 500 + i * 10, [`p${i}`], [`a${i}`, `b${i}`, `d${i}`]));
    const ids = [0, 1, 2, 3, 4, 5];
    const kept = gate([...ids.map(cloze), ...ids.map(trueFalse), ...[0, 1, 2, 3].flatMap((i) => [acronym(i), acronymTf(i)]), ...[0, 1, 2, 3].map(plain)]);
    expect(kept.every((q) => q.status === "ready")).toBe(true);
    const n = kept.length;
    const clozes = kept.filter((q) => q.prompt.includes("____")).length;
    expect(kept.filter((q) => q.type === "true_false").length).toBeLessThanOrEqual(0.25 * n);
    // Every fact keeps a question: where a fact has nothing but a cloze, the share gives way.
    expect(new Set(kept.flatMap((q) => q.factIds)).size).toBe(14);
    expect(clozes).toBe(6);
    expect(kept.filter((q) => /stand for/.test(q.prompt)).length).toBe(4);
    expect(n).toBeLessThan(6 + 6 + 8 + 4);
  });

  it("strikes acronym expansions over a tenth of ready questions when their fact keeps another question", () => {
    const first = (i: number) => draft(sc(`Which body is AB${i}?`, i * 10, [`a${i}`], [`Alpha ${i}`, `Beta ${i}`, `Gamma ${i}`]));
    const expansion = (i: number): Draft => ({
      question: { ...sc("x", i * 10, [`a${i}`]), type: "fill_blank", prompt: `Fill in the blank: according to the article, AB${i} stands for the Alpha ____.`, answer: { accepted: [`Bureau${i}`] } } as DraftQuestion,
      rank: 1, priority: 1, closeness: 0.5,
    });
    const kept = gate([0, 1, 2, 3, 4].flatMap((i) => [first(i), expansion(i)]), { maxClozeShare: 1 });
    expect(kept.filter((q) => /stands for/.test(q.prompt)).length).toBeLessThanOrEqual(0.1 * kept.length);
    expect(kept.filter((q) => /stands for/.test(q.prompt))).toHaveLength(0);
    expect(kept).toHaveLength(5);
  });

  it("scores difficulty in 0..1 and gives stable ids", () => {
    const q = sc("A question?", 0, ["a"]);
    expect(difficultyOf(q, 1)).toBeGreaterThan(difficultyOf(q, 0));
    expect(difficultyOf(q, 0)).toBeGreaterThanOrEqual(0);
    expect(questionId(q)).toBe(questionId({ ...q, options: ["14", "13", "12"] } as DraftQuestion));
    expect(questionId(q)).toMatch(/^q-[0-9a-z]+$/);
    expect(leaks(sc("Is it 12?", 0, ["a"]))).toBe(true);
  });
});

describe("gate: no ready question gives away another's answer", () => {
  // A sentence written for these tests: "Operators ran 40 ferries and sold 2 million tickets in 2021."
  const at = { sentence: "Operators ran 40 ferries and sold 2 million tickets in 2021.", start: 0, end: 61 };
  const base = (factIds: string[]) => ({ explanation: "Because.", source: at, factIds });
  const numeric = (prompt: string, value: number, answerText: string, factIds: string[]): DraftQuestion => ({ type: "numeric", prompt, answer: { value, tolerance: 0.5 }, answerText, ...base(factIds) });
  const choice = (prompt: string, options: string[], factIds: string[]): DraftQuestion => ({ type: "single_choice", prompt, options, answer: 0, answerText: options[0] as string, ...base(factIds) });
  const ferries = numeric("According to the article, how many ferries did operators run in 2021? Answer with a number.", 40, "40", ["ferries"]);
  const tickets = numeric("According to the article, how many tickets did operators sell in 2021? Answer in millions.", 2, "2 million", ["tickets"]);
  // A true/false on the tickets quoting the whole sentence, the ferries' figure with it.
  const statement: DraftQuestion = {
    type: "true_false",
    prompt: "True or false? According to the article: Operators ran 40 ferries and sold 2 million tickets in 2021.",
    answer: true,
    answerText: "True — the article gives 2 million.",
    ...base(["tickets"]),
  };
  const byStatus = (qs: ReturnType<typeof gate>) => ({
    ready: qs.filter((q) => q.status === "ready").map((q) => q.prompt),
    held: qs.filter((q) => q.status === "needs_review").map((q) => [q.prompt, q.flags?.map((f) => f.code)]),
  });

  it("holds back a true/false quoting the sentence, even one the builders ranked first, when its fact has another question", () => {
    const qs = gate([draft(statement, { priority: 9 }), draft(ferries, { priority: 1 }), draft(tickets, { priority: 2 })], { maxTrueFalseShare: 1 });
    expect(byStatus(qs)).toEqual({ ready: [ferries.prompt, tickets.prompt], held: [[statement.prompt, ["gives_away"]]] });
    expect(qs.find((q) => q.type === "true_false")?.flags?.[0]?.message).toMatch(/^Shows the answer \(2 million\) to another question on the same sentence: “According to the article, how many tickets/);
  });

  it("holds back a fact's second question before any fact's first: coverage first", () => {
    const cloze: DraftQuestion = { type: "fill_blank", prompt: "Fill in the blank: “Operators ran ____ ferries and sold 2 million tickets in 2021.”", answer: { accepted: ["40"] }, answerText: "40", ...base(["ferries"]) };
    const qs = gate([draft(ferries, { priority: 3 }), draft(cloze, { rank: 1, priority: 9 }), draft(tickets, { priority: 2 })]);
    expect(byStatus(qs)).toEqual({ ready: [ferries.prompt, tickets.prompt], held: [[cloze.prompt, ["gives_away"]]] });
  });

  it("keeps a true/false that is its fact's only question beside the question whose key it shows; strict holds it back", () => {
    const drafts = [draft(statement, { priority: 9 }), draft(ferries, { priority: 1 })];
    expect(byStatus(gate(drafts, { maxTrueFalseShare: 1 })).ready).toHaveLength(2);
    expect(byStatus(gate(drafts, { maxTrueFalseShare: 1, strictGiveaways: true }))).toEqual({ ready: [ferries.prompt], held: [[statement.prompt, ["gives_away"]]] });
  });

  it("never keeps two true/false statements on one sentence, even when each is its fact's only question", () => {
    const falseFerries: DraftQuestion = {
      type: "true_false",
      prompt: "True or false? According to the article: Operators ran 30 ferries and sold 2 million tickets in 2021.",
      answer: false,
      answerText: "False — the article gives 40, not 30.",
      ...base(["ferries"]),
    };
    const qs = gate([draft(falseFerries, { priority: 3 }), draft(statement, { priority: 2 })], { maxTrueFalseShare: 1 });
    expect(byStatus(qs).ready).toEqual([falseFerries.prompt]);
    expect(byStatus(qs).held).toEqual([[statement.prompt, ["gives_away"]]]);
  });

  it("keeps two facts' only questions by default though each shows the other's key; strict holds the later one back", () => {
    const blankFerries = choice("According to the article, which figure completes this statement? “Operators ran ____ ferries and sold 2 million tickets in 2021.”", ["40", "30", "50"], ["ferries"]);
    const blankTickets = choice("According to the article, which figure completes this statement? “Operators ran 40 ferries and sold ____ tickets in 2021.”", ["2 million", "3 million", "1 million"], ["tickets"]);
    const drafts = [draft(blankFerries, { priority: 3 }), draft(blankTickets, { priority: 2 })];
    expect(byStatus(gate(drafts)).ready).toHaveLength(2);
    expect(byStatus(gate(drafts, { strictGiveaways: true }))).toEqual({ ready: [blankFerries.prompt], held: [[blankTickets.prompt, ["gives_away"]]] });
  });

  it("tolerates a true/false beside a question from another sentence whose widened stem quotes it, as on one sentence (practice keeps them apart)", () => {
    // Two sentences written for this test: "The marina counted 52 yachts in May. Mooring fees rose to 9 euros a night."
    const first = { sentence: "The marina counted 52 yachts in May.", start: 0, end: 36 };
    const second = { sentence: "Mooring fees rose to 9 euros a night.", start: 37, end: 74 };
    const yachts: DraftQuestion = { type: "true_false", prompt: "True or false? According to the article: The marina counted 52 yachts in May.", answer: true, answerText: "True — the article gives 52.", explanation: "Because.", source: first, factIds: ["yachts"] };
    const fees: DraftQuestion = { type: "numeric", prompt: "According to the article, what number fills the blank? “The marina counted 52 yachts in May. Mooring fees rose to ____ euros a night.” Answer with a number.", answer: { value: 9, tolerance: 0 }, answerText: "9", explanation: "Because.", source: second, factIds: ["fees"] };
    const qs = gate([draft(yachts, { priority: 2 }), draft(fees, { priority: 1 })], { maxTrueFalseShare: 1 });
    expect(byStatus(qs).ready).toHaveLength(2);
    // … but not where every clash must go (strictGiveaways): the message says where it comes from.
    const strict = gate([draft(yachts, { priority: 2 }), draft(fees, { priority: 1 })], { maxTrueFalseShare: 1, strictGiveaways: true });
    expect(byStatus(strict).held).toHaveLength(1);
    expect(strict.find((q) => q.type === "true_false")?.flags?.[0]?.message).toMatch(/^Another question on a neighbouring sentence, quoted in a stem, shows its answer \(52\)/);
    // Two questions that make the student find the answer stay, as on one sentence.
    const blank: DraftQuestion = { type: "single_choice", prompt: "According to the article, which figure completes this statement? “The marina counted ____ yachts in May.”", options: ["52", "25", "60"], answer: 0, answerText: "52", explanation: "Because.", source: first, factIds: ["yachts"] };
    expect(byStatus(gate([draft(blank, { priority: 2 }), draft(fees, { priority: 1 })])).ready).toHaveLength(2);
  });

  it("keeps one of two questions asking the same fact in the same words: the one the builders rank first", () => {
    const sameStem = choice("According to the article, how many ferries did operators run in 2021?", ["40", "30", "50"], ["ferries"]);
    const qs = gate([draft(ferries, { priority: 3 }), draft(sameStem, { rank: 1, priority: 2 }), draft(tickets, { priority: 1 })]);
    expect(byStatus(qs)).toEqual({ ready: [ferries.prompt, tickets.prompt], held: [[sameStem.prompt, ["duplicate"]]] });
    expect(qs.find((q) => q.type === "single_choice")?.flags?.[0]?.message).toMatch(/^Asks the same thing, with the same answer, as another question on this fact, which is kept: “According to the article, how many ferries did operators run in 2021\? Answer with a number\.”$/);
  });
});

describe("gate: the dateline is not part of a statement", () => {
  it("quotes a sentence that opens with a dateline without it", () => {
    const text = [
      "Peru copper output rises",
      "",
      "LIMA, May 3 - Peru's copper output rose 4.5% in March to 240,000 tonnes, the mining ministry said.",
      "",
      "Output at the Cerro Azul mine fell 2% in the month after heavy rains closed a road.",
    ].join("\n");
    const qs = generate(text).questions.filter((q) => q.source.sentence.includes("LIMA"));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/LIMA, May 3/);
  });
});
