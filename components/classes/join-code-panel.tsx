"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { regenerateJoinCodeAction } from "@/lib/classes/actions";
import { formatJoinCode } from "@/lib/classes/join-code";
import { Button } from "@/components/ui/button";

/** The class's join code, a copy button, and a guarded "new code" (the old code stops working). */
export function JoinCodePanel({ classId, joinCode, joinUrl }: { classId: string; joinCode: string; joinUrl: string }) {
  const [code, setCode] = useState(joinCode);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  // When the confirm buttons vanish (done or cancelled), focus goes back to the button that replaced them.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) document.getElementById(`regenerate-${classId}`)?.focus();
    wasConfirming.current = confirming;
  }, [confirming, classId]);

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Couldn't copy: select the ${what.toLowerCase()} and copy it yourself.`);
    }
  }

  function regenerate() {
    start(async () => {
      const result = await regenerateJoinCodeAction(formWith(classId));
      setConfirming(false);
      if (result.ok) {
        setCode(result.joinCode);
        setError(null);
        setStatus("New join code made. The old code no longer works.");
      } else setError(result.message);
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">Students type this code on their dashboard to join, or open the join link. Case, spaces and dashes don&apos;t matter.</p>
      <p className="font-mono text-3xl font-semibold tracking-[0.2em] text-ink" data-testid="join-code" data-code={code} aria-label={`Join code ${code.split("").join(" ")}`}>
        {formatJoinCode(code)}
      </p>
      <p className="text-sm break-all">
        <span className="text-muted">Join link: </span>
        <a href={joinUrl} className="font-medium text-brand-700 underline underline-offset-2" data-testid="join-link">
          {joinUrl}
        </a>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={() => copy(code, "Join code")}>
          Copy code
        </Button>
        <Button variant="secondary" size="sm" onClick={() => copy(joinUrl, "Join link")}>
          Copy link
        </Button>
        {confirming ? (
          <>
            <span className="text-sm font-medium text-ink">The old code will stop working.</span>
            <Button variant="danger" size="sm" onClick={regenerate} disabled={pending} autoFocus>
              {pending ? "Making a new code…" : "Yes, make a new code"}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </Button>
          </>
        ) : (
          <Button id={`regenerate-${classId}`} variant="ghost" size="sm" onClick={() => setConfirming(true)}>
            Get a new code
          </Button>
        )}
      </div>
      <p role="status" className="min-h-5 text-sm text-emerald-800">
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function formWith(classId: string): FormData {
  const data = new FormData();
  data.set("classId", classId);
  return data;
}
