// Whose a question is, and what someone else may do to it (issue 12, defect 7). Kept pure for the
// bank's buttons and the actions alike.
//
// A question's owner is whoever wrote it (createdById: a hand-written question or a copy), else
// whoever added its article. The shipped library's questions have no owner: they are everyone's.
// Other teachers' sets and live assignments may use any question of the library, so:
// - only the owner edits a question in place (a new version); anyone else who may edit the
//   article's bank gets their own copy instead (lib/questions/copy.ts), the original unchanged;
// - only the owner retires a question or returns it to draft (either takes it out of every
//   assignment that uses it); an ownerless library draft may still be approved by any teacher,
//   which adds it to the library and changes no one's set. An admin may do what an owner may.
import type { Role } from "@/lib/validation/auth";

type Who = { id: string; role: Role };
type Owned = { createdById: string | null; article: { createdById: string | null } };

export function questionOwnerId(q: Owned): string | null {
  return q.createdById ?? q.article.createdById;
}

export function ownsQuestion(user: Who, q: Owned): boolean {
  return questionOwnerId(q) === user.id;
}

/** Editing changes the question itself (owner, admin) or makes the editor's own copy. */
export function editMakesCopy(user: Who, q: Owned): boolean {
  return !ownsQuestion(user, q);
}

/** Whether `user` may move the question from `from` to `to` (given they may edit the article's bank). */
export function mayChangeStatus(user: Who, q: Owned, from: string, to: string): boolean {
  if (ownsQuestion(user, q) || user.role === "admin") return true;
  return questionOwnerId(q) === null && from === "draft" && to === "approved";
}

export const NOT_YOURS_STATUS = "Only the teacher who wrote this question can retire it or return it to draft: other teachers' sets may use it. Leave it out of your sets, or edit it to make your own copy.";
