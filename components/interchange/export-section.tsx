import { ExportPanel } from "./export-panel";
import type { SessionUser } from "@/lib/auth/session";
import { articleCollection, exportsOf, setCollection } from "@/lib/interchange/server";

/** The export menu of a set or an article's bank (loads its own questions: one line on the page). */
export async function ExportSection({ kind, id, user }: { kind: "set" | "article"; id: string; user: SessionUser }) {
  const c = kind === "set" ? await setCollection(id, user) : await articleCollection(id, user);
  const files = exportsOf(c);
  const exports = Object.fromEntries(Object.entries(files).map(([f, r]) => [f, { exported: r.exported, said: r.said }])) as Parameters<typeof ExportPanel>[0]["exports"];
  return <ExportPanel base={kind === "set" ? `/teacher/sets/${c.id}` : `/teacher/articles/${c.id}`} total={c.questions.length} exports={exports} what={kind === "set" ? "thisSet" : "approved"} />;
}
