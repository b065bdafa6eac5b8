import { describe, expect, it } from "vitest";
import { generate } from ".";
import type { DraftQuestion } from "./questions/context";
import { withSpeakerNamed } from "./quote-tail";

const sentence = "Since we opened the bridge, ferry trips are down 40% and road freight is up 25 percent,” the mayor added.";
const numeric = (statement: string): DraftQuestion => ({
  type: "numeric",
  prompt: `According to the article, what number fills the blank? “${statement}” Answer with a number.`,
  answer: { value: 40, tolerance: 0 },
  answerText: "40 percent",
  explanation: "The article says so.",
  source: { sentence, start: 0, end: sentence.length },
  factIds: ["f1"],
});

describe("withSpeakerNamed", () => {
  it("names the speaker of a quotation's last sentence outside the quoted words", () => {
    const q = withSpeakerNamed(numeric("Since we opened the bridge, ferry trips are down ____% and road freight is up 25 percent,” the mayor added."));
    expect(q?.prompt).toBe("According to the article, what number fills the blank? The mayor said: “Since we opened the bridge, ferry trips are down ____% and road freight is up 25 percent.” Answer with a number.");
    const named = withSpeakerNamed(numeric("Ferry trips are down ____%,” Ana Ruiz said."));
    expect(named?.prompt).toContain("Ana Ruiz said: “Ferry trips are down ____%.”");
    // A speaker's title set off by commas is left out of the attribution.
    const titled = withSpeakerNamed(numeric("Ferry trips are down ____%,\" said Dr. Ana Ruiz, head of transport and works at the regional council."));
    expect(titled?.prompt).toContain("Dr. Ana Ruiz said: “Ferry trips are down ____%.”");
    const before = withSpeakerNamed(numeric("Ferry trips are down ____%,” Ana Ruiz, the port's director, said."));
    expect(before?.prompt).toContain("Ana Ruiz said: “Ferry trips are down ____%.”");
  });

  it("leaves alone a statement that is not a quotation's tail, or whose blank is in the attribution", () => {
    expect(withSpeakerNamed(numeric("Ferry trips are down ____% this year."))).toBeNull();
    expect(withSpeakerNamed(numeric("Ferry trips are down ____%,” he added."))).toBeNull();
    expect(withSpeakerNamed(numeric("“Ferry trips are down ____%,” the mayor added."))).toBeNull();
    expect(withSpeakerNamed(numeric("Ferry trips are down 40%,” ____ officials said."))).toBeNull();
    expect(withSpeakerNamed(numeric("Ferry trips are down ____%,” he said, adding that fares would rise."))).toBeNull();
  });

  it("lets the engine ask a figure from the last sentence of a long quotation", () => {
    const article = `# Bridge year\n\nThe new bridge opened in March.\n\n“It has changed the town. ${sentence}\n\nThe bridge cost 80 million euros.`;
    const asked = generate(article).questions.filter((q) => q.source.sentence.includes("ferry trips") && q.status === "ready");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect((q.prompt.match(/“/g) ?? []).length).toBe((q.prompt.match(/”/g) ?? []).length);
  });
});
