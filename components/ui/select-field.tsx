import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldShell, inputClasses } from "./field";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
};

/** A labelled native select (keyboard and screen-reader friendly on every platform), like Field. */
export function SelectField({ name, label, hint, errors, className, id, children, ...props }: SelectFieldProps) {
  return (
    <FieldShell id={id ?? `field-${name}`} label={label} hint={hint} errors={errors} className={className}>
      {(wiring) => (
        <select {...wiring} name={name} className={inputClasses} {...props}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
