// Unit tests per format: the awkward cases (escapes, multi-line questions, numeric ranges,
// categories), the line-numbered errors, and our exports read by independent parsers.
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseWithGiftPegjs } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { QUESTION_TYPES, type Question } from "@/lib/question-types";
import { exportAiken, parseAiken } from "./aiken";
import { MAX_IMPORT_BYTES, NO_SOURCE } from "./common";
import { exportCsv, parseCsv, readCsv } from "./csv";
import { escapeGift, exportGift, parseGift } from "./gift";
import { previewImport } from "./import";
import { exportMoodleXml } from "./moodle-xml";
import { questionArb } from "./test-arbitraries";
import { describeError } from "./types";
import { worksheetItems } from "./worksheet";

const sample = (type: (typeof QUESTION_TYPES)[number]) => fc.sample(questionArb(type), { numRuns: 3, seed: 7 });
const everyType = (): Question[] => QUESTION_TYPES.flatMap((t) => sample(t));

describe("GIFT import", () => {
  it("reads GIFT's escapes: \\~ \\= \\# \\{ \\} \\: and \\n", () => {
    const { questions, errors } = parseGift("What does a\\: b \\{c\\} mean? {\n=x \\= y \\~ z\\#1#because\\: so\n~w\n####It said a\\: b.\\nThen more.\n}");
    expect(errors).toEqual([]);
    const q = questions[0]!;
    expect(q.draft).toMatchObject({ type: "single_choice", prompt: "What does a: b {c} mean?", options: ["x = y ~ z#1", "w"], correct: [0], explanation: "because: so" });
    expect(q.source).toEqual({ sentence: "It said a: b.\nThen more." });
  });

  it("joins a question written over several lines, with a title and comments around it", () => {
    const text = ["// a comment", "::Capital::Which city", "is the capital", "of Korea? {", "  =Seoul", "  // not an answer", "  ~Busan", "  ~Incheon", "}"].join("\n");
    const { questions, errors } = parseGift(text);
    expect(errors).toEqual([]);
    expect(questions[0]).toMatchObject({ line: 2, draft: { type: "single_choice", prompt: "Which city is the capital of Korea?", options: ["Seoul", "Busan", "Incheon"] } });
  });

  it("reads numeric answers: value:tolerance, min..max ranges, and several graded answers", () => {
    const { questions, errors } = parseGift("How many? {#12.5:0.5}\n\nA range? {#10..20#right}\n\nSeveral? {#\n=1822:0#exact\n=%50%1822:2#close\n}");
    expect(errors).toEqual([]);
    expect(questions.map((q) => [q.draft.value, q.draft.tolerance])).toEqual([["12.5", "0.5"], ["15", "5"], ["1822", "0"]]);
    expect(questions[1]!.notes.join(" ")).toMatch(/range 10\.\.20/);
    expect(questions[2]!.notes.join(" ")).toMatch(/full-marks answer/);
  });

  it("keeps the category a question is under", () => {
    const { questions } = parseGift("$CATEGORY: $course$/Korea/Economy\n\nTrue? {T}\n\n$CATEGORY: Other\n\nFalse? {FALSE#no#no}");
    expect(questions.map((q) => [q.category, q.draft.truth])).toEqual([["Korea/Economy", true], ["Other", false]]);
  });

  it("reads weights as multiple select, short answers as fill in the blank (blank where the block stood), and matching", () => {
    const { questions, errors } = parseGift(
      "Which are cities? {~%50%Seoul ~%50%Busan ~%-100%Han}\n\nThe capital is {=Seoul =seoul} today.\n\nMatch them. {=Seoul -> Korea =Tokyo -> Japan = -> China}",
    );
    expect(errors).toEqual([]);
    expect(questions.map((q) => q.draft.type)).toEqual(["multiple_select", "fill_blank", "matching"]);
    expect(questions[0]!.draft.correct).toEqual([0, 1]);
    expect(questions[1]!.draft).toMatchObject({ prompt: "The capital is ____ today.", accepted: ["Seoul", "seoul"] });
    expect(questions[2]!.draft).toMatchObject({ pairs: [{ left: "Seoul", right: "Korea" }, { left: "Tokyo", right: "Japan" }], extras: ["China"] });
  });

  it("names the line and the reason of every question it can't read, and reads the rest", () => {
    const text = [
      "Good one? {=yes ~no}", // 1
      "",
      "Broken answers {", // 3
      "  yes", // 4
      "  ~no", // 5
      "}",
      "",
      "An essay {}", // 8
      "",
      "No answers at all", // 10
      "",
      "Never closed {=a ~b", // 12
    ].join("\n");
    const { questions, errors } = parseGift(text);
    expect(questions).toHaveLength(1);
    expect(errors.map(describeError)).toEqual([
      "line 4: an answer line must start with = or ~ (found “yes”)",
      "line 8: an empty answer block {} is an essay question, which Factdeck can't grade",
      "line 10: no answer block: a question needs its answers between { and } (a description without answers can't be imported)",
      "line 12: the answer block opened here is never closed with } (write \\{ and \\} for braces in text)",
    ]);
  });

  it("refuses a numeric answer that isn't a number, on its line", () => {
    const { errors } = parseGift("Q one? {=a ~b}\n\nHow many? {#\n=lots\n}");
    expect(errors.map(describeError)).toEqual(["line 4: a numeric answer must be a number, value:tolerance or min..max (found “lots”)"]);
  });
});

