"use client";
import { RadioGroup } from "radix-ui";
import { useActionState, useState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { initialFormState, type FormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SignInForm } from "./sign-in-form";

const ROLE_CHOICES = [
  { value: "student", title: "Student", text: "Take quizzes, review what you missed, join a class." },
  { value: "teacher", title: "Teacher", text: "Turn articles into question sets and assign them." },
];

/** `callbackUrl`: where to go once signed in (a class's join link); else the role's home. */
export function SignUpForm({ callbackUrl }: { callbackUrl?: string } = {}) {
  const [state, action] = useActionState(signUpAction, initialFormState);
  const roleErrors = state.fieldErrors?.role;
  // The role picked since the last submit; after one, the role that was sent. The radio group is
  // remounted per answer: on a refused submit React resets the form, and Radix would reset it to
  // the role it first mounted with (Student), hiding the invitation code field.
  const [picked, setPicked] = useState<{ after: FormState; role: string } | null>(null);
  const chosenRole = picked?.after === state ? picked.role : (state.values?.role ?? "student");
  // The same next step whether the email was free or not (see signUpAction): sign in.
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.message}</Alert>
        <SignInForm email={state.values?.email} callbackUrl={callbackUrl ?? (state.values?.role === "teacher" ? "/teacher" : "/dashboard")} autoFocusPassword />
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Field name="name" label="Display name" autoComplete="nickname" required hint="Shown to classmates and on leaderboards." defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters and hard to guess: a few unrelated words work well." errors={state.fieldErrors?.password} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">I am a…</legend>
        <RadioGroup.Root key={JSON.stringify(state)} name="role" value={chosenRole} onValueChange={(role) => setPicked({ after: state, role })} className="grid gap-2 sm:grid-cols-2" aria-describedby={roleErrors ? "role-error" : undefined}>
          {ROLE_CHOICES.map((r) => (
            <label key={r.value} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-white p-3 has-[[data-state=checked]]:border-brand-500 has-[[data-state=checked]]:bg-brand-50">
              <RadioGroup.Item value={r.value} className="mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full border border-slate-400 bg-white data-[state=checked]:border-brand-600">
                <RadioGroup.Indicator className="h-2.5 w-2.5 rounded-full bg-brand-600" />
              </RadioGroup.Item>
              <span>
                <span className="block text-sm font-medium">{r.title}</span>
                <span className="block text-sm text-muted">{r.text}</span>
              </span>
            </label>
          ))}
        </RadioGroup.Root>
        {roleErrors ? (
          <p id="role-error" className="text-sm font-medium text-red-700">
            {roleErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {chosenRole === "teacher" ? (
        <Field
          name="inviteCode"
          label="School invitation code (optional)"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint="With a code from your school's Factdeck admin you can teach at once. Without one, an admin approves your teacher account first; meanwhile you can use Factdeck as a student."
          defaultValue={state.values?.inviteCode}
          errors={state.fieldErrors?.inviteCode}
        />
      ) : null}
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
