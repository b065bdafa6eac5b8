import { describe, expect, it } from "vitest";
import { generate } from "../index";
import type { Question } from "../../question-types";
import { questionSchema } from "../../question-types";

const REF = { referenceDate: "2024-05-01" };
const dateQuestions = (body: string) => {
  const r = generate(`Harbour news\n${body}`, REF);
  const dated = new Set(r.facts.filter((f) => f.kind === "event" || f.kind === "date").map((f) => f.id));
  return r.questions.filter((q) => q.factIds.some((id) => dated.has(id)));
};
const shown = (q: Question) => [q.prompt, q.answerText, ...("options" in q ? q.options : [])].join(" | ");

describe("date choices", () => {
  it("ask “By which date” for a day after “by”, a deadline, and “On which date” for the day itself", () => {
    const ask = (body: string) => dateQuestions(body).find((q) => q.type === "single_choice" && /\bwhich date\b/.test(q.prompt))?.prompt;
    expect(ask("The harbour board said the new cranes would be installed by June 15, ahead of the busy season.")).toMatch(/^By which date would the new cranes be installed\?/);
    expect(ask("The ministry said the first grants would reach fishermen by July 3.")).toMatch(/^By which date\b/);
    expect(ask("The harbour board said the new cranes would be installed on June 15, ahead of the busy season.")).toMatch(/^On which date would the new cranes be installed\?/);
  });

  it("never offer a day after the article's own for something that has already happened", () => {
    // REF is 2024-05-01: "April 9" is past; moved on a month it would be still to come.
    let asked = 0;
    for (const [day, body] of [
      ["April 9", "The dock strike ended on April 9 after the union accepted a new offer."],
      ["April 22", "The cycle bridge was opened to the public on April 22."],
      ["March 30", "Inspectors closed the old ferry pier on March 30."],
    ] as const) {
      const choice = dateQuestions(body).find((q) => q.type === "single_choice" && q.answerText === day);
      if (!choice) continue;
      asked++;
      for (const o of "options" in choice ? choice.options : []) expect(/^(?:May|June|July)\b/.test(o), `${body} ${o}`).toBe(false);
    }
    expect(asked).toBeGreaterThan(1);
  });

  it("never offer a span that ends after the article's day for one that has already ended", () => {
    // REF is 2024-05-01: "March 4 to April 19" has ended; moved on a month it would end on May 19.
    let asked = 0;
    for (const body of [
      "Freight through the canal reached 2.1 million tonnes between March 4 and April 19, port data showed.",
      "The survey, conducted from March 4 to April 19, covered 900 ports.",
    ]) {
      const choice = dateQuestions(body).find((q) => q.type === "single_choice" && /^When\b/.test(q.prompt));
      if (!choice) continue;
      asked++;
      for (const o of "options" in choice ? choice.options : []) expect(/(?:May|June|July)\s+\d+$|\d+\s+(?:May|June|July)$/.test(o), `${body} ${o}`).toBe(false);
    }
    expect(asked).toBeGreaterThan(0);
  });

  it("never offer a day before the article's own for something still to come", () => {
    // REF is 2024-05-01: "May 12" is still to come; moved back a month it would be past.
    let asked = 0;
    for (const [day, body] of [
      ["May 12", "A public inquiry into the ferry fire will be held on May 12 in the town hall."],
      ["May 3", "The new cycle bridge will open to the public on May 3."],
      ["June 9", "The harbour festival will be held on June 9 this year."],
      ["May 20", "A vote on the marina plan will take place on May 20."],
    ] as const) {
      const choice = dateQuestions(body).find((q) => q.type === "single_choice" && q.answerText === day);
      if (!choice) continue;
      asked++;
      for (const o of "options" in choice ? choice.options : []) expect(/^(?:January|February|March|April)\b/.test(o), `${body} ${o}`).toBe(false);
    }
    expect(asked).toBeGreaterThan(1);
  });
});

