// Which journeys take the markup checks (axe's accessibility rules, screenshots) in this run.
// npm test walks every journey twice, on SQLite and on PostgreSQL side by side; the pages don't
// depend on the database, so scripts/test.mjs splits these checks between the two passes instead
// of making both (they are a third of a journey's time on a 2-core machine): E2E_MARKUP_SHARE="1/2"
// takes the 1st, 3rd, 5th… spec file by name, "2/2" the others, among the journeys both passes
// walk; a journey only one pass walks (onlyPass in playwright.config.ts) takes them there. Unset,
// every journey takes them.
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";
import { onlyPass } from "../playwright.config";

const share = /^(\d+)\/(\d+)$/.exec(process.env.E2E_MARKUP_SHARE ?? "");
const specsByDir = new Map<string, string[]>();

export function markupChecksHere(): boolean {
  if (!share) return true;
  const [k, n] = [Number(share[1]), Number(share[2])];
  const file = test.info().file;
  if (onlyPass(path.basename(file))) return true;
  const dir = path.dirname(file);
  if (!specsByDir.has(dir)) specsByDir.set(dir, readdirSync(dir).filter((name) => name.endsWith(".spec.ts") && !onlyPass(name)).sort());
  const index = specsByDir.get(dir)!.indexOf(path.basename(file));
  return index < 0 || index % n === k - 1;
}
