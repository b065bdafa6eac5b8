import "server-only";
import { randomInt } from "node:crypto";
import { pickPracticeQuestions } from "@/lib/attempts/select";
import { generateJoinCode, isValidJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db";
import { seedAssignmentAttempts, type DemoWork } from "./demo-attempts";

export const DEMO_CLASS = {
  name: "Demo class — Economics 101",
  /** Fixed so the README and a demo session can quote it; uses only join-code characters. */
  joinCode: "FACT42",
  timeZone: "Asia/Seoul",
};
export const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";
/** Last week's assignment, closed, so the class has history (and a late submission) on a first start. */
export const DEMO_WARMUP_TITLE = "Warm-up: trade between Korea and Japan";
const DEMO_SET_SIZE = 8;
const DEMO_SET_SEED = 20250623;
const WARMUP_SIZE = 5;
const WARMUP_SEED = 20250616;
const DAY_MS = 86_400_000;
const DUE_IN_MS = 7 * DAY_MS;
/** The open assignment opened this long before seeding, so classmates have had time to do it. */
const OPENED_AGO_MS = 3 * DAY_MS;

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

  const open = await ensureAssignment(klass.id, teacherId, articleId, {
    title: DEMO_SET_TITLE,
    description: (n) => `${n === DEMO_SET_SIZE ? "Eight" : String(n)} questions on the seed article, one of each kind where the article allows.`,
    size: DEMO_SET_SIZE,
    seed: DEMO_SET_SEED,
    opensAt: new Date(Date.now() - OPENED_AGO_MS),
    dueAt: new Date(Date.now() + DUE_IN_MS),
    attemptsAllowed: 2,
  });
  const warmup = await ensureAssignment(klass.id, teacherId, articleId, {
    title: DEMO_WARMUP_TITLE,
    description: () => "Last week's warm-up on the seed article.",
    size: WARMUP_SIZE,
    seed: WARMUP_SEED,
    opensAt: new Date(Date.now() - 10 * DAY_MS),
    dueAt: new Date(Date.now() - 3 * DAY_MS),
    attemptsAllowed: 1,
  });
  await seedDemoClassWork({ open, warmup }, studentIds);
}

type AssignmentSpec = {
  title: string;
  description: (questionCount: number) => string;
  size: number;
  seed: number;
  opensAt: Date;
  dueAt: Date;
  attemptsAllowed: number;
};

/**
 * The demo teacher's set of that title (approved questions of the seed article only: the ones the
 * engine held back are drafts and must not reach students) and its assignment to the class.
 * Found before it is made, so the seed can run again. Null when the bank has nothing approved.
 */
async function ensureAssignment(classId: string, teacherId: string, articleId: string, spec: AssignmentSpec): Promise<string | null> {
  let set = await db.questionSet.findFirst({ where: { ownerId: teacherId, title: spec.title } });
  if (!set) {
    const bank = await db.question.findMany({ where: { articleId, status: "approved" }, select: { id: true, type: true, sentence: true }, orderBy: { key: "asc" } });
    const picked = pickPracticeQuestions(bank, spec.size, spec.seed);
    if (picked.length === 0) return null; // nothing a student may see yet: no set, no assignment
    set = await db.questionSet.create({
      data: {
        title: spec.title,
        description: spec.description(picked.length),
        ownerId: teacherId,
        items: { create: picked.map((q, position) => ({ questionId: q.id, position })) },
      },
    });
  }
  const existing = await db.assignment.findFirst({ where: { classId, setId: set.id }, select: { id: true } });
  if (existing) return existing.id;
  const created = await db.assignment.create({
    data: {
      classId,
      setId: set.id,
      opensAt: spec.opensAt,
      dueAt: spec.dueAt,
      attemptsAllowed: spec.attemptsAllowed,
      shuffleQuestions: true,
      shuffleOptions: true,
      feedbackMode: "after_submit",
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * The classmates' work (studentIds: the demo student first, then the classmates in DEMO_CLASSMATES
 * order). The open assignment: three submitted with varied scores, one in progress, and the demo
 * student not started, so whoever signs in as them can take it. Last week's: all four classmates
 * submitted, one of them late (seconds after the due date, inside the grace a submit gets).
 */
async function seedDemoClassWork(assignments: { open: string | null; warmup: string | null }, studentIds: readonly string[]) {
  const [, ana, ben, chloe, dev] = studentIds;
  if (!ana || !ben || !chloe || !dev) return;
  if (assignments.warmup) {
    const warmup: DemoWork[] = [
      { userId: ana, skill: 0.9, startedAfterMin: 60 * 20, tookMin: 6, seed: 11 },
      { userId: ben, skill: 0.55, startedAfterMin: 7 * 24 * 60 - 12, tookMin: null, lateBySec: 6, seed: 12 },
      { userId: chloe, skill: 0.4, startedAfterMin: 60 * 50, tookMin: 9, seed: 13 },
      { userId: dev, skill: 0.7, startedAfterMin: 60 * 30, tookMin: 7, seed: 14 },
    ];
    await seedAssignmentAttempts(assignments.warmup, warmup);
  }
  if (assignments.open) {
    const open: DemoWork[] = [
      { userId: ana, skill: 0.9, startedAfterMin: 45, tookMin: 9, seed: 21 },
      { userId: ben, skill: 0.6, startedAfterMin: 60 * 26, tookMin: 14, seed: 22 },
      { userId: chloe, skill: 0.35, startedAfterMin: 60 * 50, tookMin: 11, seed: 23 },
      { userId: dev, skill: 0.7, startedAfterMin: 60 * 70, tookMin: null, seed: 24 },
    ];
    await seedAssignmentAttempts(assignments.open, open);
  }
}
