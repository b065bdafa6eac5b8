// storeArticle against a real (temporary) database: questions the engine holds back are stored as
// drafts with their flags whatever status the caller asks for, verdicts that changed since are
// refreshed without undoing a teacher's work, and the demo class only ever gets approved questions.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it } from "vitest";
import { asJson } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import { getDemoQuiz } from "@/lib/demo/queries";
import { questionSchema } from "@/lib/question-types";
import { CUT_STEM, judged, SEED_TEXT, seedResult, withoutVerdicts } from "@/test/judged";
import { backfillFactMarks, storeArticle } from "./store";
import { SEED_ARTICLE_SLUG, seedDemoAccounts } from "@/lib/seed/demo";
import { DEMO_SET_TITLE } from "@/lib/seed/demo-class";

const engine = seedResult();

async function rowsOf(articleId: string) {
  const rows = await db.question.findMany({ where: { articleId }, include: { versions: true } });
  return new Map(rows.map((r) => [r.key, { ...r, body: questionSchema.parse(r.bodyJson) }]));
}

describe("storeArticle", () => {
  it("stores a question the engine holds back as a draft, with its flags, even when asked to approve", async () => {
    const { result, heldKeys } = judged(engine);
    expect(heldKeys.length).toBeGreaterThan(5);
    const { id } = await storeArticle({ slug: "held-back", rawText: SEED_TEXT, result }, "approved");
    const rows = await rowsOf(id);
    expect(rows.size).toBe(result.questions.length);
    for (const q of result.questions) {
      const row = rows.get(q.id)!;
      if (heldKeys.includes(q.id)) {
        expect(row.status, q.prompt).toBe("draft");
        expect(row.body.status).toBe("needs_review");
        expect(row.body.flags).toEqual(q.flags);
        expect(row.body.flags).toContainEqual(CUT_STEM);
        // Version 1 keeps the verdict too: it is the question as the engine made it.
        expect(row.versions.find((v) => v.version === 1)!.bodyJson).toMatchObject({ status: "needs_review", flags: q.flags });
      } else {
        expect(row.status, q.prompt).toBe("approved");
        expect(row.body.status).toBe("ready");
      }
    }
  });

  it("stores every question as a draft when asked for drafts (a teacher's new article)", async () => {
    const { result } = judged(engine);
    const { id } = await storeArticle({ slug: "all-drafts", rawText: SEED_TEXT, result }, "draft");
    expect(await db.question.count({ where: { articleId: id, status: { not: "draft" } } })).toBe(0);
  });

  it("on a later store, takes the engine's new verdict on untouched questions and leaves a teacher's work alone", async () => {
    // An install seeded before the critic: every question approved, no verdicts.
    const { id } = await storeArticle({ slug: "before-critic", rawText: SEED_TEXT, result: withoutVerdicts(engine) }, "approved");
    const { result, heldKeys } = judged(engine);
    const [editedKey, ...untouched] = heldKeys as [string, ...string[]];
    // A teacher edited one of the questions the critic will doubt: version 2 is theirs.
    const editedRow = await db.question.findUniqueOrThrow({ where: { articleId_key: { articleId: id, key: editedKey } } });
    await db.question.update({ where: { id: editedRow.id }, data: { version: 2, prompt: "Edited by a teacher?" } });

    await storeArticle({ slug: "before-critic", rawText: SEED_TEXT, result }, "approved");
    let rows = await rowsOf(id);
    for (const key of untouched) {
      expect(rows.get(key)!.status).toBe("draft");
      expect(rows.get(key)!.body.flags).toContainEqual(CUT_STEM);
      expect(rows.get(key)!.versions.find((v) => v.version === 1)!.bodyJson).toMatchObject({ status: "needs_review" });
    }
    expect(rows.get(editedKey)).toMatchObject({ status: "approved", version: 2, prompt: "Edited by a teacher?" });
    expect(rows.get(editedKey)!.body.status).toBeUndefined();
    const ready = result.questions.filter((q) => !heldKeys.includes(q.id));
    for (const q of ready) expect(rows.get(q.id)!.status).toBe("approved");

    // The teacher reads the reasons and approves one anyway: storing again keeps that approval.
    const approvedAnyway = untouched[0]!;
    await db.question.update({ where: { id: rows.get(approvedAnyway)!.id }, data: { status: "approved" } });
    const before = await db.question.findMany({ where: { articleId: id }, orderBy: { key: "asc" } });
    await storeArticle({ slug: "before-critic", rawText: SEED_TEXT, result }, "approved");
    expect(await db.question.findMany({ where: { articleId: id }, orderBy: { key: "asc" } })).toEqual(before);
    rows = await rowsOf(id);
    expect(rows.get(approvedAnyway)!.status).toBe("approved");

    // The critic no longer doubts one: its reasons go, and it stays a draft for the teacher to approve.
    const cleared = untouched[1]!;
    const relaxed = { ...result, questions: result.questions.map((q) => (q.id === cleared ? { ...q, status: "ready" as const, flags: [] } : q)) };
    await storeArticle({ slug: "before-critic", rawText: SEED_TEXT, result: relaxed }, "approved");
    rows = await rowsOf(id);
    expect(rows.get(cleared)).toMatchObject({ status: "draft", body: expect.objectContaining({ status: "ready", flags: [] }) });
  });

  it("never rewrites a stored question whose content the engine now makes differently", async () => {
    const { id } = await storeArticle({ slug: "changed-content", rawText: SEED_TEXT, result: withoutVerdicts(engine) }, "approved");
    const { result } = judged(engine, 1); // every question held back...
    const changed = { ...result, questions: result.questions.map((q) => ({ ...q, explanation: `${q.explanation} (reworded)` })) }; // ...and reworded
    const before = await db.question.findMany({ where: { articleId: id }, orderBy: { key: "asc" } });
    await storeArticle({ slug: "changed-content", rawText: SEED_TEXT, result: changed }, "approved");
    expect(await db.question.findMany({ where: { articleId: id }, orderBy: { key: "asc" } })).toEqual(before);
  });
});

