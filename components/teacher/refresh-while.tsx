"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server page every `everyMs` while it is mounted: a generation job's page polls
 * its status this way, and the server page sends the browser on once the job is done.
 */
export function RefreshWhileMounted({ everyMs = 1_000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
