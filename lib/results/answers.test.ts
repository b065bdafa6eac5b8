import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/question-types";
import { fillBlank, multipleSelect, singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import { summariseStudents } from "./aggregate";
import { answersOf, attemptAnswers, buildGrid, columnTallies, markOf, type AnswerContext, type AnswerInput, type AttemptInput } from "./answers";
import { parseCsv } from "./csv";
import { ANSWER_HEADER, answersCsv } from "./export";

const questions: Question[] = [singleChoice, multipleSelect, trueFalse, fillBlank];
const byId = new Map(questions.map((q) => [q.id, q]));
const DUE = new Date("2026-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);

const ctx = (overrides: AnswerContext["overrides"] = () => []): AnswerContext => ({
  asAnswered: (id) => byId.get(id),
  position: (id) => questions.findIndex((q) => q.id === id) + 1,
  sourceHref: (_id, q) => `/articles/seed?s=${q.source.start}-${q.source.end}#source`,
  overrides,
  dueAt: DUE,
});

let n = 0;
function answer(questionId: string, given: unknown, score: number | null, correct: boolean | null, timeMs: number | null = 1000): AnswerInput {
  n += 1;
  return { questionId, answer: given, score, correct, timeMs, answeredAt: at("2026-03-09T10:01:00Z"), responseId: `r${n}`, questionVersion: 1 };
}

function attempt(id: string, userId: string, opts: Partial<AttemptInput> & { answers: AnswerInput[] }): AttemptInput {
  return {
    id,
    userId,
    status: "submitted",
    score: opts.answers.reduce((s, a) => s + (a.score ?? 0), 0),
    maxScore: 4,
    startedAt: at("2026-03-09T10:00:00Z"),
    submittedAt: at("2026-03-09T10:05:00Z"),
    order: questions.map((q) => q.id),
    ...opts,
  };
}

describe("markOf", () => {
  it("tells right, partly right, wrong and not answered apart", () => {
    expect(markOf(true, 1, true)).toBe("right");
    expect(markOf(true, 2 / 3, false)).toBe("partial");
    expect(markOf(true, 0, false)).toBe("wrong");
    expect(markOf(true, null, null)).toBe("wrong");
    expect(markOf(false, null, null)).toBe("unanswered");
  });
});

describe("answersOf", () => {
  it("reads each answer as the student saw it, with the key, the mark, the points and the time", () => {
    const a = attempt("a1", "u1", {
      order: [trueFalse.id, singleChoice.id, multipleSelect.id, fillBlank.id],
      answers: [
        answer(singleChoice.id, { choice: 1 }, 1, true, 2000),
        answer(multipleSelect.id, { choices: [0, 2] }, 2 / 3, false),
        answer(fillBlank.id, { text: "   " }, 0, false),
      ],
    });
    const rows = answersOf(a, ctx());
    // In the order the attempt showed them; positions are the assignment's.
    expect(rows.map((r) => [r.position, r.response, r.mark, r.score])).toEqual([
      [3, "No answer", "unanswered", 0],
      [1, "Busan", "right", 1],
      [2, "Korea, China", "partial", 2 / 3],
      [4, "No answer", "unanswered", 0],
    ]);
    expect(rows[1]).toMatchObject({ prompt: singleChoice.prompt, answerText: singleChoice.answerText, timeMs: 2000, max: 1, responseId: expect.any(String) });
    // A blank left in a saved answer has no "answered at"; a question never touched has no response to change.
    expect(rows[3]!.answeredAt).toBeNull();
    expect(rows[3]!.responseId).not.toBeNull();
    expect(rows[0]!.responseId).toBeNull();
  });

  it("skips a question that no longer exists rather than failing", () => {
    const a = attempt("a1", "u1", { order: ["gone", singleChoice.id], answers: [answer("gone", { choice: 0 }, 1, true)] });
    expect(answersOf(a, ctx()).map((r) => r.questionId)).toEqual([singleChoice.id]);
  });
});

describe("attemptAnswers", () => {
  it("numbers each student's attempts by start time, marks late ones, and reads answers of closed attempts only", () => {
    const list = attemptAnswers(
      [
        attempt("second", "u1", { startedAt: at("2026-03-11T08:00:00Z"), submittedAt: at("2026-03-11T08:10:00Z"), answers: [answer(singleChoice.id, { choice: 0 }, 0, false)] }),
        attempt("first", "u1", { answers: [answer(singleChoice.id, { choice: 1 }, 1, true)] }),
        attempt("open", "u2", { status: "in_progress", submittedAt: null, score: null, answers: [answer(singleChoice.id, { choice: 1 }, null, null)] }),
      ],
      ctx(),
    );
    expect(list.map((a) => [a.attemptId, a.number, a.late, a.closed, a.answers.length])).toEqual([
      ["first", 1, false, true, 4],
      ["open", 1, false, false, 0],
      ["second", 2, true, true, 4],
    ]);
  });
});

describe("buildGrid", () => {
  const students = [
    { id: "u1", name: "Ann", email: "ann@x.test" },
    { id: "u2", name: "Ben", email: "ben@x.test" },
    { id: "u3", name: "Cho", email: "cho@x.test" },
  ];
  const raw = [
    attempt("ann-1", "u1", { answers: [answer(singleChoice.id, { choice: 0 }, 0, false)] }),
    attempt("ann-2", "u1", {
      startedAt: at("2026-03-09T11:00:00Z"),
      submittedAt: at("2026-03-09T11:05:00Z"),
      answers: [answer(singleChoice.id, { choice: 1 }, 1, true), answer(multipleSelect.id, { choices: [0] }, 1 / 3, false), answer(trueFalse.id, { value: true }, 0, false)],
    }),
    attempt("ben-1", "u2", { status: "in_progress", submittedAt: null, score: null, answers: [] }),
    // Cho's attempt showed only two of the four questions.
    attempt("cho-1", "u3", { order: [singleChoice.id, fillBlank.id], answers: [answer(fillBlank.id, { text: "EU" }, 1, true)] }),
  ];
  const rows = summariseStudents(students, raw, DUE);
  const grid = buildGrid(
    questions.map((q) => ({ questionId: q.id, prompt: q.prompt })),
    rows,
    attemptAnswers(raw, ctx()),
  );

  it("has a column per question, labelled Q1..Qn with its stem", () => {
    expect(grid.columns.map((c) => c.label)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(grid.columns[0]!.prompt).toBe(singleChoice.prompt);
  });

  it("shows each student's best attempt, one mark per question; nothing for a student with no submission", () => {
    expect(grid.rows.map((r) => [r.name, r.attemptId, r.cells.map((c) => c.mark)])).toEqual([
      ["Ann", "ann-2", ["right", "partial", "wrong", "unanswered"]],
      ["Ben", null, []],
      ["Cho", "cho-1", ["unanswered", "not_shown", "not_shown", "right"]],
    ]);
    expect(grid.rows[0]!.cells[1]).toMatchObject({ score: 1 / 3 });
  });

  it("tallies each column over the students who were shown the question", () => {
    expect(columnTallies(grid)).toEqual([
      { right: 1, partial: 0, wrong: 0, unanswered: 1 },
      { right: 0, partial: 1, wrong: 0, unanswered: 0 },
      { right: 0, partial: 0, wrong: 1, unanswered: 0 },
      { right: 1, partial: 0, wrong: 0, unanswered: 1 },
    ]);
  });
});

describe("answersCsv (long format)", () => {
  const students = [
    { studentId: "u1", name: "=Zoë, \"the\" student", email: "zoe@x.test" },
    { studentId: "u2", name: "Ben", email: "ben@x.test" },
  ];
  const noted = (responseId: string) =>
    responseId === "note-me" ? [{ at: at("2026-03-12T09:00:00Z"), by: "Ms. Rivera", reason: "Spelling slip, accepted", oldScore: 0, newScore: 1 }] : [];
  const given = { ...answer(fillBlank.id, { text: "@SUM(A1)" }, 1, true, 8000), responseId: "note-me" };
  const attempts = attemptAnswers(
    [
      attempt("z1", "u1", { answers: [answer(singleChoice.id, { choice: 1 }, 1, true, 2500), answer(multipleSelect.id, { choices: [0, 2] }, 2 / 3, false), given] }),
      attempt("z2", "u1", { startedAt: at("2026-03-11T08:00:00Z"), submittedAt: at("2026-03-11T08:10:00Z"), answers: [] }),
      attempt("b1", "u2", { status: "in_progress", submittedAt: null, answers: [answer(singleChoice.id, { choice: 1 }, null, null)] }),
    ],
    ctx(noted),
  );
  const file = answersCsv({ title: "Week 3 quiz", className: "7B", timeZone: "Asia/Seoul" }, students, attempts, "https://factdeck.example");
  const [header, ...rows] = parseCsv(file.body);
  const col = (row: string[], name: string) => row[header!.indexOf(name)];

  it("has one row per question of every closed attempt, none for an attempt still open", () => {
    expect(header!.slice(0, ANSWER_HEADER.length)).toEqual([...ANSWER_HEADER]);
    expect(header).toContain("Answered at (Asia/Seoul)");
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(rows.map((r) => `${col(r, "Attempt")}:${col(r, "Question #")}`)).toEqual(["1:1", "1:2", "1:3", "1:4", "2:1", "2:2", "2:3", "2:4"]);
    expect(rows.some((r) => col(r, "Student") === "Ben")).toBe(false);
    expect(file.fileName).toBe("week-3-quiz-7b-answers.csv");
  });

  it("writes the response, key, result, points, time and answer time of each row", () => {
    const [single, multi, tf, fill] = rows;
    expect([col(single!, "Question ID"), col(single!, "Question"), col(single!, "Type"), col(single!, "Response"), col(single!, "Correct answer")]).toEqual([
      singleChoice.id,
      singleChoice.prompt,
      "Single choice",
      "Busan",
      singleChoice.answerText,
    ]);
    expect([col(single!, "Result"), col(single!, "Correct"), col(single!, "Score"), col(single!, "Max"), col(single!, "Time (seconds)")]).toEqual(["Right", "yes", "1", "1", "2.5"]);
    expect(col(single!, "Answered at (Asia/Seoul)")).toBe("2026-03-09 19:01");
    expect([col(multi!, "Response"), col(multi!, "Result"), col(multi!, "Correct"), col(multi!, "Score")]).toEqual(["Korea, China", "Partly right", "no", "0.67"]);
    expect([col(tf!, "Response"), col(tf!, "Result"), col(tf!, "Score"), col(tf!, "Answered at (Asia/Seoul)")]).toEqual(["", "Not answered", "0", ""]);
    expect(col(fill!, "Mark changed by teacher")).toBe("0 → 1: Spelling slip, accepted");
    expect(col(rows[4]!, "Attempt status")).toBe("Submitted (late)");
  });

  it("links each row to its source on the origin it was asked from", () => {
    expect(col(rows[0]!, "Source link")).toBe("https://factdeck.example/articles/seed?s=0-28#source");
  });

  it("defuses student-typed text a spreadsheet would run as a formula", () => {
    expect(col(rows[0]!, "Student")).toBe("'=Zoë, \"the\" student");
    expect(col(rows[3]!, "Response")).toBe("'@SUM(A1)");
  });
});