describe("year questions", () => {
  it("never offer a year before the article's own for something still to come", () => {
    for (const [year, body] of [["2027", "Two new ferries are due to enter service in 2027, the port said."], ["2026", "The rebuilt pier is expected to reopen in 2026 after repairs."], ["2029", "A second runway is scheduled to open in 2029."]] as const) {
      const choice = dateQuestions(body).find((q) => q.type === "single_choice" && q.answerText === year);
      if (!choice) continue;
      expect(choice.prompt, body).toMatch(/^In which year (?:is|are|will)\b/);
      for (const o of "options" in choice ? choice.options : []) expect(Number(o), body).toBeGreaterThanOrEqual(2024);
    }
    expect(dateQuestions("The rebuilt pier is expected to reopen in 2026 after repairs.").some((q) => q.type === "single_choice" && q.answerText === "2026")).toBe(true);
  });

  it("with no date for the article, offer nothing before its latest past event for something still to come", () => {
    const body = "The old lighthouse was rebuilt in 1962. A winter storm damaged the lighthouse in 2019. A new maritime museum beside the lighthouse is due to open in 2031.";
    let asked = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const r = generate(`Coast news\n${body}`, { seed });
      for (const q of r.questions.filter((q) => /museum/.test(q.prompt) && q.type !== "ordering")) {
        asked++;
        for (const y of shown(q).match(/\b(?:19|20)\d{2}\b/g) ?? []) expect(Number(y), shown(q)).toBeGreaterThanOrEqual(2019);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it("with no date for the article, offer no year of something still to come for something that has happened", () => {
    const body = "The old pier was rebuilt in 1962. A winter storm damaged the pier in 2019. A new ferry terminal beside the pier is due to open in 2031.";
    let asked = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const choice = generate(`Coast news\n${body}`, { seed }).questions.find((q) => q.type === "single_choice" && q.answerText === "1962");
      if (!choice) continue;
      asked++;
      for (const o of "options" in choice ? choice.options : []) expect(Number(o), shown(choice)).toBeLessThan(2031);
    }
    expect(asked).toBeGreaterThan(0);
    // With nothing still to come, the year of the storm stays a choice as before.
    const past = "The old pier was rebuilt in 1962. A winter storm damaged the pier in 2019.";
    const offered = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => generate(`Coast news\n${past}`, { seed }).questions.filter((q) => q.type === "single_choice" && q.answerText === "1962").flatMap((q) => ("options" in q ? q.options : [])));
    expect(offered).toContain("2019");
  });

  it("never offer a year after the article's own for something that has happened", () => {
    for (const [year, body] of [["2023", "The ferry company Nordsund was founded in 2023 by two former pilots."], ["2024", "The old lighthouse at Skarv was sold to a private buyer in 2024."], ["2022", "The harbour museum was closed to visitors in 2022 after a flood."]] as const) {
      const choice = dateQuestions(body).find((q) => q.type === "single_choice" && q.answerText === year);
      expect(choice, body).toBeDefined();
      for (const o of choice && "options" in choice ? choice.options : []) expect(Number(o), body).toBeLessThanOrEqual(year === "2024" ? 2024 : 2023);
    }
    // Nor the article's own year for an older event, unless the article gives it.
    const withHeader = generate("Title: Zoo news\nDate: 2024-05-01\n\nZoo news\n\nThe city zoo, which opened in 1931, will show two lynx cubs from June 1.").questions.find((q) => q.type === "single_choice" && q.answerText === "1931");
    expect(withHeader).toBeDefined();
    for (const o of withHeader && "options" in withHeader ? withHeader.options : []) expect(Number(o)).toBeLessThan(2024);
    for (const [year, body] of [["1931", "The city zoo, which opened in 1931, will show two lynx cubs from June 1."], ["1952", "The town's lido, which opened in 1952, will reopen on June 1 after repairs."]] as const) {
      const choice = dateQuestions(body).find((q) => q.type === "single_choice" && q.answerText === year);
      expect(choice, body).toBeDefined();
      for (const o of choice && "options" in choice ? choice.options : []) expect(Number(o), body).toBeLessThan(2024);
    }
  });

  it("offer none of the article's years a century or more off the key, nor swap one into a true/false", () => {
    const body = "The previous visitor record, of 380,000, was set in 2016.\n\nThe Marinemuseum, founded in 1805, holds about one million objects, of which around 8,000 are on display.";
    let asked = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const r = generate(`Title: Museum news\nDate: 2024-05-01\n\nMuseum news\n\n${body}`, { seed });
      for (const q of r.questions.filter((q) => (q.type === "single_choice" || q.type === "true_false") && /founded/.test(q.prompt))) {
        asked++;
        expect(shown(q), shown(q)).not.toMatch(/\b20\d{2}\b/);
      }
    }
    expect(asked).toBeGreaterThan(0);
    // Within a century, the article's other year stays a choice.
    const near = "The previous visitor record, of 380,000, was set in 2016.\n\nThe Marinemuseum, founded in 1961, holds about one million objects, of which around 8,000 are on display.";
    const offered = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => generate(`Title: Museum news\nDate: 2024-05-01\n\nMuseum news\n\n${near}`, { seed }).questions.filter((q) => q.type === "single_choice" && q.answerText === "1961").flatMap((q) => ("options" in q ? q.options : [])));
    expect(offered).toContain("2016");
  });

  it("ask a grammatical question that says what happened", () => {
    const qs = dateQuestions("Although first planned by the city council in 1999, the harbour tunnels were delayed for a decade.");
    const choice = qs.find((q) => q.type === "single_choice");
    expect(choice?.prompt).toBe("In which year were the harbour tunnels first planned by the city council?");
    expect(choice?.answerText).toBe("1999");
    for (const q of qs) {
      expect(q.prompt).not.toMatch(/for the following|is given for/);
      expect(() => questionSchema.parse(q)).not.toThrow();
    }
  });

  it("fall back to the sentence with the year blanked at its own place when no clause can be asked", () => {
    const qs = dateQuestions("The terminal will hire 300 staff when it opens in 2027, and 2027 is also the year the old pier closes.");
    expect(qs.map((q) => q.type)).toEqual(["fill_blank"]);
    expect(qs[0]?.prompt).toBe("Fill in the blank: “The terminal will hire 300 staff when it opens in ____, and 2027 is also the year the old pier closes.”");
  });

  it("make no cloze of a sentence that opens with a pronoun", () => {
    expect(dateQuestions("It was founded in 1990.")).toEqual([]);
  });

  it("ask of a name ending like a plural in the singular", () => {
    const qs = dateQuestions("Lumen, founded in 2019 by two engineers, processes payments for 240,000 shops.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/\bwere Lumen\b/);
  });

  it("never date the main clause with the year of a 'since' clause", () => {
    const qs = dateQuestions("The port has joined four alliances since the Baltic Ports treaty was signed in 2005.");
    expect(qs.some((q) => /joined|alliances/.test(q.prompt) && !q.prompt.includes("____"))).toBe(false);
    expect(qs.find((q) => q.type === "single_choice")?.prompt).toBe("In which year was the Baltic Ports treaty signed?");
  });

  it("make nothing of a year that only bounds a period or dates a figure", () => {
    expect(dateQuestions("Traffic has doubled since 2010.")).toEqual([]);
    expect(dateQuestions("The port handled 9 million containers in 2023.").filter((q) => /which year/i.test(q.prompt))).toEqual([]);
  });
});

