"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fillNodes, useT } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { rememberToken } from "./player-token";

type Props = { pin: string; playAs: string | null };

/** The PIN and a nickname (a signed-in student plays under their display name instead). */
export function JoinForm({ pin: initialPin, playAs }: Props) {
  const router = useRouter();
  const t = useT("client.live");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [signInFor, setSignInFor] = useState<string | null>(null);

  async function join(formData: FormData) {
    setPending(true);
    setError(null);
    setSignInFor(null);
    try {
      const res = await fetch("/api/live-games/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ pin: String(formData.get("pin") ?? ""), nickname: String(formData.get("nickname") ?? "") }),
      });
      const body = (await res.json()) as { ok: boolean; message?: string; code?: string; gameId?: string; token?: string };
      if (!body.ok || !body.gameId || !body.token) {
        setError(body.message ?? t("joinFailed"));
        // A game for signed-in students: sign in, and come back to this PIN.
        if (body.code === "signedInOnly") setSignInFor(String(formData.get("pin") ?? "").replace(/\D/g, ""));
        setPending(false);
        return;
      }
      rememberToken(body.gameId, body.token);
      router.push(`/play/${body.gameId}`);
    } catch {
      setError(t("joinOffline"));
      setPending(false);
    }
  }

  return (
    <form action={(f) => void join(f)} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {signInFor !== null ? (
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/play?pin=${signInFor}`)}`} className="font-medium text-brand-700 underline underline-offset-2">
            {t("signInToJoin")}
          </Link>
        </p>
      ) : null}
      <Field name="pin" label={t("pin")} inputMode="numeric" autoComplete="off" pattern="[0-9 ]*" maxLength={9} defaultValue={initialPin} required hint={t("pinHint")} className="[&_input]:text-2xl [&_input]:tracking-widest" />
      {playAs ? (
        <p className="text-sm text-muted">
          {fillNodes(t("playAs"), { name: <strong className="text-ink">{playAs}</strong> })}
        </p>
      ) : (
        <Field name="nickname" label={t("nickname")} autoComplete="off" maxLength={20} required hint={t("nicknameHint")} />
      )}
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? t("joining") : t("join")}
      </Button>
    </form>
  );
}
