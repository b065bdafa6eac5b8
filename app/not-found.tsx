import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default function NotFound() {
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="text-muted">It may have moved, or the link may be mistyped.</p>
      <Link href="/" className={buttonClasses("primary")}>
        Go home
      </Link>
    </Card>
  );
}