describe("calendar questions", () => {
  it("ask when, with the date as a person says it", () => {
    const qs = dateQuestions("The dock workers on Tuesday, 14 May, signed a new wage deal.");
    const choice = qs.find((q) => q.type === "single_choice");
    expect(choice?.prompt).toBe("On which date did the dock workers sign a new wage deal?");
    expect(choice?.answerText).toBe("14 May");
    expect(choice && "options" in choice ? choice.options : []).toEqual(expect.arrayContaining(["14 April", "14 June"]));
    const blank = qs.find((q) => q.type === "fill_blank");
    if (blank?.type === "fill_blank") expect(blank.answer.accepted).toEqual(expect.arrayContaining(["14 May", "May 14", "May 14th"]));
  });

  it("ask a range with 'When', and give no year when none is known", () => {
    const r = generate("Harbour news\nThe survey, conducted from March 3 to March 9, covered ports.");
    const choice = r.questions.find((q) => q.type === "single_choice" && /survey/.test(q.prompt));
    expect(choice?.prompt).toBe("When was the survey conducted?");
    for (const q of r.questions) expect(shown(q)).not.toMatch(/\b(?:19|20)\d{2}\b/);
  });
});

describe("chronology", () => {
  const body = [
    "The harbour was founded in 1850.",
    "The lighthouse was built in 1901.",
    "The port authority dredged the channel in 1964.",
    "A container terminal opened in 1988.",
  ].join(" ");

  it("orders complete clauses", () => {
    const order = dateQuestions(body).find((q) => q.type === "ordering");
    expect(order?.answerText).toBe("1850: The harbour was founded; 1901: The lighthouse was built; 1964: The port authority dredged the channel; 1988: A container terminal opened");
  });

  it("skips the ordering when fewer than three items stand on their own", () => {
    const fragments = "The harbour was founded in 1850. It was rebuilt in 1901, followed by a new pier in 1964. Then came growth in 1988.";
    expect(dateQuestions(fragments).filter((q) => q.type === "ordering")).toEqual([]);
  });
});

describe("a span written 'between … and …'", () => {
  it("is shown as a span ('March 2 to March 6'), not as two dates joined by 'and'", () => {
    const qs = dateQuestions("The ferry service was suspended between March 2 and March 6 after a storm damaged the pier.");
    const when = qs.find((q) => q.type === "single_choice");
    expect(when?.answerText).toBe("March 2 to March 6");
    for (const q of qs) if ("options" in q) for (const o of q.options) expect(o).not.toMatch(/\d and [A-Z]/);
  });
});

describe("date questions' wrong options", () => {
  it("offer only days the calendar has when the day is past the 30th", () => {
    const qs = [...dateQuestions("The ferry service to Skarv will resume on October 31."), ...dateQuestions("The museum will reopen on August 31 after the repairs.")];
    const choices = qs.filter((q) => q.type === "single_choice" && / 31$/.test(q.answerText));
    expect(choices).toHaveLength(2);
    for (const o of choices.flatMap((q) => ("options" in q ? q.options : []))) expect(o).not.toMatch(/^(?:September|November|June|April|February) 31$/);
  });
  it("asks no “On which date …?” of a clause the date only ends (“will run until March 29”)", () => {
    for (const body of [
      "The Sunday bus service will run until June 14, the council said.",
      "Road works on the bypass will continue through July 20.",
    ]) {
      const asked = dateQuestions(body).filter((q) => /^On which date\b/.test(q.prompt));
      expect(asked, body).toEqual([]);
    }
    // A date the clause happens on is still asked.
    const on = dateQuestions("The Sunday bus service will resume on June 14, the council said.");
    expect(on.some((q) => /^On which date will the Sunday bus service resume\?$/.test(q.prompt))).toBe(true);
  });
});
