"use client";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { QUESTION_TYPES, type QuestionType } from "@/lib/question-types";
import type { ActionResult } from "@/lib/actions/result";
import { createQuestionAction, updateQuestionAction } from "@/lib/questions/actions";
import { emptyDraft, type QuestionDraft } from "@/lib/questions/draft";
import { TYPE_LABELS } from "@/lib/question-types";
import { componentsOf } from "@/components/question-types";
import { FieldError, TextArea } from "./editor-parts";

type Mode =
  | { kind: "edit"; questionId: string; version: number; draft: QuestionDraft; makesCopy?: boolean }
  | { kind: "create"; slug: string; sentences: { index: number; text: string }[] };

/** Edits one question, or writes a new one tied to a sentence. The server validates with the engine's schema. */
export function QuestionEditor({ mode }: { mode: Mode }) {
  const [draft, setDraft] = useState<QuestionDraft>(mode.kind === "edit" ? mode.draft : emptyDraft("single_choice"));
  const [sentenceIndex, setSentenceIndex] = useState(-1);
  const [result, setResult] = useState<ActionResult<never> | null>(null);
  const [pending, start] = useTransition();
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
              Sentence the question is about
            </label>
            <select
              id="q-sentence"
              value={sentenceIndex}
              onChange={(e) => setSentenceIndex(Number(e.target.value))}
              aria-invalid={errors.sentence ? true : undefined}
              aria-describedby={["q-sentence-hint", errors.sentence ? "q-sentence-error" : ""].filter(Boolean).join(" ")}
              className={`${inputClasses} text-sm`}
            >
              <option value={-1}>Choose a sentence…</option>
              {mode.sentences.map((s) => (
                <option key={s.index} value={s.index}>
                  {s.text.length > 140 ? `${s.text.slice(0, 139)}…` : s.text}
                </option>
              ))}
            </select>
            <p id="q-sentence-hint" className="text-sm text-muted">
              Students see this sentence, highlighted in the article, when they review the question.
            </p>
            <FieldError id="q-sentence-error" errors={errors.sentence} />
            {sentenceIndex >= 0 ? (
              <blockquote className="border-l-4 border-brand-200 pl-3 text-sm text-slate-700">{mode.sentences.find((s) => s.index === sentenceIndex)?.text}</blockquote>
            ) : null}
          </div>
          <div className="space-y-1.5">
            <label htmlFor="q-type" className="block text-sm font-medium">
              Question type
            </label>
            <select id="q-type" value={draft.type} onChange={(e) => changeType(e.target.value as QuestionType)} className={`${inputClasses} text-sm`}>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <p className="text-sm text-muted">Type: {TYPE_LABELS[draft.type]} (a question keeps its type; write a new one for another type).</p>
      )}

      <TextArea
        id="q-prompt"
        label={promptLabel}
        value={draft.prompt}
        onChange={(prompt) => patch({ prompt })}
        errors={errors.prompt}
        hint={promptHint}
      />

      <Editor draft={draft} patch={patch} errors={errors} />

      <TextArea id="q-explanation" label="Explanation" value={draft.explanation} onChange={(explanation) => patch({ explanation })} errors={errors.explanation} hint="Shown after the answer: say where the article states it." />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode.kind === "edit" ? (mode.makesCopy ? "Save as my copy" : "Save as new version") : "Add question"}
        </Button>
      </div>
      {Object.keys(errors).some((k) => !["sentence", "prompt", "explanation", "options", "correct", "truth", "value", "tolerance", "unit", "accepted", "pairs", "extras"].includes(k)) ? (
        <Alert tone="error">{Object.values(errors).flat().join(" ")}</Alert>
      ) : null}
    </form>
  );
}
