// Assignment results against a real (temporary) SQLite database, only the session faked:
// figures checked by hand, ownership, and the CSV route handlers as each role. Issue 5.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as answersCsvGet } from "@/app/(teacher)/teacher/assignments/[id]/results/answers.csv/route";
import { GET as questionsCsvGet } from "@/app/(teacher)/teacher/assignments/[id]/results/questions.csv/route";
import { GET as studentsCsvGet } from "@/app/(teacher)/teacher/assignments/[id]/results/students.csv/route";
import { closeOverdueFor } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { fillBlank, multipleSelect, numericPercent, singleChoice } from "@/lib/grading/test-fixtures";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { parseCsv } from "./csv";
import { getAssignmentResults } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const DUE = new Date("2026-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);

let world: Awaited<ReturnType<typeof seed>>;

/**
 * Four students in a Seoul class: Ann has not started, Ben is in progress, Cho submitted on
 * time (3⅔ of 4) and Dee submitted late (1 of 4) with different answers.
 */
async function seed() {
  const teacher = await createUser({ role: "teacher", name: "Teacher" });
  const otherTeacher = await createUser({ role: "teacher" });
  const [ann, ben, cho, dee] = await Promise.all(["Ann", "Ben", "Cho", "Dee"].map((name) => createUser({ name })));
  const { article, questions } = await createArticleWithQuestions({ questions: [singleChoice, multipleSelect, numericPercent, fillBlank] });
  const [single, multi, numeric, fill] = questions.map((q) => q.id) as [string, string, string, string];
  const klass = await createClass(teacher.id, { name: "Economics, 7B", timeZone: "Asia/Seoul" });
  await enroll(klass.id, [ann!.id, ben!.id, cho!.id, dee!.id]);
  const set = await createSet(teacher.id, [single, multi, numeric, fill], "Korea–Japan \"quiz\"");
  const assignment = await createAssignment({ classId: klass.id, setId: set.id, dueAt: DUE, opensAt: at("2026-03-01T00:00:00Z") });
  const order = [single, multi, numeric, fill];

  await createAssignmentAttempt({
    userId: ben!.id,
    assignmentId: assignment.id,
    questionIds: order,
    startedAt: at("2026-03-09T09:00:00Z"),
    answers: { [single]: { answer: { choice: 2 }, timeMs: 99_000 } },
  });
  await createAssignmentAttempt({
    userId: cho!.id,
    assignmentId: assignment.id,
    questionIds: order,
    startedAt: at("2026-03-09T10:00:00Z"),
    close: { status: "submitted", at: at("2026-03-09T10:05:00Z") },
    answers: {
      [single]: { answer: { choice: 1 }, timeMs: 2000 },
      [multi]: { answer: { choices: [0, 2] }, timeMs: 4000 },
      [numeric]: { answer: { value: "62.4" }, timeMs: 6000 },
      [fill]: { answer: { text: "EU" }, timeMs: 8000 },
    },
  });
  await createAssignmentAttempt({
    userId: dee!.id,
    assignmentId: assignment.id,
    questionIds: order,
    startedAt: at("2026-03-11T08:00:00Z"),
    close: { status: "submitted", at: at("2026-03-11T08:10:30Z") },
    answers: {
      [single]: { answer: { choice: 0 }, timeMs: 1000 },
      [multi]: { answer: { choices: [0, 2, 3] }, timeMs: 3000 },
      [numeric]: { answer: { value: "60" }, timeMs: 5000 },
    },
  });
  return { teacher, otherTeacher, students: { ann: ann!, ben: ben!, cho: cho!, dee: dee! }, article, assignment, ids: { single, multi, numeric, fill } };
}

beforeAll(async () => {
  world = await seed();
});

beforeEach(() => signOut());

describe("getAssignmentResults", () => {
  it("lists every enrolled student with status, best score, time taken and attempts", async () => {
    const results = await getAssignmentResults(world.assignment.id, world.teacher);
    expect(results.assignment).toMatchObject({ className: "Economics, 7B", timeZone: "Asia/Seoul", title: 'Korea–Japan "quiz"', dueAt: DUE });
    expect(results.closedAttempts).toBe(2);
    // Scores are stored to six decimals; two are plenty to compare.
    const points = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);
    const rows = results.students.map((r) => [r.name, r.status, r.attempts, points(r.best?.score), r.best?.percent ?? null, r.best?.timeTakenMs ?? null]);
    expect(rows).toEqual([
      ["Ann", "not_started", 0, null, null, null],
      ["Ben", "in_progress", 1, null, null, null],
      ["Cho", "submitted", 1, 3.67, 91.7, 5 * 60_000],
      ["Dee", "late", 1, 1, 25, 10 * 60_000 + 30_000],
    ]);
  });

  it("analyses each question over closed attempts only, with partial credit and median time", async () => {
    const { questions } = await getAssignmentResults(world.assignment.id, world.teacher);
    expect(questions.map((q) => q.questionId)).toEqual([world.ids.single, world.ids.multi, world.ids.numeric, world.ids.fill]);
    const [single, multi, numeric, fill] = questions;
    // Ben's in-progress pick of Incheon (and its 99 s) is not counted.
    expect(single).toMatchObject({ shown: 2, answered: 2, correct: 1, facility: 0.5, averageScore: 0.5, medianTimeMs: 1500 });
    expect(single?.options?.map((o) => [o.label, o.count, o.correct])).toEqual([
      ["Seoul", 1, false],
      ["Busan", 1, true],
      ["Incheon", 0, false],
      ["Daegu", 0, false],
    ]);
    expect(multi).toMatchObject({ correct: 1, facility: 0.5, medianTimeMs: 3500 });
    expect(multi?.averageScore).toBeCloseTo((2 / 3 + 1) / 2, 10);
    expect(multi?.options?.map((o) => o.count)).toEqual([2, 0, 2, 1, 0]);
    expect(numeric).toMatchObject({ correct: 1, facility: 0.5, commonWrong: [{ answer: "60 %", count: 1 }], medianTimeMs: 5500 });
    // Dee left the blank empty: shown twice, answered once, and counted wrong.
    expect(fill).toMatchObject({ shown: 2, answered: 1, correct: 1, facility: 0.5, averageScore: 0.5, commonWrong: [], medianTimeMs: 8000 });
    expect(fill?.source.href).toBe(`/articles/${world.article.slug}?s=0-28#source`);
  });

  it("is not found for another teacher, a student, or an unknown id", async () => {
    await expect(getAssignmentResults(world.assignment.id, world.otherTeacher)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssignmentResults(world.assignment.id, world.students.cho)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssignmentResults("no-such-assignment", world.teacher)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an attempt left open past its deadline, once closed by the explicit step, counts as expired with its answers", async () => {
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser({ name: "Eve" });
    const { questions } = await createArticleWithQuestions({ questions: [singleChoice, fillBlank] });
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const set = await createSet(teacher.id, questions.map((q) => q.id));
    const assignment = await createAssignment({ classId: klass.id, setId: set.id });
    await createAssignmentAttempt({
      userId: student.id,
      assignmentId: assignment.id,
      questionIds: questions.map((q) => q.id),
      startedAt: new Date(Date.now() - 3_600_000),
      deadline: new Date(Date.now() - 1_800_000),
      answers: { [questions[0]!.id]: { answer: { choice: 1 } } },
    });
    expect(await closeOverdueFor({ assignmentId: assignment.id })).toBe(1); // as the page and the CSV routes do first
    const results = await getAssignmentResults(assignment.id, teacher);
    expect(results.students[0]).toMatchObject({ status: "expired", best: { score: 1, maxScore: 2, percent: 50, timeTakenMs: 1_800_000 } });
    expect(results.questions.map((q) => q.facility)).toEqual([1, 0]);
  });

  it("shows empty figures when the class has no students", async () => {
    const teacher = await createUser({ role: "teacher" });
    const { questions } = await createArticleWithQuestions({ questions: [singleChoice] });
    const klass = await createClass(teacher.id);
    const set = await createSet(teacher.id, questions.map((q) => q.id));
    const assignment = await createAssignment({ classId: klass.id, setId: set.id });
    const results = await getAssignmentResults(assignment.id, teacher);
    expect(results.students).toEqual([]);
    expect(results.closedAttempts).toBe(0);
    expect(results.questions[0]).toMatchObject({ shown: 0, facility: null, averageScore: null, medianTimeMs: null });
  });
});

function callCsv(get: typeof studentsCsvGet, id: string) {
  return get(new Request(`http://factdeck.test/teacher/assignments/${id}/results/x.csv`), { params: Promise.resolve({ id }) });
}

describe("CSV downloads", () => {
  it("refuses a visitor (401), a student (403) and another teacher (404), without redirecting or leaking", async () => {
    for (const get of [studentsCsvGet, questionsCsvGet, answersCsvGet]) {
      signOut();
      const anonymous = await callCsv(get, world.assignment.id);
      expect(anonymous.status).toBe(401);
      signInAs(world.students.cho.id);
      const student = await callCsv(get, world.assignment.id);
      expect(student.status).toBe(403);
      expect(student.headers.get("location")).toBeNull();
      signInAs(world.otherTeacher.id);
      const other = await callCsv(get, world.assignment.id);
      expect(other.status).toBe(404);
      for (const res of [anonymous, student, other]) {
        const text = await res.text();
        expect(text).not.toMatch(/Cho|Dee|Busan|text\/csv/);
        expect(res.headers.get("content-type")).toContain("text/plain");
      }
    }
  });

  it("gives the teacher a students CSV that parses back to the same figures", async () => {
    signInAs(world.teacher.id);
    const res = await callCsv(studentsCsvGet, world.assignment.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="korea-japan-quiz-economics-7b-students.csv"');
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      "Student",
      "Email",
      "Status",
      "Attempts",
      "Best score (points)",
      "Max points",
      "Best score (%)",
      "Time taken",
      "Time taken (seconds)",
      "Submitted (Asia/Seoul)",
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(byName.Ann?.slice(2)).toEqual(["Not started", "0", "", "", "", "", "", ""]);
    expect(byName.Ben?.slice(2, 4)).toEqual(["In progress", "1"]);
    expect(byName.Cho?.slice(2)).toEqual(["Submitted", "1", "3.67", "4", "91.7", "5:00", "300", "2026-03-09 19:05"]);
    expect(byName.Dee?.slice(2)).toEqual(["Late", "1", "1", "4", "25", "10:30", "630", "2026-03-11 17:10"]);
  });

  it("gives the teacher a questions CSV with the analysis, wrong answers defused", async () => {
    signInAs(world.teacher.id);
    const res = await callCsv(questionsCsvGet, world.assignment.id);
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv(await res.text());
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(4);
    const [single, multi, numeric, fill] = rows as [string[], string[], string[], string[]];
    expect(single[col("Question")]).toBe(singleChoice.prompt);
    expect(single[col("Share correct (%)")]).toBe("50");
    expect(single[col("Median time (seconds)")]).toBe("1.5");
    expect(single[col("Answers chosen")]).toBe("Seoul: 1; Busan (correct): 1; Incheon: 0; Daegu: 0");
    expect(multi[col("Average score (%)")]).toBe("83.3");
    expect(numeric[col("Common wrong answers")]).toBe("60 %: 1");
    expect(fill[col("Attempts shown")]).toBe("2");
    expect(fill[col("Answered")]).toBe("1");
    expect(fill[col("Source link")]).toBe(`http://factdeck.test/articles/${world.article.slug}?s=0-28#source`);
  });

  it("gives the teacher a long answers CSV: one row per question of each submitted attempt, as stored", async () => {
    signInAs(world.teacher.id);
    const res = await callCsv(answersCsvGet, world.assignment.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="korea-japan-quiz-economics-7b-answers.csv"');
    const [header, ...rows] = parseCsv(await res.text());
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    // Cho and Dee submitted (4 questions each); Ann has not started and Ben's attempt is open.
    expect(rows.map((r) => `${col(r, "Student")}:${col(r, "Attempt")}:${col(r, "Question #")}`)).toEqual([
      "Cho:1:1", "Cho:1:2", "Cho:1:3", "Cho:1:4", "Dee:1:1", "Dee:1:2", "Dee:1:3", "Dee:1:4",
    ]);
    const stored = await db.response.findMany({ where: { attempt: { assignmentId: world.assignment.id, status: "submitted" } }, include: { attempt: { select: { userId: true } } } });
    for (const r of stored) {
      const name = Object.entries(world.students).find(([, u]) => u.id === r.attempt.userId)![1].name;
      const row = rows.find((x) => col(x, "Student") === name && col(x, "Question ID") === r.questionId)!;
      expect(Number(col(row, "Score"))).toBeCloseTo(r.score ?? 0, 2);
      expect(col(row, "Correct")).toBe(r.correct ? "yes" : "no");
    }
    const dee = rows.filter((r) => col(r, "Student") === "Dee");
    expect(dee.map((r) => col(r, "Response"))).toEqual(["Seoul", "Korea, China, Chile", "60 %", ""]);
    expect(dee.map((r) => col(r, "Result"))).toEqual(["Wrong", "Right", "Wrong", "Not answered"]);
    expect(col(dee[0]!, "Attempt status")).toBe("Submitted (late)");
    expect(col(dee[0]!, "Answered at (Asia/Seoul)")).toBe("2026-03-11 17:00");
  });

  it("writes source links on the host the browser asked (Host / X-Forwarded-*), not the server's own address", async () => {
    signInAs(world.teacher.id);
    const url = `http://localhost:3000/teacher/assignments/${world.assignment.id}/results/x.csv`;
    const params = { params: Promise.resolve({ id: world.assignment.id }) };
    const direct = await answersCsvGet(new Request(url, { headers: { host: "school.example:8080" } }), params);
    const proxied = await questionsCsvGet(new Request(url, { headers: { host: "127.0.0.1:3000", "x-forwarded-host": "factdeck.school.example", "x-forwarded-proto": "https" } }), params);
    const links = async (res: Response) => {
      const [header, ...rows] = parseCsv(await res.text());
      return rows.map((r) => r[header!.indexOf("Source link")]);
    };
    expect(await links(direct)).toContain(`http://school.example:8080/articles/${world.article.slug}?s=0-28#source`);
    expect((await links(proxied)).every((l) => l!.startsWith("https://factdeck.school.example/articles/"))).toBe(true);
  });

  it("defuses a formula typed by a student in the wrong answers", async () => {
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser({ name: "=HYPERLINK(\"x\")" });
    const { questions } = await createArticleWithQuestions({ questions: [fillBlank] });
    const klass = await createClass(teacher.id);
    await enroll(klass.id, [student.id]);
    const set = await createSet(teacher.id, questions.map((q) => q.id));
    const assignment = await createAssignment({ classId: klass.id, setId: set.id });
    await createAssignmentAttempt({
      userId: student.id,
      assignmentId: assignment.id,
      questionIds: [questions[0]!.id],
      startedAt: at("2026-03-09T10:00:00Z"),
      close: { status: "submitted", at: at("2026-03-09T10:01:00Z") },
      answers: { [questions[0]!.id]: { answer: { text: "@SUM(1+1)" } } },
    });
    signInAs(teacher.id);
    const students = parseCsv(await (await callCsv(studentsCsvGet, assignment.id)).text());
    expect(students[1]?.[0]).toBe("'=HYPERLINK(\"x\")");
    // Normalised as grading compares it ("sum 1 1"), so nothing executable survives anyway.
    const qs = parseCsv(await (await callCsv(questionsCsvGet, assignment.id)).text());
    expect(qs[1]?.[qs[0]!.indexOf("Common wrong answers")]).toBe("sum 1 1: 1");
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });
});
