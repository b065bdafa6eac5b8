"use client";
import { usePathname, useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { checkAnswerAction, moveOnAction } from "@/lib/attempts/actions";
import { submitAttempt } from "@/lib/attempts/submit-client";
import type { Feedback } from "@/lib/attempts/queries";
import type { PublicQuestion } from "@/lib/question-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useT } from "@/components/i18n/client-messages";
import { QuestionInput, type Answer } from "./question-input";
import { QuizControls } from "./quiz-controls";
import { QuizProgress } from "./quiz-progress";
import { QuizTimer } from "./quiz-timer";
import { SaveStatus } from "./save-status";
import { QUESTION_SCROLL_MARGIN, showQuestion } from "./show-question";
import { shownAsAnswered } from "@/lib/attempts/save-queue";
import { useAutosave } from "./use-autosave";

/**
 * Feedback after each question is drawn only in "immediate" mode, after a check: its code comes
 * with the first check rather than with every quiz page (bench/pages keeps the quiz page's
 * first-load JavaScript under 150 kB). Rendered on the server when a resumed attempt already has
 * checked answers, so nothing waits then either. React's own `lazy` rather than next/dynamic,
 * whose loader code alone would cost more than the panel (about 1 kB gzipped).
 */
const FeedbackPanel = lazy(() => import("./feedback-panel").then((m) => ({ default: m.FeedbackPanel })));

type Props = {
  attemptId: string;
  title: string;
  deadline: string | null;
  /** "due": no time limit, the deadline is the due date ("Due in …" rather than "Time left"). */
  deadlineKind?: "limit" | "due";
  /** The server's clock (epoch ms) when it rendered the page: the timer counts by it. */
  serverNow: number;
  feedbackMode: string;
  questions: PublicQuestion[];
  /** The question to open on (0-based): see `openingIndex`. */
  startAt: number;
  /** Questions one at a time: no going back (the server refuses answers to earlier ones). */
  oneAtATime: boolean;
  saved: Record<string, unknown>;
  checked: Record<string, Feedback>;
};

export function QuizRunner({ attemptId, title, deadline: initialDeadline, deadlineKind = "limit", serverNow, feedbackMode, questions, startAt, oneAtATime, saved, checked: initiallyChecked }: Props) {
  const router = useRouter();
  const t = useT("client.quiz");
  const typeLabel = useT("client.types");
  const pathname = usePathname();
  const [index, setIndex] = useState(startAt);
  const [answers, setAnswers] = useState<Record<string, Answer>>(saved as Record<string, Answer>);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Record<string, Feedback>>(initiallyChecked);
  // The teacher may give more time while the quiz is open: the server says so when time runs out here.
  const [deadline, setDeadline] = useState(initialDeadline);
  const [notice, setNotice] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [moving, setMoving] = useState(false);
  const { states, save, flush, sendPendingNow, unsent } = useAutosave(attemptId);
  // Time on each question, sent with its answers so teachers see how long questions take.
  const timeOn = useRef<Record<string, number>>({});
  const shownAt = useRef<number>(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Answers this tab gave that the server never acknowledged (a reload raced their last save, or
  // it never arrived): shown again and sent again, once, after the page is up.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const open = questions.filter((q) => !(q.id in initiallyChecked)).map((q) => q.id);
    const again = unsent.pending(saved, open);
    if (again.length === 0) return;
    // The tab's storage exists only in the browser, after hydration: an effect is where it can be read.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnswers((a) => ({ ...a, ...Object.fromEntries(again.map(([id, { response }]) => [id, response as Answer])) }));
    for (const [id, { response, timeMs }] of again) save(id, response, 0, timeMs);
  }, [questions, initiallyChecked, saved, unsent, save]);

  useEffect(() => {
    shownAt.current = performance.now();
    const id = questions[index]?.id;
    const times = timeOn.current;
    return () => {
      if (id) times[id] = (times[id] ?? 0) + (performance.now() - shownAt.current);
    };
  }, [index, questions]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    showQuestion(heading.current);
    // Keep the question in the address, so a reload or a reopened tab comes back to it. Replacing
    // (not pushing) keeps Back meaning "leave the quiz".
    window.history.replaceState(null, "", `${pathname}?q=${index + 1}`);
  }, [index, pathname]);

  const question = questions[index];
  if (!question) return <Alert tone="info">{t("noQuestions")}</Alert>;
  // Answered as the student should believe it: stored on the server (lib/attempts/save-queue.ts).
  const isAnswered = (id: string) => shownAsAnswered(states[id], id in saved);
  const answeredCount = questions.filter((q) => isAnswered(q.id)).length;
  // Submitting sends answers still on their way first, so only refused ones are left out.
  const unanswered = questions.filter((q) => !(q.id in answers) || states[q.id]?.status === "rejected").length;
  const labelId = `prompt-${question.id}`;

  const spentMs = () => Math.round((timeOn.current[question.id] ?? 0) + (performance.now() - shownAt.current));
  const locked = question.id in checked;

  const onAnswer = (answer: Answer, opts?: { debounce?: boolean }) => {
    if (locked) return;
    setAnswers((a) => ({ ...a, [question.id]: answer }));
    save(question.id, answer, opts?.debounce ? 600 : 0, spentMs());
  };

  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      await flush();
      const result = await checkAnswerAction({ attemptId, questionId: question.id, response: answers[question.id] });
      if (result.ok) setChecked((c) => ({ ...c, [question.id]: result.feedback }));
      else setError(result.message);
    } catch {
      setError(t("offlineCheck"));
    } finally {
      setChecking(false);
    }
  };

  const move = async (to: number) => {
    if (!oneAtATime) return setIndex(to);
    setMoving(true);
    setError(null);
    try {
      await flush();
      const result = await moveOnAction({ attemptId, from: index });
      if (result.ok) setIndex(result.index);
      else setError(result.message);
    } catch {
      setError(t("offlineMove"));
    } finally {
      setMoving(false);
    }
  };

  const submit = async (timeUp = false) => {
    setSubmitting(true);
    setError(null);
    try {
      await flush();
      const result = await submitAttempt(attemptId, timeUp);
      if (!result.ok) {
        setError(result.message);
        setSubmitting(false);
        return;
      }
      if (result.extended) {
        setDeadline(result.extended.deadline);
        setNotice(result.extended.deadline ? t("moreTime") : t("noLimit"));
        setSubmitting(false);
        return;
      }
      unsent.clear();
      router.push(`/attempts/${attemptId}/result`);
    } catch {
      setError(t("offlineSubmit"));
      setSubmitting(false);
    }
  };

  return (
    <div className="space-y-6">
      <QuizProgress
        title={title}
        index={index}
        total={questions.length}
        answered={answeredCount}
        aside={deadline ? <QuizTimer key={deadline} deadline={deadline} serverNow={serverNow} kind={deadlineKind} onExpire={() => void submit(true)} /> : null}
      />
      {notice ? <Alert tone="info">{notice}</Alert> : null}

      {oneAtATime ? (
        <p className="text-sm text-muted" data-testid="one-at-a-time">
          {t("oneAtATime")}
        </p>
      ) : null}

      <Card className={`${QUESTION_SCROLL_MARGIN} space-y-5`} data-testid="question" data-question-id={question.id} data-question-type={question.type}>
        <div className="space-y-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{typeLabel(question.type)}</p>
          <h2 id={labelId} ref={heading} tabIndex={-1} className="text-lg font-medium leading-snug focus:outline-none sm:text-xl">
            {question.prompt}
          </h2>
        </div>
        {/* Leaving a text box (to the next question, a link, another app) sends what was typed at
            once rather than after the typing pause. */}
        <div onBlur={sendPendingNow}>
          <QuestionInput key={question.id} question={question} labelId={labelId} answer={answers[question.id]} onAnswer={onAnswer} disabled={locked || submitting} />
        </div>
        <SaveStatus state={states[question.id]} />
        {feedbackMode === "immediate" && !locked ? (
          <Button variant="secondary" onClick={check} disabled={checking || !(question.id in answers)}>
            {checking ? t("checking") : t("check")}
          </Button>
        ) : null}
        <div aria-live="polite">
          {checked[question.id] ? (
            <Suspense fallback={null}>
              <FeedbackPanel feedback={checked[question.id]!} newTab />
            </Suspense>
          ) : null}
        </div>
      </Card>

      {error ? <Alert tone="error">{error}</Alert> : null}

      <QuizControls
        index={index}
        total={questions.length}
        unanswered={unanswered}
        submitting={submitting}
        submitLabel={t("submit")}
        pendingLabel={t("submitting")}
        onMove={(to) => void move(to)}
        onSubmit={() => void submit()}
        oneAtATime={oneAtATime}
        currentAnswered={question.id in answers}
        moving={moving}
      />

      {oneAtATime ? null : (
        <nav aria-label={t("questionsNav")} className="flex flex-wrap gap-2">
          {questions.map((q, i) => {
            const status = states[q.id]?.status;
            const notSaved = status === "rejected" || status === "retrying";
            const answered = isAnswered(q.id);
            return (
              <button
                key={q.id}
                type="button"
                onClick={() => setIndex(i)}
                aria-current={i === index ? "step" : undefined}
                aria-label={t(answered ? "questionAnswered" : notSaved ? "questionNotSaved" : "questionN", { n: i + 1 })}
                className={
                  "grid h-9 w-9 place-items-center rounded-lg border text-sm font-medium " +
                  (i === index
                    ? "border-brand-600 bg-brand-600 text-white"
                    : notSaved
                      ? "border-red-300 bg-red-50 text-red-700"
                      : answered
                        ? "border-brand-200 bg-brand-50 text-brand-700"
                        : "border-line bg-white text-slate-700")
                }
              >
                {i + 1}
              </button>
            );
          })}
        </nav>
      )}
    </div>
  );
}
