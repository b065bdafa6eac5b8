import { describe, expect, it } from "vitest";
import { findPeople } from "./people";

const peopleIn = (s: string) => findPeople(s, { start: 0, end: s.length }).map((p) => [p.name, p.title, p.organisation]);

describe("findPeople", () => {
  it("reads titles before names, including hyphenated Korean given names", () => {
    expect(peopleIn("Chairman Chey Tae-won of the Korea Chamber of Commerce and Industry proposed a union.")).toEqual([
      ["Chey Tae-won", "Chairman", "Korea Chamber of Commerce and Industry"],
    ]);
    expect(peopleIn("Japanese Prime Minister Shigeru Ishiba met President Lee Jae Myung’s envoy.")).toEqual([
      ["Shigeru Ishiba", "Japanese Prime Minister", undefined], ["Lee Jae Myung", "President", undefined],
    ]);
  });

  it("reads roles after names", () => {
    expect(peopleIn("“Quote,” said Kim Gyu-pan, a senior researcher at KIEP.")).toEqual([["Kim Gyu-pan", "senior researcher at KIEP", "KIEP"]]);
    expect(peopleIn("said Margit Halvorsen, the council's chief economist.")).toEqual([["Margit Halvorsen", "council's chief economist", undefined]]);
  });

  it("finds no one in text without names", () => {
    expect(peopleIn("")).toEqual([]);
    expect(peopleIn("Seoul, the capital of Korea, is large.")).toEqual([]);
  });
});
