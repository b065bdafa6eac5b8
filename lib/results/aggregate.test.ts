import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/question-types";
import { fillBlank, matching, multipleSelect, numericPercent, singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import {
  analyseQuestion,
  analyseQuestions,
  formatDuration,
  median,
  percentOf,
  shareToPercent,
  STATUS_LABELS,
  summariseStudents,
  topWrongAnswers,
  type AttemptInput,
  type ResponseInput,
} from "./aggregate";

const DUE = new Date("2026-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);

function attempt(p: Partial<AttemptInput> & { id: string; userId: string }): AttemptInput {
  return { status: "submitted", score: null, maxScore: 4, startedAt: at("2026-03-09T10:00:00Z"), submittedAt: at("2026-03-09T10:05:00Z"), ...p };
}

function response(q: Question, answer: unknown, score: number, p: Partial<ResponseInput> = {}): ResponseInput {
  return { questionId: q.id, answer, score, correct: score === 1, timeMs: null, asAnswered: q, ...p };
}

describe("percentOf, shareToPercent, median, formatDuration", () => {
  it("never divides by zero", () => {
    expect(percentOf(3, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(Number.NaN, 4)).toBeNull();
    expect(percentOf(2.5, 4)).toBe(62.5);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(shareToPercent(null)).toBeNull();
    expect(shareToPercent(2 / 3)).toBe(66.7);
  });

  it("takes the middle value, or the mean of the two middle ones for an even count", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4000, 1000, 3000, 2000])).toBe(2500);
    expect(median([1, 1])).toBe(1);
  });

  it("formats durations as m:ss or h:mm:ss", () => {
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(245_000)).toBe("4:05");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
  });
});

describe("summariseStudents", () => {
  const students = [
    { id: "u-zoe", name: "Zoe", email: "zoe@x.test" },
    { id: "u-amy", name: "Amy", email: "amy@x.test" },
    { id: "u-bob", name: "Bob", email: "bob@x.test" },
    { id: "u-cat", name: "Cat", email: "cat@x.test" },
    { id: "u-dan", name: "Dan", email: "dan@x.test" },
  ];

  it("lists every student, sorted by name, with who has not started", () => {
    const rows = summariseStudents(students, [], DUE);
    expect(rows.map((r) => r.name)).toEqual(["Amy", "Bob", "Cat", "Dan", "Zoe"]);
    expect(rows.every((r) => r.status === "not_started" && r.attempts === 0 && r.best === null)).toBe(true);
  });

  it("judges late against a student's own due date, and names attempts the teacher's close ended", () => {
    const closedAt = at("2026-03-09T11:00:00Z");
    const attempts = [
      attempt({ id: "c1", userId: "u-cat", submittedAt: at("2026-03-11T09:00:00Z") }), // after the class's due date
      attempt({ id: "d1", userId: "u-dan", submittedAt: at("2026-03-11T09:00:00Z") }),
      attempt({ id: "b1", userId: "u-bob", status: "expired", submittedAt: closedAt }), // closed by the teacher
      attempt({ id: "z1", userId: "u-zoe", status: "expired", submittedAt: at("2026-03-09T10:30:00Z") }), // its own time ran out
    ];
    const extended = (userId: string) => (userId === "u-cat" ? at("2026-03-12T12:00:00Z") : DUE);
    const rows = Object.fromEntries(summariseStudents(students, attempts, extended, closedAt).map((r) => [r.name, r.status]));
    expect(rows).toMatchObject({ Cat: "submitted", Dan: "late", Bob: "closed", Zoe: "expired" });
    expect(STATUS_LABELS.closed).toBe("Closed by teacher");
  });

  it("reports in progress, submitted, late and expired, and the best attempt's score and time", () => {
    const attempts = [
      attempt({ id: "a1", userId: "u-amy", status: "in_progress", submittedAt: null }),
      attempt({ id: "b1", userId: "u-bob", score: 3, startedAt: at("2026-03-09T10:00:00Z"), submittedAt: at("2026-03-09T10:04:05Z") }),
      attempt({ id: "c1", userId: "u-cat", score: 2.5, submittedAt: at("2026-03-11T09:00:00Z"), startedAt: at("2026-03-11T08:30:00Z") }),
      attempt({ id: "d1", userId: "u-dan", status: "expired", score: 1 }),
    ];
    const rows = Object.fromEntries(summariseStudents(students, attempts, DUE).map((r) => [r.name, r]));
    expect(rows.Amy).toMatchObject({ status: "in_progress", attempts: 1, best: null, retaking: false });
    expect(rows.Bob).toMatchObject({ status: "submitted", attempts: 1, best: { score: 3, maxScore: 4, percent: 75, timeTakenMs: 245_000 } });
    expect(rows.Cat).toMatchObject({ status: "late", best: { score: 2.5, percent: 62.5, timeTakenMs: 30 * 60_000 } });
    expect(rows.Dan).toMatchObject({ status: "expired", best: { score: 1, percent: 25 } });
    expect(rows.Zoe?.status).toBe("not_started");
  });

  it("keeps the best score across attempts; a tie goes to the earlier attempt; a retake in progress is flagged", () => {
    const attempts = [
      attempt({ id: "x2", userId: "u-bob", score: 3, submittedAt: at("2026-03-09T11:00:00Z"), startedAt: at("2026-03-09T10:50:00Z") }),
      attempt({ id: "x1", userId: "u-bob", score: 3, submittedAt: at("2026-03-09T10:02:00Z"), startedAt: at("2026-03-09T10:00:00Z") }),
      attempt({ id: "x0", userId: "u-bob", score: 1 }),
      attempt({ id: "x3", userId: "u-bob", status: "in_progress", submittedAt: null }),
    ];
    const bob = summariseStudents(students, attempts, DUE).find((r) => r.name === "Bob")!;
    expect(bob.attempts).toBe(4);
    expect(bob.best?.attemptId).toBe("x1");
    expect(bob.best?.timeTakenMs).toBe(120_000);
    expect(bob.status).toBe("submitted");
    expect(bob.retaking).toBe(true);
  });

  it("has no late status without a due date, and no percentage for an empty quiz", () => {
    const rows = summariseStudents(students, [attempt({ id: "e", userId: "u-cat", score: 0, maxScore: 0, submittedAt: at("2030-01-01T00:00:00Z") })], null);
    const cat = rows.find((r) => r.name === "Cat")!;
    expect(cat.status).toBe("submitted");
    expect(cat.best?.percent).toBeNull();
  });

  it("ignores attempts of users who are not enrolled (e.g. removed from the class)", () => {
    const rows = summariseStudents(students.slice(0, 1), [attempt({ id: "z", userId: "u-gone", score: 4 })], DUE);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.best).toBeNull();
  });
});

