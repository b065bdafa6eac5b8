"use client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// Shows a generic message: details are in the server log, never in the browser.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted">Something went wrong on our side. Please try again.</p>
      <Button onClick={reset}>Try again</Button>
    </Card>
  );
}
