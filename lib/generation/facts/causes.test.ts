import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import { generate } from "../index";
import type { CauseFact } from "../types";

const causes = (text: string) => analyse(text).facts.filter((f): f is CauseFact => f.kind === "cause");

describe("cause and aim facts", () => {
  it("reads a reason after due to / because of / over concerns, up to the end of its clause", () => {
    const [a] = causes("The bridge project was shelved due to a lack of steel and rising costs, the city said.");
    expect(a).toMatchObject({ relation: "cause", connector: "due to", reason: "a lack of steel and rising costs" });
    expect(a?.source.sentence.slice(a.at, a.at + a.reason.length)).toBe(a?.reason);
    const [b] = causes("Talks on the treaty were suspended in 2011 over concerns from fishing towns about quotas.");
    expect(b).toMatchObject({ connector: "over", reason: "concerns from fishing towns about quotas" });
    expect(causes("Flights were cancelled because of heavy snow; trains ran late.")[0]?.reason).toBe("heavy snow");
  });

  it("reads an aim after aims to / seeks to / in order to", () => {
    expect(causes("The new fund aims to double the number of rural clinics by 2030.")[0]).toMatchObject({ relation: "aim", reason: "double the number of rural clinics by 2030" });
    expect(causes("The council seeks to ban cars from the old town.")[0]?.reason).toBe("ban cars from the old town");
    // A decimal point does not end the aim.
    expect(causes("The regional government aims to plant 2.5 million trees by 2030, officials said.")[0]?.reason).toBe("plant 2.5 million trees by 2030");
  });

  it("skips reasons that are a pronoun, a single word, a quotation or have no clause before them", () => {
    expect(causes("The vote was delayed because of it.")).toEqual([]);
    expect(causes("The vote was delayed due to weather.")).toEqual([]);
    expect(causes("Due to heavy rain, the match was called off.")).toEqual([]);
    expect(causes("The plan was dropped due to “serious concerns” in the cabinet.")).toEqual([]);
    expect(causes("")).toEqual([]);
  });

  it("reads \"due to\" + a verb of timing as a schedule even with no copula before it", () => {
    expect(causes("The council approved a new swimming pool, due to open in the spring of 2029.")).toEqual([]);
    expect(causes("The ferry operator cut three routes due to falling passenger numbers.")[0]?.reason).toBe("falling passenger numbers");
  });

  it("does not read a schedule ('was due to open in 2027') as a reason", () => {
    expect(causes("The new terminal, approved in 2021, was due to open to passengers in 2027.")).toEqual([]);
    expect(causes("The summit is due to take place in Lisbon next spring.")).toEqual([]);
    expect(causes("The ferry service was suspended due to a shortage of crew.")[0]?.reason).toBe("a shortage of crew");
  });
});

describe("cause questions", () => {
  it("blank the reason in the whole sentence and offer it among reasons the article never mentions", () => {
    const text = "The bridge project was shelved due to a lack of steel and rising costs. The mayor said a new plan would follow.";
    const qs = generate(text).questions.filter((q) => q.type === "single_choice" && /complete this sentence/.test(q.prompt));
    expect(qs).toHaveLength(1);
    const q = qs[0];
    if (q?.type !== "single_choice") throw new Error("expected a choice question");
    expect(q.prompt).toContain("“The bridge project was shelved due to ____.”");
    expect(q.options[q.answer]).toBe("a lack of steel and rising costs");
    expect(q.options).toHaveLength(4);
    for (const [i, o] of q.options.entries()) if (i !== q.answer) expect(text.toLowerCase()).not.toContain(o.toLowerCase());
    expect(q.status).toBe("ready");
  });
});

describe("aim questions", () => {
  it("blank the aim without its trailing time, which stays in the stem", async () => {
    const { reasonCore } = await import("../questions/cause-questions");
    expect(reasonCore("agree new quotas with the growers before the harvest starts in August")).toBe("agree new quotas with the growers");
    expect(reasonCore("double the number of rural clinics by 2030")).toBe("double the number of rural clinics");
    expect(reasonCore("open two ferry routes next year")).toBe("open two ferry routes");
    // A figure after "by" is part of the aim; a tail that would leave one word is kept.
    expect(reasonCore("cut emissions by 40 percent")).toBe("cut emissions by 40 percent");
    expect(reasonCore("expand before 2030")).toBe("expand before 2030");
    // A place, not a time.
    expect(reasonCore("remove tariffs on grain within the union")).toBe("remove tariffs on grain within the union");
    expect(reasonCore("bring the water bill before parliament")).toBe("bring the water bill before parliament");
    expect(reasonCore("connect every village within three years")).toBe("connect every village");
    const text = "The regional parliament passed a new water law on Tuesday. The ministry aims to agree new quotas with the growers before the harvest starts in August.";
    const q = generate(text).questions.find((x) => x.type === "single_choice" && /complete this sentence/.test(x.prompt));
    if (q?.type !== "single_choice") throw new Error("expected a choice question");
    expect(q.prompt).toContain("“The ministry aims to ____ before the harvest starts in August.”");
    expect(q.options[q.answer]).toBe("agree new quotas with the growers");
  });
});

describe("aim questions with a figure", () => {
  it("are not asked: the key would be the only option with a figure", () => {
    const text = "The regional parliament passed a new housing law on Tuesday. The housing ministry aims to build 40,000 flats by 2030, officials said.";
    expect(generate(text).questions.filter((q) => /complete this sentence/.test(q.prompt))).toEqual([]);
  });
});