describe("analyseQuestion", () => {
  const slug = "the-article";

  it("has no figures (not zeros) when no closed attempt showed the question", () => {
    const stats = analyseQuestion({ question: singleChoice, articleSlug: slug, shown: 0 }, 1, []);
    expect(stats).toMatchObject({ shown: 0, answered: 0, correct: 0, facility: null, averageScore: null, medianTimeMs: null });
    expect(stats.options?.map((o) => [o.label, o.count, o.share, o.correct])).toEqual([
      ["Seoul", 0, null, false],
      ["Busan", 0, null, true],
      ["Incheon", 0, null, false],
      ["Daegu", 0, null, false],
    ]);
    expect(stats.source.href).toBe(`/articles/${slug}?s=0-28#source`);
  });

  it("counts options chosen, share correct over every attempt shown it (unanswered = wrong), median time", () => {
    const responses = [
      response(singleChoice, { choice: 1 }, 1, { timeMs: 4000 }),
      response(singleChoice, { choice: 0 }, 0, { timeMs: 1000 }),
      response(singleChoice, { choice: 1 }, 1, { timeMs: 3000 }),
      response(singleChoice, { choice: 1 }, 1, { timeMs: null }),
      response(trueFalse, { value: true }, 0),
    ];
    const stats = analyseQuestion({ question: singleChoice, articleSlug: slug, shown: 5 }, 2, responses);
    expect(stats).toMatchObject({ position: 2, shown: 5, answered: 4, correct: 3, facility: 0.6, averageScore: 0.6, medianTimeMs: 3000 });
    expect(stats.options?.map((o) => [o.label, o.count, o.share])).toEqual([
      ["Seoul", 1, 0.2],
      ["Busan", 3, 0.6],
      ["Incheon", 0, 0],
      ["Daegu", 0, 0],
    ]);
  });

  it("gives partial credit in the average score but not in the share correct", () => {
    const responses = [
      response(multipleSelect, { choices: [0, 2, 3] }, 1),
      response(multipleSelect, { choices: [0, 2] }, 2 / 3),
      response(multipleSelect, { choices: [0, 1, 1] }, 0),
    ];
    const stats = analyseQuestion({ question: multipleSelect, articleSlug: slug, shown: 4 }, 1, responses);
    expect(stats.facility).toBe(0.25);
    expect(stats.averageScore).toBeCloseTo((1 + 2 / 3) / 4, 10);
    // A duplicated pick counts once; every correct option is marked.
    expect(stats.options?.map((o) => [o.label, o.count, o.correct])).toEqual([
      ["Korea", 3, true],
      ["Japan", 1, false],
      ["China", 2, true],
      ["Chile", 1, true],
      ["Peru", 0, false],
    ]);
  });

  it("labels true/false as True and False, marking the key", () => {
    const stats = analyseQuestion({ question: trueFalse, articleSlug: slug, shown: 3 }, 1, [
      response(trueFalse, { value: true }, 0),
      response(trueFalse, { value: false }, 1),
      response(trueFalse, { value: true }, 0),
    ]);
    expect(stats.options).toEqual([
      { label: "True", count: 2, share: 2 / 3, correct: false },
      { label: "False", count: 1, share: 1 / 3, correct: true },
    ]);
    expect(stats.commonWrong).toBeNull();
  });

  it("reads answers against the version they answered: a reworded option gets its own row", () => {
    const v1: Question = { ...singleChoice, options: ["Seoul", "Busan city", "Incheon", "Daegu"] };
    const stats = analyseQuestion({ question: singleChoice, articleSlug: slug, shown: 2 }, 1, [
      response(v1, { choice: 1 }, 1, { asAnswered: v1 }),
      response(singleChoice, { choice: 1 }, 1),
    ]);
    expect(stats.options?.find((o) => o.label === "Busan city")).toMatchObject({ count: 1, correct: true });
    expect(stats.options?.find((o) => o.label === "Busan")).toMatchObject({ count: 1, correct: true });
  });
});

