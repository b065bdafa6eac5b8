import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** "Import questions" on the sets list. */
export function ImportLink() {
  return (
    <Link href="/teacher/sets/import" className={`${buttonClasses("secondary", "sm")} mt-3`} data-testid="import-link">
      Import questions (GIFT, Aiken, CSV)
    </Link>
  );
}
