import "server-only";
import { sessionUserId } from "@/lib/auth/request-session";
import { ForbiddenError, UnauthenticatedError, userMessage, ValidationError } from "@/lib/errors";
import { httpStatus, isSameOrigin } from "@/lib/http";
import { readBodyText } from "@/lib/http/body";
import { jsonText } from "@/lib/validation/json";
import { saveResponse } from "./save";

/** A generous bound: the longest legitimate answer (an ordering of many items) is well under 2 KB. */
const MAX_BODY_BYTES = 16 * 1024;

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * PUT /api/attempts/:attemptId/responses/:questionId with `{ response, timeMs? }`: the quiz
 * page's autosave. A route handler rather than a server action: it is the busiest call in the
 * app, a server action costs several times a plain handler in Next.js (bench/attempts), and a
 * plain fetch can use `keepalive` so an answer given just before the tab closes still lands.
 * Replies `{ ok: true, savedAt }`, or `{ ok: false, message }` with 400/401/403/404/409/413.
 */
export async function putResponse(request: Request, attemptId: string, questionId: string): Promise<Response> {
  try {
    if (!isSameOrigin(request)) throw new ForbiddenError("Answers can only be saved from Factdeck's own pages.");
    const userId = await sessionUserId(request);
    if (!userId) throw new UnauthenticatedError("You've been signed out. Sign in again to keep saving your answers.");
    const body = await readAnswerBody(request);
    const fields = body && typeof body === "object" && !Array.isArray(body) ? body : {};
    const { savedAt } = await saveResponse(userId, { ...fields, attemptId, questionId });
    return Response.json({ ok: true, savedAt: savedAt.toISOString() }, { headers: NO_STORE });
  } catch (error) {
    return Response.json({ ok: false, message: userMessage(error) }, { status: httpStatus(error), headers: NO_STORE });
  }
}

/** The request's JSON body, bounded, or a ValidationError that tells the student what went wrong. */
async function readAnswerBody(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) throw new ValidationError("Send the answer as JSON.");
  // Streamed and stopped at the bound (a chunked body has no Content-Length to check first).
  const text = await readBodyText(request, MAX_BODY_BYTES, "That answer is too long to save.");
  const body = jsonText.safeParse(text);
  if (!body.success) throw new ValidationError("That answer couldn't be read. Please try again.");
  return body.data;
}
