import { describe, expect, it } from "vitest";
import { checkedInfinitive, whQuestion } from "./wh-question";

const ask = (sentence: string, raw: string, noun: string) => whQuestion(sentence, sentence.indexOf(raw), raw, "count", noun)?.stem ?? null;

describe("the infinitive of a British past in -lled", () => {
  it("asks with the base form, not the doubled l", () => {
    expect(ask("Snowfall in the valley totalled 310 centimetres over the winter.", "310", "centimetres")).toBe("According to the article, how many centimetres did snowfall in the valley total over the winter?");
    expect(checkedInfinitive("totalled", "totall")).toBe("total");
    expect(checkedInfinitive("signalled", "signalled")).toBe("signal");
  });

  it("keeps a base form that really ends in -ll or -ed", () => {
    expect(checkedInfinitive("installed", "install")).toBe("install");
    expect(checkedInfinitive("filled", "fill")).toBe("fill");
    expect(checkedInfinitive("travelled", "travel")).toBe("travel");
    expect(checkedInfinitive("exceeded", "exceed")).toBe("exceed");
    expect(checkedInfinitive("shed", "shed")).toBe("shed");
  });

  it("gives no infinitive when none it knows fits", () => {
    expect(checkedInfinitive("quarrelled", "quarrelled")).toBeNull();
  });
});
