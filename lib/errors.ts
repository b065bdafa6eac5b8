// Expected errors carry a message meant for the user; anything else is logged and replaced
// by a generic message so stack traces and answer keys never reach a browser.
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "UNAUTHENTICATED",
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

export const GENERIC_ERROR = "Something went wrong on our side. Please try again.";

export function userMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  console.error(error);
  return GENERIC_ERROR;
}