describe("GIFT export", () => {
  it("escapes every special character", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h\ni")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
  });

  it("is read without errors by gift-pegjs, the same number of questions, source sentences as general feedback", () => {
    const questions = everyType();
    const file = exportGift(questions, { title: "Economy: {week 3} #1" });
    const parsed = parseWithGiftPegjs(file.body).filter((q) => q.type !== "Category");
    expect(parsed).toHaveLength(questions.length);
    parsed.forEach((p, i) => {
      expect("globalFeedback" in p && p.globalFeedback?.text).toBe(questions[i]!.source.sentence);
    });
    expect(file.summary.join(" ")).toMatch(/ordering|order/i);
  });

  it("reads what gift-pegjs reads from our own text with escapes, for random questions of every type", () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTION_TYPES).chain((t) => questionArb(t)), (q) => {
        expect(() => parseWithGiftPegjs(exportGift([q], { title: "T" }).body)).not.toThrow();
      }),
      { numRuns: 80 },
    );
  });
});

describe("Aiken", () => {
  it("exports single choice only and says what it left out", () => {
    const questions = everyType();
    const file = exportAiken(questions, { title: "t" });
    const singles = questions.filter((q) => q.type === "single_choice").length;
    expect(file.exported).toBe(singles);
    expect(file.summary[0]).toBe(`${questions.length - singles} questions left out: Aiken has only single choice.`);
    expect(file.summary.join(" ")).toMatch(/no feedback/);
  });

  it("reads options lettered with . or ), and names bad lines", () => {
    const text = ["Which city?", "A. Seoul", "B) Busan", "ANSWER: A", "", "Second?", "A. x", "B. y", "ANSWER: C", "", "Third?", "A. x", "oops", "ANSWER: A", "", "Fourth?", "A. x", "B. y"].join("\n");
    const { questions, errors } = parseAiken(text);
    expect(questions.map((q) => q.draft.options)).toEqual([["Seoul", "Busan"]]);
    expect(errors.map(describeError)).toEqual([
      "line 9: ANSWER: C is not one of this question's options (A, B)",
      "line 13: an option must start with a capital letter and a full stop or bracket (A. or A)), or the question must end with ANSWER: …",
      "line 16: the question that starts here has no ANSWER line (expected by line 18)",
    ]);
  });
});

