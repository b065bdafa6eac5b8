"use client";
import type { PublicState } from "@/lib/live/state";
import { fillNodes, useLocale, useT } from "@/components/i18n/client-messages";
import { useAnswerWords } from "@/components/quiz/verdict";
import { Countdown } from "./countdown";
import { useOrdinal } from "./ordinal";

// The projector's view of a game: the PIN and QR code in the lobby, the question and its
// countdown while it is open, then the answer, how the room answered, the source sentence and
// the top 5; the podium at the end. Everything it shows comes from the public state: no key
// before the question closes.

type Props = { state: PublicState; deadline: number | null; joinUrl: string; qrSvg: string };

export function Presenter({ state, deadline, joinUrl, qrSvg }: Props) {
  const t = useT("teacherClient.live");
  return (
    <section aria-labelledby="presenter-heading" className="space-y-6 rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-8" data-testid="presenter" data-phase={state.phase}>
      <h2 id="presenter-heading" className="sr-only">
        {t("presenterView")}
      </h2>
      {state.phase === "lobby" ? <Lobby state={state} joinUrl={joinUrl} qrSvg={qrSvg} /> : null}
      {state.phase === "question" || state.phase === "paused" || state.phase === "reveal" ? <QuestionPanel state={state} deadline={deadline} /> : null}
      {state.phase === "ended" ? <Podium state={state} /> : null}
    </section>
  );
}

