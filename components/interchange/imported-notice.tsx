import { Alert } from "@/components/ui/alert";

/** Shown on a set just made by an import (?imported=N). */
export function ImportedNotice({ count }: { count: string }) {
  const n = /^\d{1,4}$/.test(count) ? Number(count) : null;
  if (n === null) return null;
  return (
    <Alert tone="success">
      Imported {n} {n === 1 ? "question" : "questions"} into this new set. They are yours and ready to assign; questions without an article say so where a source link would be.
    </Alert>
  );
}
