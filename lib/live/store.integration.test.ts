// Live games against a real (temporary) database: creating from a set, joining (nicknames,
// lock, cap on look-alikes, signed-in rejoin), the server clock deciding late answers, retries
// counting once, the formula's points, shared ranks, and the key withheld until the close.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { matching, multipleSelect, numericPercent, singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { createSet } from "@/test/teacher-factories";
import { playerView, publicState } from "./state";
import { randomUUID } from "node:crypto";
import { afterLiveGameEnded } from "./after-game";
import { writeAnswer } from "./answer-writer";
import { createGame, gameById, hostAction, joinGame, playerByToken, questionsOf, submitAnswer } from "./store";
import { getLiveResults, hostedGames } from "./results-query";
import { speedPoints } from "./scoring";
import { getProgress } from "@/lib/progress/queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));

let ipCounter = 0;
const ip = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

type Teacher = Awaited<ReturnType<typeof createUser>>;
let teacher: Teacher;
let setId: string;

beforeAll(async () => {
  teacher = await createUser({ role: "teacher", name: "Ms. Okafor" });
  // matching doesn't fit a timed game: left out of the snapshot
  const { questions } = await createArticleWithQuestions({ questions: [singleChoice, matching, multipleSelect, trueFalse, numericPercent] });
  setId = (await createSet(teacher.id, questions.map((q) => q.id))).id;
});

const session = () => ({ id: teacher.id, name: teacher.name, email: teacher.email, role: "teacher" as const });

async function newGame(seconds = 20) {
  const { id, pin } = await createGame(session(), { kind: "set", setId }, seconds);
  return { id, pin };
}