function Lobby({ state, joinUrl, qrSvg }: { state: PublicState; joinUrl: string; qrSvg: string }) {
  const t = useT("teacherClient.live");
  const locale = useLocale();
  const url = <strong className="break-all text-ink">{joinUrl.replace(/^https?:\/\//, "").replace(/\?.*$/, "")}</strong>;
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_auto] md:items-center">
      <div className="space-y-4">
        <p className="text-lg text-muted">
          {fillNodes(t("joinAt"), { url }, locale)}
        </p>
        <p className="text-5xl font-bold tracking-widest tabular-nums sm:text-7xl" data-testid="live-pin" aria-label={t("pinLabel", { pin: state.pin?.split("").join(" ") ?? "" })}>
          {state.pin}
        </p>
        <p className="text-lg" aria-live="polite" data-testid="live-player-count">
          {state.playerCount === 1 ? t("joinedOne") : t("joinedMany", { n: state.playerCount })}
          {state.locked ? t("lockedNote") : ""}
          {state.signedInOnly ? t("signedInOnlyNote") : ""}
        </p>
        {state.players.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label={t("lobbyNames")} data-testid="live-lobby-names">
            {state.players.map((name) => (
              <li key={name} className="rounded-full bg-brand-50 px-3 py-1 font-medium text-brand-900">
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("waiting")}</p>
        )}
      </div>
      <figure className="flex flex-col items-center gap-2">
        {/* Drawn on the server by lib/classes/join-link.ts's qrcode helper: markup only, no script. */}
        <div role="img" aria-label={t("qr")} className="size-44 sm:size-56 [&>svg]:size-full" data-testid="live-qr" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <figcaption className="text-center text-sm text-muted">{t("scan")}</figcaption>
      </figure>
    </div>
  );
}

function QuestionPanel({ state, deadline }: { state: PublicState; deadline: number | null }) {
  const t = useT("teacherClient.live");
  const locale = useLocale();
  // "True", "False": words of the interface, in its language (as the players see them).
  const words = useAnswerWords();
  const q = state.question;
  if (!q) return null;
  const reveal = state.reveal;
  return (
    <div className="space-y-5">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">
        {t("questionOf", { n: state.questionIndex + 1, total: state.questionCount })}
      </p>
      <h3 className="text-2xl font-semibold break-words sm:text-4xl" data-testid="presenter-prompt">
        {q.prompt}
      </h3>
      {state.phase === "question" || state.phase === "paused" ? (
        <>
          <Countdown deadline={deadline} total={state.seconds} pausedMs={state.phase === "paused" ? state.remainingMs : null} />
          {q.options ? (
            <ol className="grid gap-3 sm:grid-cols-2">
              {q.options.map((o, i) => (
                <li key={i} className="rounded-xl border border-line bg-canvas px-4 py-3 text-lg font-medium break-words">
                  <span className="mr-2 font-bold text-brand-700">{String.fromCharCode(65 + i)}</span>
                  {o}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
      {state.phase === "reveal" && reveal ? (
        <div className="space-y-5" data-testid="presenter-reveal">
          <p className="text-xl">
            {fillNodes(t("answer"), { answer: <strong data-testid="presenter-answer">{words(reveal.answer)}</strong> }, locale)}
          </p>
          <p className="text-muted">
            {t(reveal.answered === 1 ? "rightOne" : "rightMany", { right: reveal.right, answered: reveal.answered })}
          </p>
          {reveal.distribution ? <Bars distribution={reveal.distribution} /> : null}
          <blockquote className="border-l-4 border-brand-500 pl-4 text-lg">
            <p className="break-words">{reveal.sentence}</p>
            {reveal.sourceHref ? (
              <footer className="mt-1 text-sm text-muted">
                {fillNodes(
                  t("source"),
                  {
                    link: (
                      <a href={reveal.sourceHref} className="font-medium text-brand-700 underline underline-offset-2" target="_blank" rel="noreferrer">
                        {reveal.articleTitle ?? t("theArticle")}
                      </a>
                    ),
                  },
                  locale,
                )}
              </footer>
            ) : null}
          </blockquote>
          <TopList top={state.top} heading={t("top5")} />
        </div>
      ) : null}
    </div>
  );
}

function Bars({ distribution }: { distribution: NonNullable<NonNullable<PublicState["reveal"]>["distribution"]> }) {
  const t = useT("teacherClient.live");
  const words = useAnswerWords();
  const max = Math.max(1, ...distribution.counts);
  return (
    <ul className="space-y-2" aria-label={t("distribution")} data-testid="presenter-distribution">
      {distribution.labels.map((label, i) => (
        <li key={i} className="grid grid-cols-[minmax(0,12rem)_1fr_auto] items-center gap-3">
          <span className="truncate font-medium" title={words(label)}>
            {distribution.correct[i] ? "✓ " : ""}
            {words(label)}
          </span>
          <span className="h-5 overflow-hidden rounded bg-slate-100" aria-hidden="true">
            <span className={`block h-full ${distribution.correct[i] ? "bg-emerald-600" : "bg-slate-400"}`} style={{ width: `${(distribution.counts[i]! / max) * 100}%` }} />
          </span>
          <span className="tabular-nums">
            {distribution.counts[i]}
            <span className="sr-only">{distribution.correct[i] ? t("correctSr") : ""}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function TopList({ top, heading }: { top: PublicState["top"]; heading: string }) {
  const locale = useLocale();
  if (top.length === 0) return null;
  return (
    <div>
      <h3 className="mb-2 text-lg font-semibold">{heading}</h3>
      <ol className="space-y-1" data-testid="live-top">
        {top.map((p, i) => (
          <li key={i} className="flex justify-between gap-3 rounded-lg bg-canvas px-3 py-2">
            <span className="min-w-0 truncate">
              <span className="mr-2 font-bold tabular-nums">{p.rank}.</span>
              {p.nickname}
            </span>
            <span className="font-semibold tabular-nums">{p.score.toLocaleString(locale)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The final podium: the top three ranks (ties share a step), then the rest of the top 5. */
export function Podium({ state }: { state: PublicState }) {
  const t = useT("client.live");
  const ordinal = useOrdinal();
  const locale = useLocale();
  const podium = state.top.filter((p) => p.rank <= 3);
  return (
    <div className="space-y-6" data-testid="live-podium">
      {/* h2: on a player's page it follows the page's h1 directly (axe heading-order). */}
      <h2 className="text-3xl font-bold">{t("finalPodium")}</h2>
      {podium.length === 0 ? (
        <p className="text-muted">{t("noScores")}</p>
      ) : (
        <ol className="grid gap-3 sm:grid-cols-3" aria-label={t("podium")}>
          {podium.map((p, i) => (
            <li key={i} className={`rounded-2xl p-4 text-center ${p.rank === 1 ? "bg-amber-100" : p.rank === 2 ? "bg-slate-100" : "bg-orange-100"}`} data-testid="podium-step">
              <p className="text-sm font-semibold text-muted">{t("podiumPlace", { place: ordinal(p.rank) })}</p>
              <p className="text-2xl font-bold break-words" data-testid="podium-name">
                {p.nickname}
              </p>
              <p className="tabular-nums">{t("score", { score: p.score.toLocaleString(locale) })}</p>
            </li>
          ))}
        </ol>
      )}
      <TopList top={state.top} heading={t("top5")} />
    </div>
  );
}
