import { Label } from "radix-ui";
import type { ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { inputClasses } from "./field";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
};

/** A labelled native select (keyboard and screen-reader friendly on every platform), like Field. */
export function SelectField({ name, label, hint, errors, className, id, children, ...props }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = errors?.length ? `${selectId}-error` : undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label.Root htmlFor={selectId} className="block text-sm font-medium text-ink">
        {label}
      </Label.Root>
      <select
        id={selectId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={inputClasses}
        {...props}
      >
        {children}
      </select>
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
