import { describe, expect, it } from "vitest";
import { acceptsAnswer, phaseOf, remainingMs, transition } from "./phase";

const t0 = Date.UTC(2026, 11, 2, 10, 0, 0);
const open = { status: "question" as const, questionIndex: 1, closesAt: new Date(t0 + 20_000) };

describe("phase by the server's clock", () => {
  it("is the stored status in the lobby and at the end", () => {
    expect(phaseOf({ status: "lobby", questionIndex: -1, closesAt: null }, t0)).toBe("lobby");
    expect(phaseOf({ status: "ended", questionIndex: 3, closesAt: new Date(t0 + 99_000) }, t0)).toBe("ended");
  });

  it("turns a question into its reveal at the deadline", () => {
    expect(phaseOf(open, t0)).toBe("question");
    expect(phaseOf(open, t0 + 19_999)).toBe("question");
    expect(phaseOf(open, t0 + 20_000)).toBe("reveal");
    expect(phaseOf({ ...open, closesAt: null }, t0)).toBe("reveal");
  });
});

describe("a pause", () => {
  const paused = { ...open, pausedAt: new Date(t0 + 5_000) };
  it("holds the open question however long it lasts, with the time that was left", () => {
    expect(phaseOf(paused, t0 + 6_000)).toBe("paused");
    expect(phaseOf(paused, t0 + 600_000)).toBe("paused");
    expect(remainingMs(paused, t0 + 600_000)).toBe(15_000);
    expect(remainingMs(open, t0 + 5_000)).toBe(15_000);
    expect(remainingMs(open, t0 + 25_000)).toBe(0);
    expect(phaseOf({ ...open, pausedAt: null }, t0)).toBe("question");
  });
  it("refuses answers until the game goes on (not as late ones)", () => {
    expect(acceptsAnswer(paused, 1, t0 + 6_000)).toBe("paused");
    expect(acceptsAnswer(paused, 0, t0 + 6_000)).toBe("other-question");
  });
});

describe("late answers", () => {
  it("are accepted up to the last millisecond before the deadline", () => {
    expect(acceptsAnswer(open, 1, t0 + 19_999)).toBe("ok");
  });
  it("are refused at exactly the deadline and after", () => {
    expect(acceptsAnswer(open, 1, t0 + 20_000)).toBe("closed");
    expect(acceptsAnswer(open, 1, t0 + 60_000)).toBe("closed");
  });
  it("are refused for a question that isn't the open one", () => {
    expect(acceptsAnswer(open, 0, t0)).toBe("other-question");
    expect(acceptsAnswer({ status: "lobby", questionIndex: -1, closesAt: null }, 0, t0)).toBe("closed");
  });
});

describe("host transitions", () => {
  const at = (questionIndex: number, playerCount = 3) => ({ questionIndex, questionCount: 4, playerCount });
  it("starts only from the lobby, with a player", () => {
    expect(transition("start", "lobby", at(-1))).toEqual({ ok: true, to: "open-next" });
    expect(transition("start", "lobby", at(-1, 0)).ok).toBe(false);
    expect(transition("start", "question", at(0)).ok).toBe(false);
  });
  it("closes an open question, and advances from its reveal (to the end after the last)", () => {
    expect(transition("close", "question", at(0))).toEqual({ ok: true, to: "close" });
    expect(transition("close", "reveal", at(0)).ok).toBe(false);
    expect(transition("next", "question", at(0)).ok).toBe(false);
    expect(transition("next", "reveal", at(0))).toEqual({ ok: true, to: "open-next" });
    expect(transition("next", "reveal", at(3))).toEqual({ ok: true, to: "end" });
  });
  it("pauses an open question, resumes a paused one; a paused one can still be closed, skipped or ended", () => {
    expect(transition("pause", "question", at(0))).toEqual({ ok: true, to: "pause" });
    expect(transition("pause", "paused", at(0)).ok).toBe(false);
    expect(transition("pause", "reveal", at(0)).ok).toBe(false);
    expect(transition("resume", "paused", at(0))).toEqual({ ok: true, to: "resume" });
    expect(transition("resume", "question", at(0)).ok).toBe(false);
    expect(transition("close", "paused", at(0))).toEqual({ ok: true, to: "close" });
    expect(transition("skip", "paused", at(0))).toEqual({ ok: true, to: "open-next" });
    expect(transition("next", "paused", at(0)).ok).toBe(false);
    expect(transition("end", "paused", at(0))).toEqual({ ok: true, to: "end" });
  });
  it("skips from a question or its reveal, never from the lobby", () => {
    expect(transition("skip", "question", at(1))).toEqual({ ok: true, to: "open-next" });
    expect(transition("skip", "reveal", at(3))).toEqual({ ok: true, to: "end" });
    expect(transition("skip", "lobby", at(-1)).ok).toBe(false);
  });
  it("ends from anywhere but the end; nothing moves an ended game", () => {
    for (const phase of ["lobby", "question", "reveal"] as const) expect(transition("end", phase, at(0))).toEqual({ ok: true, to: "end" });
    for (const action of ["start", "close", "next", "skip", "end", "pause", "resume", "lock", "sign-in-only", "kick"] as const) expect(transition(action, "ended", at(3)).ok).toBe(false);
  });
});
