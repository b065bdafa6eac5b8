import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { parseAiken } from "./aiken";
import { parseCsv } from "./csv";
import { exportAiken } from "./aiken";
import { parseGift } from "./gift";
import { previewImport } from "./import";
import { BRACES, fillSaid, Said, SAID_CODES } from "./said";
import { describeError } from "./types";

// The import's line errors, its notes and the exports' summaries are codes with values (issue 17):
// each code has an English and a Korean message, the English reads as the parsers' words always
// did, and the Korean one fills the same values.

const KO = ko.teacherClient.interchange.said as Record<string, string>;
const EN = en.teacherClient.interchange.said as Record<string, string>;

/** Fills as the browser's fill() does (components/i18n/client-messages.tsx). */
const sayKorean = (code: string, values: Record<string, string | number>) => fillSaid(KO[code]!, values);

describe("interchange codes → messages", () => {
  it("every code has an English and a Korean message, with the same placeholders, and ICU reads both", () => {
    expect(SAID_CODES.length).toBeGreaterThan(40);
    for (const code of SAID_CODES) {
      expect(EN[code], code).toBeTruthy();
      expect(KO[code], code).toMatch(/\p{Script=Hangul}/u);
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      expect(names(KO[code]!), code).toEqual(names(EN[code]!));
      // Braces are values, never written into a message: the browser's fill() and ICU (next-intl, on the server) read each alike.
      const values = Object.fromEntries(names(EN[code]!).map((name) => [name, name in BRACES ? BRACES[name as keyof typeof BRACES] : `<${name}>`]));
      for (const [locale, text] of [["en", EN[code]!], ["ko", KO[code]!]] as const) {
        expect(new IntlMessageFormat(text, locale).format(values), `${locale} ${code}`).toBe(fillSaid(text, values));
      }
    }
  });

  it("keeps the parsers' English word for word", () => {
    const gift = parseGift("Q one? {=a ~b}\n\nWhich? {\nGdansk\n~Tallinn\n}\n\nNo block here\n\nEssay? {}");
    expect(gift.errors.map(describeError)).toEqual([
      "line 4: an answer line must start with = or ~ (found “Gdansk”)",
      "line 8: no answer block: a question needs its answers between { and } (a description without answers can't be imported)",
      "line 10: an empty answer block {} is an essay question, which Factdeck can't grade",
    ]);
    expect(parseGift("Open? {=a ~b").errors.map(describeError)).toEqual(["line 1: the answer block opened here is never closed with } (write \\{ and \\} for braces in text)"]);
    expect(parseAiken("Q?\nA. x\nC. y\nANSWER: A").errors.map(describeError)).toEqual(["line 3: options must be lettered in order: expected B. but found C."]);
    expect(parseCsv("question,answer\nx,y").errors.map(describeError)).toEqual([expect.stringMatching(/^line 1: the header row lacks the columns type, prompt, fields/)]);
    expect(previewImport("   \n", "aiken").errors.map(describeError)).toEqual(["line 1: That file is empty."]);
    expect(previewImport("x", "gift", { bytes: 2_500_000 }).errors.map(describeError)).toEqual(["line 1: That file is 2.5 MB; the limit is 1 MB. Split it into smaller files."]);
  });

  it("says the same error in Korean with the same values", () => {
    const [error] = parseGift("Which? {\nGdansk\n~Tallinn\n}").errors;
    expect(error).toMatchObject({ line: 2, code: "answerLineFound", values: { found: "Gdansk" } });
    expect(sayKorean(error!.code, error!.values)).toBe("답 줄은 = 또는 ~로 시작해야 해요(“Gdansk”이(가) 있어요)");
    const [essay] = parseGift("Essay? {}").errors;
    expect(sayKorean(essay!.code, essay!.values)).toBe("빈 답 블록 {}은(는) 서술형 문제라서 Factdeck이 채점할 수 없어요");
  });

  it("keeps an export's summary in English in the file and as codes for the page", () => {
    const file = exportAiken([], { title: "Empty" });
    expect(file.summary).toEqual(["Aiken has no feedback: source sentences and explanations are left out."]);
    expect(file.said).toEqual([{ code: "aikenNoFeedback", values: {} }]);
    expect(new Said("giftOrdering", {}, 3).english).toBe(`${EN.giftOrdering} (3 questions)`);
    expect(String(new Said("rangeRead", { range: "10..20", value: "15", tolerance: "5" }))).toBe("The range 10..20 was read as 15 ± 5.");
  });
});
