import "server-only";
import { z } from "zod";
import { sessionUserId } from "@/lib/auth/request-session";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError, userMessage, ValidationError } from "@/lib/errors";
import { httpStatus, isSameOrigin } from "@/lib/http";
import { localeCookieOf, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { actionTranslator, translatorFor } from "@/lib/i18n/server-messages";
import { nodeRequest, registerFastPath, sendJson, type RequestLike } from "@/lib/http/fast-paths";
import { readBodyText } from "@/lib/http/body";
import { requestIp } from "@/lib/security/rate-limit";
import { jsonText } from "@/lib/validation/json";
import { announce, announceSoon } from "./broadcast";
import { nicknameInput } from "./nickname";
import { HOST_ACTIONS } from "./phase";
import { pinInput } from "./pin";
import { refused, refusalOf } from "./refusals";
import { hostView, playerView, publicState } from "./state";
import { gameById, hostAction, joinGame, playerByToken, submitAnswer } from "./store";
import { streamResponse, streamToNode } from "./stream";

// The live games' route handlers (app/api/live-games/…): plain handlers rather than server
// actions, since players' phones call them many times a game and the stream is a long response.
// Players prove who they are with the resume token in the `x-live-token` header (never in a URL,
// where logs would keep it); the host with their session.

const NO_STORE = { "Cache-Control": "private, no-store" };
export const TOKEN_HEADER = "x-live-token";
const MAX_BODY = 8 * 1024;

/**
 * The message a player or host sees: a refusal with a code in the request's language
 * (lib/live/refusals.ts), else the error's own. `locale`: the language, when the request didn't
 * come through Next.js (next-intl reads it from the request otherwise).
 */
async function messageOf(error: unknown, locale?: Locale): Promise<string> {
  const refusal = refusalOf(error);
  if (!refusal) return userMessage(error);
  const t = locale ? await translatorFor(locale, "liveRefusals") : await actionTranslator("liveRefusals");
  return t(refusal.code, refusal.values);
}

/** A JSON reply, before it becomes a web Response (Next.js) or is written to a Node response (scripts/serve.mjs). */
type Reply = { status: number; headers: Record<string, string>; body: object };
const toResponse = (reply: Reply) => Response.json(reply.body, { status: reply.status, headers: reply.headers });

/** `code`: a refusal's code, for a page that offers a way on (a sign-in link for "signedInOnly"). */
async function failure(error: unknown, locale?: Locale): Promise<Reply> {
  const status = httpStatus(error);
  const headers: Record<string, string> = { ...NO_STORE };
  const retry = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  if (status === 429 && retry) headers["Retry-After"] = String(retry);
  const code = refusalOf(error)?.code;
  return { status, headers, body: { ok: false, message: await messageOf(error, locale), ...(code ? { code } : {}) } };
}

const fail = async (error: unknown): Promise<Response> => toResponse(await failure(error));

const ok = (body: object) => Response.json({ ok: true, ...body }, { headers: NO_STORE });

const webRequest = (request: Request): RequestLike => ({
  url: request.url,
  headers: request.headers,
  text: (maxBytes, message) => readBodyText(request, maxBytes, message),
});

async function readJson<S extends z.ZodType>(request: RequestLike, schema: S): Promise<z.output<S>> {
  if (!isSameOrigin(request)) throw new ForbiddenError("Only Factdeck's own pages can do that.");
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) throw new ValidationError("Send JSON.");
  const text = await request.text(MAX_BODY, "That request is too large.");
  const body = jsonText.safeParse(text);
  if (!body.success) throw new ValidationError("That request couldn't be read. Reload the page and try again.");
  const parsed = schema.safeParse(body.data);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "That request couldn't be read.");
  return parsed.data;
}

const gameIdSchema = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i);
function checkId(id: string): string {
  const parsed = gameIdSchema.safeParse(id);
  if (!parsed.success) throw refused(new ValidationError("We couldn't find that game."), "gameNotFound");
  return parsed.data;
}

const joinSchema = z.object({ pin: pinInput, nickname: nicknameInput.default("") });

/** POST /api/live-games/join `{ pin, nickname }` → `{ gameId, playerId, nickname, token }`. */
export async function joinRoute(request: Request): Promise<Response> {
  try {
    const input = await readJson(webRequest(request), joinSchema);
    const userId = await sessionUserId(request);
    const student = userId ? await db.user.findUnique({ where: { id: userId }, select: { role: true } }) : null;
    const joined = await joinGame({ pin: input.pin, nickname: input.nickname, userId: student?.role === "student" ? userId : null, ip: requestIp(request.headers) });
    announceSoon(joined.gameId);
    return ok(joined);
  } catch (error) {
    return fail(error);
  }
}

