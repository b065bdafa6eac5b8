// What a result page offers next, decided from the student's assignments and review queue. Pure:
// the page reads the data (lib/assignments/queries listStudentAssignments, lib/review countDue).

type AssignmentLike = {
  id: string;
  title: string;
  bucket: "todo" | "upcoming" | "done" | "late";
  canStart: boolean;
  inProgressId: string | null;
  attemptsAllowed: number;
  attemptsUsed: number;
};

export type NextSteps = {
  /** Another attempt at this attempt's assignment: it is open and has attempts left. */
  tryAgain: { assignmentId: string; title: string; attemptsLeft: number } | null;
  /** The student's next assignment they can start or resume now (not this one). */
  next: { assignmentId: string; title: string; resume: boolean } | null;
  /** The spaced-review queue, when it has something for them: due now, or this attempt's misses to come. */
  review: { due: number } | null;
};

export function nextSteps({
  assignmentId,
  assignments,
  dueReviews,
  missedWithKeys,
}: {
  /** This attempt's assignment; null for a practice quiz. */
  assignmentId: string | null;
  /** In the order the dashboard lists them (soonest due first). */
  assignments: readonly AssignmentLike[];
  dueReviews: number;
  /** Questions of this attempt answered wrong (or partly) whose answers the student may see. */
  missedWithKeys: number;
}): NextSteps {
  const own = assignmentId ? assignments.find((a) => a.id === assignmentId) : undefined;
  const attemptsLeft = own ? own.attemptsAllowed - own.attemptsUsed : 0;
  const tryAgain = own && own.canStart && !own.inProgressId && attemptsLeft > 0 ? { assignmentId: own.id, title: own.title, attemptsLeft } : null;
  // Work not yet handed in first (to do, then late-but-open), resumed or started.
  const candidates = assignments.filter((a) => a.id !== assignmentId && a.canStart && (a.bucket === "todo" || a.bucket === "late" || a.inProgressId));
  const pick = candidates.find((a) => a.inProgressId) ?? candidates.find((a) => a.bucket === "todo") ?? candidates[0];
  const next = pick ? { assignmentId: pick.id, title: pick.title, resume: Boolean(pick.inProgressId) } : null;
  const review = dueReviews > 0 || missedWithKeys > 0 ? { due: dueReviews } : null;
  return { tryAgain, next, review };
}
