import "server-only";
import { requireRole } from "@/lib/auth/session";
import { userMessage } from "@/lib/errors";
import { httpStatus } from "@/lib/http";
import { csvResponse } from "@/lib/results/csv";
import { liveAnswersCsv } from "./results";
import { getLiveResults } from "./results-query";

/**
 * GET handler body for a live game's answers download: the host only (anyone else's game looks
 * missing), refusals as plain status codes, as the assignment downloads do (lib/results/csv-route.ts).
 */
export async function liveResultsCsv(gameId: string): Promise<Response> {
  try {
    const user = await requireRole("teacher");
    const { game, results } = await getLiveResults(gameId, user);
    const file = liveAnswersCsv(game.title, results);
    return csvResponse(file.body, file.fileName);
  } catch (error) {
    return new Response(userMessage(error), {
      status: httpStatus(error),
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
}
