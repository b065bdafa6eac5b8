"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/** Disables itself while its form is submitting, so a double click sends one request. */
export function SubmitButton({ children, pendingLabel, ...props }: ButtonProps & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-disabled={pending || undefined} {...props}>
      {pending ? (pendingLabel ?? "Working…") : children}
    </Button>
  );
}
