// The journeys' one SQL dialect (e2e/db.ts): what PostgreSQL is sent for SQLite-style SQL.
import { describe, expect, it } from "vitest";
import { toPostgres } from "@/e2e/db";

describe("toPostgres", () => {
  it("quotes mixed-case names and numbers the placeholders", () => {
    expect(toPostgres("SELECT i.questionId AS id, a.dueAt AS dueAt FROM Assignment a JOIN QuestionSetItem i ON i.setId = a.setId WHERE a.id = ? AND i.position > ?")).toBe(
      'SELECT i."questionId" AS id, a."dueAt" AS "dueAt" FROM "Assignment" a JOIN "QuestionSetItem" i ON i."setId" = a."setId" WHERE a.id = $1 AND i.position > $2',
    );
  });

  it("leaves keywords, functions, lower-case names and literals alone", () => {
    expect(toPostgres("SELECT COUNT(*) AS n FROM Response WHERE status = 'inProgress' AND note = 'Who? Me' AND key = ?")).toBe(
      `SELECT COUNT(*) AS n FROM "Response" WHERE status = 'inProgress' AND note = 'Who? Me' AND key = $1`,
    );
  });

  it("keeps names already quoted and literals with doubled quotes", () => {
    expect(toPostgres(`SELECT "joinCode" FROM "Class" WHERE name = 'O''Brien''s Class' AND teacherId = ?`)).toBe(
      `SELECT "joinCode" FROM "Class" WHERE name = 'O''Brien''s Class' AND "teacherId" = $1`,
    );
  });
});