describe("topWrongAnswers", () => {
  it("groups numbers by value in the question's unit, skips right and empty answers, top three", () => {
    const rs = [
      response(numericPercent, { value: "62.4" }, 1),
      response(numericPercent, { value: "60" }, 0),
      response(numericPercent, { value: "60.0 %" }, 0),
      response(numericPercent, { value: "70" }, 0),
      response(numericPercent, { value: "  " }, 0),
      response(numericPercent, { value: "sixty" }, 0),
      response(numericPercent, { value: "55" }, 0),
    ];
    // 55, 70 and "sixty" tie on one each: alphabetical, so the list is stable.
    expect(topWrongAnswers(rs)).toEqual([
      { answer: "60 %", count: 2 },
      { answer: "55 %", count: 1 },
      { answer: "70 %", count: 1 },
    ]);
  });

  it("normalises fill-in-the-blank text the way grading compares it", () => {
    const rs = [
      response(fillBlank, { text: "The United Nations." }, 0),
      response(fillBlank, { text: "united nations" }, 0),
      response(fillBlank, { text: "EU" }, 1),
      response(fillBlank, { text: "NATO" }, 0),
    ];
    expect(topWrongAnswers(rs)).toEqual([
      { answer: "united nations", count: 2 },
      { answer: "nato", count: 1 },
    ]);
  });

  it("lists matching answers as the pairs given, for the analysis of other types", () => {
    const stats = analyseQuestions(
      [{ question: matching, articleSlug: "a", shown: 2 }],
      [response(matching, { pairs: [1, 0, 2] }, 1 / 3), response(matching, { pairs: [1, 2, 0] }, 1)],
    )[0]!;
    expect(stats.options).toBeNull();
    expect(stats.commonWrong).toEqual([
      { answer: "UN → United Nations; WHO → International Monetary Fund; IMF → World Health Organization", count: 1 },
    ]);
    expect(stats.averageScore).toBeCloseTo(2 / 3, 10);
    expect(stats.facility).toBe(0.5);
  });
});
