import "server-only";
import { z } from "zod";
import { sessionUserId } from "@/lib/auth/request-session";
import { ForbiddenError, UnauthenticatedError, userMessage, ValidationError } from "@/lib/errors";
import { httpStatus, isSameOrigin } from "@/lib/http";
import { readBodyText } from "@/lib/http/body";
import { jsonText } from "@/lib/validation/json";
import { submitAttempt, UNREADABLE_SUBMIT } from "./submit";

/** The body is `{}` or `{"timeUp":true}`: anything much longer is not the quiz page's. */
const MAX_BODY_BYTES = 1024;

const NO_STORE = { "Cache-Control": "private, no-store" };

/** The body's own fields; the attempt comes from the path. Unknown fields are refused, not ignored. */
const submitBody = z.strictObject({ timeUp: z.boolean().optional() });

/**
 * POST /api/attempts/:attemptId/submit with `{ timeUp? }`: the quiz page's submit (and its timer's,
 * when time runs out). A route handler rather than a server action, as for autosave
 * (lib/attempts/save-route.ts): a class submits in the same second, and an action costs several
 * times a plain handler in Next.js (bench/attempts/README.md). Safe to repeat: one grade results.
 * Replies `{ ok: true, attemptId, extended? }` (lib/attempts/submit.ts), or `{ ok: false, message }`
 * with 400/401/403/404/413.
 */
export async function postSubmit(request: Request, attemptId: string): Promise<Response> {
  try {
    if (!isSameOrigin(request)) throw new ForbiddenError("Quizzes can only be submitted from Factdeck's own pages.");
    const userId = await sessionUserId(request);
    if (!userId) throw new UnauthenticatedError("You've been signed out. Sign in again to submit: your answers are saved.");
    const body = await readSubmitBody(request);
    const outcome = await submitAttempt(userId, { ...body, attemptId });
    return Response.json({ ok: true, ...outcome }, { headers: NO_STORE });
  } catch (error) {
    return Response.json({ ok: false, message: userMessage(error) }, { status: httpStatus(error), headers: NO_STORE });
  }
}

async function readSubmitBody(request: Request): Promise<z.output<typeof submitBody>> {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) throw new ValidationError(UNREADABLE_SUBMIT);
  const text = await readBodyText(request, MAX_BODY_BYTES, UNREADABLE_SUBMIT);
  const body = jsonText.pipe(submitBody).safeParse(text);
  if (!body.success) throw new ValidationError(UNREADABLE_SUBMIT);
  return body.data;
}
