// Expected errors carry a message meant for the user; anything else is logged and replaced
// by a generic message so stack traces and answer keys never reach a browser.
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "UNAUTHENTICATED" | "RATE_LIMITED",
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(message = "We couldn't find that.") {
    super(message, "NOT_FOUND");
  }
}
export class ForbiddenError extends AppError {
  constructor(message = "You don't have access to that.") {
    super(message, "FORBIDDEN");
  }
}
export class ValidationError extends AppError {
  constructor(message: string) {
    super(message, "VALIDATION");
  }
}
/** Bad input found field by field (a check the input schema can't make alone): shown beside each field. */
export class InvalidFieldsError extends ValidationError {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = FIX_THE_FIELDS,
  ) {
    super(message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, "CONFLICT");
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = "Please sign in first.") {
    super(message, "UNAUTHENTICATED");
  }
}

/**
 * A stored value that doesn't match its schema (lib/data/loaders.ts logs what failed, never the
 * value). Not an AppError on purpose: the user sees GENERIC_ERROR, as for any fault of ours.
 */
export class CorruptDataError extends Error {
  constructor(
    readonly model: string,
    readonly id: string,
    readonly column: string,
  ) {
    super(`Stored ${model}.${column} of ${id} doesn't match its schema.`);
    this.name = "CorruptDataError";
  }
}

export const FIX_THE_FIELDS = "Some fields need fixing: see the messages below. Nothing was saved.";
/** Input no form control could have sent (a stale page, a hand-made request): nothing to fix by hand. */
export const UNREADABLE_REQUEST = "That request couldn't be read. Reload the page and try again.";

export const GENERIC_ERROR = "Something went wrong on our side. Please try again.";

export function userMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  console.error(error);
  return GENERIC_ERROR;
}
