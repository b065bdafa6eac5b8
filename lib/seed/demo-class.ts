import "server-only";
import { randomInt } from "node:crypto";
import { pickPracticeQuestions } from "@/lib/attempts/select";
import { generateJoinCode, isValidJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db";

export const DEMO_CLASS = {
  name: "Demo class — Economics 101",
  /** Fixed so the README and a demo session can quote it; uses only join-code characters. */
  joinCode: "FACT42",
  timeZone: "Asia/Seoul",
};
export const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";
const DEMO_SET_SIZE = 8;
const DEMO_SET_SEED = 20250623;
const DUE_IN_MS = 7 * 86_400_000;

if (!isValidJoinCode(DEMO_CLASS.joinCode)) throw new Error(`demo join code ${DEMO_CLASS.joinCode} breaks the join-code alphabet`);

/**
 * The demo teacher's class with every demo student in it, a set of the seed article's approved
 * questions (mixed types) and one assignment open now and due a week after seeding.
 * Idempotent: each piece is found by owner and name before it is created.
 */
export async function seedDemoClass(teacherId: string, studentIds: string[], articleId: string): Promise<void> {
  let klass = await db.class.findFirst({ where: { teacherId, name: DEMO_CLASS.name } });
  if (!klass) {
    // If another class already holds the code, the demo class gets a random one rather than failing.
    const taken = await db.class.findUnique({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
    klass = await db.class.create({
      data: { ...DEMO_CLASS, joinCode: taken ? generateJoinCode(randomInt) : DEMO_CLASS.joinCode, teacherId },
    });
  }
  for (const userId of studentIds) {
    await db.enrollment.upsert({ where: { classId_userId: { classId: klass.id, userId } }, create: { classId: klass.id, userId }, update: {} });
  }

  let set = await db.questionSet.findFirst({ where: { ownerId: teacherId, title: DEMO_SET_TITLE } });
  if (!set) {
    // Approved questions only: the ones the engine held back for review are drafts (lib/articles/store.ts)
    // and must not reach the demo students. The set is as large as the approved bank allows.
    const bank = await db.question.findMany({ where: { articleId, status: "approved" }, select: { id: true, type: true, sentence: true }, orderBy: { key: "asc" } });
    const picked = pickPracticeQuestions(bank, DEMO_SET_SIZE, DEMO_SET_SEED);
    if (picked.length === 0) return; // nothing a student may see yet: no set, no assignment
    set = await db.questionSet.create({
      data: {
        title: DEMO_SET_TITLE,
        description: `${picked.length === DEMO_SET_SIZE ? "Eight" : String(picked.length)} questions on the seed article, one of each kind where the article allows.`,
        ownerId: teacherId,
        items: { create: picked.map((q, position) => ({ questionId: q.id, position })) },
      },
    });
  }

  const existing = await db.assignment.findFirst({ where: { classId: klass.id, setId: set.id }, select: { id: true } });
  if (!existing) {
    const now = Date.now();
    await db.assignment.create({
      data: {
        classId: klass.id,
        setId: set.id,
        opensAt: new Date(now - 60_000),
        dueAt: new Date(now + DUE_IN_MS),
        attemptsAllowed: 2,
        shuffleQuestions: true,
        shuffleOptions: true,
        feedbackMode: "after_submit",
      },
    });
  }
}
