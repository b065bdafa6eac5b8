import "server-only";
import { joinQrSvg } from "@/lib/classes/join-link";
import { addressedOrigin } from "@/lib/http/origin";
import { publicState, type PublicState } from "./state";
import { requireHostedGame } from "./store";

/** The join link players open (the QR code's target): /play with the PIN filled in. */
export function playPath(pin: string | null): string {
  return pin ? `/play?pin=${pin}` : "/play";
}

/** What the host's and presenter's pages start from: the game's state, its join link and QR code. */
export async function hostPageData(gameId: string, user: { id: string }, headers: Headers): Promise<{ state: PublicState; joinUrl: string; qrSvg: string }> {
  const game = await requireHostedGame(gameId, user);
  const state = await publicState(game);
  const joinUrl = `${addressedOrigin(headers) ?? ""}${playPath(game.pin)}`;
  // The class join link's QR helper (the qrcode package), reused.
  const qrSvg = game.pin ? await joinQrSvg(joinUrl) : "";
  return { state, joinUrl, qrSvg };
}
