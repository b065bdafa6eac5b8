import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export const inputClasses =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-slate-400 " +
  "focus:border-brand-500 focus:outline-none focus:ring-3 focus:ring-brand-200 aria-[invalid=true]:border-red-500";

/** What a control inside FieldShell spreads on itself so its hint and errors are read with it. */
export type ControlWiring = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FieldShellProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: (wiring: ControlWiring) => ReactNode;
};

/** The label, hint and errors around one form control, tied to it for screen readers. */
export function FieldShell({ id, label, hint, errors, className, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose hint and errors are tied to it for screen readers. */
export function Field({ name, label, hint, errors, className, id, ...props }: FieldProps) {
  return (
    <FieldShell id={id ?? `field-${name}`} label={label} hint={hint} errors={errors} className={className}>
      {(wiring) => <input {...wiring} name={name} className={inputClasses} {...props} />}
    </FieldShell>
  );
}
