// Export → import gives the same questions, for every type each format can express: compared as
// the editor sees them (questionToDraft) plus the source sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionToDraft } from "@/lib/questions/draft";
import { QUESTION_TYPES, type Question, type QuestionType } from "@/lib/question-types";
import { exportAiken } from "./aiken";
import { NO_EXPLANATION } from "./common";
import { exportCsv } from "./csv";
import { exportGift } from "./gift";
import { previewImport } from "./import";
import { questionArb } from "./test-arbitraries";
import type { Exporter, ImportFormat } from "./types";

const RUNS = 60;
const view = (q: Question) => ({ ...questionToDraft(q), source: q.source.sentence });

function roundTrip(exporter: Exporter, format: ImportFormat, questions: Question[]) {
  const file = exporter(questions, { title: "Round trip: {a} = #1" });
  const back = previewImport(file.body, format);
  expect(back.errors).toEqual([]);
  return back.questions.map((p) => p.question);
}

describe("GIFT round trip", () => {
  const kept: QuestionType[] = ["single_choice", "multiple_select", "true_false", "numeric", "fill_blank", "matching"];
  for (const type of kept) {
    it(`${type}: export then import gives the same questions`, () => {
      fc.assert(
        fc.property(fc.array(questionArb(type, { units: false }), { minLength: 1, maxLength: 4 }), (questions) => {
          const back = roundTrip(exportGift, "gift", questions);
          // GIFT matching has no answer feedback: the explanation is the one thing it can't keep.
          const expected = questions.map((q) => (type === "matching" ? { ...view(q), explanation: NO_EXPLANATION } : view(q)));
          expect(back.map(view)).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("Aiken round trip", () => {
  it("single_choice: export then import gives the same options and key", () => {
    const chars = ["a", "b", "k", "Z", " ", "~", "=", "#", "{", "}", ":", "é", "한", "1"];
    fc.assert(
      fc.property(fc.array(questionArb("single_choice", { chars }), { minLength: 1, maxLength: 4 }), (questions) => {
        const back = roundTrip(exportAiken, "aiken", questions);
        expect(back.map((q) => ({ ...questionToDraft(q), explanation: "" }))).toEqual(questions.map((q) => ({ ...questionToDraft(q), explanation: "" })));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("CSV round trip", () => {
  for (const type of QUESTION_TYPES) {
    it(`${type}: export then import gives the same questions, offsets included`, () => {
      fc.assert(
        fc.property(fc.array(questionArb(type), { minLength: 1, maxLength: 4 }), (questions) => {
          const back = roundTrip(exportCsv, "csv", questions);
          expect(back.map(view)).toEqual(questions.map(view));
          expect(back.map((q) => q.source)).toEqual(questions.map((q) => q.source));
        }),
        { numRuns: RUNS },
      );
    });
  }
});
