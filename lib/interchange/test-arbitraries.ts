// fast-check arbitraries of valid questions for the round-trip tests, with GIFT's and CSV's
// awkward characters in every text. Built through the editor's buildQuestion, so each is a
// question a teacher could have saved.
import fc from "fast-check";
import { buildQuestion, emptyDraft, type QuestionDraft } from "@/lib/questions/draft";
import type { Question, QuestionType } from "@/lib/question-types";

/** Letters plus the characters formats must escape (`~ = # { } :`, backslash, quotes, commas, non-ASCII). */
const CHARS = ["a", "b", "k", "Z", " ", "~", "=", "#", "{", "}", ":", "\\", '"', ",", "é", "한", "1", "."];
const chunk = (min: number, max: number, chars = CHARS) =>
  fc
    .array(fc.constantFrom(...chars), { minLength: min, maxLength: max })
    .map((cs) => cs.join("").trim())
    .filter((s) => s.length >= min);
const word = (chars = CHARS) => fc.tuple(fc.constantFrom("Ann", "Bo", "Cy", "Dee"), chunk(1, 12, chars)).map(([a, b]) => `${a} ${b}`.trim());
const prompt = (chars = CHARS) => chunk(0, 30, chars).map((s) => `Which one ${s}`.trim());
const distinctWords = (min: number, max: number, chars = CHARS) => fc.uniqueArray(word(chars), { minLength: min, maxLength: max, selector: (s) => s.toLowerCase() });
const sentence = (chars = CHARS) => chunk(5, 60, chars).map((s) => `The report said ${s}.`);

const draft = (d: Partial<QuestionDraft> & { type: QuestionType }) => ({ ...emptyDraft(d.type), explanation: "", ...d });

export type Options = { chars?: string[]; units?: boolean; newlines?: boolean };

/** A draft of `type` (valid once built), with its source sentence. */
export function draftArb(type: QuestionType, { chars = CHARS, units = true }: Options = {}): fc.Arbitrary<{ draft: QuestionDraft; sentence: string }> {
  const common = fc.record({ prompt: prompt(chars), explanation: sentence(chars), sentence: sentence(chars) });
  const withFields = (fields: fc.Arbitrary<Partial<QuestionDraft>>) =>
    fc.tuple(common, fields).map(([c, f]) => ({ draft: draft({ type, prompt: c.prompt, explanation: c.explanation, ...f }), sentence: c.sentence }));
  switch (type) {
    case "single_choice":
      return withFields(distinctWords(2, 8, chars).chain((options) => fc.nat(options.length - 1).map((i) => ({ options, correct: [i] }))));
    case "multiple_select":
      return withFields(distinctWords(3, 10, chars).chain((options) => fc.uniqueArray(fc.nat(options.length - 1), { minLength: 1, maxLength: options.length }).map((correct) => ({ options, correct: [...correct].sort((a, b) => a - b) }))));
    case "true_false":
      return withFields(fc.boolean().map((truth) => ({ truth })));
    case "numeric":
      return withFields(
        fc.record({
          value: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => String(n / 100)),
          tolerance: fc.constantFrom("0", "0.5", "1", "10"),
          unit: units ? fc.constantFrom("", "%", "billion USD") : fc.constant(""),
        }),
      );
    case "fill_blank":
      return fc
        .tuple(common, chunk(0, 15, chars), chunk(0, 15, chars), distinctWords(1, 5, chars))
        .map(([c, a, b, accepted]) => ({ draft: draft({ type, prompt: `Fill ${a} ____ ${b}`.trim(), explanation: c.explanation, accepted }), sentence: c.sentence }));
    case "ordering":
      return withFields(distinctWords(3, 8, chars).map((options) => ({ options })));
    case "matching":
      return withFields(
        fc.tuple(distinctWords(2, 8, chars), distinctWords(2, 10, chars)).chain(([lefts, rights]) =>
          fc.nat(Math.max(0, rights.length - lefts.length)).map((extra) => {
            const pairs = lefts.slice(0, Math.min(lefts.length, rights.length)).map((left, i) => ({ left, right: rights[i]! }));
            return { pairs, extras: rights.slice(pairs.length, pairs.length + extra) };
          }),
        ),
      );
    case "evidence":
      return fc.tuple(common, fc.uniqueArray(sentence(chars), { minLength: 2, maxLength: 7, selector: (s) => s.toLowerCase() })).chain(([c, passage]) =>
        fc.nat(passage.length - 1).map((i) => ({ draft: draft({ type, prompt: c.prompt, explanation: c.explanation, passage, correct: [i] }), sentence: passage[i]! })),
      );
  }
}

/** A valid question of `type` (drafts the schema refuses are skipped). */
export function questionArb(type: QuestionType, options: Options = {}): fc.Arbitrary<Question> {
  return draftArb(type, options)
    .map(({ draft: d, sentence: s }) => {
      let offset = 0;
      const passage = d.type === "evidence" ? d.passage.map((p) => ({ sentence: p, start: (offset += 2), end: (offset += p.length) })) : undefined;
      const source = passage ? passage[d.correct[0]!]! : { sentence: s, start: 10, end: 10 + s.length };
      const built = buildQuestion(d, { id: "q-1", difficulty: 0.5, source, factIds: [], passage });
      return built.ok ? built.question : null;
    })
    .filter((q): q is Question => q !== null);
}
