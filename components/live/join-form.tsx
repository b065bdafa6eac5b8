"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { rememberToken } from "./player-token";

type Props = { pin: string; playAs: string | null };

/** The PIN and a nickname (a signed-in student plays under their display name instead). */
export function JoinForm({ pin: initialPin, playAs }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function join(formData: FormData) {
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/live-games/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ pin: String(formData.get("pin") ?? ""), nickname: String(formData.get("nickname") ?? "") }),
      });
      const body = (await res.json()) as { ok: boolean; message?: string; gameId?: string; token?: string };
      if (!body.ok || !body.gameId || !body.token) {
        setError(body.message ?? "Couldn't join. Try again.");
        setPending(false);
        return;
      }
      rememberToken(body.gameId, body.token);
      router.push(`/play/${body.gameId}`);
    } catch {
      setError("Couldn't reach the game. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form action={(f) => void join(f)} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field name="pin" label="Game PIN" inputMode="numeric" autoComplete="off" pattern="[0-9 ]*" maxLength={9} defaultValue={initialPin} required hint="The 6 digits on the big screen." className="[&_input]:text-2xl [&_input]:tracking-widest" />
      {playAs ? (
        <p className="text-sm text-muted">
          You&rsquo;ll play as <strong className="text-ink">{playAs}</strong>, and can rejoin from any device.
        </p>
      ) : (
        <Field name="nickname" label="Nickname" autoComplete="off" maxLength={20} required hint="2–20 characters. The whole room sees it." />
      )}
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? "Joining…" : "Join game"}
      </Button>
    </form>
  );
}