describe("the demo seed", () => {
  it("builds the demo class's set, assignment and students' history from approved questions only", async () => {
    const { result, heldKeys } = judged(engine);
    const { id: articleId } = await storeArticle({ slug: SEED_ARTICLE_SLUG, rawText: SEED_TEXT, result }, "approved");
    await seedDemoAccounts(articleId);
    const held = new Set((await db.question.findMany({ where: { articleId, key: { in: heldKeys } }, select: { id: true } })).map((q) => q.id));
    expect(held.size).toBe(heldKeys.length);

    const set = await db.questionSet.findFirstOrThrow({ where: { title: DEMO_SET_TITLE }, include: { items: { include: { question: true } }, assignments: true } });
    expect(set.items).toHaveLength(8);
    expect(set.items.every((i) => i.question.status === "approved" && !held.has(i.questionId))).toBe(true);
    expect(set.assignments).toHaveLength(1);

    const responses = await db.response.findMany({ select: { questionId: true } });
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.filter((r) => held.has(r.questionId))).toEqual([]);
    expect(await db.reviewCard.count({ where: { questionId: { in: [...held] } } })).toBe(0);

    const quiz = await getDemoQuiz();
    expect(quiz!.questions).toHaveLength(8);
    expect(quiz!.questions.filter((q) => held.has(q.id))).toEqual([]);
  });
});

describe("facts' stored offsets", () => {
  it("keep the sentence as offsets into the article's text, with the highlighted words worked out once", async () => {
    const { id } = await storeArticle({ slug: "fact-offsets", rawText: SEED_TEXT, result: engine }, "draft");
    const rows = await db.fact.findMany({ where: { articleId: id } });
    expect(rows.length).toBe(engine.facts.length);
    for (const row of rows) {
      const fact = engine.facts.find((f) => f.id === row.key)!;
      // The sentence is the article's own text at those offsets; the row holds no copy of it.
      expect(SEED_TEXT.slice(row.start, row.end)).toBe(fact.source.sentence);
      expect(JSON.stringify(row.dataJson)).not.toContain(JSON.stringify(fact.source.sentence));
      expect(row.markStart).toBeGreaterThanOrEqual(row.start);
      expect(row.markEnd).toBeLessThanOrEqual(row.end);
    }
    const figure = rows.find((r) => r.kind === "number" && SEED_TEXT.slice(r.markStart!, r.markEnd!).includes("$77.2 billion"));
    expect(figure, "the $77.2 billion figure is highlighted by its own words").toBeDefined();
  });

  it("are backfilled for facts stored before they were, from the sentence those rows still carry", async () => {
    const { id } = await storeArticle({ slug: "old-facts", rawText: SEED_TEXT, result: engine }, "draft");
    const fact = engine.facts.find((f) => f.kind === "number")!;
    const old = await db.fact.create({
      data: { articleId: id, key: "old-1", kind: fact.kind, label: fact.label, start: fact.source.start, end: fact.source.end, dataJson: asJson(fact) },
    });
    expect(old.markStart).toBeNull();
    expect(await backfillFactMarks()).toBeGreaterThanOrEqual(1);
    const marked = await db.fact.findUniqueOrThrow({ where: { id: old.id } });
    expect(SEED_TEXT.slice(marked.markStart!, marked.markEnd!)).toBe((fact as unknown as { raw: string }).raw);
    expect(await backfillFactMarks()).toBe(0);
  });
});
