import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { MembershipFact } from "../types";
import { createContext } from "./context";
import { membershipQuestions } from "./membership-questions";

function draftsFor(body: string) {
  const text = `Headline\n${body}`;
  const r = analyse(text);
  const group = r.facts.find((f): f is MembershipFact => f.kind === "membership");
  if (!group) throw new Error("no group found");
  return { group, drafts: membershipQuestions(createContext(text, r.facts, r.issues, 1), group), issues: r.issues };
}
const wrongOptions = (d: { question: { type: string } }) => {
  const q = d.question as { type: string; options?: string[]; answer?: number | number[] };
  if (q.type !== "multiple_select" || !q.options || !Array.isArray(q.answer)) return [];
  const keyed = q.answer;
  return q.options.filter((_, i) => !keyed.includes(i));
};

describe("membership questions", () => {
  it("never offers as a non-member a country another sentence says joined", () => {
    const { drafts } = draftsFor(
      "The Andean Trade Pact includes 11 member states, such as Chile, Peru and Colombia. Brazil and Argentina are not members.\n" +
      "Ecuador became the first new country to join the bloc last year. Mexico and Ecuador trade mostly with the United States.",
    );
    const ms = drafts.find((d) => d.question.type === "multiple_select");
    expect(ms).toBeDefined();
    expect(wrongOptions(ms!)).not.toContain("Ecuador");
    const joined = drafts.find((d) => d.variant === "joined:Ecuador");
    expect(joined?.question).toMatchObject({ type: "true_false", answer: true });
    expect(joined?.question.source.sentence).toMatch(/^Ecuador became/);
  });

  it("offers only stated outsiders when the list leaves part of the group unnamed", () => {
    const { drafts } = draftsFor(
      "The Andean Trade Pact is made up of five smaller economies, as well as Chile, Peru, Bolivia and Colombia.\n" +
      "The pact excludes Brazil. Ecuador and Venezuela sent observers to the signing.",
    );
    for (const d of drafts) expect(wrongOptions(d)).not.toContain("Ecuador");
    const not = drafts.find((d) => d.question.type === "single_choice" && /NOT a member/.test(d.question.prompt));
    expect(not?.question.answerText).toBe("Brazil");
  });

  it("never offers one country twice under two names", () => {
    const { drafts } = draftsFor(
      "The Andean Trade Pact includes members such as Chile, Peru and Colombia. The United States is not a member.\n" +
      "The US is now absent from the Andean Trade Pact. Brazil and Mexico are not members either.",
    );
    const ms = drafts.find((d) => d.question.type === "multiple_select");
    const wrong = wrongOptions(ms!);
    expect(wrong.filter((w) => /^(?:US|United States)$/.test(w)).length).toBeLessThanOrEqual(1);
  });

  it("flags the count question when the count disagrees with the list, and keeps explained member questions ready", () => {
    const { drafts } = draftsFor("The Andean Trade Pact groups four full members: Chile, Peru, Colombia, Ecuador and Bolivia. Bolivia is not a full member yet.");
    const count = drafts.find((d) => d.question.type === "numeric");
    expect(count?.flags?.[0]).toMatchObject({ code: "contradicted", message: expect.stringContaining("4 members") });
    const ms = drafts.find((d) => d.question.type === "multiple_select");
    expect(ms?.flags).toBeUndefined();
    expect(ms?.question.answerText).toBe("Chile, Peru, Colombia, Ecuador");
  });

  it("flags member questions when the count disagrees and nothing explains it", () => {
    const { drafts } = draftsFor("The Andean Trade Pact has three members: Chile, Peru, Colombia and Ecuador. Brazil and Mexico are not members.");
    expect(drafts.length).toBeGreaterThan(0);
    const ms = drafts.find((d) => d.question.type === "multiple_select");
    expect(ms?.flags?.[0]?.code).toBe("contradicted");
  });

  it("takes the group named right before “members” and asks no count another member contradicts", () => {
    const named = (body: string) => {
      const text = `Headline\n${body}`;
      const r = analyse(text);
      const group = r.facts.find((f): f is MembershipFact => f.kind === "membership" && f.container === "Andean");
      return group ? membershipQuestions(createContext(text, r.facts, r.issues, 1), group) : null;
    };
    const joined = named("The accord was signed by the leaders of the three Andean members: Chile, Peru and Colombia.\nEcuador, which joined the bloc in 2022, did not sign it.");
    expect(joined).not.toBeNull();
    expect(joined!.some((d) => /how many/i.test(d.question.prompt))).toBe(false);
    expect(joined!.some((d) => /members of Andean\?/.test(d.question.prompt))).toBe(true);
    const counted = named("The accord was signed by the leaders of the three Andean members: Chile, Peru and Colombia.");
    expect(counted!.some((d) => /how many members does Andean have/i.test(d.question.prompt))).toBe(true);
  });

  it("asks nothing of a group read as a bare article", () => {
    const { group, drafts } = draftsFor("The pact includes members such as Chile, Peru and Colombia.");
    expect(group.container).toBe("The");
    expect(drafts).toEqual([]);
  });
});