describe("creating a game", () => {
  it("snapshots the set's playable questions with a 6-digit PIN", async () => {
    const { id, pin } = await newGame();
    expect(pin).toMatch(/^[1-9]\d{5}$/);
    const state = await publicState(await gameById(id));
    expect(state).toMatchObject({ phase: "lobby", questionCount: 4, playerCount: 0, pin, question: null, reveal: null });
  });

  it("refuses a set that isn't the teacher's, and a time not on the list", async () => {
    const other = await createUser({ role: "teacher" });
    await expect(createGame({ id: other.id, name: other.name, email: other.email, role: "teacher" }, { kind: "set", setId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createGame(session(), { kind: "set", setId }, 7)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("joining", () => {
  it("checks the PIN, the nickname, look-alike duplicates and the lock", async () => {
    const { id, pin } = await newGame();
    await expect(joinGame({ pin: "000000", nickname: "Ana", userId: null, ip: ip() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(joinGame({ pin, nickname: "teacher", userId: null, ip: ip() })).rejects.toBeInstanceOf(ValidationError);
    await expect(joinGame({ pin, nickname: "ms okafor", userId: null, ip: ip() })).rejects.toThrow(/host's name/);
    const ana = await joinGame({ pin: `${pin.slice(0, 3)} ${pin.slice(3)}`, nickname: "  Ana ", userId: null, ip: ip() });
    expect(ana).toMatchObject({ gameId: id, nickname: "Ana" });
    await expect(joinGame({ pin, nickname: "АNA", userId: null, ip: ip() })).rejects.toThrow(/already has that nickname/); // Cyrillic А
    await hostAction(id, teacher, "lock");
    await expect(joinGame({ pin, nickname: "Ben", userId: null, ip: ip() })).rejects.toBeInstanceOf(ConflictError);
    await hostAction(id, teacher, "unlock");
    await expect(joinGame({ pin, nickname: "Ben", userId: null, ip: ip() })).resolves.toMatchObject({ nickname: "Ben" });
    // the token is stored hashed only
    const row = await db.livePlayer.findUniqueOrThrow({ where: { id: ana.playerId } });
    expect(row.tokenHash).not.toContain(ana.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lets a signed-in student play under their display name and take their place back from another device", async () => {
    const { pin } = await newGame();
    const student = await createUser({ name: "Kofi Mensah" });
    const first = await joinGame({ pin, nickname: "ignored", userId: student.id, ip: ip() });
    expect(first.nickname).toBe("Kofi Mensah");
    const again = await joinGame({ pin, nickname: "", userId: student.id, ip: ip() });
    expect(again.playerId).toBe(first.playerId);
    await expect(playerByToken(first.gameId, first.token)).rejects.toBeInstanceOf(UnauthenticatedError); // the old device's token is replaced
    await expect(playerByToken(first.gameId, again.token)).resolves.toMatchObject({ id: first.playerId });
  });
});

describe("a game", () => {
  it("is decided by the server's clock: points by the formula, retries once, late answers refused, ties share a rank, the key only after the close", async () => {
    const { id, pin } = await newGame(20);
    await expect(hostAction(id, teacher, "start")).rejects.toThrow(/at least one player/);
    const [a, b, c] = await Promise.all(["Ana", "Ben", "Cleo"].map((nickname) => joinGame({ pin, nickname, userId: null, ip: ip() })));
    const t0 = Date.now();
    let game = await hostAction(id, teacher, "start", undefined, t0);
    expect(game.questionIndex).toBe(0);
    expect(game.closesAt!.getTime()).toBe(t0 + 20_000);

    // Open: no key anywhere in what clients see.
    const open = await publicState(game, t0 + 1000);
    expect(open.phase).toBe("question");
    expect(open.reveal).toBeNull();
    expect(JSON.stringify(open)).not.toMatch(/"answer"|explanation|answerText/);
    expect(open.question).toEqual({ id: expect.any(String), type: "single_choice", prompt: singleChoice.prompt, options: singleChoice.options });

    // Ana right at 0.3 s, Ben right at 10.25 s, Cleo wrong; Ana's retry counts once.
    await submitAnswer({ gameId: id, token: a!.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 300 });
    const retry = await submitAnswer({ gameId: id, token: a!.token, questionIndex: 0, response: { choice: 0 }, now: t0 + 400 });
    expect(retry).toMatchObject({ already: true, elapsedMs: 300 });
    await submitAnswer({ gameId: id, token: b!.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 10_250 });
    await expect(submitAnswer({ gameId: id, token: c!.token, questionIndex: 0, response: { choice: 9 }, now: t0 + 500 })).rejects.toBeInstanceOf(ValidationError);
    // at exactly the deadline: late
    await expect(submitAnswer({ gameId: id, token: c!.token, questionIndex: 0, response: { choice: 0 }, now: t0 + 20_000 })).rejects.toThrow(/Time's up/);
    await expect(submitAnswer({ gameId: id, token: "forged", questionIndex: 0, response: { choice: 1 }, now: t0 + 600 })).rejects.toBeInstanceOf(UnauthenticatedError);

    const scores = async () => Object.fromEntries((await db.livePlayer.findMany({ where: { gameId: id } })).map((p) => [p.nickname, p.score]));
    expect(await scores()).toEqual({ Ana: speedPoints(1, 300, 20_000), Ben: speedPoints(1, 10_250, 20_000), Cleo: 0 });
    expect(speedPoints(1, 300, 20_000)).toBe(1000);
    expect(speedPoints(1, 10_250, 20_000)).toBe(750);

    // Closed by the clock: the reveal carries the answer, the distribution and the top.
    game = await gameById(id);
    const reveal = await publicState(game, t0 + 20_000);
    expect(reveal.phase).toBe("reveal");
    expect(reveal.seq).toBe(open.seq + 1);
    expect(reveal.reveal).toMatchObject({ answer: "Busan", answered: 2, right: 2, distribution: { counts: [0, 2, 0, 0], correct: [false, true, false, false] } });
    expect(reveal.top.map((p) => [p.nickname, p.rank])).toEqual([
      ["Ana", 1],
      ["Ben", 2],
      ["Cleo", 3],
    ]);
    const cleo = await playerView(game, await playerByToken(id, c!.token), t0 + 20_000);
    expect(cleo).toMatchObject({ score: 0, rank: 3, current: { answered: false, result: { correct: false, points: 0 } } });

    // Question 2 (multiple select): Cleo half-right at the grace's end, Ben wrong; Ana doesn't answer.
    const t1 = t0 + 30_000;
    game = await hostAction(id, teacher, "next", undefined, t1);
    expect(game.questionIndex).toBe(1);
    await expect(submitAnswer({ gameId: id, token: c!.token, questionIndex: 0, response: { choice: 1 }, now: t1 + 100 })).rejects.toThrow(/isn't the one on screen/);
    await submitAnswer({ gameId: id, token: c!.token, questionIndex: 1, response: { choices: [0, 2] }, now: t1 + 500 });
    // the host closes early: the deadline is now
    game = await hostAction(id, teacher, "close", undefined, t1 + 5_000);
    await expect(submitAnswer({ gameId: id, token: b!.token, questionIndex: 1, response: { choices: [1] }, now: t1 + 5_001 })).rejects.toThrow(/Time's up/);
    expect((await scores()).Cleo).toBe(speedPoints(2 / 3, 500, 20_000));

    // Skip question 3, then question 4 to the end: everyone who scored the same shares a rank.
    game = await hostAction(id, teacher, "skip", undefined, t1 + 10_000);
    expect(game.questionIndex).toBe(2);
    game = await hostAction(id, teacher, "skip", undefined, t1 + 11_000);
    expect(game.questionIndex).toBe(3);
    await submitAnswer({ gameId: id, token: c!.token, questionIndex: 3, response: { value: "62.4" }, now: t1 + 11_100 });
    game = await hostAction(id, teacher, "next", undefined, t1 + 40_000);
    expect(game.status).toBe("ended");
    expect(game.pin).toBeNull();
    const end = await publicState(game, t1 + 40_000);
    expect(end.phase).toBe("ended");
    expect(end.question).toBeNull();
    const cleoScore = speedPoints(2 / 3, 500, 20_000) + 1000;
    expect(end.top.map((p) => [p.nickname, p.score, p.rank])).toEqual([
      ["Cleo", cleoScore, 1],
      ["Ana", 1000, 2],
      ["Ben", 750, 3],
    ]);
    const summary = await playerView(game, await playerByToken(id, c!.token), t1 + 40_000);
    expect(summary.summary).toHaveLength(4);
    expect(summary.summary![1]).toMatchObject({ correct: false, points: speedPoints(2 / 3, 500, 20_000) });
    await expect(hostAction(id, teacher, "next")).rejects.toThrow(/ended/);
    await expect(joinGame({ pin, nickname: "Late", userId: null, ip: ip() })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shares a rank between equal scores, and a kicked player's answers are refused", async () => {
    const { id, pin } = await newGame(10);
    const [a, b, c] = await Promise.all(["Dee", "Eli", "Fay"].map((nickname) => joinGame({ pin, nickname, userId: null, ip: ip() })));
    const t0 = Date.now();
    let game = await hostAction(id, teacher, "start", undefined, t0);
    await submitAnswer({ gameId: id, token: a!.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 100 });
    await submitAnswer({ gameId: id, token: b!.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 200 });
    await hostAction(id, teacher, "kick", c!.playerId, t0 + 300);
    await expect(submitAnswer({ gameId: id, token: c!.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 400 })).rejects.toThrow(/removed you/);
    game = await gameById(id);
    const state = await publicState(game, t0 + 10_000);
    expect(state.playerCount).toBe(2);
    expect(state.top.map((p) => p.rank)).toEqual([1, 1]);
    const eli = await playerView(game, await playerByToken(id, b!.token), t0 + 10_000);
    expect(eli.rank).toBe(1);
  });

  it("keeps everything in the database: a new token lookup finds the same score (a reload, or another instance)", async () => {
    const { id, pin } = await newGame(10);
    const p = await joinGame({ pin, nickname: "Gus", userId: null, ip: ip() });
    const t0 = Date.now();
    await hostAction(id, teacher, "start", undefined, t0);
    await submitAnswer({ gameId: id, token: p.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 50 });
    const again = await playerByToken(id, p.token);
    expect(again.score).toBe(1000);
    const view = await playerView(await gameById(id), again, t0 + 1000);
    expect(view.current).toMatchObject({ questionIndex: 0, answered: true, result: null }); // no verdict before the close
  });

  it("ends with results for the host only, and signed-in players' points on the leaderboards and answers on their review queues", async () => {
    const { id, pin } = await newGame(10);
    const student = await createUser({ name: "Rin Sato" });
    const rin = await joinGame({ pin, nickname: "", userId: student.id, ip: ip() });
    const guest = await joinGame({ pin, nickname: "Hal", userId: null, ip: ip() });
    const t0 = Date.now();
    await hostAction(id, teacher, "start", undefined, t0);
    await submitAnswer({ gameId: id, token: rin.token, questionIndex: 0, response: { choice: 0 }, now: t0 + 100 }); // wrong
    await submitAnswer({ gameId: id, token: guest.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 200 });
    await hostAction(id, teacher, "close", undefined, t0 + 1_000);
    await hostAction(id, teacher, "next", undefined, t0 + 2_000);
    await submitAnswer({ gameId: id, token: rin.token, questionIndex: 1, response: { choices: [0, 2, 3] }, now: t0 + 2_300 });
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBe(0); // not before the end
    await hostAction(id, teacher, "end", undefined, t0 + 3_000);

    const cards = await db.reviewCard.findMany({ where: { userId: student.id }, include: { question: { select: { type: true } } } });
    expect(cards.map((c) => c.question.type).sort()).toEqual(["multiple_select", "single_choice"]);
    const missed = cards.find((c) => c.question.type === "single_choice")!;
    const right = cards.find((c) => c.question.type === "multiple_select")!;
    expect(missed.due.getTime()).toBeLessThan(right.due.getTime()); // the miss comes back sooner

    // Leaderboard points by the quiz rule (one right answer: 10), once, in the ledger and both totals.
    const user = await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { points: true } });
    expect(user.points).toBe(10);
    expect(await db.livePointsEntry.findMany({ where: { userId: student.id }, select: { gameId: true, points: true } })).toEqual([{ gameId: id, points: 10 }]);
    expect((await db.weeklyPoints.findMany({ where: { userId: student.id } })).map((w) => w.points)).toEqual([10]);
    await afterLiveGameEnded(id, questionsOf(await gameById(id)), new Date(t0 + 4_000)); // a second call adds nothing
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).points).toBe(10);
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBe(2);

    const { game, results } = await getLiveResults(id, teacher);
    expect(game).toMatchObject({ status: "ended", questionCount: 4 });
    expect(results.played).toHaveLength(2);
    // 1,000 points each: a shared rank, the earlier joiner listed first.
    expect(results.players.map((p) => [p.nickname, p.signedIn, p.rank, p.answers.map((a) => a.mark)])).toEqual([
      ["Rin Sato", true, 1, ["wrong", "right"]],
      ["Hal", false, 1, ["right", "unanswered"]],
    ]);
    const other = await createUser({ role: "teacher" });
    await expect(getLiveResults(id, other)).rejects.toBeInstanceOf(NotFoundError);
    const { games } = await hostedGames(teacher);
    expect(games.find((g) => g.id === id)).toMatchObject({ status: "ended", players: 2 });
  });

  it("counts a signed-in player's ended game in their progress: history, answers and mastery; for a teacher only when they hosted it", async () => {
    const { id, pin } = await newGame(10);
    const student = await createUser({ name: "Mina Cho" });
    const mina = await joinGame({ pin, nickname: "", userId: student.id, ip: ip() });
    const t0 = Date.now();
    await hostAction(id, teacher, "start", undefined, t0);
    await submitAnswer({ gameId: id, token: mina.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 100 }); // right
    await hostAction(id, teacher, "close", undefined, t0 + 1_000);
    await hostAction(id, teacher, "next", undefined, t0 + 2_000); // question 2 left unanswered
    expect((await getProgress(student.id, new Date(t0 + 2_500))).quizzes).toBe(0); // a game in play isn't counted yet
    await hostAction(id, teacher, "end", undefined, t0 + 3_000);

    const progress = await getProgress(student.id, new Date(t0 + 4_000));
    expect(progress).toMatchObject({ quizzes: 1, answered: 1, accuracy: 100 });
    expect(progress.history).toEqual([expect.objectContaining({ id, percent: 50, live: true })]);
    expect(progress.byArticle.map((a) => a.answered)).toEqual([1]);
    expect(progress.streak.activeToday).toBe(true);
    // The host sees it in the student's progress; another teacher doesn't (as with their assignments).
    expect((await getProgress(student.id, new Date(t0 + 4_000), teacher.id)).quizzes).toBe(1);
    const other = await createUser({ role: "teacher" });
    expect((await getProgress(student.id, new Date(t0 + 4_000), other.id)).quizzes).toBe(0);
  });

  it("pauses a question: answers wait, the pause doesn't count against speed, and the clock goes on with the time that was left", async () => {
    const { id, pin } = await newGame(10);
    const p = await joinGame({ pin, nickname: "Ivy", userId: null, ip: ip() });
    const t0 = Date.now();
    await hostAction(id, teacher, "start", undefined, t0);
    await hostAction(id, teacher, "pause", undefined, t0 + 2_000);
    let state = await publicState(await gameById(id), t0 + 60_000); // long past the old deadline
    expect(state).toMatchObject({ phase: "paused", remainingMs: 8_000, reveal: null });
    expect(state.question).not.toBeNull();
    await expect(submitAnswer({ gameId: id, token: p.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 30_000 })).rejects.toThrow(/paused/);
    await expect(hostAction(id, teacher, "next", undefined, t0 + 30_000)).rejects.toBeInstanceOf(ConflictError);
    await hostAction(id, teacher, "resume", undefined, t0 + 62_000); // paused for 60 s
    const game = await gameById(id);
    expect(game.openedAt!.getTime()).toBe(t0 + 60_000);
    expect(game.closesAt!.getTime()).toBe(t0 + 70_000);
    state = await publicState(game, t0 + 62_000);
    expect(state).toMatchObject({ phase: "question", remainingMs: 8_000 });
    // 3 s of play in all (2 before the pause, 1 after): points as for an answer after 3 s.
    const ack = await submitAnswer({ gameId: id, token: p.token, questionIndex: 0, response: { choice: 1 }, now: t0 + 63_000 });
    expect(ack.elapsedMs).toBe(3_000);
    expect((await playerByToken(id, p.token)).score).toBe(speedPoints(1, 3_000, 10_000));
  });

  it("takes signed-in students only when the host says so; guests already in stay", async () => {
    const { id, pin } = await newGame();
    const early = await joinGame({ pin, nickname: "Kai", userId: null, ip: ip() });
    await hostAction(id, teacher, "sign-in-only");
    expect((await publicState(await gameById(id))).signedInOnly).toBe(true);
    await expect(joinGame({ pin, nickname: "Lou", userId: null, ip: ip() })).rejects.toThrow(/signed-in students/);
    const student = await createUser({ name: "Mina Cho" });
    await expect(joinGame({ pin, nickname: "", userId: student.id, ip: ip() })).resolves.toMatchObject({ nickname: "Mina Cho" });
    await expect(playerByToken(id, early.token)).resolves.toMatchObject({ nickname: "Kai" });
    await hostAction(id, teacher, "open-to-all");
    await expect(joinGame({ pin, nickname: "Lou", userId: null, ip: ip() })).resolves.toMatchObject({ nickname: "Lou" });
  });

  it("stores a room's answers sent at once, each once: retries in the same batch add nothing", async () => {
    const { id, pin } = await newGame(20);
    const players = await Promise.all(Array.from({ length: 30 }, (_, i) => joinGame({ pin, nickname: `Racer ${"bcdfghjklmnpqrstvwxz"[i % 20]}${"bcd"[Math.floor(i / 20)]}`, userId: null, ip: ip() })));
    const t0 = Date.now();
    await hostAction(id, teacher, "start", undefined, t0);
    // Every player at once, and the first ten twice (a double tap): one batch or a few.
    const sends = [...players, ...players.slice(0, 10)].map((p, i) =>
      submitAnswer({ gameId: id, token: p.token, questionIndex: 0, response: { choice: i % 2 === 0 ? 1 : 0 }, now: t0 + 1_000 }),
    );
    const acks = await Promise.all(sends);
    expect(acks.every((a) => a.ok && a.elapsedMs === 1_000)).toBe(true);
    expect(acks.filter((a) => a.already)).toHaveLength(10);
    expect(await db.liveAnswer.count({ where: { gameId: id } })).toBe(30);
    const rows = await db.livePlayer.findMany({ where: { gameId: id }, include: { answers: true } });
    for (const row of rows) {
      expect(row.answers).toHaveLength(1);
      expect(row.score).toBe(row.answers[0]!.points); // added once
      expect(row.correctCount).toBe(row.answers[0]!.correct ? 1 : 0);
    }
  });

  it("refuses an answer sent to another game with a player's token, even among a batch of right ones", async () => {
    const [one, two] = await Promise.all([newGame(20), newGame(20)]);
    const players = await Promise.all(Array.from({ length: 25 }, (_, i) => joinGame({ pin: one.pin, nickname: `Lane ${"bcdfghjklmnpqrstvwxz"[i % 20]}${"bc"[Math.floor(i / 20)]}`, userId: null, ip: ip() })));
    const stranger = await joinGame({ pin: two.pin, nickname: "Stray", userId: null, ip: ip() });
    const t0 = Date.now();
    await hostAction(one.id, teacher, "start", undefined, t0);
    // One turn of the event loop: the 25 players' tokens and the other game's token are looked up together.
    const sends = [...players, stranger].map((p) => submitAnswer({ gameId: one.id, token: p.token, questionIndex: 0, response: { choice: 0 }, now: t0 + 500 }));
    const results = await Promise.allSettled(sends);
    expect(results.slice(0, 25).every((r) => r.status === "fulfilled")).toBe(true);
    expect(results[25]).toMatchObject({ status: "rejected", reason: { message: "Join the game first." } });
    expect(await db.liveAnswer.count({ where: { gameId: one.id } })).toBe(25);
    expect(await db.liveAnswer.count({ where: { playerId: stranger.playerId } })).toBe(0);
  });

  it("scores a batch's answers in order: a player's two answers in one batch, a streak kept or broken", async () => {
    const { id, pin } = await newGame(20);
    const [a, b] = await Promise.all(["Pia", "Rui"].map((nickname) => joinGame({ pin, nickname, userId: null, ip: ip() })));
    await db.livePlayer.updateMany({ where: { gameId: id }, data: { streak: 2 } });
    const row = (playerId: string, questionIndex: number, correct: boolean, points: number) => ({
      id: randomUUID(), gameId: id, playerId, questionIndex, responseJson: "{}", fraction: correct ? 1 : 0, correct, points, elapsedMs: 1_000, createdAt: new Date(),
    });
    // One turn of the event loop: one batch. Pia misses question 0, then gets question 1 right;
    // Rui gets question 0 right, and his retry of it adds nothing.
    const went = await Promise.all([
      writeAnswer(row(a!.playerId, 1, true, 700)),
      writeAnswer(row(b!.playerId, 0, true, 900)),
      writeAnswer(row(a!.playerId, 0, false, 0)),
      writeAnswer(row(b!.playerId, 0, true, 900)),
    ]);
    expect(went).toEqual([true, true, true, false]);
    const [pia, rui] = await db.livePlayer.findMany({ where: { gameId: id }, orderBy: { nickname: "asc" } });
    expect(pia).toMatchObject({ score: 700, streak: 1, correctCount: 1 });
    expect(rui).toMatchObject({ score: 900, streak: 3, correctCount: 1 });
  });

  it("fails only the answer that can't be stored, not the rest of its batch", async () => {
    const { id, pin } = await newGame(20);
    const [a, b] = await Promise.all(["Nia", "Oto"].map((nickname) => joinGame({ pin, nickname, userId: null, ip: ip() })));
    const row = (playerId: string) => ({ id: randomUUID(), gameId: id, playerId, questionIndex: 0, responseJson: "{}", fraction: 1, correct: true, points: 900, elapsedMs: 1_000, createdAt: new Date() });
    // Sent in one turn of the event loop: one batch, whose middle answer names no player.
    const results = await Promise.allSettled([writeAnswer(row(a!.playerId)), writeAnswer(row("no-such-player")), writeAnswer(row(b!.playerId))]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.liveAnswer.count({ where: { gameId: id } })).toBe(2);
    expect((await db.livePlayer.findMany({ where: { gameId: id }, orderBy: { nickname: "asc" } })).map((p) => p.score)).toEqual([900, 900]);
  });
});
