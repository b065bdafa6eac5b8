"use client";
import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { AnswerText } from "@/components/i18n/answer-text";
import { fillNodes, useLocale, useT } from "@/components/i18n/client-messages";
import { QUESTION_TYPE_INPUTS } from "@/components/question-types/inputs";
import type { Answer } from "@/components/question-types/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PlayerView, PublicState } from "@/lib/live/state";
import { Countdown } from "./countdown";
import { useOrdinal } from "./ordinal";
import { Podium } from "./presenter";
import { tokenFor } from "./player-token";
import { useLiveGame } from "./use-live-game";

// A player's phone: the lobby, the open question with its controls (each type's own input,
// components/question-types), then right or wrong, points, rank and the source sentence; the
// podium and a personal summary at the end. A reload finds the resume token in localStorage and
// carries on as the same player, mid-question included.

type Props = { gameId: string; initial: PublicState };

export function PlayerScreen({ gameId, initial }: Props) {
  const t = useT("client.live");
  const locale = useLocale();
  const ordinal = useOrdinal();
  const { state: live, deadline, connected, refresh } = useLiveGame(gameId, initial);
  const state = live ?? initial;
  // undefined while rendering on the server (no storage there), then the browser's token or null.
  const token = useSyncExternalStore(noSubscribe, () => tokenFor(gameId), () => undefined);
  const [me, setMe] = useState<PlayerView | null>(null);
  const [meError, setMeError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [sentFor, setSentFor] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const labelId = useId();
  const inputId = useId();
  const resultRef = useRef<HTMLDivElement>(null);

  const loadMe = useCallback(async () => {
    if (!token) return;
    try {
      const res = await fetch(`/api/live-games/${gameId}/me`, { headers: { "x-live-token": token }, cache: "no-store" });
      const body = (await res.json()) as { ok: boolean; me?: PlayerView; message?: string };
      if (body.ok && body.me) {
        setMe(body.me);
        setMeError(null);
        if (body.me.current?.answered) setSentFor(body.me.current.questionIndex);
      } else setMeError(body.message ?? ""); // "": no message of the server's, the page's own is shown
    } catch {
      // offline for a moment: the next change tries again
    }
  }, [gameId, token]);

  // Your own score and result: on arrival, and whenever a question opens or closes or the game ends.
  const moment = `${state.phase}:${state.questionIndex}`;
  useEffect(() => {
    if (token === undefined) return;
    const spread = state.phase === "reveal" || state.phase === "ended" ? Math.random() * 400 : 0; // a room of phones doesn't ask in the same millisecond
    const timer = setTimeout(() => void loadMe(), spread);
    return () => clearTimeout(timer);
  }, [moment, token, loadMe, state.phase]);

  // A new question starts empty.
  const [answerFor, setAnswerFor] = useState(state.questionIndex);
  if (answerFor !== state.questionIndex) {
    setAnswerFor(state.questionIndex);
    setAnswer(undefined);
    setMessage(null);
  }

  const hasResult = Boolean(me?.current?.result);
  useEffect(() => {
    if (state.phase === "reveal" && hasResult) resultRef.current?.focus();
  }, [state.phase, hasResult]);

  async function send() {
    if (!token || answer === undefined) return;
    setSending(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/live-games/${gameId}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-live-token": token },
        body: JSON.stringify({ questionIndex: state.questionIndex, response: answer }),
      });
      const body = (await res.json()) as { ok: boolean; message?: string };
      if (body.ok) setSentFor(state.questionIndex);
      else {
        setMessage(body.message ?? t("answerRefused"));
        if (res.status === 409) void refresh();
      }
    } catch {
      setMessage(t("answerOffline"));
    } finally {
      setSending(false);
    }
  }

  if (token === undefined) return <p className="text-muted">{t("loading")}</p>;
  if (!token || meError !== null) {
    return (
      <div className="space-y-4">
        <Alert tone="info">{meError || (token ? t("loadFailed") : t("notJoined"))}</Alert>
        <Link href={state.pin ? `/play?pin=${state.pin}` : "/play"} className="font-medium text-brand-700 underline underline-offset-2">
          {t("joinWithNickname")}
        </Link>
      </div>
    );
  }
  if (me?.kicked) return <Alert tone="error">{t("kicked")}</Alert>;

  const q = state.question;
  const Input = q ? QUESTION_TYPE_INPUTS[q.type] : null;
  const sent = sentFor === state.questionIndex;
  const paused = state.phase === "paused";
  return (
    <div className="space-y-4" data-testid="player" data-phase={state.phase}>
      <div className="flex items-center justify-between gap-2 text-sm text-muted">
        <span className="min-w-0 truncate">
          <span className="font-semibold text-ink" data-testid="player-nickname">
            {me?.nickname ?? "…"}
          </span>{" "}
          · {fillNodes(t("score"), { score: <span data-testid="player-score">{(me?.score ?? 0).toLocaleString(locale)}</span> })}
        </span>
        <span aria-live="polite">{connected ? "" : t("reconnecting")}</span>
      </div>

      {state.phase === "lobby" ? (
        <div className="rounded-2xl border border-line bg-white p-6 text-center shadow-sm">
          <h2 className="text-2xl font-semibold">{t("joined")}</h2>
          <p className="mt-2 text-muted">{state.playerCount === 1 ? t("waitingOne") : t("waitingMany", { n: state.playerCount })}</p>
        </div>
      ) : null}

      {(state.phase === "question" || paused) && q && Input ? (
        <div className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
          <p className="text-sm font-semibold text-muted">
            {t("questionOf", { n: state.questionIndex + 1, total: state.questionCount })}
          </p>
          <Countdown deadline={deadline} total={state.seconds} pausedMs={paused ? state.remainingMs : null} />
          <h2 id={labelId} className="text-xl font-semibold break-words" data-testid="player-prompt">
            {q.prompt}
          </h2>
          {sent ? (
            <p role="status" className="rounded-xl bg-brand-50 p-4 text-center font-medium text-balance break-keep text-brand-900" data-testid="player-sent">
              {t("sent")}
            </p>
          ) : (
            <form
              className="space-y-4"
              onSubmit={(e) => {
                e.preventDefault();
                void send();
              }}
            >
              {/* Paused: what was chosen or typed stays, and is sent when the game goes on. */}
              <Input question={q} id={inputId} labelId={labelId} answer={answer} onAnswer={(a) => setAnswer(a)} disabled={sending || paused} />
              {paused ? (
                <p role="status" className="rounded-xl bg-slate-100 p-3 text-center font-medium text-slate-800" data-testid="player-paused">
                  {t("pausedWait")}
                </p>
              ) : null}
              {message ? <Alert tone="error">{message}</Alert> : null}
              <Button type="submit" size="lg" className="w-full" disabled={sending || paused || answer === undefined}>
                {sending ? t("sending") : t("submit")}
              </Button>
            </form>
          )}
        </div>
      ) : null}

      {state.phase === "reveal" && q ? (
        <div className="space-y-4 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6" data-testid="player-reveal">
          <p className="text-sm font-semibold text-muted">
            {t("questionOf", { n: state.questionIndex + 1, total: state.questionCount })}
          </p>
          <h2 className="text-lg font-semibold break-words">{q.prompt}</h2>
          {message ? <Alert tone="error">{message}</Alert> : null}
          <div ref={resultRef} tabIndex={-1} className="outline-none">
            {me?.current?.result ? <Result result={me.current.result} answered={me.current.answered} /> : <p className="text-muted">{t("counting")}</p>}
          </div>
          {me ? (
            <p data-testid="player-rank">
              {fillNodes(t("rank"), { score: <strong className="tabular-nums">{me.score.toLocaleString(locale)}</strong>, rank: <strong>{me.rank.toLocaleString(locale)}</strong>, total: state.playerCount }, locale)}
              {me.streak > 1 ? t("streak", { n: me.streak }) : ""}
            </p>
          ) : null}
          {state.reveal ? (
            <>
              <p>
                {fillNodes(t("answer"), {
                  answer: (
                    <strong>
                      <AnswerText text={state.reveal.answer} />
                    </strong>
                  ),
                })}
              </p>
              <blockquote className="border-l-4 border-brand-500 pl-3">
                <p className="break-words">{state.reveal.sentence}</p>
                {state.reveal.sourceHref ? (
                  <footer className="mt-1 text-sm text-muted">
                    {fillNodes(t("source"), {
                      link: (
                        <a href={state.reveal.sourceHref} className="font-medium text-brand-700 underline underline-offset-2">
                          {state.reveal.articleTitle ?? t("theArticle")}
                        </a>
                      ),
                    })}
                  </footer>
                ) : null}
              </blockquote>
            </>
          ) : null}
        </div>
      ) : null}

      {state.phase === "ended" ? (
        <div className="space-y-4">
          <Podium state={state} />
          {me ? (
            <section aria-labelledby="summary-heading" className="space-y-3 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6" data-testid="player-summary">
              <h2 id="summary-heading" className="text-xl font-semibold">
                {t("yourGame")}
              </h2>
              <p data-testid="player-final">
                {fillNodes(t("finished"), {
                  place: <strong>{ordinal(me.rank)}</strong>,
                  total: state.playerCount,
                  score: <strong className="tabular-nums">{me.score.toLocaleString(locale)}</strong>,
                  correct: me.correctCount,
                }, locale)}
              </p>
              {me.summary ? (
                <ol className="space-y-2">
                  {me.summary.map((s, i) => (
                    <li key={i} className="rounded-lg bg-canvas p-3 text-sm">
                      <p className="font-medium break-words">
                        {i + 1}. {s.prompt}
                      </p>
                      <p className={s.correct ? "text-emerald-800" : "text-red-800"}>
                        {s.given === null ? t("noAnswer") : fillNodes(t(s.correct ? "summaryRight" : "summaryWrong"), { given: <AnswerText text={s.given} /> })}
                        {t("summaryPoints", { points: s.points })}
                      </p>
                      {!s.correct ? <p className="text-muted">{fillNodes(t("answer"), { answer: <AnswerText text={s.answer} /> })}</p> : null}
                    </li>
                  ))}
                </ol>
              ) : null}
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function Result({ result, answered }: { result: NonNullable<NonNullable<PlayerView["current"]>["result"]>; answered: boolean }) {
  const t = useT("client.live");
  const partly = !result.correct && result.fraction > 0;
  const tone = result.correct ? "bg-emerald-50 text-emerald-900 border-emerald-200" : partly ? "bg-amber-50 text-amber-900 border-amber-200" : "bg-red-50 text-red-900 border-red-200";
  return (
    <div className={`rounded-xl border p-4 text-center ${tone}`} data-testid="player-result" data-correct={result.correct}>
      <p className="text-2xl font-bold">{!answered ? t("noAnswer") : result.correct ? t("correct") : partly ? t("partly") : t("notQuite")}</p>
      <p className="text-lg tabular-nums" data-testid="player-points">
        {t("plusPoints", { points: result.points })}
      </p>
      {answered && result.given ? <p className="text-sm">{fillNodes(t("youAnswered"), { given: <AnswerText text={result.given} /> })}</p> : null}
    </div>
  );
}

const noSubscribe = () => () => undefined;
