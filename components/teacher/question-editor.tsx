"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { QUESTION_TYPES, type QuestionType } from "@/lib/question-types";
import type { ActionResult } from "@/lib/actions/result";
import { createQuestionAction, updateQuestionAction } from "@/lib/questions/actions";
import { emptyDraft, type QuestionDraft } from "@/lib/questions/draft";
import { componentsOf } from "@/components/question-types";
import { FieldError, TextArea } from "./editor-parts";
import { useT } from "@/components/i18n/client-messages";

type Mode =
  | { kind: "edit"; questionId: string; version: number; draft: QuestionDraft; makesCopy?: boolean }
  | { kind: "create"; slug: string; sentences: { index: number; text: string }[] };

/** Edits one question, or writes a new one tied to a sentence. The server validates with the engine's schema. */
export function QuestionEditor({ mode }: { mode: Mode }) {
  const [draft, setDraft] = useState<QuestionDraft>(mode.kind === "edit" ? mode.draft : emptyDraft("single_choice"));
  const [sentenceIndex, setSentenceIndex] = useState(-1);
  const [result, setResult] = useState<ActionResult<never> | null>(null);
  const [pending, start] = useTransition();
  const t = useT("teacherClient.editor");
  const types = useT("client.types");
  const errors = result?.fieldErrors ?? {};
  const patch = (p: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...p }));
  const { Editor, promptLabel, promptHint } = componentsOf(draft.type);

  function changeType(type: QuestionType) {
    // Keep what carries over (the wording); the answer fields start fresh for the new type.
    const adapt = componentsOf(type).adaptPrompt ?? ((prompt: string) => prompt);
    setDraft((d) => ({ ...emptyDraft(type), prompt: adapt(d.prompt), explanation: d.explanation }));
    setResult(null);
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    start(async () => {
      const r = mode.kind === "edit" ? await updateQuestionAction({ ...draft, questionId: mode.questionId, version: mode.version }) : await createQuestionAction({ ...draft, slug: mode.slug, sentenceIndex });
      // Success redirects to the bank; only a refusal comes back here.
      setResult(r);
    });
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {/* A refusal's message; for fields to fix, "Some fields need fixing: see the messages below." */}
      {result ? <Alert tone="error">{result.message}</Alert> : null}
      {mode.kind === "create" ? (
        <>
          <div className="space-y-1.5">
            <label htmlFor="q-sentence" className="block text-sm font-medium">
              {t("sentence")}
            </label>
            <select
              id="q-sentence"
              value={sentenceIndex}
              onChange={(e) => setSentenceIndex(Number(e.target.value))}
              aria-invalid={errors.sentence ? true : undefined}
              aria-describedby={["q-sentence-hint", errors.sentence ? "q-sentence-error" : ""].filter(Boolean).join(" ")}
              className={`${inputClasses} text-sm`}
            >
              <option value={-1}>{t("chooseSentence")}</option>
              {mode.sentences.map((s) => (
                <option key={s.index} value={s.index}>
                  {s.text.length > 140 ? `${s.text.slice(0, 139)}…` : s.text}
                </option>
              ))}
            </select>
            <p id="q-sentence-hint" className="text-sm text-muted">
              {t("sentenceHint")}
            </p>
            <FieldError id="q-sentence-error" errors={errors.sentence} />
            {sentenceIndex >= 0 ? (
              <blockquote className="border-l-4 border-brand-200 pl-3 text-sm text-slate-700">{mode.sentences.find((s) => s.index === sentenceIndex)?.text}</blockquote>
            ) : null}
          </div>
          <div className="space-y-1.5">
            <label htmlFor="q-type" className="block text-sm font-medium">
              {t("type")}
            </label>
            <select id="q-type" value={draft.type} onChange={(e) => changeType(e.target.value as QuestionType)} className={`${inputClasses} text-sm`}>
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {types(type)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <p className="text-sm text-muted">{t("typeFixed", { type: types(draft.type) })}</p>
      )}

      <TextArea
        id="q-prompt"
        label={t(`promptLabels.${promptLabel}`)}
        value={draft.prompt}
        onChange={(prompt) => patch({ prompt })}
        errors={errors.prompt}
        hint={promptHint ? t(`promptHints.${promptHint}`) : undefined}
      />

      <Editor draft={draft} patch={patch} errors={errors} />

      <TextArea id="q-explanation" label={t("explanation")} value={draft.explanation} onChange={(explanation) => patch({ explanation })} errors={errors.explanation} hint={t("explanationHint")} />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : mode.kind === "edit" ? (mode.makesCopy ? t("saveCopy") : t("saveVersion")) : t("add")}
        </Button>
      </div>
      {Object.keys(errors).some((k) => !["sentence", "prompt", "explanation", "options", "correct", "truth", "value", "tolerance", "unit", "accepted", "pairs", "extras"].includes(k)) ? (
        <Alert tone="error">{Object.values(errors).flat().join(" ")}</Alert>
      ) : null}
    </form>
  );
}
