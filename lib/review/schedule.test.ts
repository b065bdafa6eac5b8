import { describe, expect, it } from "vitest";
import { Rating, State } from "ts-fsrs";
import { newCard, ratingFor, scheduleReview, type CardState } from "./schedule";

const DAY = 86_400_000;
const t0 = new Date("2026-03-02T09:00:00Z");
const right = { score: 1, correct: true };
const partly = { score: 0.5, correct: false };
const wrong = { score: 0, correct: false };

const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY;

describe("ratingFor", () => {
  it("maps right, partly right and wrong to Good, Hard and Again", () => {
    expect(ratingFor(right)).toBe(Rating.Good);
    expect(ratingFor(partly)).toBe(Rating.Hard);
    expect(ratingFor(wrong)).toBe(Rating.Again);
    expect(ratingFor({ score: 0.999, correct: false })).toBe(Rating.Hard);
  });
});

describe("scheduleReview", () => {
  it("a first answer starts a new card, counts one rep and records when", () => {
    const card = scheduleReview(null, right, t0);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(t0);
    expect(card.state).not.toBe(State.New);
    expect(card.due.getTime()).toBeGreaterThan(t0.getTime());
  });

  it("a wrong first answer comes back sooner than a right one", () => {
    const afterWrong = scheduleReview(null, wrong, t0);
    const afterPartly = scheduleReview(null, partly, t0);
    const afterRight = scheduleReview(null, right, t0);
    expect(afterWrong.due.getTime()).toBeLessThanOrEqual(afterPartly.due.getTime());
    expect(afterPartly.due.getTime()).toBeLessThanOrEqual(afterRight.due.getTime());
    expect(days(t0, afterWrong.due)).toBeLessThan(1); // again today
  });

  it("is deterministic for the same answers at the same times", () => {
    expect(scheduleReview(null, right, t0)).toEqual(scheduleReview(null, right, t0));
  });

  it("intervals grow as the student keeps answering right on time", () => {
    let card: CardState | null = null;
    let now = t0;
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      card = scheduleReview(card, right, now);
      intervals.push(days(now, card.due));
      now = card.due; // answer exactly when due
    }
    expect(card!.state).toBe(State.Review);
    for (let i = 2; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(10);
  });

  it("a lapse in review sends the card to relearning, counts the lapse and shortens the interval", () => {
    let card: CardState | null = null;
    let now = t0;
    for (let i = 0; i < 4; i++) {
      card = scheduleReview(card, right, now);
      now = card.due;
    }
    const before = card!;
    expect(before.state).toBe(State.Review);
    const lapsed = scheduleReview(before, wrong, now);
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.lapses).toBe(before.lapses + 1);
    expect(lapsed.stability).toBeLessThan(before.stability);
    expect(days(now, lapsed.due)).toBeLessThan(1);
  });

  it("uses the real time elapsed: a late review is recorded with its elapsed days", () => {
    let card = scheduleReview(null, right, t0);
    card = scheduleReview(card, right, card.due);
    const late = new Date(card.due.getTime() + 30 * DAY);
    const next = scheduleReview(card, right, late);
    expect(next.lastReview).toEqual(late);
    expect(next.due.getTime()).toBeGreaterThan(late.getTime());
  });

  it("an answer graded out of order counts as given at the card's last review", () => {
    const card = scheduleReview(null, right, t0);
    const earlier = new Date(t0.getTime() - 3 * DAY);
    const next = scheduleReview(card, wrong, earlier);
    expect(next).toEqual(scheduleReview(card, wrong, t0));
    expect(next.lastReview).toEqual(t0);
  });

  it("newCard is due immediately and has no history", () => {
    expect(newCard(t0)).toMatchObject({ due: t0, reps: 0, lapses: 0, state: State.New, lastReview: null });
  });
});
