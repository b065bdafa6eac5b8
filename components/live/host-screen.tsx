"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { useLocale, useT } from "@/components/i18n/client-messages";
import type { HostAction } from "@/lib/live/phase";
import type { HostView, PublicState } from "@/lib/live/state";
import { Presenter } from "./presenter";
import { useLiveGame } from "./use-live-game";

// The host's page: the presenter view (it can be the projector too) and the controls below it.
// The controls post to /api/live-games/:id/host; the state they change comes back on the stream
// like everyone's. Players and the count of answers in are polled (host only, every 2 s).

type Props = { gameId: string; initial: PublicState; joinUrl: string; qrSvg: string; presentHref: string; resultsHref: string };

export function HostScreen({ gameId, initial, joinUrl, qrSvg, presentHref, resultsHref }: Props) {
  const { state, deadline, connected, refresh } = useLiveGame(gameId, initial);
  const t = useT("teacherClient.live");
  const locale = useLocale();
  const [host, setHost] = useState<HostView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = state ?? initial;

  const poll = useCallback(async () => {
    try {
      const res = await fetch(`/api/live-games/${gameId}/host`, { cache: "no-store" });
      const body = (await res.json()) as { ok: boolean; host?: HostView };
      if (body.ok && body.host) setHost(body.host);
    } catch {
      // the next poll tries again
    }
  }, [gameId]);

  useEffect(() => {
    const first = setTimeout(() => void poll(), 0);
    if (current.phase === "ended") return () => clearTimeout(first);
    const timer = setInterval(() => void poll(), 2000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [poll, current.phase, current.seq]);

  async function act(action: HostAction, playerId?: string) {
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/live-games/${gameId}/host`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action, playerId }) });
      const body = (await res.json()) as { ok: boolean; message?: string };
      if (!body.ok) setMessage(body.message ?? t("failed"));
      await Promise.all([refresh(), poll()]);
    } catch {
      setMessage(t("offline"));
    } finally {
      setBusy(false);
    }
  }

  const phase = current.phase;
  const last = current.questionIndex >= current.questionCount - 1;
  return (
    <div className="space-y-6">
      <Presenter state={current} deadline={deadline} joinUrl={joinUrl} qrSvg={qrSvg} />
      <section aria-labelledby="controls-heading" className="space-y-4 rounded-2xl border border-line bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="controls-heading" className="text-lg font-semibold">
            {t("controls")}
          </h2>
          <p className="text-sm text-muted" aria-live="polite">
            {connected ? t("live") : t("reconnecting")} ·{" "}
            <a href={presentHref} target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline underline-offset-2">
              {t("openPresenter")}
              <span className="sr-only">{t("newTab")}</span>
            </a>
          </p>
        </div>
        {message ? <Alert tone="error">{message}</Alert> : null}
        {(phase === "question" || phase === "paused") && host ? (
          <p aria-live="polite" data-testid="host-answered">
            {t("answered", { answered: host.answered, players: current.playerCount })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {phase === "lobby" ? (
            <Button onClick={() => void act("start")} disabled={busy || current.playerCount === 0}>
              {t("start")}
            </Button>
          ) : null}
          {phase === "question" || phase === "paused" ? (
            <Button onClick={() => void act("close")} disabled={busy}>
              {t("close")}
            </Button>
          ) : null}
          {phase === "question" ? (
            <Button variant="secondary" onClick={() => void act("pause")} disabled={busy}>
              {t("pause")}
            </Button>
          ) : null}
          {phase === "paused" ? (
            <Button onClick={() => void act("resume")} disabled={busy}>
              {t("resume")}
            </Button>
          ) : null}
          {phase === "reveal" ? (
            <Button onClick={() => void act("next")} disabled={busy}>
              {last ? t("showPodium") : t("nextQuestion")}
            </Button>
          ) : null}
          {phase === "question" || phase === "paused" || phase === "reveal" ? (
            <Button variant="secondary" onClick={() => void act("skip")} disabled={busy}>
              {last ? t("skipToEnd") : t("skip")}
            </Button>
          ) : null}
          {phase !== "ended" ? (
            <>
              <Button variant="secondary" onClick={() => void act(current.locked ? "unlock" : "lock")} disabled={busy} aria-pressed={current.locked}>
                {current.locked ? t("unlock") : t("lock")}
              </Button>
              <Button
                variant="secondary"
                onClick={() => void act(current.signedInOnly ? "open-to-all" : "sign-in-only")}
                disabled={busy}
                aria-pressed={current.signedInOnly}
                className="aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
              >
                {/* Only when on: an empty mark would still take the button's gap. */}
                {current.signedInOnly ? <span aria-hidden="true">✓</span> : null}
                {t("signedInOnly")}
              </Button>
              <Button variant="ghost" onClick={() => void act("end")} disabled={busy}>
                {t("end")}
              </Button>
            </>
          ) : (
            <>
              <Link href={resultsHref} className={buttonClasses("primary")}>
                {t("seeResults")}
              </Link>
              <p className="self-center text-muted">{t("ended")}</p>
            </>
          )}
        </div>
        {host && phase !== "ended" ? (
          <details className="rounded-lg border border-line p-3" open={phase === "lobby"}>
            <summary className="cursor-pointer font-medium">{t("players", { n: host.players.length })}</summary>
            {host.players.length === 0 ? (
              <p className="mt-2 text-muted">{t("noPlayers")}</p>
            ) : (
              <ul className="mt-2 grid gap-2 sm:grid-cols-2" data-testid="host-players">
                {host.players.map((p) => (
                  <li key={p.id} className="flex items-center justify-between gap-2 rounded-lg bg-canvas px-3 py-1.5">
                    <span className="min-w-0 truncate">
                      {p.nickname}
                      {p.signedIn ? <span className="text-sm text-muted">{t("signedIn")}</span> : null}
                      {phase !== "lobby" ? <span className="text-sm text-muted"> · {p.score.toLocaleString(locale)}</span> : null}
                    </span>
                    <Button size="sm" variant="ghost" onClick={() => void act("kick", p.id)} disabled={busy}>
                      {t("remove")}
                      <span className="sr-only"> {p.nickname}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </details>
        ) : null}
      </section>
    </div>
  );
}

/**
 * The presenter view alone, for a second screen (projector). On a wide screen it takes the
 * window's width, not the page column's, and draws everything larger (CSS zoom, so the layout
 * is the same one, read from the back of the room); "Full screen" hides the browser and the
 * site around it (Esc leaves).
 */
export function PresenterScreen({ gameId, initial, joinUrl, qrSvg }: Omit<Props, "presentHref" | "resultsHref">) {
  const { state, deadline } = useLiveGame(gameId, initial);
  const t = useT("teacherClient.live");
  const stage = useRef<HTMLDivElement>(null);
  // Known only in the browser (false while rendering on the server, so no button flashes there).
  const canFullScreen = useSyncExternalStore(noSubscription, () => document.fullscreenEnabled, () => false);
  return (
    <div className="space-y-3">
      {canFullScreen ? (
        <Button variant="secondary" size="sm" onClick={() => void stage.current?.requestFullscreen().catch(() => undefined)}>
          {t("fullScreen")}
        </Button>
      ) : null}
      {/* Wider than the page's column on a wide screen; the zoom sits inside, so the width isn't zoomed too. */}
      <div
        ref={stage}
        data-testid="presenter-stage"
        className="min-[1600px]:relative min-[1600px]:left-1/2 min-[1600px]:w-[calc(100vw-6rem)] min-[1600px]:-translate-x-1/2 [&:fullscreen]:overflow-auto [&:fullscreen]:bg-canvas [&:fullscreen]:p-6"
      >
        <div className="min-[1600px]:[zoom:1.35]">
          <Presenter state={state ?? initial} deadline={deadline} joinUrl={joinUrl} qrSvg={qrSvg} />
        </div>
      </div>
    </div>
  );
}

const noSubscription = () => () => undefined;
