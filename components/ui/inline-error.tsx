/** A refusal said beside the control that caused it (role=alert: read out at once); nothing when there is none. */
export function InlineError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <span role="alert" className="text-sm text-red-700">
      {message}
    </span>
  );
}
