"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { regenerateJoinCodeAction } from "@/lib/classes/actions";
import { formatJoinCode } from "@/lib/classes/join-code";
import { Button } from "@/components/ui/button";
import { useT } from "@/components/i18n/client-messages";

/** The class's join code, a copy button, and a guarded "new code" (the old code stops working). */
export function JoinCodePanel({ classId, joinCode, joinUrl }: { classId: string; joinCode: string; joinUrl: string }) {
  const t = useT("teacherClient.classes");
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

  async function copy(text: string, what: "code" | "link") {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(what === "code" ? "codeCopied" : "linkCopied"));
    } catch {
      setStatus(t(what === "code" ? "codeNotCopied" : "linkNotCopied"));
    }
  }

  function regenerate() {
    start(async () => {
      const result = await regenerateJoinCodeAction(formWith(classId));
      setConfirming(false);
      if (result.ok) {
        setCode(result.joinCode);
        setError(null);
        setStatus(t("newMade"));
      } else setError(result.message);
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t("codeText")}</p>
      <p className="font-mono text-3xl font-semibold tracking-[0.2em] text-ink" data-testid="join-code" data-code={code} aria-label={t("codeLabel", { code: code.split("").join(" ") })}>
        {formatJoinCode(code)}
      </p>
      <p className="text-sm break-all">
        <span className="text-muted">{t("joinLink")}</span>
        <a href={joinUrl} className="font-medium text-brand-700 underline underline-offset-2" data-testid="join-link">
          {joinUrl}
        </a>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={() => copy(code, "code")}>
          {t("copyCode")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => copy(joinUrl, "link")}>
          {t("copyLink")}
        </Button>
        {confirming ? (
          <>
            <span className="text-sm font-medium text-ink">{t("oldStops")}</span>
            <Button variant="danger" size="sm" onClick={regenerate} disabled={pending} autoFocus>
              {pending ? t("making") : t("confirmNew")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
              {t("cancel")}
            </Button>
          </>
        ) : (
          <Button id={`regenerate-${classId}`} variant="ghost" size="sm" onClick={() => setConfirming(true)}>
            {t("newCode")}
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
