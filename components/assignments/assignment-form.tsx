"use client";
import Link from "next/link";
import { useActionState } from "react";
import { createAssignmentAction } from "@/lib/assignments/actions";
import { initialFormState } from "@/lib/forms";
import { zoneLabel } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FEEDBACK_CHOICES } from "./feedback-choices";

type Props = {
  classId: string;
  timeZone: string;
  sets: { id: string; title: string; approvedCount: number }[];
  /** datetime-local defaults in the class zone, computed on the server. */
  defaults: { opensAt: string; dueAt: string };
};

export function AssignmentForm({ classId, timeZone, sets, defaults }: Props) {
  const [state, action] = useActionState(createAssignmentAction, initialFormState);
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const zone = zoneLabel(timeZone);
  const checked = (key: string, fallback: boolean) => (v ? v[key] === "on" : fallback);
  const feedback = v?.feedbackMode ?? "after_submit";
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <input type="hidden" name="classId" value={classId} />
      <SelectField
        name="setId"
        label="Question set"
        defaultValue={v?.setId ?? sets[0]?.id}
        errors={errors.setId}
        hint={
          <>
            Only approved questions are used. <Link href="/teacher" className="text-brand-700 underline underline-offset-2">Review question banks</Link>
          </>
        }
      >
        {sets.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.approvedCount} approved {s.approvedCount === 1 ? "question" : "questions"})
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="opensAt" label="Opens at" type="datetime-local" required hint={`${zone} time`} defaultValue={v?.opensAt ?? defaults.opensAt} errors={errors.opensAt} />
        <Field name="dueAt" label="Due at (optional)" type="datetime-local" hint={`${zone} time. Leave empty for no due date.`} defaultValue={v?.dueAt ?? defaults.dueAt} errors={errors.dueAt} />
        <Field name="timeLimitMinutes" label="Time limit in minutes (optional)" type="number" inputMode="numeric" min={1} max={600} hint="Empty for no limit." defaultValue={v?.timeLimitMinutes ?? ""} errors={errors.timeLimitMinutes} />
        <Field name="attemptsAllowed" label="Attempts allowed" type="number" inputMode="numeric" min={1} max={10} required hint="From 1 to 10." defaultValue={v?.attemptsAllowed ?? "1"} errors={errors.attemptsAllowed} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">Shuffling</legend>
        <label className="flex items-center gap-3 text-sm">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked("shuffleQuestions", true)} className="h-4 w-4 accent-brand-600" />
          Shuffle the order of questions for each student
        </label>
        <label className="flex items-center gap-3 text-sm">
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions", true)} className="h-4 w-4 accent-brand-600" />
          Shuffle the options within each question
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">Moving between questions</legend>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="oneAtATime" defaultChecked={checked("oneAtATime", false)} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
          <span>
            One question at a time
            <span className="block text-muted">Students can&apos;t go back to a question once they move on, and see no list of questions to jump between.</span>
          </span>
        </label>
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={errors.feedbackMode ? "feedbackMode-error" : undefined}>
        <legend className="text-sm font-medium text-ink">When students see feedback</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {FEEDBACK_CHOICES.map((c) => (
            <label key={c.value} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
              <input type="radio" name="feedbackMode" value={c.value} defaultChecked={feedback === c.value} className="mt-1 h-4 w-4 shrink-0 accent-brand-600" />
              <span>
                <span className="block text-sm font-medium">{c.title}</span>
                <span className="block text-sm text-muted">{c.text}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.feedbackMode ? (
          <p id="feedbackMode-error" className="text-sm font-medium text-red-700">
            {errors.feedbackMode.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel="Assigning…">Assign to class</SubmitButton>
    </form>
  );
}
