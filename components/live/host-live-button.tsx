"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/components/i18n/client-messages";
import { hostLiveAction } from "@/lib/live/actions";

const SECONDS = [10, 20, 30, 60];

/** "Host live" on a set: the time per question, then a new game in its lobby (the action redirects there). */
export function HostLiveButton({ setId }: { setId: string }) {
  const t = useT("teacherClient.hostLive");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="inline-flex flex-wrap items-center gap-2"
      action={(formData) =>
        start(async () => {
          setError(null);
          const result = await hostLiveAction(formData);
          if (result && !result.ok) setError(result.message);
        })
      }
    >
      <input type="hidden" name="setId" value={setId} />
      <label htmlFor="live-seconds" className="text-sm text-muted">
        {t("seconds")}
      </label>
      <select id="live-seconds" name="seconds" defaultValue="20" className="h-8 rounded-lg border border-line bg-white px-2 text-sm">
        {SECONDS.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("starting") : t("host")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </form>
  );
}