describe("CSV", () => {
  it("reads quoted cells with commas, quotes and line breaks, and knows each record's line", () => {
    const { rows } = readCsv('a,b\r\n"x, ""y""","line\nbreak"\n3,4\n');
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "line\nbreak"] },
      { line: 4, cells: ["3", "4"] },
    ]);
  });

  it("keeps every type and its offsets, and prompts with line breaks", () => {
    const questions = everyType().map((q, i) => (i === 0 ? { ...q, prompt: `${q.prompt}\nsecond line, "quoted"` } : q));
    const back = previewImport(exportCsv(questions, { title: "t" }).body, "csv");
    expect(back.errors).toEqual([]);
    expect(back.questions.map((p) => p.question.prompt)).toEqual(questions.map((q) => q.prompt));
  });

  it("names every bad line and its reason", () => {
    const good = exportCsv(sample("single_choice").slice(0, 2), { title: "t" }).body.trimEnd().split("\r\n");
    const text = [good[0], good[1], 'essay,"Write about it",{},,,,,', 'single_choice,"Pick one","{""options"":[""a"",""b""],""answer"":""c""}","Because",,,,', good[2]].join("\n");
    const { questions, errors } = previewImport(text, "csv");
    expect(questions).toHaveLength(2);
    expect(errors.map(describeError)).toEqual([
      expect.stringMatching(/^line 3: unknown type “essay”/),
      "line 4: Mark the correct answer among the options.",
    ]);
    // The editor's reasons go through `say` (the teacher's language, from the action).
    const said = previewImport(text, "csv", { say: (m) => `«${m}»` });
    expect(said.errors.map(describeError)[1]).toBe("line 4: «Mark the correct answer among the options.»");
  });

  it("refuses a header without the columns it needs", () => {
    expect(parseCsv("question,answer\nx,y").errors.map(describeError)).toEqual([expect.stringMatching(/^line 1: the header row lacks the columns type, prompt, fields/)]);
  });
});

/** The text Moodle shows for the HTML it stores. */
const fromHtml = (s: string) => s.replace(/<br>/g, "\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("Moodle XML", () => {
  it("is well-formed and has the fields Moodle requires for every question", () => {
    const questions = everyType();
    const file = exportMoodleXml(questions, { title: "Economy & <things>" });
    expect(XMLValidator.validate(file.body)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["question", "answer", "subquestion"].includes(name) }).parse(file.body);
    const qs = (doc.quiz.question as Record<string, unknown>[]).filter((q) => q["@_type"] !== "category");
    expect(qs).toHaveLength(questions.length);
    qs.forEach((q, i) => {
      for (const field of ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden"]) expect(q, field).toHaveProperty(field);
      expect(fromHtml(String((q.generalfeedback as { text: unknown }).text))).toBe(questions[i]!.source.sentence);
      const type = q["@_type"];
      if (type === "multichoice") expect(q).toHaveProperty("single");
      if (type === "matching") expect((q.subquestion as unknown[]).length).toBeGreaterThanOrEqual(2);
      else expect((q.answer as unknown[]).length).toBeGreaterThanOrEqual(1);
    });
  });
});

describe("imports", () => {
  it("refuses huge and binary files before parsing", () => {
    expect(previewImport("x", "gift", { bytes: MAX_IMPORT_BYTES + 1 }).errors[0]!.message).toMatch(/limit is 1 MB/);
    expect(previewImport("PK\u0003\u0004\u0000\u0000binary", "csv").errors[0]!.message).toMatch(/isn't plain text/);
    expect(previewImport("   \n", "aiken").errors[0]!.message).toMatch(/empty/);
  });

  it("says so when a question has no source sentence, and finds one in a linked article", () => {
    const free = previewImport("Which? {=a ~b}", "gift");
    expect(free.questions[0]!.question.source.sentence).toBe(NO_SOURCE);
    const linked = previewImport("Which? {=a ~b ####It rose.}", "gift", { articleText: "Prices fell. It rose." });
    expect(linked.questions[0]!.question.source).toEqual({ sentence: "It rose.", start: 13, end: 21 });
  });

  it("holds an imported question to the editor's rules", () => {
    const { errors } = previewImport("Hi? {=a ~A}", "gift");
    expect(errors.map(describeError)).toEqual([expect.stringMatching(/^line 1: /)]);
  });
});

describe("worksheet", () => {
  it("never prints an ordering question's items in the right order", () => {
    fc.assert(
      fc.property(questionArb("ordering"), (q) => {
        if (q.type !== "ordering") return;
        const [item] = worksheetItems([q]);
        expect(item!.items).not.toEqual(q.answer.map((i) => q.options[i]));
      }),
      { numRuns: 50 },
    );
  });
});
