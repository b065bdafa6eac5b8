// Spaced review with FSRS (ts-fsrs). Pure: the clock is always passed in, and fuzz is off so
// the same answers at the same times give the same schedule (testable, and fair to explain).
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

/** The card fields as stored on ReviewCard (camelCase, as in prisma/schema.prisma). */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export type GradedAnswer = { score: number; correct: boolean };

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/**
 * How well the student knew it: fully right → Good, partly right → Hard (remembered some of
 * it), wrong or blank → Again. Easy is never inferred: a right answer can still be a guess.
 */
export function ratingFor(answer: GradedAnswer): Grade {
  if (answer.correct) return Rating.Good;
  if (answer.score > 0) return Rating.Hard;
  return Rating.Again;
}

function toFsrs(card: CardState): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** A card that has never been reviewed, due at `now`. */
export function newCard(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

/**
 * The card after one review answered at `now` (a first answer starts from a new card).
 * Answers can be graded out of order (an expired attempt closes at its deadline, after a
 * later one was graded): time never runs backwards for a card, so such an answer counts as
 * given at the card's last review.
 */
export function scheduleReview(card: CardState | null, answer: GradedAnswer, now: Date): CardState {
  const last = card?.lastReview;
  const at = last && now.getTime() < last.getTime() ? last : now;
  return fromFsrs(scheduler.next(toFsrs(card ?? newCard(at)), at, ratingFor(answer)).card);
}

/** "learning", "review" … for people; FSRS state numbers mean nothing on a page. */
export function stateLabel(state: number): string {
  return ["New", "Learning", "Review", "Relearning"][state] ?? "New";
}
