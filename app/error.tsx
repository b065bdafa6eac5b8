"use client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useT } from "@/components/i18n/client-messages";

// Shows a generic message: details are in the server log, never in the browser.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useT("client.error");
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </Card>
  );
}
