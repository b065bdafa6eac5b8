// What every server action that answers with data returns (lib/actions/define-action.ts): the
// data on success, or a message for the user (and, for bad input, the message per field).
// No "server-only": client components read these results.

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionFailure = { ok: false; message: string; fieldErrors?: FieldErrors };

/** `ActionResult<never>`: an action whose success is a redirect, so only a failure comes back. */
export type ActionResult<T = object> = ({ ok: true } & T) | ActionFailure;
