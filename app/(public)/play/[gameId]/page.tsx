import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlayerScreen } from "@/components/live/player-screen";
import { NotFoundError } from "@/lib/errors";
import { titled } from "@/lib/i18n/metadata";
import { publicState } from "@/lib/live/state";
import { gameById } from "@/lib/live/store";

export const generateMetadata = titled("play.gameMetaTitle");

/** A player's screen. Who they are is the resume token in their browser (components/live/player-token.ts). */
export default async function PlayGamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  if (!/^[a-z0-9]{1,64}$/i.test(gameId)) notFound();
  const game = await gameById(gameId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [state, t] = await Promise.all([publicState(game), getTranslations("play")]);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="sr-only">{t("gameHeading", { title: state.title })}</h1>
      <PlayerScreen gameId={game.id} initial={state} />
    </div>
  );
}