/** GET /api/live-games/:id/stream: Server-Sent Events (lib/live/stream.ts). */
export async function streamRoute(request: Request, id: string): Promise<Response> {
  try {
    return await streamResponse(request, checkId(id));
  } catch (error) {
    return fail(error);
  }
}

/** GET /api/live-games/:id/state: the public state now (what the stream's first event would be). */
export async function stateRoute(id: string): Promise<Response> {
  try {
    return ok({ state: await publicState(await gameById(checkId(id))) });
  } catch (error) {
    return fail(error);
  }
}

/** GET /api/live-games/:id/me: the player's own view (token in the header). */
export async function meRoute(request: Request, id: string): Promise<Response> {
  try {
    const game = await gameById(checkId(id));
    const player = await playerByToken(game.id, request.headers.get(TOKEN_HEADER));
    return ok({ me: await playerView(game, player) });
  } catch (error) {
    return fail(error);
  }
}

const answerSchema = z.object({ questionIndex: z.number().int().min(0).max(1000), response: z.unknown() });

/**
 * POST /api/live-games/:id/answers `{ questionIndex, response }` → `{ elapsedMs }`, or 409 when
 * time is up. `localeFor`: the language of a refusal (see messageOf), worked out only for one.
 */
async function answerReply(request: RequestLike, id: string, localeFor?: () => Locale): Promise<Reply> {
  try {
    const gameId = checkId(id);
    const input = await readJson(request, answerSchema);
    const ack = await submitAnswer({ gameId, token: request.headers.get(TOKEN_HEADER), questionIndex: input.questionIndex, response: input.response });
    return { status: 200, headers: NO_STORE, body: { ok: true, elapsedMs: ack.elapsedMs, already: ack.already } };
  } catch (error) {
    return failure(error, localeFor?.());
  }
}

export async function answerRoute(request: Request, id: string): Promise<Response> {
  return toResponse(await answerReply(webRequest(request), id));
}

// A room's answers arrive together, and its streams open together: the production server
// (scripts/serve.mjs) sends them here without Next.js's pipeline once this module has loaded (any
// live-game route loads it). The language is the cookie's or the browser's; a signed-in player's
// saved choice isn't looked up.
const localeOf = (headers: RequestLike["headers"]): Locale =>
  resolveLocale({ cookie: localeCookieOf(headers.get("cookie")), acceptLanguage: headers.get("accept-language") });
const UNEXPECTED = { ok: false, message: "Something went wrong on our side. Try again." };

registerFastPath("liveAnswer", (req, res, id) => {
  const request = nodeRequest(req);
  answerReply(request, id, () => localeOf(request.headers)).then(
    (reply) => sendJson(res, reply.status, reply.headers, reply.body),
    () => sendJson(res, 500, NO_STORE, UNEXPECTED),
  );
});

registerFastPath("liveStream", (req, res, id) => {
  const request = nodeRequest(req);
  Promise.resolve()
    .then(() => streamToNode(res, checkId(id)))
    .catch(async (error: unknown) => {
      if (res.headersSent) return void res.end();
      const reply = await failure(error, localeOf(request.headers));
      sendJson(res, reply.status, reply.headers, reply.body);
    })
    .catch(() => (res.headersSent ? res.end() : sendJson(res, 500, NO_STORE, UNEXPECTED)));
});

async function hostUser(request: Request): Promise<{ id: string }> {
  const userId = await sessionUserId(request);
  if (!userId) throw refused(new UnauthenticatedError("You've been signed out. Sign in again to run the game."), "signedOut");
  return { id: userId };
}

/** GET /api/live-games/:id/host: the host's view (players, answers in) and the public state. */
export async function hostGetRoute(request: Request, id: string): Promise<Response> {
  try {
    const user = await hostUser(request);
    const game = await gameById(checkId(id));
    if (game.hostId !== user.id) throw refused(new ForbiddenError("Only the host can see this."), "hostOnly");
    const [state, host] = await Promise.all([publicState(game), hostView(game)]);
    return ok({ state, host });
  } catch (error) {
    return fail(error);
  }
}

const hostSchema = z.object({ action: z.enum(HOST_ACTIONS), playerId: z.string().min(1).max(64).optional() });

/** POST /api/live-games/:id/host `{ action, playerId? }`: start, close, next, skip, end, lock, unlock, kick. */
export async function hostPostRoute(request: Request, id: string): Promise<Response> {
  try {
    const gameId = checkId(id);
    const input = await readJson(webRequest(request), hostSchema);
    const user = await hostUser(request);
    const game = await hostAction(gameId, user, input.action, input.playerId);
    const state = await announce(game.id);
    return ok({ state });
  } catch (error) {
    return fail(error);
  }
}
